// Reads the re3d corpus (dstl/re3d: documents.json and entities.json per source folder, JSON
// Lines) and turns its gold spans into BIO-tagged sentences over the segment stage's tokens.
// Used by the training and cross-validation scripts only, never at run time.
import fs from "node:fs";
import path from "node:path";
import type { Doc } from "../doc.js";
import { allFeatures, gazetteerHints, sentenceFeatures } from "./features.js";
import type { TrainingSentence } from "./perceptron.js";

export interface GoldSpan { begin: number; end: number; label: string }
export interface Re3dDocument { id: string; text: string; spans: GoldSpan[]; /** The source folder: CENTCOM, UK Government, … */ source: string }

/** re3d's entity types that the recogniser learns, with their labels. */
export const RE3D_LABELS: Record<string, string> = { Person: "PER", Organisation: "ORG", Location: "LOC", Nationality: "NAT" };

/** Gold spans below this confidence are left out, as the scorer does. */
const MIN_CONFIDENCE = 0.5;

const readLines = (file: string): Record<string, unknown>[] =>
  fs.readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);

export function readRe3d(dir: string): Re3dDocument[] {
  const docs = new Map<string, Re3dDocument>();
  for (const source of fs.readdirSync(dir).sort()) {
    const folder = path.join(dir, source);
    if (!fs.existsSync(path.join(folder, "documents.json"))) continue;
    for (const o of readLines(path.join(folder, "documents.json"))) {
      docs.set(String(o._id), { id: String(o._id), text: String(o.text), spans: [], source });
    }
    for (const e of readLines(path.join(folder, "entities.json"))) {
      const label = RE3D_LABELS[String(e.type)];
      const doc = docs.get(String(e.documentId));
      if (!label || !doc || Number(e.confidence) < MIN_CONFIDENCE) continue;
      const span = { begin: Number(e.begin), end: Number(e.end), label };
      if (!doc.spans.some((s) => s.begin === span.begin && s.end === span.end && s.label === span.label)) doc.spans.push(span);
    }
  }
  return [...docs.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * Gold spans that a BIO tagging can hold: where re3d nests or overlaps spans ("the city of
 * Mosul" over "Mosul"), the shorter, more name-like one is kept.
 */
export function flatSpans(spans: readonly GoldSpan[]): GoldSpan[] {
  const bySize = [...spans].sort((a, b) => (a.end - a.begin) - (b.end - b.begin) || a.begin - b.begin);
  const kept: GoldSpan[] = [];
  for (const s of bySize) if (!kept.some((k) => k.begin < s.end && s.begin < k.end)) kept.push(s);
  return kept.sort((a, b) => a.begin - b.begin);
}

export interface Tagged { sentences: TrainingSentence[]; spans: number; unaligned: number }

/** Training sentences of one segmented (and gazetteer-tagged) Doc. */
export function taggedSentences(doc: Doc, gold: readonly GoldSpan[]): Tagged {
  const tags = doc.tokens.map(() => "O");
  let unaligned = 0;
  const spans = flatSpans(gold);
  for (const s of spans) {
    const inside = doc.tokens.filter((t) => t.start >= s.begin && t.end <= s.end);
    if (!inside.length || inside[0].start !== s.begin || inside[inside.length - 1].end !== s.end) unaligned++;
    inside.forEach((t, k) => { tags[t.i] = (k === 0 ? "B-" : "I-") + s.label; });
  }
  const hints = gazetteerHints(doc);
  const sentences = doc.sentences.map((s) => {
    const toks = doc.tokens.slice(s.firstToken, s.endToken);
    return { features: allFeatures(sentenceFeatures(toks, hints.slice(s.firstToken, s.endToken))), tags: tags.slice(s.firstToken, s.endToken) };
  });
  return { sentences, spans: spans.length, unaligned };
}

/** Where re3d lies unless told: $RE3D_DIR, else the shared folder beside the checkout. */
export function re3dDir(arg?: string): string {
  const dir = arg ?? process.env.RE3D_DIR ?? path.resolve("..", "shared", "data", "re3d");
  if (!fs.existsSync(dir)) throw new Error(`re3d not found at ${dir}: pass --re3d DIR or set RE3D_DIR`);
  return dir;
}
