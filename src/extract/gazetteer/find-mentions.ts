// Finds the gazetteer's names in a report: every listed name starting at every token, kept
// when written as the name is written (case rules), resolved against the report's own
// countries, then the longest non-overlapping matches win. Listed persons written in another
// romanisation are found by the name matcher over runs of capitalised words.
import { listedId, countryId, placeId, populationId } from "../entity-id.js";
import type { Designation, EntityInfo } from "../doc.js";
import type { EntityType } from "../contract.js";
import { NAME_MATCH_THRESHOLD, wordsSimilarity } from "../linking/name-match.js";
import { isCommonNameWord } from "../linking/common-names.js";
import { blockingKey, CHAIN_PARTICLES, nameWords } from "../linking/transliteration.js";
import { lexicon, spellingOf, type Lexicon, type Spelling, type Target } from "./lexicon.js";
import { nameTokens, type NameToken } from "./normalize.js";
import { chooseTarget, countryOfTarget, type CountryContext } from "./place-context.js";
import type { ReferenceData } from "./reference-data.js";

export interface GazetteerMention {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  entityId: string;
  /** "list" for sanctions-list and UCDP entries, "gazetteer" for geography and peoples. */
  source: "gazetteer" | "list";
  /** Name-matcher score, for persons found under another romanisation. */
  score?: number;
}

export interface GazetteerResult {
  mentions: GazetteerMention[];
  entities: Map<string, EntityInfo>;
}

interface RawMatch {
  from: number;
  to: number;
  targets: Target[];
  chosen?: Target;
  score?: number;
}

// Between the words of one name: spaces, hyphens, apostrophes; never a comma, stop or line break.
const JOINABLE = /^[ \t\u00a0\-‐'’ʿʾ`]*$/;
/** Acronyms that are also English words ("IS", "US"): the verb reading is ruled out first. */
const WORDLIKE_ACRONYMS = new Set(["is", "us", "it", "in", "as", "or", "an", "at", "on", "no", "am", "be", "do", "go", "he", "me", "my", "so", "to", "up", "we", "all", "and", "are", "can", "car", "aid", "art", "was", "not", "now", "one"]);
const SUBJECTS = new Set(["this", "that", "it", "what", "there", "he", "she", "who", "which", "where", "how", "why", "here", "is", "who", "so"]);
/** Heads that continue a place name without making it another name ("Idlib Province"). */
const PLACE_HEADS = new Set(["province", "governorate", "district", "region", "city", "county", "oblast", "prefecture", "municipality", "area", "state", "valley", "basin"]);
const TITLES = new Set(["president", "general", "gen", "sheikh", "shaykh", "sheik", "dr", "colonel", "col", "commander", "emir", "minister", "prime", "king", "prince", "mr", "mrs", "ms", "imam", "mullah", "leader", "chief", "field", "marshal", "major", "captain", "lieutenant", "brigadier", "senator", "judge"]);

export function findGazetteerMentions(text: string, sentenceStarts: readonly number[] = []): GazetteerResult {
  const lex = lexicon();
  const { data } = lex;
  const tokens = nameTokens(text);
  const keys = tokens.map((t) => t.key);
  const initial = sentenceInitial(text, tokens, sentenceStarts);
  const shouting = shoutingLines(text, tokens);

  const joinable = (from: number, to: number) => {
    for (let k = from; k < to - 1; k++) if (!JOINABLE.test(text.slice(tokens[k].end, tokens[k + 1].start))) return false;
    return true;
  };
  const written = (v: Spelling, target: Target, from: number): boolean => {
    for (let k = 0; k < v.rules.length; k++) {
      const t = tokens[from + k], rule = v.rules[k];
      if (rule === "exact" ? t.text !== v.surface[k] : rule === "cap" ? !t.cap : false) return false;
    }
    if (v.rules.length === 1 && v.rules[0] === "exact" && WORDLIKE_ACRONYMS.has(keys[from])) {
      if (shouting[from]) return false;
      if (from > 0 && SUBJECTS.has(keys[from - 1]) && tokens[from - 1].end + 2 >= tokens[from].start) return false;
    }
    if (v.common && initial[from] && target.kind !== "country") return false;
    return true;
  };

  // every admissible name at every token
  const raw: RawMatch[] = [];
  let i = 0;
  // one callback for the whole walk (not one per token), reading the start token from `i`
  const found = (end: number, ids: readonly number[]) => {
    if (end - i > 1 && !joinable(i, end)) return;
    const targets: Target[] = [];
    for (const id of ids) {
      const e = lex.entry(id);
      if (!written(spellingOf(e, data.commonWords), e.target, i)) continue;
      if (!targets.some((t) => t.kind === e.target.kind && t.index === e.target.index)) targets.push(e.target);
    }
    if (targets.length) raw.push({ from: i, to: end, targets });
  };
  for (i = 0; i < tokens.length; i++) lex.trie.walk(keys, i, found);

  // the countries the report names, by name or people, whatever longer name they sit in
  const context: CountryContext = new Map();
  for (const m of raw) {
    const ccs = new Set(m.targets.filter((t) => t.kind === "country" || t.kind === "population").map((t) => countryOfTarget(data, t)));
    if (ccs.size === 1 && m.targets.every((t) => t.kind === "country" || t.kind === "population" || t.kind === "place" || t.kind === "subdivision")) {
      const cc = [...ccs][0]!;
      context.set(cc, (context.get(cc) ?? 0) + 1);
    }
  }

  for (const m of raw) m.chosen = resolve(data, m, context, text, tokens, initial);
  const accepted = selectLongest(raw.filter((m) => m.chosen), tokens.length);
  accepted.push(...fuzzyPersons(lex, text, tokens, initial, accepted, joinable));
  accepted.sort((a, b) => a.from - b.from);

  const mentions: GazetteerMention[] = [];
  const entities = new Map<string, EntityInfo>();
  for (const m of accepted) {
    const info = entityInfo(data, m.chosen!);
    if (!entities.has(info.id)) entities.set(info.id, info);
    const start = tokens[m.from].start, end = tokens[m.to - 1].end;
    const mention: GazetteerMention = {
      start, end, text: text.slice(start, end), type: info.type, entityId: info.id,
      source: m.chosen!.kind === "listed" ? "list" : "gazetteer",
    };
    if (m.score !== undefined) mention.score = m.score;
    mentions.push(mention);
  }
  return { mentions, entities };
}

/** Countries first, then peoples, listed groups and persons, regions, and places last. */
function resolve(data: ReferenceData, m: RawMatch, context: CountryContext, text: string, tokens: NameToken[], initial: boolean[]): Target | undefined {
  for (const kinds of [["country"], ["population"], ["listed"], ["region"], ["place", "subdivision"]] as const) {
    const targets = m.targets.filter((t) => (kinds as readonly string[]).includes(t.kind));
    if (!targets.length) continue;
    if (kinds[0] === "listed" && ambiguousListing(data, targets, context)) return undefined;
    if ((kinds[0] === "region" || kinds[0] === "place") && insideLongerName(m, text, tokens, initial)) return undefined;
    return chooseTarget(data, targets, context);
  }
  return undefined;
}

/** Two groups share the alias and the report names neither's country: leave it to later stages. */
function ambiguousListing(data: ReferenceData, targets: Target[], context: CountryContext): boolean {
  const ids = new Set(targets.map((t) => t.index));
  if (ids.size < 2) return false;
  const inView = [...ids].filter((i) => (context.get(data.listed[i].country ?? "") ?? 0) > 0);
  return inView.length !== 1 && !targets.some((t) => t.main);
}

/** "Washington Institute", "Derna Mujahideen Shura Council": a place word inside an unlisted name. */
function insideLongerName(m: RawMatch, text: string, tokens: NameToken[], initial: boolean[]): boolean {
  const next = tokens[m.to], prev = tokens[m.from - 1];
  const adjacent = (a: NameToken, b: NameToken) => /^[ \t]+$/.test(text.slice(a.end, b.start));
  if (next && next.cap && !next.upper && adjacent(tokens[m.to - 1], next) && !PLACE_HEADS.has(next.key)) return true;
  if (prev && prev.cap && !prev.upper && !initial[m.from - 1] && adjacent(prev, tokens[m.from]) && !CHAIN_PARTICLES.has(prev.key) && !TITLES.has(prev.key)) return true;
  return false;
}

function selectLongest(matches: RawMatch[], n: number): RawMatch[] {
  const taken = new Uint8Array(n);
  const out: RawMatch[] = [];
  matches.sort((a, b) => (b.to - b.from) - (a.to - a.from) || a.from - b.from);
  for (const m of matches) {
    let free = true;
    for (let k = m.from; k < m.to; k++) if (taken[k]) { free = false; break; }
    if (!free) continue;
    for (let k = m.from; k < m.to; k++) taken[k] = 1;
    out.push(m);
  }
  return out;
}

/** Listed persons named in another romanisation: runs of capitalised words scored by the name matcher. */
function fuzzyPersons(
  lex: Lexicon, text: string, tokens: NameToken[], initial: boolean[], accepted: RawMatch[], joinable: (a: number, b: number) => boolean,
): RawMatch[] {
  const taken = new Uint8Array(tokens.length);
  for (const m of accepted) for (let k = m.from; k < m.to; k++) taken[k] = 1;
  // a capitalised word not already named, and not an acronym ("IS", "AST")
  const nameWord = (k: number) => !taken[k] && tokens[k].cap && !(tokens[k].upper && tokens[k].text.length <= 5) && tokens[k].text.length >= 2;
  const out: RawMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!nameWord(i) || TITLES.has(tokens[i].key) || (initial[i] && lex.data.commonWords.has(tokens[i].key))) { i++; continue; }
    let j = i + 1;
    while (j < tokens.length && (nameWord(j) || (CHAIN_PARTICLES.has(tokens[j].key) && !taken[j])) && joinable(j - 1, j + 1)) j++;
    while (j > i + 1 && CHAIN_PARTICLES.has(tokens[j - 1].key)) j--;
    const from = i;
    i = j;
    if (j - from < 2) continue; // one word is never a full name
    const runText = text.slice(tokens[from].start, tokens[j - 1].end);
    const found = listedPersonNamed(lex, runText);
    if (found) out.push({ from, to: j, targets: [], chosen: { kind: "listed", index: found.index, main: false }, score: found.score });
  }
  return out;
}

// Names recur within a report and across reports on one conflict: each run's answer is kept
// (bounded, cleared when full). The answer depends on the run's text alone.
const PERSON_MEMO_LIMIT = 50_000;
const personMemo = new Map<string, { index: number; score: number } | null>();

/** The listed person a run of capitalised words names under another romanisation, if any. */
function listedPersonNamed(lex: Lexicon, runText: string): { index: number; score: number } | null {
  let found = personMemo.get(runText);
  if (found !== undefined) return found;
  found = scoreListedPersons(lex, runText);
  if (personMemo.size >= PERSON_MEMO_LIMIT) personMemo.clear();
  personMemo.set(runText, found);
  return found;
}

function scoreListedPersons(lex: Lexicon, runText: string): { index: number; score: number } | null {
  const words = nameWords(runText);
  if (words.length < 2 || words.every((w) => isCommonNameWord(w))) return null;
  // two proper-name words at least: "Police Chief" or "Prime Minister" are not names
  if (words.filter((w) => !lex.data.commonWords.has(w)).length < 2) return null;
  const votes = new Map<number, number>();
  const distinctive = words.filter((w) => !isCommonNameWord(w));
  for (const w of new Set(distinctive)) {
    for (const p of lex.personsByWord.get(blockingKey(w)) ?? []) votes.set(p, (votes.get(p) ?? 0) + 1);
  }
  // a listed person shares two distinctive words with the run, or its only one
  const needed = Math.min(2, new Set(distinctive).size);
  const candidates = [...votes.entries()].filter(([, v]) => v >= needed).sort((a, b) => b[1] - a[1]).slice(0, 12);
  let best = -1, bestScore = 0, second = 0;
  for (const [p] of candidates) {
    const s = Math.max(...personWords(lex, p).map((w) => wordsSimilarity(words, w)));
    if (s > bestScore) { second = bestScore; bestScore = s; best = p; } else if (s > second) second = s;
  }
  if (best >= 0 && bestScore >= NAME_MATCH_THRESHOLD && bestScore - second > 0.02) return { index: best, score: bestScore };
  return null;
}

const wordsOfPerson = new Map<number, string[][]>();
/** A listed person's names split into name words, worked out once. */
function personWords(lex: Lexicon, index: number): string[][] {
  let words = wordsOfPerson.get(index);
  if (!words) {
    const l = lex.data.listed[index];
    words = [l.name, ...l.aliases].map(nameWords).filter((w) => w.length >= 2);
    wordsOfPerson.set(index, words);
  }
  return words;
}

const OPENS_SENTENCE = /[.!?:;\n“"«]\s*['"“‘«(]*\s*$/;

/** Tokens that open a sentence, a line or a quotation, where every word is capitalised. */
function sentenceInitial(text: string, tokens: NameToken[], sentenceStarts: readonly number[]): boolean[] {
  const out = new Array<boolean>(tokens.length).fill(false);
  const starts = new Set(sentenceStarts);
  let s = 0;
  const sorted = [...sentenceStarts].sort((a, b) => a - b);
  for (let i = 0; i < tokens.length; i++) {
    // most words follow a single space, which opens nothing
    const plainGap = i > 0 && tokens[i].start === tokens[i - 1].end + 1 && text.charCodeAt(tokens[i - 1].end) === 32;
    if (i === 0 || starts.has(tokens[i].start)) out[i] = true;
    else if (!plainGap && OPENS_SENTENCE.test(text.slice(tokens[i - 1].end, tokens[i].start))) out[i] = true;
    while (s < sorted.length && sorted[s] <= tokens[i].start) {
      if (i === 0 || tokens[i - 1].end <= sorted[s]) out[i] = true;
      s++;
    }
  }
  return out;
}

const TWO_LETTERS = /\p{L}{2}/u;

/** Tokens on lines written mostly in capitals (headlines), where case says nothing. */
function shoutingLines(text: string, tokens: NameToken[]): boolean[] {
  const out = new Array<boolean>(tokens.length).fill(false);
  let i = 0;
  while (i < tokens.length) {
    const lineEnd = text.indexOf("\n", tokens[i].start);
    let j = i, anyUpper = false;
    for (; j < tokens.length && (lineEnd < 0 || tokens[j].start < lineEnd); j++) if (tokens[j].upper) anyUpper = true;
    // a line without a word in capitals is not shouting: count its words only when it has one
    let upper = 0, words = 0;
    if (anyUpper) {
      for (let k = i; k < j; k++) if (TWO_LETTERS.test(tokens[k].text)) { words++; if (tokens[k].upper) upper++; }
    }
    const shout = words >= 2 && upper / words >= 0.6;
    for (let k = i; k < j; k++) out[k] = shout;
    i = j;
  }
  return out;
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

export function entityInfo(data: ReferenceData, t: Target): EntityInfo {
  switch (t.kind) {
    case "country": {
      const c = data.countries[t.index];
      return { id: countryId(c.iso2), type: "country", name: c.name, aliases: c.aliases.slice(0, 12), country: c.iso2, lat: c.lat, lon: c.lon };
    }
    case "population": {
      const c = data.countries[t.index];
      const name = c.plurals[0] ?? c.demonyms[0] ?? c.name;
      return { id: populationId(c.iso2), type: "population", name, aliases: [...c.demonyms, ...c.plurals].filter((d) => d !== name), country: c.iso2 };
    }
    case "region": {
      const r = data.regions[t.index];
      const info: EntityInfo = { id: listedId("place", "region", r.id), type: "place", name: r.name, aliases: [...r.aliases, ...r.adjectives], lat: r.lat, lon: r.lon };
      if (r.country) info.country = r.country;
      return info;
    }
    case "subdivision": {
      const s = data.subdivisions[t.index];
      return { id: listedId("place", "iso3166-2", s.code), type: "place", name: s.name, aliases: [], country: s.country, refs: { iso3166_2: s.code } };
    }
    case "place": {
      const [gid, name, alts, cc, lat, lon] = data.places[t.index];
      return { id: placeId(gid), type: "place", name, aliases: alts ? alts.split("|") : [], country: cc, lat: round(lat), lon: round(lon), refs: { geonames: String(gid) } };
    }
    case "listed": {
      const l = data.listed[t.index];
      const info: EntityInfo = { id: l.id, type: l.type, name: l.name, aliases: l.aliases.slice(0, 30), refs: { ...l.refs } };
      if (l.country) info.country = l.country;
      if (l.designations.length) info.designations = l.designations.map((d): Designation => ({ ...d }));
      return info;
    }
  }
}
