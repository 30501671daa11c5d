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

/**
 * A unit (a word, or a POS tag) contributes features to the tokens around it by its position
 * relative to them: its own features to its token, "w-1" features to the token after it, and so
 * on. Each role's features depend on the unit alone, so the model caches their summed weights.
 */
export const ROLE_OWN = 0, ROLE_PREV = 1, ROLE_PREV2 = 2, ROLE_NEXT = 3, ROLE_NEXT2 = 4;
export const ROLES = 5;
export interface Unit {
  /** Feature hashes by role: what the unit gives the token at its place, one after it (as "w-1"), … */
  roles: Uint32Array[];
}

const none = new Uint32Array(0);
const boundary = (h: number, prev: boolean, pos: boolean): Unit => {
  const roles = [none, none, none, none, none];
  if (pos) roles[prev ? ROLE_PREV : ROLE_NEXT] = Uint32Array.of(mix(prev ? F_POSM1 : F_POSP1, h));
  else {
    roles[prev ? ROLE_PREV : ROLE_NEXT] = Uint32Array.of(mix(prev ? F_WM1 : F_WP1, h), mix(prev ? F_SHM1 : F_SHP1, h));
    roles[prev ? ROLE_PREV2 : ROLE_NEXT2] = Uint32Array.of(mix(prev ? F_WM2 : F_WP2, h));
  }
  return { roles };
};
/** What stands before the first and after the last token. */
export const START_WORD = boundary(BOS, true, false), END_WORD = boundary(EOS, false, false);
export const START_POS = boundary(BOS, true, true), END_POS = boundary(EOS, false, true);

/** What is known of a word from its text alone. */
export interface WordInfo extends Unit {
  text: string;
  lower: string;
  /** hash of the lower-cased word and of its shape */
  hw: number;
  hsh: number;
  cap: boolean;
  title: boolean;
  ptitle: boolean;
  orghead: boolean;
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
  const roles = [
    Uint32Array.from(own),
    Uint32Array.of(mix(F_WM1, hw), mix(F_SHM1, hsh)), Uint32Array.of(mix(F_WM2, hw)),
    Uint32Array.of(mix(F_WP1, hw), mix(F_SHP1, hsh)), Uint32Array.of(mix(F_WP2, hw)),
  ];
  w = { text, lower, hw, hsh, cap: /^[A-Z\u00C0-\u00DE]/.test(text), title, ptitle, orghead, roles };
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
export interface PosInfo extends Unit { hash: number }
const posUnits = new Map<string, PosInfo>();
function posInfo(pos: string): PosInfo {
  let u = posUnits.get(pos);
  if (!u) {
    const h = tagHash(pos);
    u = { hash: h, roles: [Uint32Array.of(mix(F_POS, h)), Uint32Array.of(mix(F_POSM1, h)), none, Uint32Array.of(mix(F_POSP1, h)), none] };
    posUnits.set(pos, u);
  }
  return u;
}
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

/** A sentence's features: each token's word and POS (units) and its other context features, flat. */
export interface SentenceFeatures {
  words: WordInfo[];
  pos: PosInfo[];
  /** Context features of token i: ctx[ctxStart[i] .. ctxStart[i + 1]). */
  ctx: Uint32Array;
  ctxStart: Int32Array;
}

let buffer = new Uint32Array(4096);

export function sentenceFeatures(tokens: readonly Token[], hints?: readonly (TokenHint | undefined)[]): SentenceFeatures {
  const n = tokens.length;
  const ws = new Array<WordInfo>(n), pu = new Array<PosInfo>(n);
  // word, shape, POS and gazetteer-type hashes, padded with two sentence boundaries either side
  const hw = new Uint32Array(n + 4), hsh = new Uint32Array(n + 4), hp = new Uint32Array(n + 4), hg = new Uint32Array(n + 4);
  hw[0] = hw[1] = hsh[0] = hsh[1] = hp[0] = hp[1] = BOS;
  hw[n + 2] = hw[n + 3] = hsh[n + 2] = hsh[n + 3] = hp[n + 2] = hp[n + 3] = EOS;
  for (let i = 0; i < n; i++) {
    const w = (ws[i] = wordInfo(tokens[i].text));
    hw[i + 2] = w.hw;
    hsh[i + 2] = w.hsh;
    hp[i + 2] = (pu[i] = posInfo(tokens[i].pos)).hash;
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
    buf[at++] = mix(F_SHPOS, mix(sh, p));
    buf[at++] = mix(mix(F_WM1W, hw[x - 1]), w.hw);
    buf[at++] = mix(mix(F_WWP1, w.hw), hw[x + 1]);
    buf[at++] = mix(mix(F_SHM1SH, hsh[x - 1]), sh);
    buf[at++] = mix(mix(F_SHSHP1, sh), hsh[x + 1]);
    buf[at++] = mix(mix(F_POSM1POS, hp[x - 1]), p);
    buf[at++] = mix(mix(F_POSPOSP1, p), hp[x + 1]);
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
  return { words: ws, pos: pu, ctx: buf.slice(0, at), ctxStart };
}

/** The unit at offset d from token i, the sentence boundaries beyond the ends. */
export function unitAt<U extends Unit>(units: readonly U[], i: number, start: Unit, end: Unit): Unit {
  return i < 0 ? start : i >= units.length ? end : units[i];
}

/** Every feature of every token (units' roles and context), for training. */
export function allFeatures(f: SentenceFeatures): Uint32Array[] {
  return f.words.map((_, i) => {
    const parts: Uint32Array[] = [
      f.words[i].roles[ROLE_OWN],
      unitAt(f.words, i - 1, START_WORD, END_WORD).roles[ROLE_PREV],
      unitAt(f.words, i - 2, START_WORD, END_WORD).roles[ROLE_PREV2],
      unitAt(f.words, i + 1, START_WORD, END_WORD).roles[ROLE_NEXT],
      unitAt(f.words, i + 2, START_WORD, END_WORD).roles[ROLE_NEXT2],
      f.pos[i].roles[ROLE_OWN],
      unitAt(f.pos, i - 1, START_POS, END_POS).roles[ROLE_PREV],
      unitAt(f.pos, i + 1, START_POS, END_POS).roles[ROLE_NEXT],
      f.ctx.subarray(f.ctxStart[i], f.ctxStart[i + 1]),
    ];
    const all = new Uint32Array(parts.reduce((s, p) => s + p.length, 0));
    let at = 0;
    for (const p of parts) { all.set(p, at); at += p.length; }
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
