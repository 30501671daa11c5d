// The features the recogniser sees for each token of a sentence, as 32-bit hashes. Training and
// inference call the same functions over the same segment-stage tokens, so they cannot drift
// apart. A token's own features (its word, shape, affixes, word lists) depend on its text alone
// and are computed once per distinct word; the model caches their summed weights too. The
// features from its neighbourhood are hashed from per-word integers, with no strings built.
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

/** FNV-1a over UTF-16 units; never 0, which the model's table keeps for empty slots. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0) || 1;
}

/** Folds v into h (a murmur-style mix): feature = mix(mix(template, a), b). */
export function mix(h: number, v: number): number {
  h = Math.imul(h ^ v, 0x9e3779b1);
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return (h >>> 0) || 1;
}

// one hash per feature template; the names are only seeds
const tpl = (name: string): number => hashString("tpl:" + name);
const F_B = tpl("b"), F_W = tpl("w"), F_SH = tpl("sh"), F_POS = tpl("pos"), F_P2 = tpl("p2"), F_P3 = tpl("p3");
const F_S2 = tpl("s2"), F_S3 = tpl("s3"), F_S4 = tpl("s4"), F_TITLE = tpl("title"), F_PTITLE = tpl("ptitle");
const F_ORGHEAD = tpl("orghead"), F_PRON = tpl("pron"), F_ORDINAL = tpl("ordinal");
const F_WM1 = tpl("w-1"), F_WP1 = tpl("w+1"), F_WM2 = tpl("w-2"), F_WP2 = tpl("w+2"), F_WM1W = tpl("w-1|w"), F_WWP1 = tpl("w|w+1");
const F_SHM1SH = tpl("sh-1|sh"), F_SHSHP1 = tpl("sh|sh+1"), F_POSM1 = tpl("pos-1"), F_POSP1 = tpl("pos+1");
const F_POSM1POS = tpl("pos-1|pos"), F_POSPOSP1 = tpl("pos|pos+1"), F_SHM1 = tpl("sh-1"), F_SHP1 = tpl("sh+1");
const F_FIRST = tpl("first|sh"), F_LAST = tpl("last"), F_TITLEM1 = tpl("title-1"), F_PTITLEM1 = tpl("ptitle-1|sh");
const F_CHUNK = tpl("chunk"), F_CHUNKEND = tpl("chunkend"), F_CHUNKSTART = tpl("chunk@start"), F_CHUNKM1 = tpl("chunk-1");
const F_CHUNKORG = tpl("chunk-has-orghead"), F_CHUNKPT = tpl("chunk-after-ptitle"), F_GZ = tpl("gz"), F_GZPOS = tpl("gzpos");
const F_GZM1 = tpl("gz-1"), F_GZP1 = tpl("gz+1"), F_SHPOS = tpl("sh|pos"), F_CHUNKENDSH = tpl("chunkend|sh"), F_CAPM1W = tpl("cap-1|w");

const BOS = hashString("<s>"), EOS = hashString("</s>");

/** What is known of a word from its text alone. */
export interface WordInfo {
  text: string;
  lower: string;
  /** hash of the lower-cased word and of its shape */
  hw: number;
  hsh: number;
  cap: boolean;
  title: boolean;
  ptitle: boolean;
  orghead: boolean;
  /** Hashes of the word's own features. */
  own: Uint32Array;
}

const words = new Map<string, WordInfo>();
const MAX_WORDS = 200_000;

/** The word's own features, computed once per distinct text. */
export function wordInfo(text: string): WordInfo {
  let w = words.get(text);
  if (w) return w;
  if (words.size >= MAX_WORDS) words.clear();
  const lower = text.toLowerCase();
  const shape = shortShape(text);
  const hw = hashString(lower), hsh = hashString(shape);
  const title = TITLES.has(lower), ptitle = PERSON_TITLES.has(lower), orghead = ORG_HEADS.has(lower);
  const own = [
    F_B, mix(F_W, hw), mix(F_SH, hsh),
    mix(F_P2, hashString(lower.slice(0, 2))), mix(F_P3, hashString(lower.slice(0, 3))),
    mix(F_S2, hashString(lower.slice(-2))), mix(F_S3, hashString(lower.slice(-3))), mix(F_S4, hashString(lower.slice(-4))),
  ];
  if (title) own.push(F_TITLE);
  if (ptitle) own.push(F_PTITLE);
  if (orghead) own.push(F_ORGHEAD);
  if (PRONOUNS.has(lower)) own.push(F_PRON);
  if (/\d/.test(lower) && /(st|nd|rd|th)$/.test(lower)) own.push(F_ORDINAL);
  w = { text, lower, hw, hsh, cap: /^[A-Z\u00C0-\u00DE]/.test(text), title, ptitle, orghead, own: Uint32Array.from(own) };
  words.set(text, w);
  return w;
}

/** Hashes of the few strings that recur everywhere: POS tags, gazetteer types. */
const tagHashes = new Map<string, number>();
const tagHash = (p: string): number => {
  let h = tagHashes.get(p);
  if (h === undefined) tagHashes.set(p, (h = hashString(p)));
  return h;
};
const linkHashes = new Set([...NAME_LINKS].map(hashString));

/** Capitalised runs: tokens that start upper-case, joined across name links ("Army of Islam"). */
function capitalisedChunks(ws: readonly WordInfo[]): Int32Array {
  // chunk id per token, -1 outside
  const n = ws.length;
  const id = new Int32Array(n).fill(-1);
  let chunk = 0;
  for (let i = 0; i < n; i++) {
    if (!ws[i].cap) continue;
    let j = i;
    while (j + 1 < n) {
      if (ws[j + 1].cap) { j++; continue; }
      // a link word is kept only when a capitalised word follows it
      let k = j + 1;
      while (k < n && k - j <= 2 && linkHashes.has(ws[k].hw)) k++;
      if (k > j + 1 && k < n && ws[k].cap) { j = k; continue; }
      break;
    }
    for (let k = i; k <= j; k++) id[k] = chunk;
    chunk++;
    i = j;
  }
  return id;
}

/** A sentence's features: each token's word (own features) and its context features, flat. */
export interface SentenceFeatures {
  words: WordInfo[];
  /** Context features of token i: ctx[ctxStart[i] .. ctxStart[i + 1]). */
  ctx: Uint32Array;
  ctxStart: Int32Array;
}

let buffer = new Uint32Array(4096);

export function sentenceFeatures(tokens: readonly Token[], hints?: readonly (TokenHint | undefined)[]): SentenceFeatures {
  const n = tokens.length;
  const ws = new Array<WordInfo>(n);
  // word, shape, POS and gazetteer-type hashes, padded with two sentence boundaries either side
  const hw = new Uint32Array(n + 4), hsh = new Uint32Array(n + 4), hp = new Uint32Array(n + 4), hg = new Uint32Array(n + 4);
  hw[0] = hw[1] = hsh[0] = hsh[1] = hp[0] = hp[1] = BOS;
  hw[n + 2] = hw[n + 3] = hsh[n + 2] = hsh[n + 3] = hp[n + 2] = hp[n + 3] = EOS;
  for (let i = 0; i < n; i++) {
    const w = (ws[i] = wordInfo(tokens[i].text));
    hw[i + 2] = w.hw;
    hsh[i + 2] = w.hsh;
    hp[i + 2] = tagHash(tokens[i].pos);
    const h = hints?.[i];
    if (h) hg[i + 2] = tagHash(h.type);
  }
  const chunks = capitalisedChunks(ws);
  if (buffer.length < n * 40) buffer = new Uint32Array(n * 64);
  const buf = buffer;
  const ctxStart = new Int32Array(n + 1);
  let at = 0;
  for (let i = 0; i < n; i++) {
    ctxStart[i] = at;
    const w = ws[i];
    const x = i + 2, p = hp[x], sh = w.hsh;
    buf[at++] = mix(F_POS, p);
    buf[at++] = mix(F_SHPOS, mix(sh, p));
    buf[at++] = mix(F_WM1, hw[x - 1]);
    buf[at++] = mix(F_WP1, hw[x + 1]);
    buf[at++] = mix(F_WM2, hw[x - 2]);
    buf[at++] = mix(F_WP2, hw[x + 2]);
    buf[at++] = mix(mix(F_WM1W, hw[x - 1]), w.hw);
    buf[at++] = mix(mix(F_WWP1, w.hw), hw[x + 1]);
    buf[at++] = mix(mix(F_SHM1SH, hsh[x - 1]), sh);
    buf[at++] = mix(mix(F_SHSHP1, sh), hsh[x + 1]);
    buf[at++] = mix(F_POSM1, hp[x - 1]);
    buf[at++] = mix(F_POSP1, hp[x + 1]);
    buf[at++] = mix(mix(F_POSM1POS, hp[x - 1]), p);
    buf[at++] = mix(mix(F_POSPOSP1, p), hp[x + 1]);
    buf[at++] = mix(F_SHM1, hsh[x - 1]);
    buf[at++] = mix(F_SHP1, hsh[x + 1]);
    if (i === 0) buf[at++] = mix(F_FIRST, sh);
    if (i === n - 1) buf[at++] = F_LAST;
    if (i > 0) {
      const prev = ws[i - 1];
      if (prev.title) buf[at++] = F_TITLEM1;
      if (prev.ptitle) buf[at++] = mix(F_PTITLEM1, sh);
      // a capitalised word after another: its identity says more than mid-sentence capitals alone
      if (prev.cap) buf[at++] = mix(F_CAPM1W, w.hw);
    }
    const c = chunks[i];
    if (c >= 0) {
      let a = i, z = i;
      while (a > 0 && chunks[a - 1] === c) a--;
      while (z + 1 < n && chunks[z + 1] === c) z++;
      const len = z - a + 1;
      const place = len === 1 ? 0 : i === a ? 1 : i === z ? 2 : 3;
      buf[at++] = mix(F_CHUNK, place * 8 + Math.min(len, 5));
      // the head word that ends the capitalised run says much about its type
      buf[at++] = mix(F_CHUNKEND, ws[z].hw);
      buf[at++] = mix(mix(F_CHUNKENDSH, ws[z].hw), sh);
      if (a === 0) buf[at++] = F_CHUNKSTART;
      else buf[at++] = mix(F_CHUNKM1, ws[a - 1].hw);
      for (let k = a; k <= z; k++) if (ws[k].orghead) { buf[at++] = F_CHUNKORG; break; }
      if (a > 0 && ws[a - 1].ptitle) buf[at++] = F_CHUNKPT;
    }
    const g = hg[x];
    if (g) {
      buf[at++] = mix(F_GZ, g);
      buf[at++] = mix(mix(F_GZPOS, g), hints?.[i]?.pos === "B" ? 1 : 2);
    }
    if (hg[x - 1]) buf[at++] = mix(F_GZM1, hg[x - 1]);
    if (hg[x + 1]) buf[at++] = mix(F_GZP1, hg[x + 1]);
  }
  ctxStart[n] = at;
  return { words: ws, ctx: buf.slice(0, at), ctxStart };
}

/** Every feature of every token (own and context), for training. */
export function allFeatures(f: SentenceFeatures): Uint32Array[] {
  return f.words.map((w, i) => {
    const ctx = f.ctx.subarray(f.ctxStart[i], f.ctxStart[i + 1]);
    const all = new Uint32Array(w.own.length + ctx.length);
    all.set(w.own);
    all.set(ctx, w.own.length);
    return all;
  });
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
