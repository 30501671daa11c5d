// The features the recogniser sees for each token of a sentence. Training and inference call
// the same function over the same segment-stage tokens, so they cannot drift apart.
import { tokensIn, type Doc, type Token } from "../doc.js";
import { NAME_LINKS, ORG_HEADS, PERSON_TITLES, PRONOUNS, TITLES } from "./lexicon.js";

/** What an earlier stage already knows about a token: the type of the gazetteer mention over it. */
export interface TokenHint {
  type: string;
  /** "B" on the mention's first token, "I" on the rest. */
  pos: "B" | "I";
}

/** Character shape with runs collapsed: "Votel" → "Xx", "U.S." → "X.X.", "2016" → "d". */
export function shortShape(text: string): string {
  let out = "";
  let last = "";
  for (const ch of text) {
    const c = ch >= "A" && ch <= "Z" ? "X" : ch >= "a" && ch <= "z" ? "x" : ch >= "0" && ch <= "9" ? "d"
      : ch.toLowerCase() !== ch ? "X" : ch.toUpperCase() !== ch ? "x" : ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

const isCap = (t: Token | undefined): boolean => !!t && /^[A-Z\u00C0-\u00DE]/.test(t.text);

/** Capitalised runs: tokens that start upper-case, joined across name links ("Army of Islam"). */
function capitalisedChunks(tokens: readonly Token[]): Int32Array {
  // chunk id per token, -1 outside
  const id = new Int32Array(tokens.length).fill(-1);
  let chunk = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (!isCap(tokens[i])) continue;
    let j = i;
    while (j + 1 < tokens.length) {
      if (isCap(tokens[j + 1])) { j++; continue; }
      // a link word is kept only when a capitalised word follows it
      let k = j + 1;
      while (k < tokens.length && k - j <= 2 && NAME_LINKS.has(tokens[k].lower)) k++;
      if (k > j + 1 && k < tokens.length && isCap(tokens[k])) { j = k; continue; }
      break;
    }
    for (let k = i; k <= j; k++) id[k] = chunk;
    chunk++;
    i = j;
  }
  return id;
}

/** One list of feature strings per token. */
export function sentenceFeatures(tokens: readonly Token[], hints?: readonly (TokenHint | undefined)[]): string[][] {
  const n = tokens.length;
  const lower = tokens.map((t) => t.lower);
  const shapes = tokens.map((t) => shortShape(t.text));
  const pos = tokens.map((t) => t.pos);
  const chunks = capitalisedChunks(tokens);
  const w = (i: number): string => (i < 0 ? "<s>" : i >= n ? "</s>" : lower[i]);
  const sh = (i: number): string => (i < 0 ? "<s>" : i >= n ? "</s>" : shapes[i]);
  const p = (i: number): string => (i < 0 ? "<s>" : i >= n ? "</s>" : pos[i]);
  const out: string[][] = [];
  for (let i = 0; i < n; i++) {
    const lw = lower[i];
    const f: string[] = [
      "b", "w=" + lw, "sh=" + shapes[i], "pos=" + pos[i],
      "p2=" + lw.slice(0, 2), "p3=" + lw.slice(0, 3), "s2=" + lw.slice(-2), "s3=" + lw.slice(-3), "s4=" + lw.slice(-4),
      "w-1=" + w(i - 1), "w+1=" + w(i + 1), "w-2=" + w(i - 2), "w+2=" + w(i + 2),
      "w-1|w=" + w(i - 1) + "|" + lw, "w|w+1=" + lw + "|" + w(i + 1),
      "sh-1|sh=" + sh(i - 1) + "|" + shapes[i], "sh|sh+1=" + shapes[i] + "|" + sh(i + 1),
      "pos-1=" + p(i - 1), "pos+1=" + p(i + 1), "pos-1|pos=" + p(i - 1) + "|" + pos[i], "pos|pos+1=" + pos[i] + "|" + p(i + 1),
      "sh-1=" + sh(i - 1), "sh+1=" + sh(i + 1),
    ];
    if (i === 0) f.push("first|sh=" + shapes[i]);
    if (i === n - 1) f.push("last");
    if (TITLES.has(lw)) f.push("title");
    if (PERSON_TITLES.has(lw)) f.push("ptitle");
    if (i > 0 && TITLES.has(lower[i - 1])) f.push("title-1");
    if (i > 0 && PERSON_TITLES.has(lower[i - 1])) f.push("ptitle-1|sh=" + shapes[i]);
    if (ORG_HEADS.has(lw)) f.push("orghead");
    if (PRONOUNS.has(lw)) f.push("pron");
    if (/\d/.test(lw) && /(st|nd|rd|th)$/.test(lw)) f.push("ordinal");
    const c = chunks[i];
    if (c >= 0) {
      let a = i, z = i;
      while (a > 0 && chunks[a - 1] === c) a--;
      while (z + 1 < n && chunks[z + 1] === c) z++;
      const len = z - a + 1;
      f.push("chunk=" + (len === 1 ? "S" : i === a ? "B" : i === z ? "E" : "I") + "|" + Math.min(len, 5));
      // the head word that ends the capitalised run says much about its type
      f.push("chunkend=" + lower[z]);
      if (a === 0) f.push("chunk@start");
      if (a > 0) f.push("chunk-1=" + lower[a - 1]);
      for (let k = a; k <= z; k++) if (ORG_HEADS.has(lower[k])) { f.push("chunk-has-orghead"); break; }
      if (a > 0 && PERSON_TITLES.has(lower[a - 1])) f.push("chunk-after-ptitle");
    }
    const h = hints?.[i];
    if (h) f.push("gz=" + h.type, "gz=" + h.pos + "-" + h.type);
    out.push(f);
  }
  return out;
}

/** Per token of the Doc, the gazetteer or list mention lying over it, if any. */
export function gazetteerHints(doc: Doc): (TokenHint | undefined)[] {
  const hints: (TokenHint | undefined)[] = new Array(doc.tokens.length);
  for (const m of doc.mentions) {
    if (m.source !== "gazetteer" && m.source !== "list") continue;
    let first = true;
    for (const t of tokensIn(doc, m.start, m.end)) {
      hints[t.i] = { type: m.type, pos: first ? "B" : "I" };
      first = false;
    }
  }
  return hints;
}
