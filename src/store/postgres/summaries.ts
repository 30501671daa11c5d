// Route and edge summaries in PostgreSQL (migration 6), as in SQLite (src/store/sqlite/summaries.ts):
// rows written beside each flow and tie claim, summaries recomputed at the end of the write
// transaction for the routes and edges it touched. Writers lock those keys (sorted, after their
// document and entity locks) before recomputing, so two workers never save a summary that misses
// the other's rows: the second waits, then reads the first one's committed rows with its own.
import type pg from "pg";
import type { Claim } from "../../extract/contract.js";
import {
  allTimeSummary, edgeKey, routeKey, summariseEdges, summariseRoutes,
  type EdgeSummary, type RouteSummary, type RouteTotals,
} from "../route-summary.js";
import type { EdgeQuery, RouteQuery, RouteRowQuery } from "../store.js";
import { edgeRowsOf, routeRowColumns, routeRowsOf, TIE_TYPES, type EdgeRow, type RouteEnd, type RouteRow, type SummaryDocument } from "../summary-rows.js";

export const LOCK_SUMMARY = 4;

export const SUMMARY_TABLES_SQL = `
-- One row per flow claim and route it states; what route summaries are recomputed from: a
-- period from its own rows, all time summed up in SQL on the columns beside the row.
CREATE TABLE route_rows (
  claim_seq bigint NOT NULL REFERENCES claims (seq) ON DELETE CASCADE,
  origin text COLLATE "C" NOT NULL,
  destination text COLLATE "C" NOT NULL,
  doc_seq bigint NOT NULL,
  year text COLLATE "C" NOT NULL,
  month text COLLATE "C" NOT NULL,
  source_key text NOT NULL,
  has_figure integer NOT NULL,
  fig_low double precision,
  fig_high double precision,
  date text COLLATE "C",
  -- the claim order as one string (summary-rows.ts claimOrderKey)
  ord text COLLATE "C" NOT NULL,
  via text,
  row jsonb NOT NULL,
  PRIMARY KEY (claim_seq, origin, destination)
);
CREATE INDEX route_rows_by_route ON route_rows (origin, destination, year);
CREATE INDEX route_rows_by_month ON route_rows (origin, destination, month);
CREATE INDEX route_rows_by_destination ON route_rows (destination);
CREATE INDEX route_rows_by_doc ON route_rows (doc_seq);
-- A route per period ('' for all time), as the map shows it; via_keys is "\\nkey\\n…" for lookup.
CREATE TABLE route_summaries (
  granularity text COLLATE "C" NOT NULL,
  period text COLLATE "C" NOT NULL,
  origin text COLLATE "C" NOT NULL,
  destination text COLLATE "C" NOT NULL,
  via_keys text NOT NULL,
  documents integer NOT NULL,
  claims integer NOT NULL,
  high double precision NOT NULL,
  summary jsonb NOT NULL,
  PRIMARY KEY (granularity, period, origin, destination)
);
CREATE INDEX route_summaries_in_order ON route_summaries (granularity, period, documents DESC, claims DESC, high DESC, origin, destination);
CREATE INDEX route_summaries_by_origin ON route_summaries (origin);
CREATE INDEX route_summaries_by_destination ON route_summaries (destination);
-- One row per tie claim (not denied) and (tail, head) pair it states.
CREATE TABLE edge_rows (
  claim_seq bigint NOT NULL REFERENCES claims (seq) ON DELETE CASCADE,
  type text COLLATE "C" NOT NULL,
  tail text COLLATE "C" NOT NULL,
  head text COLLATE "C" NOT NULL,
  doc_seq bigint NOT NULL,
  row jsonb NOT NULL,
  PRIMARY KEY (claim_seq, tail, head)
);
CREATE INDEX edge_rows_by_edge ON edge_rows (tail, head, type);
CREATE INDEX edge_rows_by_head ON edge_rows (head);
CREATE INDEX edge_rows_by_doc ON edge_rows (doc_seq);
CREATE TABLE edge_summaries (
  type text COLLATE "C" NOT NULL,
  tail text COLLATE "C" NOT NULL,
  head text COLLATE "C" NOT NULL,
  weight integer NOT NULL,
  summary jsonb NOT NULL,
  PRIMARY KEY (type, tail, head)
);
CREATE INDEX edge_summaries_by_weight ON edge_summaries (weight DESC, type, tail, head);
CREATE INDEX edge_summaries_by_tail ON edge_summaries (tail);
CREATE INDEX edge_summaries_by_head ON edge_summaries (head);`;

type Db = pg.PoolClient | pg.Pool;

/** What one write transaction touched; made per transaction. */
export class PgSummaryWrites {
  private readonly routes = new Map<string, { origin: string; destination: string; periods: Set<string> }>();
  private readonly edges = new Map<string, [string, string, string]>();

  /** Before a document's claims are deleted (their rows go with them). */
  async forgetDocument(db: pg.PoolClient, docSeq: string | number): Promise<void> {
    for (const r of (await db.query<{ row: RouteRow }>("SELECT row FROM route_rows WHERE doc_seq = $1", [docSeq])).rows) this.touchRoute(r.row);
    for (const r of (await db.query<{ type: string; tail: string; head: string }>("SELECT type, tail, head FROM edge_rows WHERE doc_seq = $1", [docSeq])).rows) {
      this.edges.set(edgeKey(r.type, r.tail, r.head), [r.type, r.tail, r.head]);
    }
  }

  /** Writes the rows of stored claims (one statement per table) and marks what they touch. */
  async addClaims(db: pg.PoolClient, claims: { doc: SummaryDocument; claim: Claim; seq: number }[]): Promise<void> {
    const routeRows: RouteRow[] = [], edgeRows: EdgeRow[] = [];
    for (const { doc, claim, seq } of claims) {
      if (claim.type === "flow") routeRows.push(...routeRowsOf(doc, claim, seq));
      else if ((TIE_TYPES as readonly string[]).includes(claim.type)) edgeRows.push(...edgeRowsOf(doc, claim, seq));
    }
    if (routeRows.length) {
      const records = routeRows.map((r) => ({ claim_seq: r.claimSeq, origin: r.origin.key, destination: r.destination.key, doc_seq: r.docSeq, ...routeRowColumns(r), row: r }));
      await db.query(`INSERT INTO route_rows (claim_seq, origin, destination, doc_seq, year, month, source_key, has_figure, fig_low, fig_high, date, ord, via, row)
        SELECT claim_seq, origin, destination, doc_seq, year, month, "sourceKey", "hasFigure", "figLow", "figHigh", date, ord, via, row
        FROM jsonb_to_recordset($1::jsonb) AS x(claim_seq bigint, origin text, destination text, doc_seq bigint, year text, month text, "sourceKey" text,
          "hasFigure" integer, "figLow" double precision, "figHigh" double precision, date text, ord text, via text, row jsonb)`, [JSON.stringify(records)]);
      for (const r of routeRows) this.touchRoute(r);
    }
    if (edgeRows.length) {
      await db.query(`INSERT INTO edge_rows (claim_seq, type, tail, head, doc_seq, row)
        SELECT (r ->> 'claimSeq')::bigint, r ->> 'type', r ->> 'tail', r ->> 'head', (r ->> 'docSeq')::bigint, r
        FROM jsonb_array_elements($1::jsonb) AS r`, [JSON.stringify(edgeRows)]);
      for (const r of edgeRows) this.edges.set(edgeKey(r.type, r.tail, r.head), [r.type, r.tail, r.head]);
    }
  }

  /** Recomputes what the transaction touched, under the keys' locks. */
  async flush(db: pg.PoolClient): Promise<void> {
    if (!this.routes.size && !this.edges.size) return;
    await db.query("SELECT lock_keys($1, $2)", [LOCK_SUMMARY, [...this.routes.keys(), ...this.edges.keys()]]);
    if (this.routes.size) {
      const pending = [...this.routes.values()];
      // each period from its own rows (a busy route has thousands over all time), all time in SQL
      const periods = pending.flatMap((p) => [...p.periods].filter((k) => !k.startsWith("all:")).map((k) => {
        const i = k.indexOf(":");
        return [p.origin, p.destination, k.slice(0, i), k.slice(i + 1)];
      }));
      const rows = (await db.query<{ row: RouteRow; g: string }>(`SELECT r.row, k.g FROM route_rows r
        JOIN unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS k(o, d, g, p)
          ON r.origin = k.o AND r.destination = k.d AND ((k.g = 'year' AND r.year = k.p) OR (k.g = 'month' AND r.month = k.p))`,
      [periods.map((x) => x[0]), periods.map((x) => x[1]), periods.map((x) => x[2]), periods.map((x) => x[3])])).rows;
      const byRoute = new Map<string, { year: RouteRow[]; month: RouteRow[] }>();
      for (const { row, g } of rows) {
        const k = routeKey(row.origin.key, row.destination.key);
        let lists = byRoute.get(k);
        if (!lists) byRoute.set(k, (lists = { year: [], month: [] }));
        lists[g as "year" | "month"].push(row);
      }
      const allTime = await allTimeSummaries(db, pending.filter((p) => p.periods.has("all:")));
      const save: object[] = [];
      const drop: [string, string, string, string][] = [];
      for (const p of pending) {
        const left = new Set(p.periods);
        const lists = byRoute.get(routeKey(p.origin, p.destination));
        const found = [...summariseRoutes(lists?.year ?? [], ["year"]), ...summariseRoutes(lists?.month ?? [], ["month"])];
        const all = allTime.get(routeKey(p.origin, p.destination));
        if (all) found.push(all);
        for (const s of found) {
          save.push({ granularity: s.granularity, period: s.period, origin: p.origin, destination: p.destination,
            via_keys: `\n${s.via.map((v) => v.key).join("\n")}\n`, documents: s.documents, claims: s.claims, high: s.high ?? 0, summary: s });
          left.delete(`${s.granularity}:${s.period}`);
        }
        for (const k of left) {
          const i = k.indexOf(":");
          drop.push([k.slice(0, i), k.slice(i + 1), p.origin, p.destination]);
        }
      }
      if (save.length) {
        await db.query(`INSERT INTO route_summaries (granularity, period, origin, destination, via_keys, documents, claims, high, summary)
          SELECT granularity, period, origin, destination, via_keys, documents, claims, high, summary
          FROM jsonb_to_recordset($1::jsonb) AS x(granularity text, period text, origin text, destination text, via_keys text,
            documents integer, claims integer, high double precision, summary jsonb)
          ON CONFLICT (granularity, period, origin, destination) DO UPDATE SET via_keys = excluded.via_keys,
            documents = excluded.documents, claims = excluded.claims, high = excluded.high, summary = excluded.summary`, [JSON.stringify(save)]);
      }
      if (drop.length) {
        await db.query(`DELETE FROM route_summaries s USING unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS k(g, p, o, d)
          WHERE s.granularity = k.g AND s.period = k.p AND s.origin = k.o AND s.destination = k.d`,
        [drop.map((d) => d[0]), drop.map((d) => d[1]), drop.map((d) => d[2]), drop.map((d) => d[3])]);
      }
    }
    if (this.edges.size) {
      const pending = [...this.edges.values()];
      const rows = (await db.query<{ row: EdgeRow }>(`SELECT e.row FROM edge_rows e
        JOIN unnest($1::text[], $2::text[], $3::text[]) AS k(type, tail, head) ON e.tail = k.tail AND e.head = k.head AND e.type = k.type`,
      [pending.map((p) => p[0]), pending.map((p) => p[1]), pending.map((p) => p[2])])).rows.map((r) => r.row);
      const summaries = new Map(summariseEdges(rows).map((s) => [edgeKey(s.type, s.tail, s.head), s]));
      const save = [...summaries.values()].map((s) => ({ type: s.type, tail: s.tail, head: s.head, weight: s.weight, summary: s }));
      const drop = pending.filter((p) => !summaries.has(edgeKey(...p)));
      if (save.length) {
        await db.query(`INSERT INTO edge_summaries (type, tail, head, weight, summary)
          SELECT type, tail, head, weight, summary FROM jsonb_to_recordset($1::jsonb) AS x(type text, tail text, head text, weight integer, summary jsonb)
          ON CONFLICT (type, tail, head) DO UPDATE SET weight = excluded.weight, summary = excluded.summary`, [JSON.stringify(save)]);
      }
      if (drop.length) {
        await db.query(`DELETE FROM edge_summaries s USING unnest($1::text[], $2::text[], $3::text[]) AS k(type, tail, head)
          WHERE s.type = k.type AND s.tail = k.tail AND s.head = k.head`, [drop.map((d) => d[0]), drop.map((d) => d[1]), drop.map((d) => d[2])]);
      }
    }
    this.routes.clear();
    this.edges.clear();
  }

  private touchRoute(r: RouteRow): void {
    const k = routeKey(r.origin.key, r.destination.key);
    let p = this.routes.get(k);
    if (!p) this.routes.set(k, (p = { origin: r.origin.key, destination: r.destination.key, periods: new Set() }));
    p.periods.add(`year:${r.year}`).add(`month:${r.month}`).add("all:");
  }
}

/** Routes over all time, summed up in SQL, by route key; a route with no rows left is missing. */
async function allTimeSummaries(db: pg.PoolClient, routes: { origin: string; destination: string }[]): Promise<Map<string, RouteSummary>> {
  if (!routes.length) return new Map();
  const keys = [routes.map((r) => r.origin), routes.map((r) => r.destination)];
  const totals = (await db.query<Omit<RouteTotals, "viaLists"> & { origin: string; destination: string }>(`SELECT r.origin, r.destination,
      count(*) AS claims, count(DISTINCT doc_seq) AS documents, count(DISTINCT source_key) AS sources, coalesce(sum(has_figure), 0) AS figures,
      min(fig_low) AS low, max(fig_high) AS high, min(date) AS first, max(date) AS last,
      (array_agg(row ORDER BY ord))[1] AS "firstRow",
      (array_agg(row ORDER BY coalesce(date, '') DESC, ord DESC) FILTER (WHERE has_figure = 1))[1] AS "latestRow"
    FROM route_rows r JOIN unnest($1::text[], $2::text[]) AS k(o, d) ON r.origin = k.o AND r.destination = k.d
    GROUP BY r.origin, r.destination`, keys)).rows;
  const vias = new Map<string, RouteEnd[][]>();
  for (const v of (await db.query<{ origin: string; destination: string; via: string }>(`SELECT r.origin, r.destination, r.via
    FROM route_rows r JOIN unnest($1::text[], $2::text[]) AS k(o, d) ON r.origin = k.o AND r.destination = k.d
    WHERE r.via IS NOT NULL GROUP BY r.origin, r.destination, r.via ORDER BY min(r.ord)`, keys)).rows) {
    const k = routeKey(v.origin, v.destination);
    vias.set(k, [...(vias.get(k) ?? []), JSON.parse(v.via) as RouteEnd[]]);
  }
  return new Map(totals.map((t) => [routeKey(t.origin, t.destination), allTimeSummary({ ...t, latestRow: t.latestRow ?? undefined, viaLists: vias.get(routeKey(t.origin, t.destination)) ?? [] })]));
}

/** Builds every row and summary from the stored claims: migration 6 on an existing store. */
export async function backfillSummaries(db: pg.PoolClient): Promise<void> {
  const writes = new PgSummaryWrites();
  let after = "0";
  for (;;) {
    const { rows } = await db.query<{ seq: string; id: string; type: string; args: Claim["args"]; quantity: Claim["quantity"] | null; time: Claim["time"] | null;
      attribution: Claim["attribution"]; modality: Claim["modality"]; evidence_start: number; evidence_end: number; confidence: number;
      doc_seq: string; doc_id: string; title: string | null; url: string | null; publisher: string | null; published: string | null }>(
      `SELECT c.seq, c.id, c.type, c.args, c.quantity, c.time, c.attribution, c.modality, c.evidence_start, c.evidence_end, c.confidence,
        d.seq AS doc_seq, d.id AS doc_id, d.title, d.url, d.publisher, d.published
      FROM claims c JOIN documents d ON d.seq = c.doc_seq
      WHERE c.type = ANY($1) AND c.seq > $2 ORDER BY c.seq LIMIT 5000`, [["flow", ...TIE_TYPES], after]);
    if (!rows.length) break;
    after = rows[rows.length - 1].seq;
    await writes.addClaims(db, rows.map((r) => ({
      doc: { id: r.doc_id, seq: Number(r.doc_seq), title: r.title, url: r.url, publisher: r.publisher, published: r.published },
      seq: Number(r.seq),
      claim: {
        id: r.id, type: r.type, args: r.args, modality: r.modality, evidence: [r.evidence_start, r.evidence_end], confidence: r.confidence,
        ...(r.quantity ? { quantity: r.quantity } : {}), ...(r.time ? { time: r.time } : {}), attribution: r.attribution ?? null,
      } as Claim,
    })));
  }
  await writes.flush(db);
}

const keys = (list: readonly string[]) => [...new Set(list)];

function routeFilter(q: RouteQuery): { where: string[]; params: unknown[] } {
  const params: unknown[] = [q.granularity];
  const where = ["granularity = $1"];
  const p = (v: unknown) => { params.push(v); return `$${params.length}`; };
  if (q.period != null) where.push(`period = ${p(q.period)}`);
  // the prefix rule: a period passes when it is within the bounds cut to its own length
  // (the first comparison of each is on the year alone, which the index can use)
  if (q.since != null) { const s = p(q.since); where.push(`period >= left(${s}, 4) COLLATE "C" AND period >= left(${s}, length(period)) COLLATE "C" AND period <> 'undated'`); }
  if (q.until != null) { const u = p(q.until); where.push(`period <= (left(${u}, 4) || '~') COLLATE "C" AND period <= left(${u}, length(period)) COLLATE "C" AND period <> 'undated'`); }
  if (q.origin) where.push(`origin = ANY(${p(keys(q.origin))})`);
  if (q.destination) where.push(`destination = ANY(${p(keys(q.destination))})`);
  if (q.touching) {
    const t = p(keys(q.touching));
    where.push(`(origin = ANY(${t}) OR destination = ANY(${t}) OR EXISTS (SELECT 1 FROM unnest(${t}::text[]) AS v WHERE position(E'\\n' || v || E'\\n' IN via_keys) > 0))`);
  }
  if (q.exclude) { const x = p(keys(q.exclude)); where.push(`NOT (origin = ANY(${x}) OR destination = ANY(${x}))`); }
  return { where, params };
}

function edgeFilter(q: EdgeQuery): { where: string[]; params: unknown[] } {
  const params: unknown[] = [];
  const where: string[] = [];
  const p = (v: unknown) => { params.push(v); return `$${params.length}`; };
  if (q.types && q.types.length < TIE_TYPES.length) where.push(`type = ANY(${p(keys(q.types))})`);
  if (q.tail) where.push(`tail = ANY(${p(keys(q.tail))})`);
  if (q.head) where.push(`head = ANY(${p(keys(q.head))})`);
  if (q.touching) { const t = p(keys(q.touching)); where.push(`(tail = ANY(${t}) OR head = ANY(${t}))`); }
  if (q.exclude) { const x = p(keys(q.exclude)); where.push(`NOT (tail = ANY(${x}) OR head = ANY(${x}))`); }
  return { where, params };
}

export async function routeSummaries(db: Db, q: RouteQuery): Promise<{ routes: RouteSummary[]; total: number }> {
  const { where, params } = routeFilter(q);
  const filter = where.join(" AND ");
  const total = Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM route_summaries WHERE ${filter}`, params)).rows[0].n);
  const routes = (await db.query<{ summary: RouteSummary }>(`SELECT summary FROM route_summaries WHERE ${filter}
    ORDER BY granularity, period, documents DESC, claims DESC, high DESC, origin, destination
    LIMIT ${q.limit == null ? "ALL" : Number(q.limit)} OFFSET ${Number(q.offset ?? 0)}`, params)).rows.map((r) => r.summary);
  return { routes, total };
}

export async function routePeriods(db: Db, granularity: "year" | "month"): Promise<{ period: string; routes: number }[]> {
  return (await db.query<{ period: string; routes: string }>(
    "SELECT period, count(*) AS routes FROM route_summaries WHERE granularity = $1 GROUP BY period ORDER BY period", [granularity]))
    .rows.map((r) => ({ period: r.period, routes: Number(r.routes) }));
}

export async function routeRows(db: Db, q: RouteRowQuery): Promise<RouteRow[]> {
  const params: unknown[] = [];
  const where: string[] = [];
  const p = (v: unknown) => { params.push(v); return `$${params.length}`; };
  if (q.origin) where.push(`origin = ANY(${p(keys(q.origin))})`);
  if (q.destination) where.push(`destination = ANY(${p(keys(q.destination))})`);
  if (q.touching) { const t = p(keys(q.touching)); where.push(`(origin = ANY(${t}) OR destination = ANY(${t}))`); }
  return (await db.query<{ row: RouteRow }>(`SELECT row FROM route_rows ${where.length ? `WHERE ${where.join(" AND ")}` : ""}`, params)).rows.map((r) => r.row);
}

export async function edgeSummaries(db: Db, q: EdgeQuery = {}): Promise<{ edges: EdgeSummary[]; total: number; nodes: number }> {
  const { where, params } = edgeFilter(q);
  if (q.minWeight != null && q.minWeight > 1) { params.push(q.minWeight); where.push(`weight >= $${params.length}`); }
  const filter = where.length ? `WHERE ${where.join(" AND ")}` : "";
  const counts = q.counts === false ? { total: "0", nodes: "0" } : (await db.query<{ total: string; nodes: string }>(`SELECT (SELECT count(*) FROM edge_summaries ${filter}) AS total,
    (SELECT count(*) FROM (SELECT tail FROM edge_summaries ${filter} UNION SELECT head FROM edge_summaries ${filter}) n) AS nodes`, params)).rows[0];
  const edges = (await db.query<{ summary: EdgeSummary }>(`SELECT summary FROM edge_summaries ${filter} ORDER BY weight DESC, type, tail, head
    LIMIT ${q.limit == null ? "ALL" : Number(q.limit)}`, params)).rows.map((r) => r.summary);
  return { edges, total: Number(counts.total), nodes: Number(counts.nodes) };
}

export async function edgeRows(db: Db, q: EdgeQuery): Promise<EdgeRow[]> {
  const { where, params } = edgeFilter(q);
  return (await db.query<{ row: EdgeRow }>(`SELECT row FROM edge_rows ${where.length ? `WHERE ${where.join(" AND ")}` : ""}`, params)).rows.map((r) => r.row);
}
