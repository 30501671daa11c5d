// Scores whether two written names denote the same person across romanisations and name
// chains: "Tariq al-Harzi" and "Tariq Bin Al Tahar Bin Al Falih Al 'Awni Al Harzi" are one
// man; "Mohammed Ali" and "Mohammed Hassan" are not, and a shared given name alone never
// links two names.
import { isCommonNameWord } from "./common-names.js";
import { consonantKey, nameWords } from "./transliteration.js";

/** Scores at or above this are taken as the same name (measured in docs/decisions/reference-data.md). */
export const NAME_MATCH_THRESHOLD = 0.86;

/** Below this a pair of words counts as different. */
const WORD_MATCH = 0.84;
/** Kunya and "servant of" prefixes must agree closely: Abu is not Abdul. */
const PREFIX_WORD_MATCH = 0.95;
const PREFIX_WORDS = new Set(["abu", "abo", "abd", "abdul", "abdal", "abdel", "um", "haji", "hajji", "sayd", "shaykh", "shayk", "mula"]);

let scratchA = new Uint8Array(64), scratchB = new Uint8Array(64);

function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length, lb = b.length;
  if (!la || !lb) return 0;
  const window = Math.max(0, (Math.max(la, lb) >> 1) - 1);
  // match flags in scratch buffers reused across calls: this runs for every pair of name words
  if (scratchA.length < la) scratchA = new Uint8Array(la * 2);
  if (scratchB.length < lb) scratchB = new Uint8Array(lb * 2);
  const ma = scratchA.fill(0, 0, la), mb = scratchB.fill(0, 0, lb);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const ch = a.charCodeAt(i);
    for (let j = Math.max(0, i - window); j < Math.min(lb, i + window + 1); j++) {
      if (mb[j] || ch !== b.charCodeAt(j)) continue;
      ma[i] = mb[j] = 1;
      matches++;
      break;
    }
  }
  if (!matches) return 0;
  let t = 0, k = 0;
  for (let i = 0; i < la; i++) {
    if (!ma[i]) continue;
    while (!mb[k]) k++;
    if (a.charCodeAt(i) !== b.charCodeAt(k)) t++;
    k++;
  }
  const jaro = (matches / la + matches / lb + (matches - t / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/** Similarity of two name words given as spelling keys. */
export function wordSimilarity(a: string, b: string): number {
  return a === b ? 1 : similarity(a, consonantKey(a), b, consonantKey(b));
}

/** `wordSimilarity` with both words' consonant outlines already worked out. */
function similarity(a: string, ca: string, b: string, cb: string): number {
  if (a === b) return 1;
  const sameStart = a[0] === b[0] || "aeiou".includes(a[0]) === "aeiou".includes(b[0]);
  // same consonant outline: a vowel-spelling variant (Tarak/Tariq, Iyad/Ayyad)
  // Jaro-Winkler forgives length too much ("abuabas" / "abas"): only for words of like length
  const ratio = Math.min(a.length, b.length) / Math.max(a.length, b.length);
  // an outline of one or two consonants fits many names ("Goïta" and "Kuwaiti" are both k-t): the
  // first letter must agree too, unless both open with a vowel ("Iyad" / "Ayyad")
  const short = ca.length < 3 && a[0] !== b[0] && !("aeiou".includes(a[0]) && "aeiou".includes(b[0]) && ca.length < 2);
  const outline = ca === cb && sameStart && !short && ratio >= 0.6 && (ca.length >= 2 || Math.min(a.length, b.length) >= 4) ? 0.92 : 0;
  return Math.max(ratio >= 0.75 ? jaroWinkler(a, b) : 0, outline);
}

const isCommon = isCommonNameWord;
/** Two words joined must be nearly as long as the word they meet ("Seif Allah" / "Seifallah"), not a word with a tail. */
const JOINED_LENGTH_RATIO = 0.8;

/** The word-match floor for a pair: kunya and "servant of" prefixes must agree closely. */
const floorFor = (a: string, b: string): number => (PREFIX_WORDS.has(a) || PREFIX_WORDS.has(b) ? PREFIX_WORD_MATCH : WORD_MATCH);

const newTable = (size: number) => ({
  sum: new Float64Array(size), matched: new Int32Array(size), last: new Int32Array(size),
  distinctive: new Uint8Array(size), first: new Uint8Array(size),
});
let table = newTable(256);

/**
 * Best in-order alignment of the shorter chain into the longer one. A word may also meet two
 * adjacent words joined ("Seifallah" / "Seif Allah"). The table is held in flat typed arrays:
 * the gazetteer scores every capitalised run against its candidates, so this runs often.
 */
function align(short: readonly string[], long: readonly string[]): { sum: number; matched: number; distinctive: boolean; lastMatched: boolean; firstMatched: boolean } {
  const n = short.length, m = long.length, w = m + 1, size = (n + 1) * w;
  // best alignment of short[0..i) into long[0..j), at i * w + j
  if (table.sum.length < size) table = newTable(size * 2);
  // every cell is written before it is read, so the reused table needs no clearing
  const { sum, matched, last, distinctive, first } = table;
  const common = short.map(isCommon);
  // outlines of each word and of each pair of neighbours joined, once per alignment
  const shortOutline = short.map(consonantKey), longOutline = long.map(consonantKey);
  const shortJoined: string[] = [], longJoined: string[] = [], shortJoinedOutline: string[] = [], longJoinedOutline: string[] = [];
  for (let i = 2; i <= n; i++) { shortJoined[i] = short[i - 2] + short[i - 1]; shortJoinedOutline[i] = consonantKey(shortJoined[i]); }
  for (let j = 2; j <= m; j++) { longJoined[j] = long[j - 2] + long[j - 1]; longJoinedOutline[j] = consonantKey(longJoined[j]); }
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      // the running best starts empty; a candidate at least as good replaces it
      let bs = 0, bm = 0, bd = 0, bl = -1, bf = 0;
      if (i > 0) { const p = (i - 1) * w + j; if (!(bs > sum[p])) { bs = sum[p]; bm = matched[p]; bd = distinctive[p]; bl = last[p]; bf = first[p]; } }
      if (j > 0) { const p = i * w + j - 1; if (!(bs > sum[p])) { bs = sum[p]; bm = matched[p]; bd = distinctive[p]; bl = last[p]; bf = first[p]; } }
      // steps: one word to one word, one to two joined, two joined to one
      for (let step = 0; step < 3; step++) {
        const di = step === 2 ? 2 : 1, dj = step === 1 ? 2 : 1;
        if (i < di || j < dj) continue;
        const a = di === 2 ? shortJoined[i] : short[i - 1], ca = di === 2 ? shortJoinedOutline[i] : shortOutline[i - 1];
        const b = dj === 2 ? longJoined[j] : long[j - 1], cb = dj === 2 ? longJoinedOutline[j] : longOutline[j - 1];
        if (di !== dj && Math.min(a.length, b.length) / Math.max(a.length, b.length) < JOINED_LENGTH_RATIO) continue;
        const s = similarity(a, ca, b, cb);
        if (s < floorFor(a, b)) continue;
        const p = (i - di) * w + (j - dj);
        const cs = sum[p] + s * di;
        if (bs > cs) continue;
        bs = cs;
        bm = matched[p] + di;
        bd = distinctive[p] || !common[i - 1] || (di === 2 && !common[i - 2]) ? 1 : 0;
        // family names meet family names: the last words of both chains align
        bl = i === n && j === m ? i - 1 : last[p];
        bf = first[p] || (i - di === 0 && j - dj === 0) ? 1 : 0;
      }
      const c = i * w + j;
      sum[c] = bs; matched[c] = bm; distinctive[c] = bd; last[c] = bl; first[c] = bf;
    }
  }
  const c = n * w + m;
  return { sum: sum[c], matched: matched[c], distinctive: distinctive[c] === 1, lastMatched: last[c] === n - 1, firstMatched: first[c] === 1 };
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
