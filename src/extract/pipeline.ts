// Assembles the extraction pipeline from stage names and turns a finished Doc into the
// contract's shape.
import { createDoc, type Doc, type DocMeta } from "./doc.js";
import { createStage, type Stage } from "./stage.js";
import type { Entity, Extraction } from "./contract.js";
import { documentId } from "../ingest/document.js";
import "./stages/index.js";

/** The built-in extractor: offline, deterministic, CPU. Order matters: each reads the layers before it. */
export const DEFAULT_STAGES = [
  "segment", "gazetteer", "names", "quantities", "times", "coref", "claims", "attribution", "modality",
] as const;

/** Bumped whenever the built-in extractor's output may change, so stores re-extract. */
export const EXTRACTOR_VERSION = "builtin-0.1.0";

export interface Pipeline {
  readonly stages: readonly Stage[];
  run(text: string, meta?: DocMeta): Promise<Doc>;
}

export function createPipeline(names: readonly string[] = DEFAULT_STAGES): Pipeline {
  const stages = names.map((n) => createStage(n));
  return {
    stages,
    async run(text, meta = {}) {
      const doc = createDoc(documentId(text), text, meta);
      for (const stage of stages) await stage.run(doc);
      return doc;
    },
  };
}

const POSSESSIVES = new Set(["his", "her", "hers", "its", "their", "theirs", "our", "ours", "my", "mine", "your"]);

/** The contract's view of a Doc: entities with their mention spans, and claims. */
export function toExtraction(doc: Doc): Extraction {
  const byEntity = new Map<string, [number, number][]>();
  for (const m of doc.mentions) {
    // "his", "its", "their" stay in doc.mentions for the claim layer, but do not name the entity
    if (m.source === "coref" && POSSESSIVES.has(m.text.toLowerCase())) continue;
    const list = byEntity.get(m.entityId) ?? [];
    list.push([m.start, m.end]);
    byEntity.set(m.entityId, list);
  }
  // an entity with no mention of its own is kept only when a claim points at it; a claim never
  // points at an entity the document does not describe (the argument keeps its text)
  const claimed = new Set<string>();
  const claims = doc.claims.map((c) => {
    const link = <T extends { entity?: string }>(x: T): T => {
      if (!x.entity) return x;
      if (doc.entities.has(x.entity)) { claimed.add(x.entity); return x; }
      const { entity: _dangling, ...rest } = x;
      return rest as T;
    };
    const args: typeof c.args = {};
    for (const [role, a] of Object.entries(c.args)) args[role] = Array.isArray(a) ? a.map(link) : link(a);
    return { ...c, args, attribution: c.attribution ? link(c.attribution) : null };
  });
  const entities: Entity[] = [];
  for (const [id, info] of doc.entities) {
    const mentions = (byEntity.get(id) ?? []).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    if (mentions.length === 0 && !claimed.has(id)) continue;
    const e: Entity = { id, type: info.type, name: info.name, aliases: info.aliases, mentions };
    if (info.country) e.country = info.country;
    if (info.lat != null && info.lon != null) { e.lat = info.lat; e.lon = info.lon; }
    if (info.refs && Object.keys(info.refs).length) e.refs = info.refs;
    if (info.designations?.length) e.designations = info.designations;
    entities.push(e);
  }
  entities.sort((a, b) => (a.mentions[0]?.[0] ?? Infinity) - (b.mentions[0]?.[0] ?? Infinity) || a.id.localeCompare(b.id));
  const document: Extraction["document"] = { id: doc.id, file: doc.meta.file ?? "-" };
  if (doc.meta.title) document.title = doc.meta.title;
  if (doc.meta.published) document.published = doc.meta.published;
  return { document, entities, claims };
}
