// Cross-validates the recogniser over re3d documents: K folds by document, a model trained on
// the other folds predicts each held-out document through the whole pipeline, and the
// predictions are written as one JSON Lines file in the contract's shape for the scorer.
//
//   node --import tsx src/extract/ner/cross-validate.ts [--re3d DIR] [--folds 5 | --by-source] [--out /tmp/cv.jsonl] [--raw]
//   node /work/shared/eval/score-entities.mjs --re3d DIR --pred /tmp/cv.jsonl
//
// NER_MODELS=DIR keeps each fold's model in DIR and reuses it on later runs (for work on the names
// and coref stages; empty DIR whenever features, training or the gazetteer's hints change).
// --raw writes the model's own spans instead of the pipeline's entities (to study the model).
// --by-source holds out one source at a time (CENTCOM, UK Government, US State Department):
// the nearest thing here to documents of a kind the model has never seen.
import fs from "node:fs";
import { pathToFileURL } from "node:url";
import { createDoc, type Doc } from "../doc.js";
import { createStage } from "../stage.js";
import { DEFAULT_STAGES, toExtraction } from "../pipeline.js";
import { readRe3d, re3dDir, type Re3dDocument } from "./re3d.js";
import { trainOn } from "./train.js";
import { NerModel, type NerModelFile } from "./model.js";
import { sentenceFeatures, gazetteerHints } from "./features.js";
import type { EntityType, Extraction } from "../contract.js";

const DESCRIPTIONS = process.argv.includes("--descriptions");
const RAW_TYPES: Record<string, EntityType> = { PER: "person", ORG: "organization", LOC: "place", NAT: "population" };

async function runPipeline(text: string, id: string, model: NerModelFile): Promise<Doc> {
  const stages = DEFAULT_STAGES.map((n) => createStage(n, n === "names" ? { model, descriptions: DESCRIPTIONS } : undefined));
  const doc = createDoc(id, text, { file: `${id}.txt` });
  for (const s of stages) await s.run(doc);
  return doc;
}

async function rawExtraction(d: Re3dDocument, model: NerModelFile): Promise<Extraction> {
  const doc = createDoc(d.id, d.text, { file: `${d.id}.txt` });
  for (const n of ["segment", "gazetteer"]) await createStage(n).run(doc);
  const tagger = new NerModel(model);
  const hints = gazetteerHints(doc);
  const entities: Extraction["entities"] = [];
  for (const s of doc.sentences) {
    const toks = doc.tokens.slice(s.firstToken, s.endToken);
    for (const sp of tagger.tag(sentenceFeatures(toks, hints.slice(s.firstToken, s.endToken)))) {
      const start = toks[sp.start].start, end = toks[sp.end - 1].end;
      entities.push({ id: `${sp.label}:${start}`, type: RAW_TYPES[sp.label], name: d.text.slice(start, end), aliases: [], mentions: [[start, end]] });
    }
  }
  return { document: { id: d.id, file: `${d.id}.txt` }, entities, claims: [] };
}

/** Folds by document index (k mod folds), or one fold per source (train on the others, test on it). */
function splits(docs: readonly Re3dDocument[], folds: number, bySource: boolean): { train: Re3dDocument[]; test: Re3dDocument[] }[] {
  if (bySource) {
    return [...new Set(docs.map((d) => d.source))].map((s) => ({ train: docs.filter((d) => d.source !== s), test: docs.filter((d) => d.source === s) }));
  }
  return Array.from({ length: folds }, (_, k) => ({ train: docs.filter((_, i) => i % folds !== k), test: docs.filter((_, i) => i % folds === k) }));
}

// NER_MODELS=DIR keeps each fold's model there and reuses it: studying the names and coref
// stages then costs no training. Delete the folder whenever features or training change.
async function foldModel(train: readonly Re3dDocument[], key: string): Promise<NerModelFile> {
  const dir = process.env.NER_MODELS;
  const file = dir ? `${dir}/${key}.json` : undefined;
  if (file && fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, "utf8")) as NerModelFile;
  const model = await trainOn(train, { epochs: process.env.NER_EPOCHS ? Number(process.env.NER_EPOCHS) : undefined, minCount: process.env.NER_MINCOUNT ? Number(process.env.NER_MINCOUNT) : undefined, runs: process.env.NER_RUNS ? Number(process.env.NER_RUNS) : undefined });
  if (file) { fs.mkdirSync(dir!, { recursive: true }); fs.writeFileSync(file, JSON.stringify(model)); }
  return model;
}

export async function crossValidate(docs: readonly Re3dDocument[], folds: number, raw: boolean, bySource = false): Promise<Extraction[]> {
  const out: Extraction[] = [];
  const all = splits(docs, folds, bySource);
  for (const [k, { train, test }] of all.entries()) {
    const model = await foldModel(train, `${bySource ? "source" : `fold${folds}`}-${k}`);
    for (const d of test) out.push(raw ? await rawExtraction(d, model) : toExtraction(await runPipeline(d.text, d.id, model)));
    console.error(`fold ${k + 1}/${all.length}${bySource ? ` (held out: ${test[0]?.source})` : ""}: trained on ${train.length}, predicted ${test.length}`);
  }
  return out;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const docs = readRe3d(re3dDir(arg("--re3d")));
  const folds = Number(arg("--folds") ?? 5);
  const outFile = arg("--out") ?? "/tmp/cv.jsonl";
  const results = await crossValidate(docs, folds, process.argv.includes("--raw"), process.argv.includes("--by-source"));
  fs.writeFileSync(outFile, results.map((r) => JSON.stringify(r)).join("\n") + "\n");
  console.error(`${results.length} documents → ${outFile}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((e: unknown) => { console.error(e instanceof Error ? e.stack : e); process.exit(1); });
}
