// Every name the gazetteer looks for, in one n-gram index: countries and their demonyms,
// regions, first-level subdivisions, GeoNames places, listed groups and listed persons.
// Built once from the reference data on first use (and kept between runs, lexicon-cache.ts); how
// each name must be written (its case rules) is worked out only for names the text contains.
import { isCommonNameWord } from "../linking/common-names.js";
import { blockingKey, nameWords } from "../linking/transliteration.js";
import { foldWord, NAME_PARTICLES, nameTokens, type NameToken } from "./normalize.js";
import { referenceData, type ReferenceData } from "./reference-data.js";
import { cachedIndex } from "./lexicon-cache.js";
import { TokenTrie, type TokenTrieState } from "./token-trie.js";

export type TargetKind = "country" | "population" | "region" | "subdivision" | "place" | "listed";

export interface Target {
  kind: TargetKind;
  /** Index into the matching array of the reference data (countries, regions, …). */
  index: number;
  /** The record's own name rather than an alternate spelling. */
  main: boolean;
}

/**
 * How the text must be written for a name to count. "exact": as listed, letter for letter
 * (acronyms: ISIS, AST, U.S.); "cap": capitalised (Derna, not derna); "free": particles.
 */
export interface Spelling {
  surface: string[];
  rules: ("exact" | "cap" | "free")[];
  /** A single word that is also an ordinary English word ("Police"). */
  common: boolean;
}

/** One name of one record, as indexed. */
export interface NameEntry {
  name: string;
  target: Target;
  spelling?: Spelling;
}

export interface Lexicon {
  data: ReferenceData;
  /** Name ids by their keys; `entry(id)` gives the name and what it names. */
  trie: TokenTrie;
  entry(id: number): NameEntry;
  /** Listed persons by the consonant outline of each distinctive name word, for fuzzy matching. */
  personsByWord: Map<string, number[]>;
}

/** Per-token rules: all-caps words of a mixed-case name, and short all-caps names, are acronyms. */
function rulesOf(name: string, tokens: NameToken[]): Spelling["rules"] {
  const mixed = /\p{Ll}/u.test(name);
  return tokens.map((t) => {
    if (t.text.includes(".") && t.upper) return "exact";
    const vowelWord = t.text.length === 5 && /[AEIOU]/.test(t.text); // DAESH, HAMAS are words
    if (t.upper && t.text.length <= 5 && (mixed || tokens.length === 1) && !vowelWord) return "exact";
    if (tokens.length > 1 && (NAME_PARTICLES.has(t.key) || (mixed && !t.cap))) return "free";
    return "cap";
  });
}

/** "the Islamic State" is "Islamic State": an article opening a longer name is not part of it. */
function nameTokensOf(name: string): NameToken[] {
  const tokens = nameTokens(name);
  return tokens.length >= 3 && tokens[0].key === "the" ? tokens.slice(1) : tokens;
}

export function spellingOf(entry: NameEntry, commonWords: Set<string>): Spelling {
  if (entry.spelling) return entry.spelling;
  const tokens = nameTokensOf(entry.name);
  const rules = rulesOf(entry.name, tokens);
  entry.spelling = {
    surface: tokens.map((t) => t.text), rules,
    common: tokens.length === 1 && rules[0] !== "exact" && commonWords.has(tokens[0].key),
  };
  return entry.spelling;
}

const PLAIN = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

/**
 * A name's fold keys joined by spaces, the trie's key; "" when the name has no usable keys
 * (none, more than 14, or particles only). Plain ASCII names skip the tokenizer: their key is
 * the name in lower case (most GeoNames rows).
 */
function joinedKeyOf(name: string): string {
  let keys: string[];
  if (PLAIN.test(name)) {
    const lower = name.toLowerCase();
    const space = lower.indexOf(" ");
    if (space < 0) return NAME_PARTICLES.has(lower) ? "" : lower;
    keys = lower.split(" ");
    if (keys.length >= 3 && keys[0] === "the") keys = keys.slice(1);
    else if (keys.length <= 14 && !NAME_PARTICLES.has(keys[0])) return lower;
  } else {
    keys = nameTokensOf(name).map((t) => t.key);
  }
  if (!keys.length || keys.length > 14 || keys.every((k) => NAME_PARTICLES.has(k))) return "";
  return keys.join(" ");
}

const KINDS: readonly TargetKind[] = ["country", "population", "region", "subdivision", "place", "listed"];
const KIND_CODE = Object.fromEntries(KINDS.map((k, i) => [k, i])) as Record<TargetKind, number>;

/** Kunya particles open a group's name as well as a person's ("Abu Sayyaf"). */
const KUNYA = new Set(["abu", "al", "el", "umm"]);
/** Whether a name reads as a person's: a given name or title first, or a given name last. */
function personLike(name: string): boolean {
  const words = nameWords(name);
  const first = words[0] ?? "", last = words[words.length - 1] ?? "";
  return (isCommonNameWord(first) && !KUNYA.has(first)) || isCommonNameWord(last);
}

/** What building computes from the reference data, as plain data (lexicon-cache.ts keeps it). */
interface LexiconIndex {
  trie: TokenTrieState;
  names: string[];
  codes: number[];
  personsByWord: Map<string, number[]>;
}

const isLexiconIndex = (v: unknown): v is LexiconIndex => {
  const x = v as Partial<LexiconIndex> | null;
  return !!x && x.trie?.index instanceof Map && Array.isArray(x.trie.slots) && Array.isArray(x.names)
    && Array.isArray(x.codes) && x.names.length === x.codes.length && x.personsByWord instanceof Map;
};

function buildIndex(data: ReferenceData): LexiconIndex {
  const trie = new TokenTrie();
  // each name as its text and one small integer (record index, kind, main): objects for the
  // few names a report contains are made when first asked for
  const names: string[] = [], codes: number[] = [];
  const add = (name: string, kind: TargetKind, index: number, main: boolean) => {
    const joined = joinedKeyOf(name);
    if (!joined) return;
    trie.addJoined(joined, names.length);
    names.push(name);
    codes.push(index * 16 + KIND_CODE[kind] * 2 + (main ? 1 : 0));
  };

  data.countries.forEach((c, index) => {
    add(c.name, "country", index, true);
    for (const a of c.aliases) add(a, "country", index, false);
    for (const d of [...c.demonyms, ...c.plurals]) add(d, "population", index, true);
  });
  data.regions.forEach((r, index) => {
    for (const n of [r.name, ...r.aliases, ...r.adjectives]) add(n, "region", index, n === r.name);
  });
  data.subdivisions.forEach((s, index) => add(s.name, "subdivision", index, true));
  data.places.forEach((p, index) => {
    add(p[1], "place", index, true);
    if (p[2]) for (const alt of p[2].split("|")) add(alt, "place", index, false);
  });

  const personsByWord = new Map<string, number[]>();
  data.listed.forEach((l, index) => {
    for (const n of [l.name, ...l.aliases]) {
      if (l.type === "person") {
        // persons by full name only: two name words at least, one of them not a common given name
        const words = nameWords(n);
        if (words.length < 2 || words.every((w) => isCommonNameWord(w))) continue;
        for (const w of words) {
          if (isCommonNameWord(w)) continue;
          const k = blockingKey(w);
          const list = personsByWord.get(k);
          if (!list) personsByWord.set(k, [index]);
          else if (list[list.length - 1] !== index) list.push(index);
        }
      } else if (!/\s/.test(n.trim()) && n !== n.toUpperCase() && data.commonWords.has(foldWord(n))) {
        // a one-word alias that is an English word ("The Base" → "Base") names nothing reliably
        continue;
      }
      add(n, "listed", index, n === l.name);
      // "Abu Sayyaf Group" is written "Abu Sayyaf" too: an armed group's name (on the UN list or in
      // UCDP, not a company on OFAC's) of two words or more before "Group", unless those words read
      // as a person's ("Mullah Nazir Group", "Tariq Afridi Group")
      const bare = l.type === "armed_group" && (l.refs?.un || l.refs?.ucdp) ? /^(?!the\s)(.+\S\s+\S.*?)\s+Group$/i.exec(n) : null;
      if (bare && !personLike(bare[1])) add(bare[1], "listed", index, false);
    }
  });

  return { trie: trie.state(), names, codes, personsByWord };
}

function lexiconOf(data: ReferenceData, { trie, names, codes, personsByWord }: LexiconIndex): Lexicon {
  const entries = new Map<number, NameEntry>();
  const entry = (id: number): NameEntry => {
    let e = entries.get(id);
    if (!e) {
      const code = codes[id];
      e = { name: names[id], target: { kind: KINDS[(code >> 1) & 7], index: Math.floor(code / 16), main: (code & 1) === 1 } };
      entries.set(id, e);
    }
    return e;
  };
  return { data, trie: new TokenTrie(trie), entry, personsByWord };
}

let cached: Lexicon | undefined;

export function lexicon(): Lexicon {
  if (!cached) {
    const data = referenceData();
    cached = lexiconOf(data, cachedIndex(() => buildIndex(data), isLexiconIndex));
  }
  return cached;
}
