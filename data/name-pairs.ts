// Extracts pairs of person names from the lists' own aliases into a test fixture
// (test/linking/fixtures/name-pairs.json): a primary name and a spelling the list gives for
// the same person ("same": true), and names of two different listed persons who share a
// word ("same": false). Facts from the UN Consolidated List (2018-10-29) and OFAC SDN
// (2024-05-03 with 2026 aliases). Run with `node --import tsx data/name-pairs.ts`.
import { writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadUn } from "./sources/un-consolidated.js";
import { loadOfac } from "./sources/ofac-sdn.js";
import { nameWords } from "../src/extract/linking/transliteration.js";

const here = dirname(fileURLToPath(import.meta.url));
const shared = resolve(process.env.DOSSIER_SHARED_DATA ?? join(here, "..", "..", "shared", "data"));
const out = join(here, "..", "test", "linking", "fixtures", "name-pairs.json");

interface Pair { a: string; b: string; same: boolean; source: string }
const positives: Pair[] = [];
const people: { name: string; ref: string }[] = [];

for (const r of loadUn(join(shared, "sanctions", "un", "consolidated_2018-10-29.xml"))) {
  if (r.kind !== "person") continue;
  people.push({ name: r.name, ref: `UN ${r.ref}` });
  // "Good" aliases are the list's spellings of the same name; "Low" ones are nicknames and kunyas
  for (const alias of r.aliases) positives.push({ a: r.name, b: alias, same: true, source: `UN ${r.ref} good-quality alias` });
}
for (const r of loadOfac(join(shared, "sanctions", "ofac"))) {
  if (r.kind !== "person") continue;
  people.push({ name: r.name, ref: `OFAC ${r.ent}` });
  for (const alias of r.aliases) positives.push({ a: r.name, b: alias, same: true, source: `OFAC ${r.ent} alias` });
}

// different persons sharing at least one name word: the hard negatives (same given name, same tribe name)
const negatives: Pair[] = [];
const byWord = new Map<string, number[]>();
people.forEach((p, i) => { for (const w of new Set(nameWords(p.name))) byWord.set(w, [...(byWord.get(w) ?? []), i]); });
for (const [word, ids] of [...byWord.entries()].sort()) {
  for (let k = 1; k < ids.length && k < 6; k++) {
    const x = people[ids[k - 1]], y = people[ids[k]];
    // within one list only: across lists the "two persons" may be one person listed twice
    if (x.ref === y.ref || x.ref.split(" ")[0] !== y.ref.split(" ")[0]) continue;
    if (nameWords(x.name).join(" ") === nameWords(y.name).join(" ")) continue;
    negatives.push({ a: x.name, b: y.name, same: false, source: `${x.ref} vs ${y.ref}, sharing "${word}"` });
  }
}

// every n-th pair: a fixed, spread sample of a size a test reads quickly
const sample = <T>(xs: T[], n: number): T[] => xs.filter((_, i) => i % Math.max(1, Math.floor(xs.length / n)) === 0).slice(0, n);
const pairs = [...sample(positives.filter((p) => p.source.startsWith("UN")), 500), ...sample(positives.filter((p) => p.source.startsWith("OFAC")), 500), ...sample(negatives, 1000)];
writeFileSync(out, JSON.stringify({
  source: "UN Security Council Consolidated List 2018-10-29; OFAC SDN 2024-05-03 with alt names 2026-06 (public domain). Names are facts.",
  pairs,
}, null, 0).replace(/\},\{/g, "},\n{"));
console.log(`${out}: ${pairs.length} pairs (${positives.length} positives and ${negatives.length} negatives available)`);
