// Spelling-neutral forms of name words, so the romanisations of one Arabic (or Pashto,
// Somali, Hausa…) name compare equal or close: Gadhafi/Qaddafi/Kadhafi/Gaddafi,
// Tarak/Tariq, Ouni/Awni, Seif/Sayf/Saif.
import { foldWord, nameTokens } from "../gazetteer/normalize.js";

/** Articles and the "son of" links in Arabic name chains, which romanisations keep or drop freely. */
export const CHAIN_PARTICLES = new Set([
  "al", "el", "ul", "il", "ad", "ag", "as", "ash", "at", "az", "ar", "an", "ed", "es", "et", "ez", "ud", "ur",
  "bin", "ibn", "ben", "bn", "bint", "ould", "wuld", "wa", "the", "of",
]);

const REWRITES: [RegExp, string][] = [
  [/ou/g, "u"], [/oo/g, "u"], [/ee/g, "i"], [/ie$/g, "i"], [/ey/g, "ay"], [/ei/g, "ay"], [/ai/g, "ay"],
  [/kh/g, "k"], [/gh/g, "g"], [/dh/g, "d"], [/th/g, "t"], [/ph/g, "f"], [/dj/g, "j"], [/ck/g, "k"],
  [/q/g, "k"], [/c(?=[eiy])/g, "s"], [/c/g, "k"], [/aw(?=[^aeiou]|$)/g, "u"], [/au/g, "u"], [/x/g, "ks"], [/(.)\1+/g, "$1"], [/h$/g, ""], [/e$/g, "a"],
];

/** "Qaddafi" → "kadafi", "Houdoud" → "hudud", "Saif" → "sayf": spelling variants meet. */
export function spellingKey(word: string): string {
  let s = spellingMemo.get(word);
  if (s !== undefined) return s;
  s = foldWord(word).replace(/[^a-z0-9]/g, "");
  for (const [re, to] of REWRITES) s = s.replace(re, to);
  if (spellingMemo.size > MEMO_LIMIT) spellingMemo.clear();
  spellingMemo.set(word, s);
  return s;
}

// Name words repeat across lists and reports: remember their keys (bounded, cleared when full).
const MEMO_LIMIT = 200_000;
const spellingMemo = new Map<string, string>();
const outlineMemo = new Map<string, string>();

/**
 * Consonant outline of a word, the part romanisations agree on: "kadafi"/"gadafi" → "kdf",
 * "tarak"/"tarik" → "trk", "awni"/"uni" → "n". Velars and h/w/y carry no weight.
 */
export function consonantKey(word: string): string {
  const known = outlineMemo.get(word);
  if (known !== undefined) return known;
  const s = spellingKey(word).replace(/[gq]/g, "k");
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if ("aeiouyhw".includes(ch)) continue;
    if (out[out.length - 1] !== ch) out += ch;
  }
  if (outlineMemo.size > MEMO_LIMIT) outlineMemo.clear();
  outlineMemo.set(word, out);
  return out;
}

/** Name words without chain particles, as spelling keys: "Al 'Awni Al Harzi" → ["awni", "harzi"]. */
export function nameWords(name: string): string[] {
  return nameTokens(name.replace(/[-‐]/g, " "))
    .map((t) => t.key.replace(/[^a-z0-9]/g, ""))
    .filter((k) => k && !CHAIN_PARTICLES.has(k))
    .map((k) => spellingKey(k.replace(/^(al|el)(?=[bcdfghjklmnpqrstvwxyz]{1}[a-z]{3,})/, "")));
}

/**
 * A coarse key for finding candidate names before scoring them: the word's first sound class
 * and its consonant outline ("Harzi"/"Harzy" → "hrz", "Ouni"/"Awni" → "Vn").
 */
export function blockingKey(word: string): string {
  const first = spellingKey(word)[0] ?? "";
  const head = "aeiouy".includes(first) ? "V" : first === "g" || first === "q" ? "k" : first;
  return head + consonantKey(word);
}
