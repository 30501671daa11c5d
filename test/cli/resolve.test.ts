// Resolution across documents from the command line: two reports spell one commander two ways
// and name a group once in full and once by its acronym. The analyst asks for suggestions,
// merges, re-ingests, splits, and reads the decisions back.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";

const work = fs.mkdtempSync(path.join(os.tmpdir(), "dossier-resolve-cli-"));
const db = path.join(work, "reports.db");
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const REPORTS: Record<string, string> = {
  "commander.txt": `A new commander in Sirte

TRIPOLI, 2 May 2016 — Abu Ayyub al-Masrati, a commander who fought in Syria, now leads the group's fighters in Sirte, Libyan officials said on Monday. The Southern Desert Liberation Front attacked a convoy near Sabha, officials said.
`,
  "airstrike.txt": `Airstrike near Sirte

TRIPOLI, 11 July 2017 — Abu Ayyoub al Masraty was reportedly wounded in an airstrike near Sirte, according to a local monitoring group. The SDLF attacked a checkpoint near Sabha on the same day, a Libyan army officer said.
`,
};
const LATER = `Commander seen in Sabha

TRIPOLI, 3 March 2018 — Abu Ayyoub al Masraty was seen in Sabha with a dozen fighters, residents said.
`;

const cli = async (...args: string[]) => {
  const r = await runCli([...args, "--db", db], { env: { ...process.env, USER: "desk-analyst" } });
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
};
const json = async (...args: string[]) => JSON.parse(await cli(...args, "--json"));
type Pair = { keep: { id: string; name: string }; merge: { id: string; name: string }; score: number; reasons: string[] };
const names = (p: Pair) => [p.keep.name, p.merge.name].sort();

describe("merging one actor named differently in two reports", () => {
  let ingest: string;
  beforeAll(async () => {
    for (const [name, text] of Object.entries(REPORTS)) fs.writeFileSync(path.join(work, name), text);
    ingest = (await runCli(["ingest", "--db", db, ...Object.keys(REPORTS).map((n) => path.join(work, n))])).stderr;
  }, 300_000);

  it("suggests the commander's two spellings and the group's acronym, with reasons", async () => {
    expect(ingest).toMatch(/2 added/);
    const pairs: Pair[] = await json("suggest");
    const commander = pairs.find((p) => names(p).join() === "Abu Ayyoub al Masraty,Abu Ayyub al-Masrati");
    const group = pairs.find((p) => names(p).join() === "SDLF,Southern Desert Liberation Front");
    expect(commander?.reasons.join(" ")).toMatch(/Masra/);
    expect(group?.reasons.join(" ")).toMatch(/acronym/);
    const table = await cli("suggest", "--type", "person");
    expect(table).toMatch(/Abu Ayyub al-Masrati/);
    expect(table).not.toMatch(/SDLF/);
  }, 300_000);

  it("after `dossier merge` shows one commander in `entity` and `claims --entity`, through re-ingest and a later report; `split` makes two again", async () => {
    const out = await cli("merge", "Abu Ayyub al-Masrati", "Abu Ayyoub al Masraty", "--note", "one man");
    expect(out).toMatch(/merged person:abu-ayyoub-al-masraty into person:abu-ayyub-al-masrati/);

    const shown = await json("entity", "Abu Ayyoub al Masraty");
    expect(shown.entity).toMatchObject({ id: "person:abu-ayyub-al-masrati", name: "Abu Ayyub al-Masrati", documents: 2 });
    expect(shown.entity.aliases).toContain("Abu Ayyoub al Masraty");
    const claims = await json("claims", "--entity", "Abu Ayyub al-Masrati");
    expect(new Set(claims.map((c: { source: { title: string } }) => c.source.title))).toEqual(new Set(["A new commander in Sirte", "Airstrike near Sirte"]));
    const people = await json("entities", "--type", "person");
    expect(people.filter((e: { name: string }) => /Masra/.test(e.name))).toHaveLength(1);
    const pairs: Pair[] = await json("suggest");
    expect(pairs.some((p) => names(p).includes("Abu Ayyoub al Masraty"))).toBe(false);

    // a newer extractor reads the reports again, and a later report names him the second way
    const file = new Database(db);
    file.prepare("UPDATE documents SET extractor_version = 'an older extractor'").run();
    file.close();
    fs.writeFileSync(path.join(work, "later.txt"), LATER);
    const again = await runCli(["ingest", "--db", db, work]);
    expect(again.stderr).toMatch(/1 added, 2 updated/);
    const after = await json("entity", "person:abu-ayyoub-al-masraty");
    expect(after.entity).toMatchObject({ id: "person:abu-ayyub-al-masrati", documents: 3 });

    expect(await cli("split", "Abu Ayyub al-Masrati")).toMatch(/split/);
    const apart = await json("entity", "Abu Ayyoub al Masraty");
    expect(apart.entity).toMatchObject({ id: "person:abu-ayyoub-al-masraty", documents: 2 });
    const own = await json("claims", "--entity", "person:abu-ayyub-al-masrati");
    expect(own.map((c: { source: { title: string } }) => c.source.title)).toEqual(["A new commander in Sirte"]);
  }, 600_000);

  it("forgets a rejected suggestion, and lists every decision with who made it and when", async () => {
    await cli("merge", "--reject", "Southern Desert Liberation Front", "SDLF", "--by", "second-analyst");
    const pairs: Pair[] = await json("suggest", "--min-score", "0");
    expect(pairs.some((p) => names(p).includes("SDLF"))).toBe(false);
    const decisions = await json("merges");
    expect(decisions.map((d: { action: string; by: string }) => [d.action, d.by])).toEqual([
      ["merge", "desk-analyst"], ["split", "desk-analyst"], ["reject", "second-analyst"],
    ]);
    expect(decisions[0].note).toBe("one man");
    expect(await cli("merges")).toMatch(/desk-analyst\s+merge\s+person:abu-ayyub-al-masrati\s+person:abu-ayyoub-al-masraty\s+one man/);
  }, 300_000);

  it("says so when a merge names an actor the store does not know", async () => {
    const r = await runCli(["merge", "Abu Ayyub al-Masrati", "Nobody At All", "--db", db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no entity matches "Nobody At All"/);
  });
});
