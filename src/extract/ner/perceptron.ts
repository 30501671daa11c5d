// Averaged structured perceptron for the linear-chain tagger in model.ts. Deterministic: the
// sentence order is shuffled by a seeded generator, so the same corpus gives the same model.
import { bioAllowed, NER_TAGS, viterbi, Workspace, type NerModelFile } from "./model.js";

export interface TrainingSentence {
  /** Feature hashes per token (features.ts `allFeatures`). */
  features: Uint32Array[];
  /** Gold tag per token, from NER_TAGS. */
  tags: string[];
}

export interface TrainOptions {
  epochs?: number;
  seed?: number;
  /** Averaged weights smaller than this are dropped from the written model. */
  prune?: number;
  /** Features seen fewer times than this in training are not used. */
  minCount?: number;
  /** Independent runs (seeds seed, seed + 1, …) whose averaged weights are averaged again; 4 unless told. */
  runs?: number;
}

/** mulberry32: a small seeded generator, enough for shuffling. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function trainPerceptron(corpus: readonly TrainingSentence[], options: TrainOptions = {}): NerModelFile {
  const { epochs = 12, seed = 7, prune = 0.01, minCount = 1, runs = 4 } = options;
  const tags = NER_TAGS;
  const T = tags.length;
  const tagIndex = new Map(tags.map((t, i) => [t, i]));

  const counts = new Map<number, number>();
  for (const s of corpus) for (const fs of s.features) for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);
  // features in order of first appearance, so the written model does not depend on Map internals
  const featIndex = new Map<number, number>();
  for (const [f, c] of counts) if (c >= minCount) featIndex.set(f, featIndex.size);
  const F = featIndex.size;

  const examples = corpus.map((s) => ({
    feats: s.features.map((fs) => Int32Array.from(Array.from(fs, (f) => featIndex.get(f) ?? -1).filter((k) => k >= 0))),
    gold: Int32Array.from(s.tags.map((t) => tagIndex.get(t) ?? 0)),
  }));

  // runs from different shuffles, averaged: less dependent on one order of a small corpus
  const seeds = Array.from({ length: Math.max(1, runs) }, (_, r) => seed + r);
  const sumW = new Float64Array(F * T), sumStart = new Float64Array(T), sumTrans = new Float64Array(T * T);
  for (const runSeed of seeds) {
    const run = trainRun(examples, F, T, epochs, runSeed);
    for (let i = 0; i < sumW.length; i++) sumW[i] += run.w[i] / seeds.length;
    for (let i = 0; i < T; i++) sumStart[i] += run.start[i] / seeds.length;
    for (let i = 0; i < T * T; i++) sumTrans[i] += run.trans[i] / seeds.length;
  }

  const round = (x: number): number => Math.round(x * 1000) / 1000;
  const weights: number[] = [];
  let kept = 0;
  for (const [f, idx] of featIndex) {
    const sparse: number[] = [];
    for (let y = 0; y < T; y++) {
      const v = round(sumW[idx * T + y]);
      if (Math.abs(v) >= prune) sparse.push(y, v);
    }
    if (sparse.length) { weights.push(f, sparse.length / 2, ...sparse); kept++; }
  }
  return {
    format: "dossier-ner/2",
    tags: [...tags],
    start: Array.from(sumStart, round),
    transitions: Array.from(sumTrans, round),
    weights,
    meta: { epochs, seed, ...(seeds.length > 1 ? { runs: seeds.length } : {}), prune, minCount, sentences: corpus.length, features: kept },
  };
}

/** One averaged-perceptron run over the examples in an order shuffled from `seed`: the averaged weights. */
function trainRun(examples: readonly { feats: Int32Array[]; gold: Int32Array }[], F: number, T: number, epochs: number, seed: number): { w: Float64Array; start: Float64Array; trans: Float64Array } {
  // w: current weights; acc: sum of (step × update), so the average is w − acc / step
  const w = new Float64Array(F * T), acc = new Float64Array(F * T);
  const start = new Float64Array(T), startAcc = new Float64Array(T);
  const trans = new Float64Array(T * T), transAcc = new Float64Array(T * T);
  const allowed = bioAllowed(NER_TAGS);
  const rnd = random(seed);
  const order = examples.map((_, i) => i);
  let step = 1;
  const ws = new Workspace();

  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const k of order) {
      const { feats, gold } = examples[k];
      const n = gold.length;
      if (n === 0) continue;
      const em = new Float64Array(n * T);
      for (let i = 0; i < n; i++) for (const f of feats[i]) for (let y = 0; y < T; y++) em[i * T + y] += w[f * T + y];
      viterbi(em, n, T, start, trans, allowed, ws);
      const pred = ws.tags;
      let same = true;
      for (let i = 0; i < n; i++) if (pred[i] !== gold[i]) { same = false; break; }
      if (!same) {
        const bump = (arr: Float64Array, arrAcc: Float64Array, idx: number, d: number): void => {
          arr[idx] += d;
          arrAcc[idx] += step * d;
        };
        for (let i = 0; i < n; i++) {
          if (pred[i] !== gold[i]) {
            for (const f of feats[i]) { bump(w, acc, f * T + gold[i], 1); bump(w, acc, f * T + pred[i], -1); }
          }
          const gp = i === 0 ? -1 : gold[i - 1], pp = i === 0 ? -1 : pred[i - 1];
          if (gp !== pp || gold[i] !== pred[i]) {
            if (i === 0) { bump(start, startAcc, gold[0], 1); bump(start, startAcc, pred[0], -1); }
            else { bump(trans, transAcc, gp * T + gold[i], 1); bump(trans, transAcc, pp * T + pred[i], -1); }
          }
        }
      }
      step++;
    }
  }

  const avg = (v: Float64Array, a: Float64Array): Float64Array => v.map((x, i) => x - a[i] / step);
  return { w: avg(w, acc), start: avg(start, startAcc), trans: avg(trans, transAcc) };
}
