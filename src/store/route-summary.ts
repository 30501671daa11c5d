// Route and edge summaries: what the map and the network show of a route or a tie without
// reading its claims. Both stores keep them at ingest (recomputed from the summary rows of the
// routes and edges a write touched) and src/resolve recomputes the few that a merge joins.
import { DEFAULT_TOLERANCE, figureInterval, type FigureTolerance } from "./figure-interval.js";
import { byClaimOrder, UNDATED, type EdgeRow, type RouteEnd, type RouteFigure, type RouteRow, type TieType } from "./summary-rows.js";

export type RouteGranularity = "year" | "month" | "all";
export const GRANULARITIES: readonly RouteGranularity[] = ["year", "month", "all"];

/** What a route's claims add up to, as the store keeps it and as the API shows it. */
export interface RouteCounts {
  claims: number;
  documents: number;
  /** Independent sources (src/store/source-key.ts): a speaker quoted by ten outlets is one. */
  sources: number;
  /** Claims that give a figure. */
  figures: number;
  low: number | null;
  high: number | null;
  first?: string;
  last?: string;
}

export interface RouteSummary extends RouteCounts {
  granularity: RouteGranularity;
  /** The year or month ("undated" without a date); "" for all time. */
  period: string;
  origin: RouteEnd;
  destination: RouteEnd;
  via: RouteEnd[];
  latest?: RouteFigure;
  /** Pairs of figures that disagree beyond their approximation; not counted over all time. */
  contradictions: number;
}

export interface EdgeSummary {
  type: TieType;
  tail: string;
  head: string;
  claims: number;
  documents: number;
  /** Independent sources stating the tie. */
  weight: number;
  /** The first SOURCE_LABELS sources by name, in claim order. */
  sources: string[];
  first?: string;
  last?: string;
}

/** Sources named on an edge; `weight` counts them all (a hub's tie can have hundreds). */
export const SOURCE_LABELS = 10;

// keys of routes and edges within a write (and the names of their PostgreSQL locks: no NUL there)
export const routeKey = (origin: string, destination: string) => `route\n${origin}\n${destination}`;
export const edgeKey = (type: string, tail: string, head: string) => `edge\n${type}\n${tail}\n${head}`;

/** The period a row counts for at a granularity. */
export function rowPeriod(r: Pick<RouteRow, "year" | "month">, g: RouteGranularity): string {
  return g === "all" ? "" : g === "year" ? r.year : r.month;
}

/**
 * Summaries of the routes among `rows`, at each granularity asked (rows in any order; claims
 * are taken in claim order so "latest" and the names shown are those the full list would give).
 * `periods`, when given, keeps only those (granularity, period) pairs: a write recomputes the
 * periods it touched, not every year of a busy route.
 */
export function summariseRoutes(rows: RouteRow[], granularities: readonly RouteGranularity[] = GRANULARITIES,
  periods?: Set<string>, tol: FigureTolerance = DEFAULT_TOLERANCE): RouteSummary[] {
  const sorted = [...rows].sort(byClaimOrder);
  const groups = new Map<string, RouteRow[]>();
  for (const g of granularities) {
    for (const r of sorted) {
      const p = rowPeriod(r, g);
      if (periods && !periods.has(`${g}:${p}`)) continue;
      const k = `${g}\u0000${p}\u0000${routeKey(r.origin.key, r.destination.key)}`;
      let list = groups.get(k);
      if (!list) groups.set(k, (list = []));
      list.push(r);
    }
  }
  const out: RouteSummary[] = [];
  for (const [k, list] of groups) {
    const [g, period] = k.split("\u0000") as [RouteGranularity, string];
    out.push(summariseRoute(list, g, period, tol));
  }
  return out;
}

/** One route in one period from its rows in claim order. */
export function summariseRoute(rows: RouteRow[], granularity: RouteGranularity, period: string, tol: FigureTolerance): RouteSummary {
  const via: RouteEnd[] = [];
  const documents = new Set<number>(), sources = new Set<string>(), claims = new Set<number>();
  const figures: RouteFigure[] = [];
  let low: number | null = null, high: number | null = null, first: string | undefined, last: string | undefined;
  let latest: RouteFigure | undefined;
  for (const r of rows) {
    claims.add(r.claimSeq);
    documents.add(r.docSeq);
    sources.add(r.sourceKey);
    for (const v of r.via) if (!via.some((x) => x.key === v.key)) via.push(v);
    const date = r.figure.date;
    if (date) {
      if (!first || date < first) first = date;
      if (!last || date > last) last = date;
    }
    if (!r.hasFigure) continue;
    figures.push(r.figure);
    for (const n of [r.figure.value, r.figure.low, r.figure.high]) {
      if (n == null) continue;
      if (low == null || n < low) low = n;
      if (high == null || n > high) high = n;
    }
    if (!latest || (date ?? "") >= (latest.date ?? "")) latest = r.figure;
  }
  const s: RouteSummary = {
    granularity, period, origin: rows[0].origin, destination: rows[0].destination, via,
    claims: claims.size, documents: documents.size, sources: sources.size, figures: figures.length, low, high,
    contradictions: granularity === "all" ? 0 : figureContradictions(figures, tol, 0).count,
  };
  if (latest) s.latest = latest;
  if (first) { s.first = first; s.last = last; }
  return s;
}

/** A route over all time as a store sums it up in SQL (every figure is additive but the distinct counts, which SQL counts). */
export interface RouteTotals extends Omit<RouteCounts, "first" | "last"> {
  first: string | null;
  last: string | null;
  /** The route's first row in claim order (its ends as first named) and the row of its latest figure. */
  firstRow: RouteRow;
  latestRow?: RouteRow;
  /** Each distinct list of transit places, in order of first appearance. */
  viaLists: RouteEnd[][];
}

/** The all-time summary from a store's totals: the same as summariseRoutes over every row. */
export function allTimeSummary(t: RouteTotals): RouteSummary {
  const via: RouteEnd[] = [];
  for (const list of t.viaLists) for (const v of list) if (!via.some((x) => x.key === v.key)) via.push(v);
  const s: RouteSummary = {
    granularity: "all", period: "", origin: t.firstRow.origin, destination: t.firstRow.destination, via,
    claims: Number(t.claims), documents: Number(t.documents), sources: Number(t.sources), figures: Number(t.figures),
    low: t.low == null ? null : Number(t.low), high: t.high == null ? null : Number(t.high), contradictions: 0,
  };
  if (t.latestRow) s.latest = t.latestRow.figure;
  if (t.first) { s.first = t.first; s.last = t.last!; }
  return s;
}

/** Two figures for the same route and period that cannot both be right. */
export interface FigureContradiction {
  /** The two claims, as DOCUMENT#CLAIM. */
  claims: [string, string];
  sources: [string, string];
  /** "3,000 vs 6,000". */
  detail: string;
}

// one formatter for all figures: toLocaleString builds one per call
const en = new Intl.NumberFormat("en-US");
const fmt = (f: RouteFigure) => f.value != null
  ? `${f.approx || f.bound === "about" ? "~" : f.bound === "at_least" ? "≥" : f.bound === "at_most" ? "≤" : ""}${en.format(f.value)}`
  : f.text;

/**
 * Pairs of figures within one period that disagree, the first `limit` listed and all counted;
 * estimates dated to different months are snapshots, not a dispute. Each figure's interval and
 * text are made once, not once per pair: a busy route has hundreds of figures a year.
 */
export function figureContradictions(figures: RouteFigure[], tol: FigureTolerance, limit: number): { listed: FigureContradiction[]; count: number } {
  const out: FigureContradiction[] = [];
  let count = 0;
  const intervals = figures.map((f) => figureInterval(f, tol));
  const text = new Map<RouteFigure, string>();
  const shown = (f: RouteFigure) => { let t = text.get(f); if (t === undefined) text.set(f, (t = fmt(f))); return t; };
  for (let i = 0; i < figures.length; i++) {
    const x = intervals[i];
    if (!x) continue;
    const a = figures[i];
    const snapshot = a.dateFrom === "claim" && a.date!.length > 4;
    for (let j = i + 1; j < figures.length; j++) {
      const y = intervals[j];
      if (!y) continue;
      const b = figures[j];
      if (a.documentId === b.documentId) continue;
      if (snapshot && b.dateFrom === "claim" && b.date!.length > 4 && a.date !== b.date) continue;
      if (a.unit && b.unit && a.unit !== b.unit) continue;
      if ((x[1] < y[0] || y[1] < x[0]) && ++count <= limit) {
        out.push({ claims: [`${a.documentId}#${a.claimId}`, `${b.documentId}#${b.claimId}`], sources: [a.source, b.source], detail: `${shown(a)} vs ${shown(b)}` });
      }
    }
  }
  return { listed: out, count };
}

/** Summaries of the edges among `rows` (in any order). */
export function summariseEdges(rows: EdgeRow[]): EdgeSummary[] {
  const groups = new Map<string, EdgeRow[]>();
  for (const r of [...rows].sort(byClaimOrder)) {
    const k = edgeKey(r.type, r.tail, r.head);
    let list = groups.get(k);
    if (!list) groups.set(k, (list = []));
    list.push(r);
  }
  return [...groups.values()].map((list) => {
    const labels = new Map<string, string>();
    const documents = new Set<number>(), claims = new Set<number>();
    let first: string | undefined, last: string | undefined;
    for (const r of list) {
      claims.add(r.claimSeq);
      documents.add(r.docSeq);
      if (!labels.has(r.sourceKey)) labels.set(r.sourceKey, r.sourceLabel);
      if (r.date) {
        if (!first || r.date < first) first = r.date;
        if (!last || r.date > last) last = r.date;
      }
    }
    const e: EdgeSummary = {
      type: list[0].type, tail: list[0].tail, head: list[0].head, claims: claims.size, documents: documents.size,
      weight: labels.size, sources: [...labels.values()].slice(0, SOURCE_LABELS),
    };
    if (first) { e.first = first; e.last = last; }
    return e;
  });
}

const byBytes = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The order routes are listed in by every store: period, most documents, most claims, highest figure, then keys. */
export function routeOrder(a: RouteSummary, b: RouteSummary): number {
  return byBytes(a.period, b.period) || b.documents - a.documents || b.claims - a.claims || (b.high ?? 0) - (a.high ?? 0)
    || byBytes(a.origin.key, b.origin.key) || byBytes(a.destination.key, b.destination.key);
}

/** The order edges are listed in by every store: heaviest first, then type, tail and head. */
export function edgeOrder(a: EdgeSummary, b: EdgeSummary): number {
  return b.weight - a.weight || byBytes(a.type, b.type) || byBytes(a.tail, b.tail) || byBytes(a.head, b.head);
}

/** Whether a period is within since/until on the stores' prefix rule ("2014" is within since 2014-06-01). */
export function periodWithin(period: string, since?: string, until?: string): boolean {
  if ((since != null || until != null) && period === UNDATED) return false;
  if (since != null && period < since.slice(0, period.length)) return false;
  if (until != null && period > until.slice(0, period.length)) return false;
  return true;
}

export { UNDATED };
