// Trains the name recogniser on re3d and writes data/built/ner-model.json.
//
//   npm run train -- [--re3d DIR] [--out FILE] [--epochs N] [--runs N]
//
// Tokens come from the pipeline's own segment stage (and the gazetteer stage, whose mentions
// become features), so what the model sees in training is what it sees at run time.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createDoc } from "../doc.js";
import { createStage } from "../stage.js";
import "../stages/index.js";
import { readRe3d, re3dDir, taggedSentences, type Re3dDocument } from "./re3d.js";
import { trainPerceptron, type TrainingSentence, type TrainOptions } from "./perceptron.js";
import type { NerModelFile } from "./model.js";

export const DEFAULT_MODEL_PATH = path.join("data", "built", "ner-model.json");

/** The stages whose layers the recogniser's features read. */
const FEATURE_STAGES = ["segment", "gazetteer"];

export async function trainingSentences(docs: readonly Re3dDocument[]): Promise<{ sentences: TrainingSentence[]; spans: number; unaligned: number }> {
  const stages = FEATURE_STAGES.map((n) => createStage(n));
  const sentences: TrainingSentence[] = [];
  let spans = 0, unaligned = 0;
  for (const d of docs) {
    const doc = createDoc(d.id, d.text);
    for (const s of stages) await s.run(doc);
    const tagged = taggedSentences(doc, d.spans);
    sentences.push(...tagged.sentences);
    spans += tagged.spans;
    unaligned += tagged.unaligned;
  }
  return { sentences, spans, unaligned };
}

export async function trainOn(docs: readonly Re3dDocument[], options: TrainOptions = {}): Promise<NerModelFile> {
  const { sentences } = await trainingSentences(docs);
  return trainPerceptron(sentences, options);
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const docs = readRe3d(re3dDir(arg("--re3d")));
  const out = arg("--out") ?? DEFAULT_MODEL_PATH;
  const epochs = arg("--epochs") ? Number(arg("--epochs")) : undefined;
  const { sentences, spans, unaligned } = await trainingSentences(docs);
  const runs = arg("--runs") ? Number(arg("--runs")) : undefined;
  const model = trainPerceptron(sentences, { epochs, runs });
  model.meta = { ...model.meta, corpus: "re3d (dstl/re3d, CENTCOM, US State Department, UK Government)", documents: docs.length };
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(model) + "\n");
  const size = fs.statSync(out).size;
  console.log(`${docs.length} documents, ${sentences.length} sentences, ${spans} gold spans (${unaligned} not on token boundaries)`);
  console.log(`${String(model.meta?.features)} features kept → ${out} (${(size / 1024).toFixed(0)} KB)`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((e: unknown) => { console.error(e instanceof Error ? e.message : e); process.exit(1); });
}
