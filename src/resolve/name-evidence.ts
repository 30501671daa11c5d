// How strongly the names of two entities say they are one actor, and why: the name matcher
// across transliterations and name chains, the same words in another order, one name the
// acronym of the other, one name a fuller form of the other. Each entity brings its name and
// every alias.
import { wordSimilarity, wordsSimilarity } from "../extract/linking/name-match.js";
import { consonantKey, nameWords } from "../extract/linking/transliteration.js";
import { acronymLetters, acronymsOf } from "./acronym.js";
import { NAME_FUNCTION_WORDS } from "./function-words.js";

export interface NameEvidence {
  score: number;
  reason: string;
}

/** A name ready to compare: its words as spelling keys, and its acronym readings. */
export interface PreparedName {
  text: string;
  words: string[];
  /** Set when the name is itself an acronym. */
  acronym?: string;
  expansions: Set<string>;
}

export interface NameContext {
  /** Persons' names grow into chains freely; a group's or place's longer name may be another actor. */
  person: boolean;
  /** Spelling keys of place, country and people names ("afgan", "libya"): a name adding one names a branch. */
  placeWords?: ReadonlySet<string>;
}

/** Word order is freer than spelling: "Hassine Seifallah" is likely, not surely, the same man. */
const REORDERED = 0.95;
/** A three-letter acronym matched to an expansion; two letters say much less ("IS"). */
const ACRONYM = 0.9;
const SHORT_ACRONYM = 0.7;
/** A name with a word the other lacks altogether is at most this ("Taliban officials" / "Malian officials"). */
const UNCOVERED = 0.6;
/** What each word a group's longer name adds costs, and more when it is a place ("… Afghan branch"). */
const EXTRA_WORD = 0.05;
const EXTRA_PLACE = 0.12;
/** Stricter than the matcher's word floor: a partner word is a spelling variant, not a rhyme ("Taliban" / "Malian"). */
const WORD_MATCH = 0.9;
/** Words that say nothing about who is meant when one name adds them (a possessive "s" too). */
const isFunctionWord = (w: string) => w === "s" || NAME_FUNCTION_WORDS.has(w);
/** Words that make a group's name a part of it ("… Khorasan Province", "… Afghan branch"), as spelling keys. */
const BRANCH_WORDS = new Set(["province", "wilayat", "wilayah", "branch", "wing", "affiliate", "chapter", "faction", "division", "cell"]
  .flatMap((w) => nameWords(w)));

export function prepareName(text: string): PreparedName {
  // "Baghdadi, Abu Bakr al-": a list's surname-first form read in the usual order
  const inverted = /^([^,]+),\s*([^,]+)$/.exec(text.trim());
  const readable = inverted ? `${inverted[2]} ${inverted[1]}` : text;
  const p: PreparedName = { text, words: nameWords(readable), expansions: acronymsOf(readable) };
  const acronym = acronymLetters(text);
  if (acronym) p.acronym = acronym;
  return p;
}

const partners = (a: string, b: string) =>
  wordSimilarity(a, b) >= WORD_MATCH || (a[0] === b[0] && consonantKey(a).length >= 2 && consonantKey(a) === consonantKey(b));

/** Whether `word` meets a word of `words`, or two neighbours written as one ("Seifallah" / "Seif Allah"). */
function hasPartner(word: string, words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    if (partners(word, words[i])) return true;
    if (i + 1 < words.length && partners(word, words[i] + words[i + 1])) return true;
  }
  return false;
}

/** The words of `long` that meet no word of `short`. */
function unmatched(long: readonly string[], short: readonly string[]): string[] {
  const joined = short.map((w, i) => (i + 1 < short.length ? w + short[i + 1] : w));
  return long.filter((w) => !hasPartner(w, short) && !joined.some((j) => partners(w, j)));
}

/** The strongest name evidence between two lists of prepared names, or undefined when there is none. */
export function nameEvidence(a: readonly PreparedName[], b: readonly PreparedName[], context: NameContext): NameEvidence | undefined {
  let best: NameEvidence | undefined;
  const offer = (score: number, reason: () => string) => {
    score = Math.round(score * 1000) / 1000;
    if (score > 0 && (!best || score > best.score)) best = { score, reason: reason() };
  };
  for (const x of a) {
    for (const y of b) {
      if (x.acronym && y.expansions.has(x.acronym)) offer(x.acronym.length >= 3 ? ACRONYM : SHORT_ACRONYM, () => `"${x.text}" is the acronym of "${y.text}"`);
      if (y.acronym && x.expansions.has(y.acronym)) offer(y.acronym.length >= 3 ? ACRONYM : SHORT_ACRONYM, () => `"${y.text}" is the acronym of "${x.text}"`);
      if (x.acronym || y.acronym || !x.words.length || !y.words.length) continue;
      const [short, long] = x.words.length <= y.words.length ? [x, y] : [y, x];
      // every word of the shorter name must be in the longer one: the matcher alone forgives a
      // differing word that a transliteration could explain, which group names do not have
      if (unmatched(short.words, long.words).length) {
        offer(Math.min(UNCOVERED, wordsSimilarity(x.words, y.words)), () => `"${x.text}" and "${y.text}" share some words`);
        continue;
      }
      let penalty = 0;
      let added = "";
      if (!context.person && long.words.length > short.words.length) {
        const extra = unmatched(long.words, short.words).filter((w) => !isFunctionWord(w));
        const places = extra.filter((w) => context.placeWords?.has(w) || BRANCH_WORDS.has(w));
        penalty = EXTRA_WORD * extra.length + (places.length ? EXTRA_PLACE : 0);
        if (places.length) added = ` (adds a place or a branch: another actor?)`;
      }
      const s = wordsSimilarity(x.words, y.words) - penalty;
      offer(s, () => describe(x, y, s) + added);
      // another word order: rotations cover surname-first forms of two- to four-word names (only
      // worth trying when the names in order do not already meet)
      if (s < REORDERED * 0.9 && short.words.length >= 2 && long.words.length <= 4) {
        for (let k = 1; k < long.words.length; k++) {
          const rotated = [...long.words.slice(k), ...long.words.slice(0, k)];
          offer(wordsSimilarity(short.words, rotated) * REORDERED - penalty, () => `"${x.text}" and "${y.text}": the same name in another word order${added}`);
        }
      }
    }
  }
  return best;
}

function describe(x: PreparedName, y: PreparedName, score: number): string {
  if (x.words.join(" ") === y.words.join(" ")) {
    return x.text.toLowerCase() === y.text.toLowerCase() ? `the same name "${x.text}"` : `"${x.text}" and "${y.text}": one name, spelt differently`;
  }
  if (x.words.length !== y.words.length && score >= 0.7) {
    const [short, long] = x.words.length < y.words.length ? [x, y] : [y, x];
    return `"${long.text}" is a fuller form of "${short.text}"`;
  }
  return `"${x.text}" and "${y.text}": transliterations of one name`;
}
