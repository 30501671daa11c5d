// The one storage interface. SQLite (embedded default) and PostgreSQL implement it and pass
// the same test suite, so every method is async and speaks the shared models only.
import type { Document } from "../ingest/document.js";
import type { Claim, ClaimType, Entity, EntityType, Extraction, Modality, Span } from "../extract/contract.js";
import type { Designation } from "../extract/doc.js";
import type { GroupCounts, MergeDecision, NewMergeDecision } from "./merge-decisions.js";
import type { EdgeSummary, RouteGranularity, RouteSummary } from "./route-summary.js";
import type { EdgeRow, RouteRow, TieType } from "./summary-rows.js";

/** A document as stored, without its text. */
export interface StoredDocument {
  id: string;
  source: string;
  format: Document["format"];
  title?: string;
  url?: string;
  publisher?: string;
  author?: string;
  published?: string;
  /** ISO timestamp of the first ingest. */
  ingestedAt: string;
  /** Length of the text in UTF-16 code units. */
  length: number;
  claims: number;
}

export interface StoredDocumentWithText extends StoredDocument {
  text: string;
}

/** An entity merged over every document that mentions it. */
export interface StoredEntity extends Omit<Entity, "mentions"> {
  designations?: Designation[];
  /** Number of documents mentioning it. */
  documents: number;
  /** Number of mentions over all documents. */
  mentions: number;
  /** Ids a person merged into this entity (`dossier merge`), shown under this one. */
  merged?: string[];
}

/** Where a claim was read, so every row leads back to its sentence and source. */
export interface ClaimSource {
  documentId: string;
  title?: string;
  url?: string;
  publisher?: string;
  published?: string;
  /** The evidence sentence(s), the text under `evidence`. */
  evidenceText: string;
}

export interface StoredClaim extends Claim {
  source: ClaimSource;
}

export interface ClaimQuery {
  type?: ClaimType;
  /** An entity id: claims with an argument or attribution linked to it. */
  entity?: string;
  documentId?: string;
  /** ISO date bounds on the claim's time (else the document's published date). */
  since?: string;
  until?: string;
  /** Only claims stated with this modality. */
  modality?: Modality;
  /** Only claims from documents of this publisher (case-insensitive, whole name). */
  publisher?: string;
  limit?: number;
  offset?: number;
  // The fields below are honoured by stores that implement `countClaims` (both in this
  // repository); analyze checks for it before relying on them.
  /** Only claims linked to every one of these entities, in any role. */
  entities?: string[];
  /** Only claims linked, for each list, to at least one of its ids (a merged actor's ids, from src/resolve). */
  entityAnyOf?: string[][];
  /** Only claims with a date (their own time, else their document's publication date). */
  dated?: boolean;
  /** "date": by that date, oldest first (then ingest order); default "document": by document, then position. */
  order?: "document" | "date";
  /** false: leave `source.evidenceText` empty, for analysis that never shows it (no document text is read). */
  evidence?: boolean;
  /**
   * A cursor: "DOCUMENT#CLAIM" of the last claim of the previous page; only claims after it in the
   * query's order are listed. Unlike `offset`, it costs the same on every page and does not shift
   * when reports are added. A claim that is no longer stored ends the list.
   */
  after?: string;
}

/** Counts over the claims a query matches, made in the database (a hub has tens of thousands). */
export interface ClaimFacets {
  total: number;
  types: Partial<Record<ClaimType, number>>;
  /** Credited speakers (attribution text), most claims first. */
  speakers: { name: string; claims: number }[];
  /** Publishers (else the document title, else the id's first 12 digits), most claims first. */
  publishers: { name: string; claims: number }[];
}

/** An entity as one document mentions it, for highlighting the text. */
export interface DocumentMention {
  /** The entity id. */
  id: string;
  type: EntityType;
  /** The entity's name over all documents (the text may say something else). */
  name: string;
  mentions: Span[];
}

export interface EntityReadOptions {
  /**
   * false: leave `documents` and `mentions` at 0, for views that show names only (the map, the
   * network): counting a country's documents reads tens of thousands of index entries.
   */
  counts?: boolean;
}

export interface EntityQuery {
  type?: EntityType;
  /** Case-insensitive match on the name or an alias. */
  name?: string;
  limit?: number;
  offset?: number;
}

export interface DocumentQuery {
  limit?: number;
  offset?: number;
}

export interface SearchHit {
  documentId: string;
  title?: string;
  published?: string;
  /** A short passage around the match, plain text. */
  snippet: string;
  rank: number;
}

export interface StoreStats {
  documents: number;
  entities: number;
  mentions: number;
  claims: number;
}

export type PutStatus = "added" | "unchanged" | "updated";

/** One document for `putDocuments`. */
export interface PutItem {
  doc: Document;
  extraction: Extraction;
  extractorVersion: string;
}

export interface Store {
  readonly kind: "sqlite" | "postgres";
  /** Where the store lives (file path or connection string without password). */
  readonly location: string;
  /**
   * Stores a document and its extraction in one transaction. Identical text is one document:
   * storing it again with the same extractor version changes nothing ("unchanged"); with
   * another version its extraction is replaced ("updated").
   */
  putDocument(doc: Document, extraction: Extraction, extractorVersion: string): Promise<PutStatus>;
  /**
   * Optional bulk form of `putDocument` for ingesting many reports: one transaction for the
   * batch, in which each document is still stored whole or not at all. A document that cannot
   * be stored gets its error in its place in the result and the others are stored. Much cheaper
   * per document than separate puts; a crash loses the batch in flight, never part of a document.
   */
  putDocuments?(items: PutItem[]): Promise<(PutStatus | Error)[]>;
  hasDocument(id: string): Promise<boolean>;
  /** The extractor version a stored document was extracted with, so ingest can skip unchanged ones. */
  extractorVersion?(id: string): Promise<string | undefined>;
  /** By full id or an unambiguous prefix of at least 6 hex digits. */
  getDocument(idOrPrefix: string): Promise<StoredDocumentWithText | undefined>;
  listDocuments(query?: DocumentQuery): Promise<StoredDocument[]>;
  getEntity(id: string): Promise<StoredEntity | undefined>;
  /**
   * Several entities in one read (unknown ids are left out, order not kept). Optional: analyze
   * falls back to getEntity per id, which is what a profile of a well-connected actor pays for.
   */
  getEntities?(ids: string[], options?: EntityReadOptions): Promise<StoredEntity[]>;
  findEntities(query?: EntityQuery): Promise<StoredEntity[]>;
  /** Documents mentioning the entity, newest first. */
  entityDocuments(id: string): Promise<StoredDocument[]>;
  listClaims(query?: ClaimQuery): Promise<StoredClaim[]>;
  /** How many claims a query matches (limit and offset ignored). Optional; see ClaimQuery. */
  countClaims?(query?: ClaimQuery): Promise<number>;
  /** Counts by type, speaker and publisher over the claims a query matches. Optional. */
  claimFacets?(query?: ClaimQuery): Promise<ClaimFacets>;
  /** The entities a document mentions, with their spans in its text. Optional. */
  documentMentions?(documentId: string): Promise<DocumentMention[]>;
  /**
   * A token that changes whenever anything is written to the store (by any process), so that
   * answers computed from it can be kept until then (src/analyze/revision-cache.ts). Optional.
   */
  revision?(): Promise<string>;
  /** Full-text search over document text and titles. */
  search(words: string, limit?: number): Promise<SearchHit[]>;
  stats(): Promise<StoreStats>;
  /** Records a merge, reject or split decision (src/resolve applies them); optional. */
  recordMergeDecision?(decision: NewMergeDecision): Promise<MergeDecision>;
  /** Every merge decision, oldest first. */
  listMergeDecisions?(): Promise<MergeDecision[]>;
  /** For each group of entity ids, its documents and mentions counted together. */
  countEntityGroups?(groups: string[][]): Promise<GroupCounts[]>;
  // Route and edge summaries kept at ingest (docs/decisions/store.md, "Third pass"): the map and
  // the network read these instead of every flow and tie claim. Optional, both backends have them.
  /** A page of route summaries at one granularity, in RouteQuery's order, with the total. */
  routeSummaries?(query: RouteQuery): Promise<{ routes: RouteSummary[]; total: number }>;
  /** The periods routes are counted for at a granularity, with how many routes each has. */
  routePeriods?(granularity: "year" | "month"): Promise<{ period: string; routes: number }[]>;
  /** The summary rows of routes (one per flow claim and route), in no particular order. */
  routeRows?(query: RouteRowQuery): Promise<RouteRow[]>;
  /** The heaviest edge summaries (one per type, tail, head) in EdgeQuery's order, with totals. */
  edgeSummaries?(query?: EdgeQuery): Promise<{ edges: EdgeSummary[]; total: number; nodes: number }>;
  /** The summary rows of edges (one per tie claim and pair), in no particular order. */
  edgeRows?(query: EdgeQuery): Promise<EdgeRow[]>;
  close(): Promise<void>;
}

/**
 * Route summaries are listed by period, then most documents, most claims, highest figure, then
 * origin and destination key (byte order).
 */
export interface RouteQuery {
  granularity: RouteGranularity;
  /** Only routes with one of these ends as origin, destination or transit place. */
  touching?: string[];
  /** Leave out routes with one of these as origin or destination (src/resolve recomputes them). */
  exclude?: string[];
  /** Only routes from one of these origins, to one of these destinations. */
  origin?: string[];
  destination?: string[];
  /** Only this period. */
  period?: string;
  /** Periods within these dates, on the stores' prefix rule (a period "2014" is within since 2014-06-01); undated ones left out. */
  since?: string;
  until?: string;
  limit?: number;
  offset?: number;
}

export interface RouteRowQuery {
  /** Rows with one of these as origin or destination. */
  touching?: string[];
  origin?: string[];
  destination?: string[];
}

export interface EdgeQuery {
  types?: readonly TieType[];
  /** Only edges with one of these at either end. */
  touching?: string[];
  tail?: string[];
  head?: string[];
  /** Leave out edges with one of these at either end (src/resolve recomputes them). */
  exclude?: string[];
  /** Only edges stated by at least this many independent sources (summaries only). */
  minWeight?: number;
  /** Summaries only: the heaviest this many, by weight, then type, tail and head (byte order). */
  limit?: number;
  /** Summaries only: false leaves `total` and `nodes` uncounted (0), for callers that keep them. */
  counts?: boolean;
}

export type StoreErrorCode =
  /** The file or connection is not a Dossier store (or not a database at all). */
  | "not_a_store"
  /** The store was written by a newer Dossier than this one. */
  | "schema_too_new"
  /** The store spec names a backend this version cannot open. */
  | "unsupported"
  /** An id prefix matches more than one document. */
  | "ambiguous_id"
  /** An extraction that cannot be stored as given (bad span, dangling entity, duplicate id). */
  | "invalid_extraction";

/** A storage failure with a stable code, so the CLI and the API can report it predictably. */
export class StoreError extends Error {
  constructor(readonly code: StoreErrorCode, message: string) {
    super(message);
    this.name = "StoreError";
  }
}
