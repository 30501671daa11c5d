// Route and edge summaries in SQLite (migration 6): rows written beside each flow and tie claim,
// and per-route / per-edge summaries recomputed from those rows for what a write touched, once
// per transaction, inside it. Reads of the map and the network then touch one row per route or
// edge instead of every claim (docs/decisions/store.md, "Third pass: summaries").
import type Database from "better-sqlite3";
import type { Claim } from "../../extract/contract.js";
import {
  allTimeSummary, edgeKey, routeKey, summariseEdges, summariseRoutes,
  type EdgeSummary, type RouteGranularity, type RouteSummary, type RouteTotals,
} from "../route-summary.js";
import type { EdgeQuery, RouteQuery, RouteRowQuery } from "../store.js";
import { edgeRowsOf, routeRowColumns, routeRowsOf, TIE_TYPES, UNDATED, type EdgeRow, type RouteEnd, type RouteRow, type SummaryDocument } from "../summary-rows.js";

export const SUMMARY_TABLES_SQL = `
-- One row per flow claim and route it states (origin → destination), the claim's figure, period
-- and source as JSON: what route summaries are recomputed from. The columns beside it let a
-- route be summed up over all time in SQL; a period's summary is recomputed from its own rows.
CREATE TABLE route_rows (
  claim_seq INTEGER NOT NULL REFERENCES claims (seq) ON DELETE CASCADE,
  origin TEXT NOT NULL,
  destination TEXT NOT NULL,
  doc_seq INTEGER NOT NULL,
  year TEXT NOT NULL,
  month TEXT NOT NULL,
  source_key TEXT NOT NULL,
  has_figure INTEGER NOT NULL,
  fig_low REAL,
  fig_high REAL,
  date TEXT,
  -- the claim order as one string (summary-rows.ts claimOrderKey)
  ord TEXT NOT NULL,
  via TEXT,
  row TEXT NOT NULL,
  PRIMARY KEY (claim_seq, origin, destination)
) WITHOUT ROWID;
CREATE INDEX route_rows_by_route ON route_rows (origin, destination, year);
-- covering the all-time sums, so they read no wide rows
CREATE INDEX route_rows_totals ON route_rows (origin, destination, doc_seq, source_key, has_figure, fig_low, fig_high, date);
CREATE INDEX route_rows_by_month ON route_rows (origin, destination, month);
CREATE INDEX route_rows_in_order ON route_rows (origin, destination, ord);
CREATE INDEX route_rows_latest ON route_rows (origin, destination, coalesce(date, ''), ord) WHERE has_figure = 1;
CREATE INDEX route_rows_via ON route_rows (origin, destination, via, ord) WHERE via IS NOT NULL;
CREATE INDEX route_rows_by_destination ON route_rows (destination);
CREATE INDEX route_rows_by_doc ON route_rows (doc_seq);
-- A route per period ('' for all time), as the map shows it; via_keys is "\\nkey\\n…" for lookup.
CREATE TABLE route_summaries (
  granularity TEXT NOT NULL,
  period TEXT NOT NULL,
  origin TEXT NOT NULL,
  destination TEXT NOT NULL,
  via_keys TEXT NOT NULL,
  documents INTEGER NOT NULL,
  claims INTEGER NOT NULL,
  high REAL NOT NULL,
  summary TEXT NOT NULL,
  PRIMARY KEY (granularity, period, origin, destination)
) WITHOUT ROWID;
-- The order pages are listed in, so a page is read without sorting every route.
CREATE INDEX route_summaries_in_order ON route_summaries (granularity, period, documents DESC, claims DESC, high DESC, origin, destination);
CREATE INDEX route_summaries_by_origin ON route_summaries (origin);
CREATE INDEX route_summaries_by_destination ON route_summaries (destination);
-- One row per tie claim (not denied) and (tail, head) pair it states.
CREATE TABLE edge_rows (
  claim_seq INTEGER NOT NULL REFERENCES claims (seq) ON DELETE CASCADE,
  type TEXT NOT NULL,
  tail TEXT NOT NULL,
  head TEXT NOT NULL,
  doc_seq INTEGER NOT NULL,
  row TEXT NOT NULL,
  PRIMARY KEY (claim_seq, tail, head)
) WITHOUT ROWID;
CREATE INDEX edge_rows_by_edge ON edge_rows (tail, head, type);
CREATE INDEX edge_rows_by_head ON edge_rows (head);
CREATE INDEX edge_rows_by_doc ON edge_rows (doc_seq);
-- A typed tie between two entities with its independent-source weight.
CREATE TABLE edge_summaries (
  type TEXT NOT NULL,
  tail TEXT NOT NULL,
  head TEXT NOT NULL,
  weight INTEGER NOT NULL,
  summary TEXT NOT NULL,
  PRIMARY KEY (type, tail, head)
) WITHOUT ROWID;
CREATE INDEX edge_summaries_by_weight ON edge_summaries (weight DESC, type, tail, head);
CREATE INDEX edge_summaries_by_tail ON edge_summaries (tail);
CREATE INDEX edge_summaries_by_head ON edge_summaries (head);`;

const YEAR_AND_MONTH: readonly RouteGranularity[] = ["year", "month"];
const viaKeys = (s: RouteSummary) => `\n${s.via.map((v) => v.key).join("\n")}\n`;
const ids = (list: readonly string[]) => JSON.stringify([...new Set(list)]);

export class SqliteSummaries {
  /** Routes a write touched, with the "granularity:period" keys to recompute. */
  private readonly pendingRoutes = new Map<string, { origin: string; destination: string; periods: Set<string> }>();
  private readonly pendingEdges = new Map<string, [string, string, string]>();
  private readonly statements = new Map<string, Database.Statement>();

  constructor(private readonly db: Database.Database) {}

  /** Before a document's claims are deleted (their rows go with them): its routes and edges change. */
  forgetDocument(docSeq: number): void {
    for (const r of this.statement("SELECT row FROM route_rows WHERE doc_seq = ?").pluck().all(docSeq) as string[]) this.touchRoute(JSON.parse(r) as RouteRow);
    for (const r of this.statement("SELECT type, tail, head FROM edge_rows WHERE doc_seq = ?").all(docSeq) as { type: string; tail: string; head: string }[]) {
      this.pendingEdges.set(edgeKey(r.type, r.tail, r.head), [r.type, r.tail, r.head]);
    }
  }

  /** Writes the rows a stored claim adds and marks its routes and edges for recomputing. */
  addClaim(doc: SummaryDocument, c: Claim, claimSeq: number): void {
    if (c.type === "flow") {
      const insert = this.statement(`INSERT INTO route_rows (claim_seq, origin, destination, doc_seq, year, month, source_key, has_figure,
        fig_low, fig_high, date, ord, via, row) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
      for (const r of routeRowsOf(doc, c, claimSeq)) {
        // positional: binding an object by name costs a property lookup per column per row
        const k = routeRowColumns(r);
        insert.run(claimSeq, r.origin.key, r.destination.key, doc.seq, k.year, k.month, k.sourceKey, k.hasFigure,
          k.figLow, k.figHigh, k.date, k.ord, k.via, JSON.stringify(r));
        this.touchRoute(r);
      }
    } else if ((TIE_TYPES as readonly string[]).includes(c.type)) {
      const insert = this.statement("INSERT INTO edge_rows (claim_seq, type, tail, head, doc_seq, row) VALUES (?, ?, ?, ?, ?, ?)");
      for (const r of edgeRowsOf(doc, c, claimSeq)) {
        insert.run(claimSeq, r.type, r.tail, r.head, doc.seq, JSON.stringify(r));
        this.pendingEdges.set(edgeKey(r.type, r.tail, r.head), [r.type, r.tail, r.head]);
      }
    }
  }

  /** Recomputes what the open transaction touched, from the rows as they now stand. */
  flush(): void {
    const rowsOf = {
      year: this.statement("SELECT row FROM route_rows WHERE origin = ? AND destination = ? AND year = ?").pluck(),
      month: this.statement("SELECT row FROM route_rows WHERE origin = ? AND destination = ? AND month = ?").pluck(),
    };
    const save = this.statement(`INSERT INTO route_summaries (granularity, period, origin, destination, via_keys, documents, claims, high, summary)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (granularity, period, origin, destination) DO UPDATE SET via_keys = excluded.via_keys, documents = excluded.documents,
        claims = excluded.claims, high = excluded.high, summary = excluded.summary`);
    const drop = this.statement("DELETE FROM route_summaries WHERE granularity = ? AND period = ? AND origin = ? AND destination = ?");
    for (const { origin, destination, periods } of this.pendingRoutes.values()) {
      // each period from its own rows (a busy route has thousands over all time), all time in SQL;
      // a year's rows hold its months' rows, so the months touched are summed up from them
      // (a month's year is its first four characters, "undated" its own)
      const found: RouteSummary[] = [];
      for (const p of periods) {
        const i = p.indexOf(":");
        const g = p.slice(0, i) as RouteGranularity, period = p.slice(i + 1);
        if (g === "all") {
          const all = this.allTime(origin, destination);
          if (all) found.push(all);
        } else if (g === "year") {
          const rows = (rowsOf.year.all(origin, destination, period) as string[]).map((r) => JSON.parse(r) as RouteRow);
          found.push(...summariseRoutes(rows, YEAR_AND_MONTH, periods));
        } else if (!periods.has(`year:${period === UNDATED ? UNDATED : period.slice(0, 4)}`)) {
          const rows = (rowsOf.month.all(origin, destination, period) as string[]).map((r) => JSON.parse(r) as RouteRow);
          found.push(...summariseRoutes(rows, [g]));
        }
      }
      const left = new Set(periods);
      for (const s of found) {
        save.run(s.granularity, s.period, origin, destination, viaKeys(s), s.documents, s.claims, s.high ?? 0, JSON.stringify(s));
        left.delete(`${s.granularity}:${s.period}`);
      }
      for (const p of left) {
        const i = p.indexOf(":");
        drop.run(p.slice(0, i), p.slice(i + 1), origin, destination);
      }
    }
    const edgeRowsOf = this.statement("SELECT row FROM edge_rows WHERE tail = ? AND head = ? AND type = ?").pluck();
    const saveEdge = this.statement(`INSERT INTO edge_summaries (type, tail, head, weight, summary) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT (type, tail, head) DO UPDATE SET weight = excluded.weight, summary = excluded.summary`);
    const dropEdge = this.statement("DELETE FROM edge_summaries WHERE type = ? AND tail = ? AND head = ?");
    for (const [type, tail, head] of this.pendingEdges.values()) {
      const [s] = summariseEdges((edgeRowsOf.all(tail, head, type) as string[]).map((r) => JSON.parse(r) as EdgeRow));
      if (s) saveEdge.run(type, tail, head, s.weight, JSON.stringify(s));
      else dropEdge.run(type, tail, head);
    }
    this.clear();
  }

  /** A route over all time, summed up in SQL; undefined when it has no rows left. */
  private allTime(origin: string, destination: string): RouteSummary | undefined {
    const totals = this.statement(`SELECT count(*) AS claims, count(DISTINCT doc_seq) AS documents, count(DISTINCT source_key) AS sources,
        coalesce(sum(has_figure), 0) AS figures, min(fig_low) AS low, max(fig_high) AS high, min(date) AS first, max(date) AS last
      FROM route_rows WHERE origin = ? AND destination = ?`).get(origin, destination) as Omit<RouteTotals, "firstRow" | "latestRow" | "viaLists">;
    if (!totals.claims) return undefined;
    const first = this.statement("SELECT row FROM route_rows WHERE origin = ? AND destination = ? ORDER BY ord LIMIT 1").pluck().get(origin, destination) as string;
    const latest = this.statement(`SELECT row FROM route_rows WHERE origin = ? AND destination = ? AND has_figure = 1
      ORDER BY coalesce(date, '') DESC, ord DESC LIMIT 1`).pluck().get(origin, destination) as string | undefined;
    const via = this.statement(`SELECT via FROM route_rows WHERE origin = ? AND destination = ? AND via IS NOT NULL
      GROUP BY via ORDER BY min(ord)`).pluck().all(origin, destination) as string[];
    return allTimeSummary({
      ...totals, firstRow: JSON.parse(first) as RouteRow, latestRow: latest ? JSON.parse(latest) as RouteRow : undefined,
      viaLists: via.map((v) => JSON.parse(v) as RouteEnd[]),
    });
  }

  /** Forgets what was marked (the transaction failed, and its rows with it). */
  clear(): void {
    this.pendingRoutes.clear();
    this.pendingEdges.clear();
  }

  /** Builds every row and summary from the stored claims: migration 6 on an existing store. */
  backfill(): void {
    const claims = this.db.prepare(`SELECT c.seq, c.id, c.type, c.args, c.quantity, c.time, c.attribution, c.modality,
        c.evidence_start, c.evidence_end, c.confidence, d.seq AS doc_seq, d.id AS doc_id, d.title, d.url, d.publisher, d.published
      FROM claims c JOIN documents d ON d.seq = c.doc_seq
      WHERE c.type IN ('flow', ${TIE_TYPES.map((t) => `'${t}'`).join(", ")}) AND c.seq > ? ORDER BY c.seq LIMIT 5000`);
    type Row = { seq: number; id: string; type: string; args: string; quantity: string | null; time: string | null; attribution: string | null;
      modality: string; evidence_start: number; evidence_end: number; confidence: number; doc_seq: number; doc_id: string;
      title: string | null; url: string | null; publisher: string | null; published: string | null };
    // read in slices: better-sqlite3 cannot write while a statement is still iterating
    let after = 0;
    for (let slice = claims.all(after) as Row[]; slice.length; slice = claims.all(after) as Row[]) for (const r of slice) {
      after = r.seq;
      const c = {
        id: r.id, type: r.type, args: JSON.parse(r.args), modality: r.modality, evidence: [r.evidence_start, r.evidence_end], confidence: r.confidence,
        ...(r.quantity ? { quantity: JSON.parse(r.quantity) } : {}), ...(r.time ? { time: JSON.parse(r.time) } : {}),
        attribution: r.attribution ? JSON.parse(r.attribution) : null,
      } as Claim;
      this.addClaim({ id: r.doc_id, seq: r.doc_seq, title: r.title, url: r.url, publisher: r.publisher, published: r.published }, c, r.seq);
    }
    this.flush();
  }

  routeSummaries(q: RouteQuery): { routes: RouteSummary[]; total: number } {
    const { where, params } = routeFilter(q);
    const filter = where.join(" AND ");
    const total = this.statement(`SELECT count(*) FROM route_summaries WHERE ${filter}`).pluck().get(params) as number;
    params.limit = q.limit ?? -1;
    params.offset = q.offset ?? 0;
    const routes = (this.statement(`SELECT summary FROM route_summaries WHERE ${filter}
      ORDER BY granularity, period, documents DESC, claims DESC, high DESC, origin, destination LIMIT @limit OFFSET @offset`).pluck().all(params) as string[])
      .map((s) => JSON.parse(s) as RouteSummary);
    return { routes, total };
  }

  routePeriods(granularity: "year" | "month"): { period: string; routes: number }[] {
    return this.statement("SELECT period, count(*) AS routes FROM route_summaries WHERE granularity = ? GROUP BY period ORDER BY period")
      .all(granularity) as { period: string; routes: number }[];
  }

  routeRows(q: RouteRowQuery): RouteRow[] {
    const where: string[] = [];
    const params: Record<string, unknown> = {};
    if (q.origin) { where.push("origin IN (SELECT value FROM json_each(@origin))"); params.origin = ids(q.origin); }
    if (q.destination) { where.push("destination IN (SELECT value FROM json_each(@destination))"); params.destination = ids(q.destination); }
    if (q.touching) {
      where.push("(origin IN (SELECT value FROM json_each(@touching)) OR destination IN (SELECT value FROM json_each(@touching)))");
      params.touching = ids(q.touching);
    }
    return (this.statement(`SELECT row FROM route_rows ${where.length ? `WHERE ${where.join(" AND ")}` : ""}`).pluck().all(params) as string[])
      .map((s) => JSON.parse(s) as RouteRow);
  }

  edgeSummaries(q: EdgeQuery = {}): { edges: EdgeSummary[]; total: number; nodes: number } {
    const { where, params } = edgeFilter(q);
    if (q.minWeight != null && q.minWeight > 1) { where.push("weight >= @minWeight"); params.minWeight = q.minWeight; }
    const filter = where.length ? `WHERE ${where.join(" AND ")}` : "";
    // a filtered network is picked once and counted from there; the whole one is counted on the indexes
    const { total, nodes } = q.counts === false ? { total: 0, nodes: 0 } : this.statement(where.length
      ? `WITH e AS MATERIALIZED (SELECT tail, head FROM edge_summaries ${filter})
        SELECT count(*) AS total, (SELECT count(*) FROM (SELECT tail FROM e UNION SELECT head FROM e)) AS nodes FROM e`
      : `SELECT (SELECT count(*) FROM edge_summaries) AS total,
        (SELECT count(*) FROM (SELECT tail FROM edge_summaries UNION SELECT head FROM edge_summaries)) AS nodes`)
      .get(params) as { total: number; nodes: number };
    params.limit = q.limit ?? -1;
    const edges = (this.statement(`SELECT summary FROM edge_summaries ${filter} ORDER BY weight DESC, type, tail, head LIMIT @limit`).pluck().all(params) as string[])
      .map((s) => JSON.parse(s) as EdgeSummary);
    return { edges, total, nodes };
  }

  edgeRows(q: EdgeQuery): EdgeRow[] {
    const { where, params } = edgeFilter(q);
    return (this.statement(`SELECT row FROM edge_rows ${where.length ? `WHERE ${where.join(" AND ")}` : ""}`).pluck().all(params) as string[])
      .map((s) => JSON.parse(s) as EdgeRow);
  }

  private touchRoute(r: RouteRow): void {
    const k = routeKey(r.origin.key, r.destination.key);
    let p = this.pendingRoutes.get(k);
    if (!p) this.pendingRoutes.set(k, (p = { origin: r.origin.key, destination: r.destination.key, periods: new Set() }));
    p.periods.add(`year:${r.year}`).add(`month:${r.month}`).add("all:");
  }

  private statement(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) this.statements.set(sql, (s = this.db.prepare(sql)));
    return s;
  }
}

function routeFilter(q: RouteQuery): { where: string[]; params: Record<string, unknown> } {
  const where = ["granularity = @granularity"];
  const params: Record<string, unknown> = { granularity: q.granularity };
  if (q.period != null) { where.push("period = @period"); params.period = q.period; }
  // the prefix rule: a period passes when it is within the bounds cut to its own length
  // (the first comparison of each is on the year alone, which the index can use)
  if (q.since != null) { where.push("period >= substr(@since, 1, 4) AND period >= substr(@since, 1, length(period)) AND period <> 'undated'"); params.since = q.since; }
  if (q.until != null) { where.push("period <= substr(@until, 1, 4) || '~' AND period <= substr(@until, 1, length(period)) AND period <> 'undated'"); params.until = q.until; }
  if (q.origin) { where.push("origin IN (SELECT value FROM json_each(@origin))"); params.origin = ids(q.origin); }
  if (q.destination) { where.push("destination IN (SELECT value FROM json_each(@destination))"); params.destination = ids(q.destination); }
  if (q.touching) {
    where.push(`(origin IN (SELECT value FROM json_each(@touching)) OR destination IN (SELECT value FROM json_each(@touching))
      OR EXISTS (SELECT 1 FROM json_each(@touching) t WHERE instr(via_keys, char(10) || t.value || char(10)) > 0))`);
    params.touching = ids(q.touching);
  }
  if (q.exclude) {
    where.push("origin NOT IN (SELECT value FROM json_each(@exclude)) AND destination NOT IN (SELECT value FROM json_each(@exclude))");
    params.exclude = ids(q.exclude);
  }
  return { where, params };
}

function edgeFilter(q: EdgeQuery): { where: string[]; params: Record<string, unknown> } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (q.types && q.types.length < TIE_TYPES.length) { where.push("type IN (SELECT value FROM json_each(@types))"); params.types = ids(q.types); }
  if (q.tail) { where.push("tail IN (SELECT value FROM json_each(@tail))"); params.tail = ids(q.tail); }
  if (q.head) { where.push("head IN (SELECT value FROM json_each(@head))"); params.head = ids(q.head); }
  if (q.touching) {
    where.push("(tail IN (SELECT value FROM json_each(@touching)) OR head IN (SELECT value FROM json_each(@touching)))");
    params.touching = ids(q.touching);
  }
  if (q.exclude) {
    where.push("tail NOT IN (SELECT value FROM json_each(@exclude)) AND head NOT IN (SELECT value FROM json_each(@exclude))");
    params.exclude = ids(q.exclude);
  }
  return { where, params };
}
