// Writes one document and its extraction in a single transaction, with statements prepared
// once. A re-extraction (same text, another extractor version) replaces the document's
// mentions and claims and re-merges the entities it touched.
import type Database from "better-sqlite3";
import type { Document } from "../../ingest/document.js";
import type { Extraction } from "../../extract/contract.js";
import { checkExtraction, claimLinks } from "../check-extraction.js";
import { mergeEntity, nameKey, type EntityRecord, type MergedEntity } from "../entity-merge.js";
import { StoreError, type PutItem, type PutStatus } from "../store.js";
import { mergedFromRow, type EntityRow } from "./rows.js";
import { SqliteSummaries } from "./summaries.js";

export class DocumentWriter {
  private readonly findDocument;
  private readonly insertDocument;
  private readonly setVersion;
  private readonly recordsOfDocument;
  private readonly deleteClaims;
  private readonly deleteDocumentEntities;
  private readonly findEntity;
  private readonly saveEntity;
  private readonly deleteEntity;
  private readonly recordsOfEntity;
  private readonly insertDocumentEntity;
  private readonly insertClaim;
  private readonly insertClaimEntity;
  private readonly putTransaction;
  private readonly putOneTransaction;
  /** Route and edge summaries, recomputed once per transaction for what it touched. */
  private readonly summaries: SqliteSummaries;
  private readonly putManyTransaction;
  /**
   * Entities as merged so far in the open transaction, with the records already folded into
   * each: the write lock is held, so no other writer changes them. A report names the same
   * countries and groups as the one before, and folding a record twice changes nothing, so a
   * batch reads and re-merges each entity once. Emptied when a transaction ends or fails.
   */
  private readonly merged = new Map<string, { entity: MergedEntity; folded: Set<string> }>();

  constructor(db: Database.Database) {
    this.findDocument = db.prepare("SELECT seq, extractor_version, published, title, url, publisher FROM documents WHERE id = ?");
    this.summaries = new SqliteSummaries(db);
    this.insertDocument = db.prepare(`INSERT INTO documents
      (id, source, format, title, url, publisher, author, published, ingested_at, length, text, extractor_version)
      VALUES (@id, @source, @format, @title, @url, @publisher, @author, @published, @ingestedAt, @length, @text, @version)`);
    this.setVersion = db.prepare("UPDATE documents SET extractor_version = ? WHERE seq = ?");
    this.recordsOfDocument = db.prepare("SELECT entity_id, record FROM document_entities WHERE doc_seq = ?");
    this.deleteClaims = db.prepare("DELETE FROM claims WHERE doc_seq = ?");
    this.deleteDocumentEntities = db.prepare("DELETE FROM document_entities WHERE doc_seq = ?");
    this.findEntity = db.prepare("SELECT * FROM entities WHERE id = ?");
    this.saveEntity = db.prepare(`INSERT INTO entities (id, type, name, name_rank, aliases, country, lat, lon, refs, designations, names_key)
      VALUES (@id, @type, @name, @nameRank, @aliases, @country, @lat, @lon, @refs, @designations, @namesKey)
      ON CONFLICT (id) DO UPDATE SET type = excluded.type, name = excluded.name, name_rank = excluded.name_rank,
        aliases = excluded.aliases, country = excluded.country, lat = excluded.lat, lon = excluded.lon,
        refs = excluded.refs, designations = excluded.designations, names_key = excluded.names_key`);
    this.deleteEntity = db.prepare("DELETE FROM entities WHERE id = ?");
    // Folding a record a second time changes nothing, so each distinct record is folded once,
    // in order of its first document: an entity in thousands of reports re-merges quickly.
    this.recordsOfEntity = db.prepare(`SELECT record FROM document_entities WHERE entity_id = ?
      GROUP BY record ORDER BY min(doc_seq)`).pluck();
    this.insertDocumentEntity = db.prepare(`INSERT INTO document_entities (entity_id, doc_seq, record, mentions, mention_count)
      VALUES (?, ?, ?, ?, ?)`);
    this.insertClaim = db.prepare(`INSERT INTO claims
      (doc_seq, id, type, args, quantity, time, time_value, attribution, modality, evidence_start, evidence_end, confidence, date)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    this.insertClaimEntity = db.prepare("INSERT INTO claim_entities (claim_seq, role, entity_id) VALUES (?, ?, ?)");
    this.putTransaction = db.transaction((doc: Document, extraction: Extraction, version: string) => this.write(doc, extraction, version));
    this.putOneTransaction = db.transaction((doc: Document, extraction: Extraction, version: string) => {
      const status = this.write(doc, extraction, version);
      this.summaries.flush();
      return status;
    });
    // Each document runs in its own savepoint (a nested better-sqlite3 transaction), so a failing
    // one is rolled back alone.
    this.putManyTransaction = db.transaction((items: PutItem[]) => {
      const results = items.map((item): PutStatus | Error => {
        try {
          checkExtraction(item.doc, item.extraction);
          return this.putTransaction(item.doc, item.extraction, item.extractorVersion);
        } catch (e) {
          this.merged.clear(); // its savepoint was rolled back, and with it what it merged
          return asStoreError(item.doc, e);
        }
      });
      // a rolled-back document leaves its routes marked: recomputing them from the rows is still exact
      this.summaries.flush();
      return results;
    });
  }

  put(doc: Document, extraction: Extraction, version: string): PutStatus {
    checkExtraction(doc, extraction);
    try {
      // IMMEDIATE: take the write lock before reading, so a concurrent writer waits on the busy
      // timeout instead of failing on a stale snapshot.
      return this.putOneTransaction.immediate(doc, extraction, version);
    } catch (e) {
      throw asStoreError(doc, e);
    } finally {
      this.merged.clear();
      this.summaries.clear();
    }
  }

  putMany(items: PutItem[]): (PutStatus | Error)[] {
    try {
      return this.putManyTransaction.immediate(items);
    } finally {
      this.merged.clear();
      this.summaries.clear();
    }
  }

  private write(doc: Document, extraction: Extraction, version: string): PutStatus {
    const existing = this.findDocument.get(doc.id) as
      { seq: number; extractor_version: string; published: string | null; title: string | null; url: string | null; publisher: string | null } | undefined;
    if (existing && existing.extractor_version === version) return "unchanged";

    let seq: number;
    let published: string | null;
    // On a re-extraction: the entity records the old one gave, by entity id.
    let previous: Map<string, string> | undefined;
    if (existing) {
      seq = existing.seq;
      published = existing.published;
      previous = new Map((this.recordsOfDocument.all(seq) as { entity_id: string; record: string }[]).map((r) => [r.entity_id, r.record]));
      this.summaries.forgetDocument(seq);
      this.deleteClaims.run(seq);
      this.deleteDocumentEntities.run(seq);
      this.setVersion.run(version, seq);
    } else {
      published = doc.published ?? null;
      seq = Number(this.insertDocument.run({
        id: doc.id, source: doc.source, format: doc.format, title: doc.title ?? null, url: doc.url ?? null,
        publisher: doc.publisher ?? null, author: doc.author ?? null, published, ingestedAt: new Date().toISOString(),
        length: doc.text.length, text: doc.text, version,
      }).lastInsertRowid);
    }

    // the document as stored: a re-extraction keeps the metadata of the first ingest
    const stored = existing ?? { title: doc.title ?? null, url: doc.url ?? null, publisher: doc.publisher ?? null };
    const summaryDoc = { id: doc.id, seq, title: stored.title, url: stored.url, publisher: stored.publisher, published };
    const remerge = new Set<string>();
    for (const e of extraction.entities) {
      const { mentions, ...entity } = e;
      const record = JSON.stringify(entity);
      if (!previous) {
        this.mergeInto(entity, record); // the new document is the latest, so folding it in last is exact
      } else if (previous.get(e.id) !== record) {
        // The document keeps its place in ingest order, so its entities are re-merged from scratch.
        if (!this.merged.has(e.id) && !this.findEntity.get(e.id)) this.mergeInto(entity, record);
        remerge.add(e.id);
      }
      previous?.delete(e.id);
      this.insertDocumentEntity.run(e.id, seq, record, JSON.stringify(mentions), mentions.length);
    }

    for (const c of extraction.claims) {
      const timeValue = c.time?.value ?? null;
      const claimSeq = this.insertClaim.run(
        seq, c.id, c.type, JSON.stringify(c.args),
        c.quantity ? JSON.stringify(c.quantity) : null,
        c.time ? JSON.stringify(c.time) : null, timeValue,
        c.attribution ? JSON.stringify(c.attribution) : null,
        c.modality, c.evidence[0], c.evidence[1], c.confidence, timeValue ?? published,
      ).lastInsertRowid;
      for (const [role, entity] of claimLinks(c)) this.insertClaimEntity.run(claimSeq, role, entity);
      this.summaries.addClaim(summaryDoc, c, Number(claimSeq));
    }

    // Entities the re-extraction dropped or described differently; an unchanged record leaves
    // the merge as it was (same records, same order).
    if (previous) {
      for (const id of previous.keys()) remerge.add(id);
      for (const id of remerge) this.remerge(id);
    }
    return existing ? "updated" : "added";
  }

  /** Folds a new document's record into the stored entity (the new document is the latest). */
  private mergeInto(record: EntityRecord, json: string): void {
    const seen = this.merged.get(record.id);
    if (seen?.folded.has(json)) return;
    let before = seen?.entity;
    if (!seen) {
      const row = this.findEntity.get(record.id) as EntityRow | undefined;
      before = row ? mergedFromRow(row) : undefined;
    }
    const after = mergeEntity(before, record);
    if (!before || JSON.stringify(before) !== JSON.stringify(after)) this.save(after);
    this.merged.set(record.id, { entity: after, folded: (seen?.folded ?? new Set<string>()).add(json) });
  }

  private remerge(id: string): void {
    this.merged.delete(id);
    const records = this.recordsOfEntity.all(id) as string[];
    if (records.length === 0) {
      this.deleteEntity.run(id);
      return;
    }
    let merged: MergedEntity | undefined;
    for (const r of records) merged = mergeEntity(merged, JSON.parse(r) as EntityRecord);
    this.save(merged!);
  }

  private save(e: MergedEntity): void {
    const keys = [e.name, ...e.aliases].map(nameKey);
    this.saveEntity.run({
      id: e.id, type: e.type, name: e.name, nameRank: e.nameRank, aliases: JSON.stringify(e.aliases),
      country: e.country ?? null, lat: e.lat ?? null, lon: e.lon ?? null,
      refs: e.refs ? JSON.stringify(e.refs) : null,
      designations: e.designations?.length ? JSON.stringify(e.designations) : null, namesKey: `\n${keys.join("\n")}\n`,
    });
  }
}

/** A constraint the extraction broke becomes a StoreError naming the document; others pass. */
function asStoreError(doc: Document, e: unknown): Error {
  const code = (e as { code?: string }).code;
  if (code?.startsWith("SQLITE_CONSTRAINT")) {
    return new StoreError("invalid_extraction", `${doc.source}: cannot store the extraction (nothing was stored): ${(e as Error).message}`);
  }
  return e as Error;
}
