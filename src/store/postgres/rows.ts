// Rows as PostgreSQL returns them (jsonb already parsed, bigint keys as strings), and their
// conversion to the shared models: optional fields left out rather than null, as in SQLite.
import type { Claim } from "../../extract/contract.js";
import type { MergedEntity } from "../entity-merge.js";
import type { StoredClaim, StoredEntity } from "../store.js";
import type { DocumentRowFields } from "../document-rows.js";

export { documentFromRow, documentWithTextFromRow } from "../document-rows.js";

export interface DocumentRow extends DocumentRowFields {
  seq: string;
}

export interface EntityRow {
  id: string;
  type: StoredEntity["type"];
  name: string;
  name_rank: number;
  aliases: string[];
  country: string | null;
  lat: number | null;
  lon: number | null;
  refs: Record<string, string> | null;
  designations: MergedEntity["designations"] | null;
}

export interface EntityCountsRow extends EntityRow {
  documents: number;
  mentions: number;
}

export interface ClaimRow {
  doc_seq: string;
  id: string;
  type: Claim["type"];
  args: Claim["args"];
  quantity: Claim["quantity"] | null;
  time: Claim["time"] | null;
  attribution: Claim["attribution"] | null;
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
  const out: MergedEntity = { id: row.id, type: row.type, name: row.name, aliases: row.aliases, nameRank: row.name_rank };
  if (row.country != null) out.country = row.country;
  if (row.lat != null && row.lon != null) { out.lat = row.lat; out.lon = row.lon; }
  if (row.refs != null) out.refs = row.refs;
  if (row.designations != null) out.designations = row.designations;
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
    args: row.args,
    attribution: row.attribution ?? null,
    modality: row.modality,
    evidence: [row.evidence_start, row.evidence_end],
    confidence: row.confidence,
    source: { documentId: row.document_id, evidenceText: text.slice(row.evidence_start, row.evidence_end) },
  };
  if (row.quantity != null) claim.quantity = row.quantity;
  if (row.time != null) claim.time = row.time;
  if (row.title != null) claim.source.title = row.title;
  if (row.url != null) claim.source.url = row.url;
  if (row.publisher != null) claim.source.publisher = row.publisher;
  if (row.published != null) claim.source.published = row.published;
  return claim;
}
