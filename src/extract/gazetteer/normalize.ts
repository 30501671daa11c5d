// Tokens as the gazetteer sees them, for names in the built lists and for report text alike:
// one tokenizer on both sides keeps "al-Sharia", "Al Sharia" and "AL-SHARIA" the same key.

export interface NameToken {
  start: number;
  end: number;
  /** Surface form as written (apostrophes kept). */
  text: string;
  /** Fold key: lower case, no diacritics, no apostrophes or dots. */
  key: string;
  /** First letter upper case ("Derna", "ISIS", "U.S."). */
  cap: boolean;
  /** Every letter upper case and at least two letters ("ISIS", "U.S.", "LIBYA"). */
  upper: boolean;
}

// Dotted acronyms ("U.S.", "U.A.E."), else letters/digits with inner apostrophes ("Qa’idat").
const TOKEN_RE = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’ʼʿʾ`][\p{L}\p{M}\p{N}]+)*/gu;
const POSSESSIVE_RE = /['’ʼ][sS]$/;
const APOSTROPHES_RE = /['’ʼʿʾ`.]/g;

const SPECIAL_LETTERS: Record<string, string> = {
  ı: "i", ł: "l", ø: "o", ß: "ss", æ: "ae", œ: "oe", đ: "d", ð: "d", þ: "th", ħ: "h",
};

const PLAIN_WORD = /^[A-Za-z0-9]*$/;
const ASCII = /^[\x00-\x7f]*$/;

/** Lower case ASCII-ish key of one word: "Dérna" → "derna", "Qa’idat" → "qaidat". */
export function foldWord(word: string): string {
  // most words are plain ASCII letters, which decomposition and the replacements leave alone
  if (PLAIN_WORD.test(word)) return word.toLowerCase();
  let s = word.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(APOSTROPHES_RE, "");
  if (/[ıłøßæœđðþħ]/.test(s)) s = s.replace(/[ıłøßæœđðþħ]/g, (c) => SPECIAL_LETTERS[c] ?? c);
  return s;
}

/** Splits text into name tokens; a possessive "’s" is cut off ("Tunisia’s" → "Tunisia"). */
export function nameTokens(text: string): NameToken[] {
  const out: NameToken[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    let surface = m[0];
    if (surface.length > 2 && POSSESSIVE_RE.test(surface)) surface = surface.slice(0, -2);
    const start = m.index;
    const first = surface[0];
    const cap = first !== first.toLowerCase();
    let letters = 0, upperLetters = 0;
    if (ASCII.test(surface)) {
      // the same count as below, without a string per character
      for (let k = 0; k < surface.length; k++) {
        const c = surface.charCodeAt(k);
        if (c >= 65 && c <= 90) { letters++; upperLetters++; } else if (c >= 97 && c <= 122) letters++;
      }
    } else {
      for (const ch of surface) {
        if (ch.toLowerCase() !== ch.toUpperCase()) { letters++; if (ch === ch.toUpperCase()) upperLetters++; }
      }
    }
    out.push({
      start, end: start + surface.length, text: surface, key: foldWord(surface),
      cap, upper: letters >= 2 && upperLetters === letters,
    });
  }
  return out;
}

/** Fold keys of a name's tokens: "Ansar al-Shari'a" → ["ansar", "al", "sharia"]. */
export const nameKeys = (name: string): string[] => nameTokens(name).map((t) => t.key);

/**
 * Words that may be written in lower case inside a proper name without breaking it
 * ("Islamic State of Iraq and the Levant", "Ansar al-Sharia", "Seifallah Ben Hassine").
 */
export const NAME_PARTICLES = new Set([
  "al", "el", "ul", "ad", "ag", "as", "ash", "at", "az", "ar", "an", "ed", "es", "et", "ez",
  "the", "of", "and", "in", "for", "on", "de", "du", "des", "da", "do", "dos", "das", "la", "le", "les",
  "wa", "wal", "fi", "li", "bin", "ibn", "ben", "bint", "ould", "van", "von", "y", "e", "i", "a", "to",
]);
