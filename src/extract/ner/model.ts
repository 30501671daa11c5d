// A linear-chain tagger over BIO tags: emission weights per (feature, tag), transition weights
// per (tag, tag), decoded by Viterbi under the BIO constraint (an I- tag only continues its
// own type). Trained as an averaged structured perceptron (Collins 2002) in `perceptron.ts`.
import { END_POS, END_WORD, ROLES, START_POS, START_WORD, type SentenceFeatures, type Unit } from "./features.js";

/** The model as written to data/built/ner-model.json. */
export interface NerModelFile {
  format: "dossier-ner/2";
  tags: string[];
  /** start[y]: weight of a sentence opening with tag y. */
  start: number[];
  /** transitions[prev * T + y]. */
  transitions: number[];
  /**
   * Emission weights, flat: feature hash (features.ts), count k, then k pairs of tag index and
   * weight; only weights that matter are kept.
   */
  weights: number[];
  /** How it was trained, for the record. */
  meta?: Record<string, unknown>;
}

export interface TaggedSpan {
  /** Token indexes, end exclusive, relative to the sentence. */
  start: number;
  end: number;
  /** Entity label without the BIO prefix ("PER", "ORG", "LOC", "NAT"). */
  label: string;
  /** How far the best labelling beats the best one that labels any token of the span otherwise. */
  margin: number;
}

export const NER_TAGS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-NAT", "I-NAT"];

/** allowed[prev * T + y]; prev = T stands for the sentence start. */
export function bioAllowed(tags: readonly string[]): Uint8Array {
  const T = tags.length;
  const ok = new Uint8Array((T + 1) * T);
  for (let prev = 0; prev <= T; prev++) {
    for (let y = 0; y < T; y++) {
      const t = tags[y];
      if (!t.startsWith("I-")) { ok[prev * T + y] = 1; continue; }
      if (prev === T) continue;
      const p = tags[prev];
      ok[prev * T + y] = p !== "O" && p.slice(2) === t.slice(2) ? 1 : 0;
    }
  }
  return ok;
}

/** Reusable arrays for decoding, grown as sentences need; one per model, so no garbage per sentence. */
export class Workspace {
  alpha = new Float64Array(0);
  beta = new Float64Array(0);
  back = new Int32Array(0);
  tags = new Int32Array(0);
  em = new Float64Array(0);
  ensure(n: number, T: number): void {
    if (this.alpha.length >= n * T) return;
    const size = Math.max(n * T, 2 * this.alpha.length, 64 * T);
    this.alpha = new Float64Array(size);
    this.beta = new Float64Array(size);
    this.back = new Int32Array(size);
    this.em = new Float64Array(size);
    this.tags = new Int32Array(size / T);
  }
}

/** For each tag y, the tags that may precede it (prev = T is the sentence start). */
function predecessors(allowed: Uint8Array, T: number): Int32Array[] {
  const out: Int32Array[] = [];
  for (let y = 0; y < T; y++) {
    const ps: number[] = [];
    for (let p = 0; p < T; p++) if (allowed[p * T + y]) ps.push(p);
    out.push(Int32Array.from(ps));
  }
  return out;
}
const predCache = new WeakMap<Uint8Array, Int32Array[]>();

/**
 * Best tag sequence for emission scores `em` (n × T, row-major) into ws.tags. With
 * `wantMarginals`, ws.alpha + ws.beta then hold the max-marginal score of every (token, tag).
 */
export function viterbi(
  em: Float64Array, n: number, T: number, start: ArrayLike<number>, trans: ArrayLike<number>, allowed: Uint8Array,
  ws: Workspace, wantMarginals = false,
): number {
  if (n === 0) return 0;
  ws.ensure(n, T);
  let preds = predCache.get(allowed);
  if (!preds) predCache.set(allowed, (preds = predecessors(allowed, T)));
  const { alpha, back, tags, beta } = ws;
  for (let y = 0; y < T; y++) alpha[y] = allowed[T * T + y] ? start[y] + em[y] : -Infinity;
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * T, cur = i * T;
    for (let y = 0; y < T; y++) {
      const ps = preds[y];
      let best = -Infinity, arg = 0;
      for (let q = 0; q < ps.length; q++) {
        const p = ps[q];
        const s = alpha[prev + p] + trans[p * T + y];
        if (s > best) { best = s; arg = p; }
      }
      alpha[cur + y] = best + em[cur + y];
      back[cur + y] = arg;
    }
  }
  let best = -Infinity, arg = 0;
  for (let y = 0; y < T; y++) if (alpha[(n - 1) * T + y] > best) { best = alpha[(n - 1) * T + y]; arg = y; }
  tags[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) tags[i - 1] = back[i * T + tags[i]];
  if (!wantMarginals) return best;
  // beta[i][y]: best score of tokens after i given tag y at i
  for (let y = 0; y < T; y++) beta[(n - 1) * T + y] = 0;
  for (let i = n - 2; i >= 0; i--) {
    const cur = i * T, next = (i + 1) * T;
    for (let y = 0; y < T; y++) beta[cur + y] = -Infinity;
    for (let nx = 0; nx < T; nx++) {
      const ps = preds[nx];
      const e = em[next + nx] + beta[next + nx];
      for (let q = 0; q < ps.length; q++) {
        const y = ps[q];
        const s = trans[y * T + nx] + e;
        if (s > beta[cur + y]) beta[cur + y] = s;
      }
    }
  }
  return best;
}

/** Spans of a BIO tag sequence, with their margins when the workspace holds max-marginals. */
export function spansOf(ws: Workspace, n: number, names: readonly string[], best = 0, marginals = false): TaggedSpan[] {
  const T = names.length;
  const { tags, alpha, beta } = ws;
  const spans: TaggedSpan[] = [];
  const marginal = (k: number, y: number): number => alpha[k * T + y] + beta[k * T + y];
  for (let i = 0; i < n; i++) {
    const t = names[tags[i]];
    if (t === "O") continue;
    const label = t.slice(2);
    const cont = names.indexOf("I-" + label);
    let j = i + 1;
    while (j < n && tags[j] === cont) j++;
    let margin = Infinity;
    if (marginals) {
      for (let k = i; k < j; k++) {
        let other = -Infinity;
        for (let y = 0; y < T; y++) if (y !== tags[k] && marginal(k, y) > other) other = marginal(k, y);
        margin = Math.min(margin, best - other);
      }
      // the span must also end here: the best labelling that continues it one token further
      if (j < n && cont >= 0) margin = Math.min(margin, best - marginal(j, cont));
    }
    spans.push({ start: i, end: j, label, margin: marginals ? margin : 0 });
    i = j - 1;
  }
  return spans;
}

/** A loaded model, ready to tag sentences. */
export class NerModel {
  readonly tags: string[];
  private readonly T: number;
  /** Open-addressing table, pairs of (feature hash, row offset into `rows`); hash 0 marks an empty slot. */
  private readonly table: Int32Array;
  private readonly mask: number;
  private readonly rows: Float32Array;
  private readonly ws = new Workspace();
  private readonly start: Float64Array;
  private readonly trans: Float64Array;
  private readonly allowed: Uint8Array;
  /** Summed weights of each unit's features by role (features.ts), by unit. */
  private readonly unitScores = new Map<Unit, Float64Array>();

  constructor(file: NerModelFile) {
    if (file.format !== "dossier-ner/2") throw new Error(`unknown NER model format "${String(file.format)}": retrain with npm run train`);
    this.tags = file.tags;
    const T = (this.T = file.tags.length);
    this.start = Float64Array.from(file.start);
    this.trans = Float64Array.from(file.transitions);
    this.allowed = bioAllowed(file.tags);
    let count = 0;
    for (let k = 0; k < file.weights.length; k += 2 + 2 * file.weights[k + 1]) count++;
    let size = 1;
    while (size < count * 2) size <<= 1;
    this.table = new Int32Array(size * 2);
    this.mask = size - 1;
    this.rows = new Float32Array(count * T);
    let row = 0;
    for (let k = 0; k < file.weights.length;) {
      const key = file.weights[k] | 0, m = file.weights[k + 1];
      let slot = key & this.mask;
      while (this.table[slot * 2] !== 0) slot = (slot + 1) & this.mask;
      this.table[slot * 2] = key;
      this.table[slot * 2 + 1] = row * T;
      for (let j = 0; j < m; j++) this.rows[row * T + file.weights[k + 2 + 2 * j]] = file.weights[k + 3 + 2 * j];
      row++;
      k += 2 + 2 * m;
    }
  }

  /** Adds the weights of feature `key` to em[at .. at + T). */
  private add(hash: number, em: Float64Array, at: number): void {
    const key = hash | 0, table = this.table;
    let slot = key & this.mask;
    for (;;) {
      const k = table[slot * 2];
      if (k === key) break;
      if (k === 0) return;
      slot = (slot + 1) & this.mask;
    }
    const o = table[slot * 2 + 1], T = this.T, rows = this.rows;
    for (let y = 0; y < T; y++) em[at + y] += rows[o + y];
  }

  /** A unit's summed weights by role: ROLES rows of T. */
  private unitScore(u: Unit): Float64Array {
    let s = this.unitScores.get(u);
    if (s) return s;
    if (this.unitScores.size >= 200_000) this.unitScores.clear();
    s = new Float64Array(ROLES * this.T);
    for (let r = 0; r < ROLES; r++) for (const f of u.roles[r]) this.add(f, s, r * this.T);
    this.unitScores.set(u, s);
    return s;
  }

  /** Tags one sentence from its features (features.ts). */
  tag(f: SentenceFeatures): TaggedSpan[] {
    const n = f.words.length, T = this.T, ws = this.ws;
    ws.ensure(n, T);
    const em = ws.em;
    const table = this.table, rows = this.rows, mask = this.mask, ctx = f.ctx, ctxStart = f.ctxStart;
    const w = f.words.map((u) => this.unitScore(u)), p = f.pos.map((u) => this.unitScore(u));
    const ws0 = this.unitScore(START_WORD), ws1 = this.unitScore(END_WORD), ps0 = this.unitScore(START_POS), ps1 = this.unitScore(END_POS);
    const T2 = 2 * T, T3 = 3 * T, T4 = 4 * T;
    for (let i = 0; i < n; i++) {
      const at = i * T;
      const own = w[i], prev = i > 0 ? w[i - 1] : ws0, prev2 = i > 1 ? w[i - 2] : ws0;
      const next = i + 1 < n ? w[i + 1] : ws1, next2 = i + 2 < n ? w[i + 2] : ws1;
      const pOwn = p[i], pPrev = i > 0 ? p[i - 1] : ps0, pNext = i + 1 < n ? p[i + 1] : ps1;
      for (let y = 0; y < T; y++) {
        em[at + y] = own[y] + prev[T + y] + prev2[T2 + y] + next[T3 + y] + next2[T4 + y] + pOwn[y] + pPrev[T + y] + pNext[T3 + y];
      }
      for (let k = ctxStart[i]; k < ctxStart[i + 1]; k++) {
        const key = ctx[k] | 0;
        let slot = key & mask;
        let o = -1;
        for (;;) {
          const s = table[slot << 1];
          if (s === key) { o = table[(slot << 1) + 1]; break; }
          if (s === 0) break;
          slot = (slot + 1) & mask;
        }
        if (o >= 0) for (let y = 0; y < T; y++) em[at + y] += rows[o + y];
      }
    }
    const best = viterbi(em, n, T, this.start, this.trans, this.allowed, ws, true);
    return spansOf(ws, n, this.tags, best, true);
  }
}
