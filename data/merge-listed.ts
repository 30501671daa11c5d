// Joins the records of the three lists that name the same group or person (ISIL is UN
// QDe.115, OFAC 8759 and UCDP 234 "IS") into one entry with every reference, alias and
// designation. Records join on a shared alias of two or more words that names exactly one
// record in each list: "Ansar al-Sharia", which OFAC and the UN give to three different
// groups, joins nothing.
import type { Designation } from "../src/extract/doc.js";
import { listedId } from "../src/extract/entity-id.js";
import { nameKeys, NAME_PARTICLES } from "../src/extract/gazetteer/normalize.js";
import type { ListedRecord, ListedRelation } from "../src/extract/gazetteer/reference-types.js";
import type { OfacRecord } from "./sources/ofac-sdn.js";
import type { UnRecord } from "./sources/un-consolidated.js";
import type { UcdpRecord } from "./sources/ucdp-actors.js";
import { PRESS_ALIASES } from "./sources/press-aliases.js";
import { cleanAliases, namesInField, tidy } from "./clean-aliases.js";
import { nameSimilarity } from "../src/extract/linking/name-match.js";
import { consonantKey, nameWords } from "../src/extract/linking/transliteration.js";

/** Stricter than the matcher's threshold: a wrong merge of two listed persons is costly. */
const FUZZY_PERSON_MERGE = 0.9;

type Source = "un" | "ofac" | "ucdp";

interface Node {
  source: Source;
  ref: string;
  kind: "person" | "entity";
  name: string;
  aliases: string[];
  country?: string;
  born?: string;
  designation?: Designation;
  armed: boolean;
  /** UCDP's latest English name. */
  english?: string;
  relations: { type: ListedRelation["type"]; ucdp?: string; name?: string }[];
}

/** Words that mark a listed entity as an armed group rather than a company or charity. */
const ARMED_WORDS = /\b(brigades?|battalions?|front|army|movement|group|jihad|jihadi|mujahid\w*|ansar|ansaru|jama'?a\w*|jamaat|katibat?|liwa|harakat?|hizb\w*|hezbollah|hizballah|state|militia|forces|qaida|qaeda|tanzim|jund|jaish|jaysh|shabaab|taliban|lashkar|tehrik|sipah|emirate|caliphate|boko|network|organization of|mourabitoun|mujao|wilayat|province|resistance|fighters|guard corps)\b/i;

const LOWER_IN_NAMES = new Set(["al", "el", "of", "the", "and", "in", "for", "on", "wa", "fi", "bin", "ibn", "de", "du", "des", "la", "le"]);

/** "ANSAR AL-SHARI'A IN TUNISIA" → "Ansar al-Shari'a in Tunisia"; mixed-case words stay as written. */
export function displayCase(name: string): string {
  if (/^[\p{Lu}\d]{1,4}(-[\p{Lu}\d]{1,3})?$/u.test(name)) return name; // a short acronym: ISIS, AQI, M23
  return name.split(" ").map((word, wi) => {
    if (!/\p{Lu}{2}/u.test(word) || /\p{Ll}/u.test(word)) return word;
    return word.split("-").map((piece, pi) => {
      const lower = piece.toLowerCase();
      if ((wi > 0 || pi > 0) && LOWER_IN_NAMES.has(lower)) return lower;
      if (/^[A-Z]{2,5}$/.test(piece) && !/[AEIOUY]/.test(piece)) return piece; // vowel-less acronyms stay
      return lower.replace(/^(['’]?)(\p{L})/u, (_m, q: string, c: string) => q + c.toUpperCase());
    }).join("-");
  }).join(" ");
}

/** Splits a trailing "(AQAP)" or "(HQN)" off a listed name into an alias. */
function splitAcronym(name: string): { name: string; acronym?: string } {
  const m = /^(.*?)\s*\(([^)]{2,12})\)\s*(.*)$/.exec(name);
  if (!m) return { name };
  return { name: `${m[1]}${m[3] ? ` ${m[3]}` : ""}`.trim(), acronym: m[2].trim() };
}

/** A listed name and aliases as clean Latin-script names: notes, packed lists and other scripts taken apart. */
function cleanNames(rawName: string, rawAliases: readonly string[]): { name: string; acronym?: string; aliases: string[] } {
  const { name: bare, acronym } = splitAcronym(rawName);
  const [name, ...more] = namesInField(bare);
  const aliases = cleanAliases([...more, ...rawAliases]);
  return { name: name ?? bare, acronym, aliases };
}

/** The key two records must share to be one: fold keys without particles, two words at least. */
function mergeKey(alias: string): string | undefined {
  const words = nameKeys(alias).filter((k) => !NAME_PARTICLES.has(k));
  return words.length >= 2 ? words.join(" ") : undefined;
}

export function mergeListed(
  un: UnRecord[], ofac: OfacRecord[], ucdp: UcdpRecord[], countryOf: (name: string) => string | undefined,
): ListedRecord[] {
  const nodes: Node[] = [];
  for (const r of un) {
    const weak = cleanAliases(r.weakAliases).filter((a) => r.kind === "entity" || a.split(/\s+/).length >= 2);
    const { name, acronym, aliases } = cleanNames(r.name, [...r.aliases, ...weak]);
    if (acronym) aliases.push(acronym);
    aliases.push(...(PRESS_ALIASES[r.ref] ?? []));
    nodes.push({
      source: "un", ref: r.ref, kind: r.kind, name, aliases, country: r.country ? countryOf(r.country) : undefined,
      born: r.born, armed: r.kind === "entity" && (ARMED_WORDS.test(`${name} ${aliases.join(" ")}`) || /^(QDe|TAe|SOe)/.test(r.ref)),
      designation: { list: "UN", ref: r.ref, programs: [r.listType], ...(r.listed ? { listed: r.listed } : {}) },
      relations: [],
    });
  }
  for (const r of ofac) {
    const { name, acronym, aliases } = cleanNames(r.name, r.aliases);
    if (acronym) aliases.push(acronym);
    nodes.push({
      source: "ofac", ref: r.ent, kind: r.kind, name, aliases, country: r.country ? countryOf(r.country) : undefined, born: r.born,
      armed: r.kind === "entity" && (r.programs.includes("FTO") || ARMED_WORDS.test(`${name} ${aliases.join(" ")}`)),
      designation: { list: "OFAC SDN", ref: r.ent, programs: r.programs },
      relations: r.linkedTo.map((n) => ({ type: "linked_to" as const, name: n })),
    });
  }
  for (const r of ucdp) {
    const aliases = cleanAliases(r.aliases);
    // UCDP's names are one name each ("Military faction (forces of Idi Amin)"): tidied, not split
    const english = r.englishName ? tidy(r.englishName) ?? r.englishName : undefined;
    if (english) aliases.push(english);
    nodes.push({
      source: "ucdp", ref: r.id, kind: "entity", name: tidy(r.name) ?? r.name, aliases, english,
      country: r.location.length ? countryOf(r.location[0]) : undefined, armed: true,
      relations: [
        ...r.splinterOf.map((id) => ({ type: "splinter_of" as const, ucdp: id })),
        ...r.joined.map((id) => ({ type: "joined" as const, ucdp: id })),
        ...r.alliances.map((id) => ({ type: "alliance" as const, ucdp: id })),
      ],
    });
  }

  // which keys name exactly one record within each list
  const keyOwners = new Map<string, Map<Source, Set<number>>>();
  nodes.forEach((n, i) => {
    for (const alias of [n.name, ...n.aliases]) {
      const key = mergeKey(alias);
      if (!key) continue;
      const k = `${n.kind}|${key}`;
      const bySource = keyOwners.get(k) ?? new Map<Source, Set<number>>();
      const set = bySource.get(n.source) ?? new Set<number>();
      set.add(i);
      bySource.set(n.source, set);
      keyOwners.set(k, bySource);
    }
  });

  const parent = nodes.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const members = new Map<number, Set<Source>>(nodes.map((n, i) => [i, new Set([n.source])]));
  const born = new Map<number, string | undefined>(nodes.map((n, i) => [i, n.born]));
  for (const bySource of keyOwners.values()) {
    if (bySource.size < 2 || [...bySource.values()].some((s) => s.size > 1)) continue;
    const ids = [...bySource.values()].map((s) => [...s][0]);
    for (let j = 1; j < ids.length; j++) {
      const a = find(ids[0]), b = find(ids[j]);
      if (a === b) continue;
      // never two records of one list in one entry, never two persons born in different years
      const ma = members.get(a)!, mb = members.get(b)!;
      if ([...mb].some((s) => ma.has(s))) continue;
      const ba = born.get(a), bb = born.get(b);
      if (ba && bb && ba !== bb) continue;
      parent[b] = a;
      for (const s of mb) ma.add(s);
      born.set(a, ba ?? bb);
    }
  }

  // persons the lists romanise differently ("Tarak Ben Taher … Ouni Harzi" / "Tariq Bin-Al-Tahar
  // … Al-'Awni Al-Harzi"): same year of birth and a close name, one candidate only
  const bySurname = new Map<string, number[]>();
  nodes.forEach((n, i) => {
    if (n.kind !== "person" || n.source !== "un" || !n.born) return;
    const last = nameWords(n.name).at(-1);
    if (last) bySurname.set(consonantKey(last), [...(bySurname.get(consonantKey(last)) ?? []), i]);
  });
  nodes.forEach((n, i) => {
    if (n.kind !== "person" || n.source !== "ofac" || !n.born || members.get(find(i))!.has("un")) return;
    const last = nameWords(n.name).at(-1);
    const candidates = (last ? bySurname.get(consonantKey(last)) ?? [] : [])
      .filter((j) => nodes[j].born === n.born && !members.get(find(j))!.has("ofac"));
    const scored = candidates.map((j) => ({
      j, score: Math.max(...[nodes[j].name, ...nodes[j].aliases].flatMap((a) => [n.name, ...n.aliases].map((b) => nameSimilarity(a, b)))),
    })).filter((c) => c.score >= FUZZY_PERSON_MERGE);
    if (scored.length !== 1) return;
    const a = find(scored[0].j), b = find(i);
    parent[b] = a;
    for (const s of members.get(b)!) members.get(a)!.add(s);
  });

  const clusters = new Map<number, Node[]>();
  nodes.forEach((n, i) => {
    const root = find(i);
    const list = clusters.get(root) ?? [];
    list.push(n);
    clusters.set(root, list);
  });

  const records: ListedRecord[] = [];
  const idOfUcdp = new Map<string, string>();
  const idOfName = new Map<string, string>();
  const pending: { record: ListedRecord; nodes: Node[] }[] = [];
  for (const group of clusters.values()) {
    const by = (s: Source) => group.find((n) => n.source === s);
    const un_ = by("un"), of_ = by("ofac"), uc_ = by("ucdp");
    const person = group[0].kind === "person";
    const type: ListedRecord["type"] = person ? "person" : group.some((n) => n.armed) ? "armed_group" : "organization";
    const id = un_ ? listedId(type, "un", un_.ref) : of_ ? listedId(type, "ofac", of_.ref) : listedId(type, "ucdp", uc_!.ref);
    const primary = of_ ?? un_ ?? uc_!;
    // UCDP's latest English name is the one reports use (Islamic State, not Al-Qaida in Iraq)
    const ucdpName = person ? undefined : uc_?.english;
    // …and the name the press uses, where we know it, beats both (Boko Haram, not its full name)
    // (a spelled-out name: "AST" is an alias of Ansar al-Sharia Tunisia, not its display name)
    const press = un_ ? PRESS_ALIASES[un_.ref]?.find((n) => /\p{Ll}/u.test(n)) : undefined;
    const name = press ?? displayCase(ucdpName && /\p{Ll}/u.test(ucdpName) ? ucdpName : primary.name);
    const seen = new Set<string>([nameKeys(name).join(" ")]);
    const aliases: string[] = [];
    // mixed-case spellings first: they show how the name is written in prose
    const all = group.flatMap((n) => [n.name, ...n.aliases]).sort((a, b) => Number(/\p{Ll}/u.test(b)) - Number(/\p{Ll}/u.test(a)));
    for (const alias of all) {
      const key = nameKeys(alias).join(" ");
      if (!key || seen.has(key)) continue;
      seen.add(key);
      aliases.push(displayCase(alias));
    }
    const refs: Record<string, string> = {};
    if (un_) refs.un = un_.ref;
    if (of_) refs.ofac = of_.ref;
    if (uc_) refs.ucdp = uc_.ref;
    const record: ListedRecord = {
      id, type, name, aliases, refs,
      designations: group.flatMap((n) => (n.designation ? [n.designation] : [])),
    };
    const country = un_?.country ?? of_?.country ?? uc_?.country;
    if (country) record.country = country;
    const year = group.find((n) => n.born)?.born;
    if (person && year) record.born = year;
    if (uc_) idOfUcdp.set(uc_.ref, id);
    for (const n of group) if (n.source === "ofac") idOfName.set(nameKeys(n.name).join(" "), id);
    records.push(record);
    pending.push({ record, nodes: group });
  }
  for (const { record, nodes: group } of pending) {
    const relations: ListedRelation[] = [];
    for (const n of group) for (const rel of n.relations) {
      const target = rel.ucdp ? idOfUcdp.get(rel.ucdp) : rel.name ? idOfName.get(nameKeys(rel.name).join(" ")) ?? displayCase(rel.name) : undefined;
      if (target && target !== record.id && !relations.some((r) => r.type === rel.type && r.target === target)) relations.push({ type: rel.type, target });
    }
    if (relations.length) record.relations = relations;
  }
  return records;
}
