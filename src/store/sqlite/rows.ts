// Rows as SQLite returns them, and their conversion to the shared models. Optional fields are
// left out rather than set to null, so a stored claim reads back exactly as it was extracted.
import type { Claim } from "../../extract/contract.js";
import type { MergedEntity } from "../entity-merge.js";
import type { StoredClaim, StoredEntity } from "../store.js";
import type { DocumentRowFields } from "../document-rows.js";

export { documentFromRow, documentWithTextFromRow } from "../document-rows.js";

export interface DocumentRow extends DocumentRowFields {
  seq: number;
}

export interface EntityRow {
  id: string;
  type: StoredEntity["type"];
  name: string;
  name_rank: number;
  aliases: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
  refs: string | null;
  designations: string | null;
}

export interface EntityCountsRow extends EntityRow {
  documents: number;
  mentions: number;
}

export interface ClaimRow {
  doc_seq: number;
  id: string;
  type: Claim["type"];
  args: string;
  quantity: string | null;
  time: string | null;
  attribution: string | null;
  modality: Claim["modality"];
  evidence_start: number;
  evidence_end: number;
  confidence: number;
  document_id: string;
  title: string | null;
  url: string | null;
  publisher: string | null;
  published: string | null;
}

export function mergedFromRow(row: EntityRow): MergedEntity {
  const out: MergedEntity = { id: row.id, type: row.type, name: row.name, aliases: JSON.parse(row.aliases), nameRank: row.name_rank };
  if (row.country != null) out.country = row.country;
  if (row.lat != null && row.lon != null) { out.lat = row.lat; out.lon = row.lon; }
  if (row.refs != null) out.refs = JSON.parse(row.refs);
  if (row.designations != null) out.designations = JSON.parse(row.designations);
  return out;
}

export function entityFromRow(row: EntityCountsRow): StoredEntity {
  const { nameRank: _rank, ...entity } = mergedFromRow(row);
  return { ...entity, documents: row.documents, mentions: row.mentions };
}

/** `text` is the claim's document text, for the evidence passage. */
export function claimFromRow(row: ClaimRow, text: string): StoredClaim {
  const claim: StoredClaim = {
    id: row.id,
    type: row.type,
    args: JSON.parse(row.args),
    attribution: row.attribution == null ? null : JSON.parse(row.attribution),
    modality: row.modality,
    evidence: [row.evidence_start, row.evidence_end],
    confidence: row.confidence,
    source: { documentId: row.document_id, evidenceText: text.slice(row.evidence_start, row.evidence_end) },
  };
  if (row.quantity != null) claim.quantity = JSON.parse(row.quantity);
  if (row.time != null) claim.time = JSON.parse(row.time);
  if (row.title != null) claim.source.title = row.title;
  if (row.url != null) claim.source.url = row.url;
  if (row.publisher != null) claim.source.publisher = row.publisher;
  if (row.published != null) claim.source.published = row.published;
  return claim;
}
