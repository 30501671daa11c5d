// Scores whether two written names denote the same person across romanisations and name
// chains: "Tariq al-Harzi" and "Tariq Bin Al Tahar Bin Al Falih Al 'Awni Al Harzi" are one
// man; "Mohammed Ali" and "Mohammed Hassan" are not, and a shared given name alone never
// links two names.
import { COMMON_NAME_WORDS } from "./common-names.js";
import { consonantKey, nameWords, spellingKey } from "./transliteration.js";

/** Scores at or above this are taken as the same name (measured in docs/decisions/reference-data.md). */
export const NAME_MATCH_THRESHOLD = 0.86;

/** Below this a pair of words counts as different. */
const WORD_MATCH = 0.84;
/** Kunya and "servant of" prefixes must agree closely: Abu is not Abdul. */
const PREFIX_WORD_MATCH = 0.95;
const PREFIX_WORDS = new Set(["abu", "abo", "abd", "abdul", "abdal", "abdel", "um", "haji", "hajji", "sayd", "shaykh", "shayk", "mula"]);

function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length, lb = b.length;
  if (!la || !lb) return 0;
  const window = Math.max(0, (Math.max(la, lb) >> 1) - 1);
  const ma = new Array<boolean>(la).fill(false), mb = new Array<boolean>(lb).fill(false);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    for (let j = Math.max(0, i - window); j < Math.min(lb, i + window + 1); j++) {
      if (mb[j] || a[i] !== b[j]) continue;
      ma[i] = mb[j] = true;
      matches++;
      break;
    }
  }
  if (!matches) return 0;
  let t = 0, k = 0;
  for (let i = 0; i < la; i++) {
    if (!ma[i]) continue;
    while (!mb[k]) k++;
    if (a[i] !== b[k]) t++;
    k++;
  }
  const jaro = (matches / la + matches / lb + (matches - t / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/** Similarity of two name words given as spelling keys. */
export function wordSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const ca = consonantKey(a), cb = consonantKey(b);
  const sameStart = a[0] === b[0] || "aeiou".includes(a[0]) === "aeiou".includes(b[0]);
  // same consonant outline: a vowel-spelling variant (Tarak/Tariq, Iyad/Ayyad)
  // Jaro-Winkler forgives length too much ("abuabas" / "abas"): only for words of like length
  const ratio = Math.min(a.length, b.length) / Math.max(a.length, b.length);
  const outline = ca === cb && sameStart && ratio >= 0.6 && (ca.length >= 2 || Math.min(a.length, b.length) >= 4) ? 0.92 : 0;
  return Math.max(ratio >= 0.75 ? jaroWinkler(a, b) : 0, outline);
}

const isCommon = (word: string): boolean => COMMON_NAME_WORDS.has(word) || COMMON_NAME_WORDS.has(spellingKey(word));

/**
 * Best in-order alignment of the shorter chain into the longer one. A word may also meet two
 * adjacent words joined ("Seifallah" / "Seif Allah").
 */
function align(short: readonly string[], long: readonly string[]): { sum: number; matched: number; distinctive: boolean; lastMatched: boolean; firstMatched: boolean } {
  const n = short.length, m = long.length;
  type Cell = { sum: number; matched: number; distinctive: boolean; last: number; first: boolean };
  const empty: Cell = { sum: 0, matched: 0, distinctive: false, last: -1, first: false };
  // best[i][j]: best alignment of short[0..i) into long[0..j)
  const best: Cell[][] = Array.from({ length: n + 1 }, () => new Array<Cell>(m + 1).fill(empty));
  const better = (x: Cell, y: Cell) => (x.sum > y.sum ? x : y);
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      let cell = empty;
      if (i > 0) cell = better(cell, best[i - 1][j]);
      if (j > 0) cell = better(cell, best[i][j - 1]);
      const step = (di: number, dj: number, a: string, b: string) => {
        const s = wordSimilarity(a, b);
        if (s < (PREFIX_WORDS.has(a) || PREFIX_WORDS.has(b) ? PREFIX_WORD_MATCH : WORD_MATCH)) return;
        const prev = best[i - di][j - dj];
        const words = short.slice(i - di, i);
        cell = better(cell, {
          sum: prev.sum + s * di, matched: prev.matched + di,
          distinctive: prev.distinctive || words.some((w) => !isCommon(w)),
          // family names meet family names: the last words of both chains align
          last: i === n && j === m ? i - 1 : prev.last,
          first: prev.first || (i - di === 0 && j - dj === 0),
        });
      };
      if (i >= 1 && j >= 1) step(1, 1, short[i - 1], long[j - 1]);
      if (i >= 1 && j >= 2) step(1, 2, short[i - 1], long[j - 2] + long[j - 1]);
      if (i >= 2 && j >= 1) step(2, 1, short[i - 2] + short[i - 1], long[j - 1]);
      best[i][j] = cell;
    }
  }
  const c = best[n][m];
  return { sum: c.sum, matched: c.matched, distinctive: c.distinctive, lastMatched: c.last === n - 1, firstMatched: c.first };
}

/**
 * How likely two written names are the same name, from 0 to 1. Word order is kept (Arabic
 * chains are ordered); a short name may match a few words of a long chain in order.
 */
export function nameSimilarity(a: string, b: string): number {
  return wordsSimilarity(nameWords(a), nameWords(b));
}

/** `nameSimilarity` over names already split by `nameWords`, for callers that score one name against many. */
export function wordsSimilarity(wa: readonly string[], wb: readonly string[]): number {
  if (!wa.length || !wb.length) return 0;
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  const r = align(short, long);
  if (!r.matched) return 0;
  let score = (r.sum / short.length) * (0.9 + 0.1 * Math.min(1, r.matched / long.length));
  // a single word, or only common given names, never identifies anyone
  if (short.length < 2 || r.matched < 2) score = Math.min(score, 0.6);
  if (!r.distinctive) score = Math.min(score, 0.5);
  // the family name (last word) of the shorter name must meet the longer one's, unless the
  // shorter name is the head of the chain ("Abdul Ghani Baradar" / "… Baradar Abdul Ahmad Turk")
  if (!r.lastMatched && !(r.firstMatched && r.matched === short.length)) score = Math.min(score, 0.75);
  return Math.round(score * 1000) / 1000;
}

export interface NameMatch {
  /** Index of the candidate in the list given. */
  index: number;
  name: string;
  score: number;
}

/** Candidates scoring at or above `threshold` against `query`, best first. */
export function matchName(query: string, candidates: readonly string[], threshold = NAME_MATCH_THRESHOLD): NameMatch[] {
  const out: NameMatch[] = [];
  candidates.forEach((name, index) => {
    const score = nameSimilarity(query, name);
    if (score >= threshold) out.push({ index, name, score });
  });
  return out.sort((x, y) => y.score - x.score || x.index - y.index);
}
