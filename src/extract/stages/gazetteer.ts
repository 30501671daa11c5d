// Gazetteer stage: mentions of countries, peoples (demonyms), regions, subdivisions, GeoNames
// places, and groups and persons on the sanctions lists and UCDP's actor list, with what the
// reference data knows of each (coordinates, list references, designations).
import type { Doc } from "../doc.js";
import { findGazetteerMentions } from "../gazetteer/find-mentions.js";
import { registerStage, type Stage } from "../stage.js";

export function gazetteer(doc: Doc): void {
  const { mentions, entities } = findGazetteerMentions(doc.text, doc.sentences.map((s) => s.start));
  for (const [id, info] of entities) if (!doc.entities.has(id)) doc.entities.set(id, info);
  // plain objects: the names stage may replace one with a longer name containing it
  for (const m of mentions) doc.mentions.push({ ...m });
  doc.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
}

registerStage("gazetteer", (): Stage => ({ name: "gazetteer", run: gazetteer }));
