// A linear-chain tagger over BIO tags: emission weights per (feature, tag), transition weights
// per (tag, tag), decoded by Viterbi under the BIO constraint (an I- tag only continues its
// own type). Trained as an averaged structured perceptron (Collins 2002) in `train.ts`.

/** The model as written to data/built/ner-model.json. */
export interface NerModelFile {
  format: "dossier-ner/1";
  tags: string[];
  /** start[y]: weight of a sentence opening with tag y. */
  start: number[];
  /** transitions[prev * T + y]. */
  transitions: number[];
  /** feature → [tag index, weight, tag index, weight, …]; only weights that matter are kept. */
  features: Record<string, number[]>;
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

/**
 * Best tag sequence for emission scores `em` (n × T, row-major). Returns the tags and, when
 * asked, the max-marginal score of every (token, tag) for confidence.
 */
export function viterbi(
  em: Float64Array, n: number, T: number, start: ArrayLike<number>, trans: ArrayLike<number>, allowed: Uint8Array,
  wantMarginals = false,
): { tags: Int32Array; best: number; marginals?: Float64Array } {
  const tags = new Int32Array(n);
  if (n === 0) return { tags, best: 0 };
  const alpha = new Float64Array(n * T);
  const back = new Int32Array(n * T);
  for (let y = 0; y < T; y++) alpha[y] = allowed[T * T + y] ? start[y] + em[y] : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let y = 0; y < T; y++) {
      let best = -Infinity, arg = 0;
      for (let p = 0; p < T; p++) {
        if (!allowed[p * T + y]) continue;
        const s = alpha[(i - 1) * T + p] + trans[p * T + y];
        if (s > best) { best = s; arg = p; }
      }
      alpha[i * T + y] = best + em[i * T + y];
      back[i * T + y] = arg;
    }
  }
  let best = -Infinity, arg = 0;
  for (let y = 0; y < T; y++) if (alpha[(n - 1) * T + y] > best) { best = alpha[(n - 1) * T + y]; arg = y; }
  tags[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) tags[i - 1] = back[i * T + tags[i]];
  if (!wantMarginals) return { tags, best };
  // beta[i][y]: best score of tokens after i given tag y at i
  const beta = new Float64Array(n * T);
  for (let i = n - 2; i >= 0; i--) {
    for (let y = 0; y < T; y++) {
      let b = -Infinity;
      for (let nx = 0; nx < T; nx++) {
        if (!allowed[y * T + nx]) continue;
        const s = trans[y * T + nx] + em[(i + 1) * T + nx] + beta[(i + 1) * T + nx];
        if (s > b) b = s;
      }
      beta[i * T + y] = b;
    }
  }
  const marginals = new Float64Array(n * T);
  for (let k = 0; k < n * T; k++) marginals[k] = alpha[k] + beta[k];
  return { tags, best, marginals };
}

/** Spans of a BIO tag sequence, with their margins when max-marginals are given. */
export function spansOf(tags: Int32Array, names: readonly string[], best = 0, marginals?: Float64Array): TaggedSpan[] {
  const T = names.length;
  const spans: TaggedSpan[] = [];
  for (let i = 0; i < tags.length; i++) {
    const t = names[tags[i]];
    if (t === "O") continue;
    const label = t.slice(2);
    let j = i + 1;
    while (j < tags.length && names[tags[j]] === "I-" + label) j++;
    let margin = Infinity;
    if (marginals) {
      for (let k = i; k < j; k++) {
        let other = -Infinity;
        for (let y = 0; y < T; y++) if (y !== tags[k] && marginals[k * T + y] > other) other = marginals[k * T + y];
        margin = Math.min(margin, best - other);
      }
      // the span must also end here: the best labelling that continues it one token further
      if (j < tags.length) {
        const cont = names.indexOf("I-" + label);
        if (cont >= 0) margin = Math.min(margin, best - marginals[j * T + cont]);
      }
    }
    spans.push({ start: i, end: j, label, margin: marginals ? margin : 0 });
    i = j - 1;
  }
  return spans;
}

/** A loaded model, ready to tag sentences given their feature strings. */
export class NerModel {
  readonly tags: string[];
  private readonly T: number;
  /** feature → offset of its row in `rows` (one flat array keeps lookups cheap). */
  private readonly rowOf: Map<string, number>;
  private readonly rows: Float64Array;
  private readonly start: Float64Array;
  private readonly trans: Float64Array;
  private readonly allowed: Uint8Array;

  constructor(file: NerModelFile) {
    if (file.format !== "dossier-ner/1") throw new Error(`unknown NER model format "${String(file.format)}"`);
    this.tags = file.tags;
    this.T = file.tags.length;
    this.start = Float64Array.from(file.start);
    this.trans = Float64Array.from(file.transitions);
    this.allowed = bioAllowed(file.tags);
    const entries = Object.entries(file.features);
    this.rowOf = new Map();
    this.rows = new Float64Array(entries.length * this.T);
    entries.forEach(([f, sparse], r) => {
      this.rowOf.set(f, r * this.T);
      for (let k = 0; k < sparse.length; k += 2) this.rows[r * this.T + sparse[k]] = sparse[k + 1];
    });
  }

  /** Tags one sentence; `features[i]` are token i's feature strings. */
  tag(features: readonly (readonly string[])[]): TaggedSpan[] {
    const n = features.length, T = this.T;
    const em = new Float64Array(n * T);
    for (let i = 0; i < n; i++) {
      const fs = features[i];
      for (let k = 0; k < fs.length; k++) {
        const at = this.rowOf.get(fs[k]);
        if (at === undefined) continue;
        for (let y = 0; y < T; y++) em[i * T + y] += this.rows[at + y];
      }
    }
    const { tags, best, marginals } = viterbi(em, n, T, this.start, this.trans, this.allowed, true);
    return spansOf(tags, this.tags, best, marginals);
  }
}
