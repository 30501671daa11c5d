// Flows of people: origin → destination, with the range of figures across sources, the
// sources themselves and the latest estimate. Read through the Store only.
import type { Arg } from "../extract/contract.js";
import { figureContradictions, routeKey, routeOrder, rowPeriod, summariseRoute, type RouteCounts, type RouteGranularity, type RouteSummary } from "../store/route-summary.js";
import type { ClaimQuery, Store } from "../store/store.js";
import { byClaimOrder, routeRowsOf, type RouteEnd, type RouteFigure, type RouteRow } from "../store/summary-rows.js";
import { entitiesById } from "./entity-lookup.js";
import { DEFAULT_TOLERANCE, type FigureTolerance } from "./figures.js";
import type { PeriodGranularity } from "./periods.js";

export interface FlowEndpoint {
  /** Entity id when the argument is linked, else a key made from its text. */
  key: string;
  entity?: string;
  name: string;
  lat?: number;
  lon?: number;
}

/** A figure given for a flow, with its claim and source (the same record the route summaries keep). */
export type FlowFigure = RouteFigure;

/** Two figures for the same flow and period that cannot both be right. */
export interface FlowContradiction {
  /** The two claims, as DOCUMENT#CLAIM. */
  claims: [string, string];
  sources: [string, string];
  /** "3,000 vs 6,000". */
  detail: string;
}

export interface Flow {
  /** The year or month the flow is counted for, when flows are split by period. */
  period?: string;
  origin: FlowEndpoint;
  destination: FlowEndpoint;
  /** Transit places named on the way ("through Turkey"). */
  via: FlowEndpoint[];
  /** The claims, as DOCUMENT#CLAIM (a claim id alone is unique only within its document). */
  claims: string[];
  documents: string[];
  /** Lowest and highest figure over all claims that give one (ranges count with both ends). */
  low: number | null;
  high: number | null;
  latest?: FlowFigure;
  figures: FlowFigure[];
  /** Earliest and latest dates over the claims. */
  first?: string;
  last?: string;
  /**
   * Only when split by period: figures that disagree beyond their stated approximation, the first
   * CONTRADICTION_LIMIT pairs in figure order (a route cited by hundreds of reports a year has
   * thousands of such pairs, and listing them all made the flows of a large store quadratic).
   */
  contradictions?: FlowContradiction[];
  /** Only when split by period: every pair of figures that disagree, listed or not. */
  contradictionCount?: number;
  /** Independent sources among the claims (src/analyze/sources.ts). */
  sources: number;
}

export interface FlowQuery extends Pick<ClaimQuery, "since" | "until" | "entity"> {
  /** Split each route by the year or month of its claims (else one row per route). */
  period?: PeriodGranularity;
  tolerance?: FigureTolerance;
}

/** Contradicting pairs listed per flow and period; `contradictionCount` has them all. */
export const CONTRADICTION_LIMIT = 50;

const list = (a: Arg | Arg[] | undefined): Arg[] => (a == null ? [] : Array.isArray(a) ? a : [a]);
const unknown: FlowEndpoint = { key: "?", name: "(unknown)" };

export async function computeFlows(store: Store, query: FlowQuery = {}): Promise<Flow[]> {
  return (await flowsFromClaims(store, query)).map((r) => r.flow);
}

/**
 * Routes read from the claims: each flow claim as the route rows the store keeps at ingest
 * (routeRowsOf), each route summed by summariseRoute, the one sum the store's summaries use too.
 * The claims come in claim order, so their positions stand in for the store's sequence numbers.
 */
async function flowsFromClaims(store: Store, query: FlowQuery): Promise<{ flow: Flow; summary: RouteSummary }[]> {
  const { period, tolerance, ...filter } = query;
  const granularity: RouteGranularity = period ?? "all";
  const tol = tolerance ?? DEFAULT_TOLERANCE;
  // Flows never show evidence text, so a store that can skip reading it does.
  const claims = await store.listClaims({ ...filter, type: "flow", evidence: false });
  // Every linked endpoint in one read, not one per place.
  const ends = new Set<string>();
  for (const c of claims) for (const role of ["origin", "destination", "via"]) for (const a of list(c.args[role])) if (a.entity) ends.add(a.entity);
  const entities = await entitiesById(store, [...ends]);
  // an end is shown by its entity's name, else by the text of its first mention in claim order
  const names = new Map<string, FlowEndpoint>([[unknown.key, unknown]]);
  const endpoint = (arg: Arg): void => {
    const key = arg.entity ?? `text:${arg.text.toLowerCase()}`;
    if (names.has(key)) return;
    const e = arg.entity ? entities.get(arg.entity) : undefined;
    names.set(key, e ? { key, entity: e.id, name: e.name, lat: e.lat, lon: e.lon } : { key, name: arg.text });
  };
  const routes = new Map<string, RouteRow[]>();
  const docSeqs = new Map<string, number>();
  claims.forEach((c, i) => {
    for (const role of ["via", "origin", "destination"]) list(c.args[role]).forEach(endpoint);
    const s = c.source;
    let seq = docSeqs.get(s.documentId);
    if (seq === undefined) docSeqs.set(s.documentId, (seq = docSeqs.size));
    for (const r of routeRowsOf({ id: s.documentId, seq, title: s.title, url: s.url, publisher: s.publisher, published: s.published }, c, i)) {
      const k = `${rowPeriod(r, granularity)}\u0000${routeKey(r.origin.key, r.destination.key)}`;
      let rows = routes.get(k);
      if (!rows) routes.set(k, (rows = []));
      rows.push(r);
    }
  });
  const shown = (e: RouteEnd) => names.get(e.key)!;
  const out: { flow: Flow; summary: RouteSummary }[] = [];
  for (const rows of routes.values()) {
    const summary = summariseRoute(rows, granularity, rowPeriod(rows[0], granularity), tol);
    const f: Flow = {
      origin: shown(summary.origin), destination: shown(summary.destination), via: summary.via.map(shown),
      claims: rows.map((r) => `${r.figure.documentId}#${r.figure.claimId}`), documents: [...new Set(rows.map((r) => r.figure.documentId))],
      low: summary.low, high: summary.high, figures: rows.filter((r) => r.hasFigure).map((r) => r.figure), sources: summary.sources,
    };
    if (period) f.period = summary.period;
    // dates and the latest figure in the order a claim-by-claim reading sets them, so --json stays as it was
    const dated = rows.findIndex((r) => r.figure.date), figured = rows.findIndex((r) => r.hasFigure);
    const withDates = () => { if (summary.first) { f.first = summary.first; f.last = summary.last; } };
    if (dated >= 0 && (figured < 0 || dated <= figured)) withDates();
    if (summary.latest) f.latest = summary.latest;
    withDates();
    if (period) {
      f.contradictions = figureContradictions(f.figures, tol, CONTRADICTION_LIMIT).listed;
      f.contradictionCount = summary.contradictions;
    }
    // the route's ends as shown, so a fallback answer names them as the computed flows do
    const end = (e: FlowEndpoint): RouteEnd => (e.entity ? { key: e.key, entity: e.entity, text: e.name } : { key: e.key, text: e.name });
    out.push({ flow: f, summary: { ...summary, origin: end(f.origin), destination: end(f.destination), via: f.via.map(end) } });
  }
  return out.sort(({ flow: a }, { flow: b }) => (a.period ?? "").localeCompare(b.period ?? "") || b.documents.length - a.documents.length || b.claims.length - a.claims.length
    || (b.high ?? 0) - (a.high ?? 0) || a.origin.name.localeCompare(b.origin.name));
}

/** Pairs of figures within one period that disagree (src/store/route-summary.ts). */
function contradictionsOf(figures: FlowFigure[], tol: FigureTolerance): { listed: FlowContradiction[]; count: number } {
  return figureContradictions(figures, tol, CONTRADICTION_LIMIT);
}

/** A route as the map lists it: its figures summed up, its claims counted, not listed. */
export interface FlowRoute extends RouteCounts {
  /** The year or month ("undated" when no date); absent for all time. */
  period?: string;
  origin: FlowEndpoint;
  destination: FlowEndpoint;
  via: FlowEndpoint[];
  latest?: FlowFigure;
  /** Only when split by period: pairs of figures that disagree (listed by `routeClaims`). */
  contradictionCount?: number;
}

export interface FlowRouteQuery extends Pick<ClaimQuery, "since" | "until" | "entity"> {
  /** Split each route by the year or month of its claims (else one row per route). */
  period?: PeriodGranularity;
  tolerance?: FigureTolerance;
  limit?: number;
  offset?: number;
}

/** Whether a date bound falls on a period's edge, so that whole periods answer it exactly. */
function onPeriodEdge(date: string | undefined, granularity: RouteGranularity, side: "since" | "until"): boolean {
  if (!date) return true;
  if (granularity === "all") return false;
  const [, m, d] = date.split("-");
  if (side === "since") return (!d || d === "01") && (granularity === "month" || !m || m === "01");
  if (granularity === "year" && m && m !== "12") return false;
  if (!d) return true;
  const [y, mm] = [Number(date.slice(0, 4)), Number(m)];
  return Number(d) === new Date(Date.UTC(y, mm, 0)).getUTCDate();
}

/**
 * Routes with their figures, a page at a time, by period, then most documents and claims. Stores
 * that keep route summaries answer from them; dates that cut through a period, a tolerance other
 * than the default, or a store without summaries read the claims (computeFlows). `entity` means
 * the routes through it (origin, destination or transit); for an actor that is on no route (a
 * group, a person) it means the flows of the claims that name it.
 */
export async function flowRoutes(store: Store, query: FlowRouteQuery = {}): Promise<{ routes: FlowRoute[]; total: number }> {
  const granularity: RouteGranularity = query.period ?? "all";
  const exact = onPeriodEdge(query.since, granularity, "since") && onPeriodEdge(query.until, granularity, "until") && (!query.tolerance || query.tolerance === DEFAULT_TOLERANCE);
  let summaries: RouteSummary[] | undefined, total = 0;
  if (store.routeSummaries && exact) {
    const page = await store.routeSummaries({
      granularity, since: query.since, until: query.until, touching: query.entity ? [query.entity] : undefined, limit: query.limit, offset: query.offset,
    });
    if (page.total > 0 || !query.entity) ({ routes: summaries, total } = page);
    else if (query.entity && (await store.routeSummaries({ granularity: "all", touching: [query.entity], limit: 1 })).total > 0) ({ routes: summaries, total } = page);
  }
  if (!summaries) {
    const { limit: _limit, offset: _offset, ...whole } = query;
    const all = (await flowsFromClaims(store, whole)).map((r) => r.summary);
    const through = query.entity ? all.filter((r) => touches(r, query.entity!)) : [];
    const chosen = (through.length ? through : all).sort(routeOrder);
    total = chosen.length;
    const offset = query.offset ?? 0;
    summaries = chosen.slice(offset, query.limit == null ? undefined : offset + query.limit);
  }
  const ends = new Set<string>();
  for (const s of summaries) for (const e of [s.origin, s.destination, ...s.via]) if (e.entity) ends.add(e.entity);
  const entities = await entitiesById(store, [...ends], { counts: false });
  const endpoint = (e: RouteEnd): FlowEndpoint => {
    const found = e.entity ? entities.get(e.entity) : undefined;
    return found ? { key: e.key, entity: found.id, name: found.name, lat: found.lat, lon: found.lon } : { key: e.key, name: e.text };
  };
  return {
    total,
    routes: summaries.map((s) => {
      const r: FlowRoute = {
        origin: endpoint(s.origin), destination: endpoint(s.destination), via: s.via.map(endpoint),
        claims: s.claims, documents: s.documents, sources: s.sources, figures: s.figures, low: s.low, high: s.high,
      };
      if (s.granularity !== "all") { r.period = s.period; r.contradictionCount = s.contradictions; }
      if (s.latest) r.latest = s.latest;
      if (s.first) { r.first = s.first; r.last = s.last; }
      return r;
    }),
  };
}

const touches = (s: RouteSummary, id: string) => s.origin.entity === id || s.destination.entity === id || s.via.some((v) => v.entity === id);

export interface RouteClaimsQuery {
  origin: string;
  destination: string;
  /** "2014", "2014-10" or "undated"; absent for all time. */
  period?: string;
  tolerance?: FigureTolerance;
  limit?: number;
  offset?: number;
}

export interface RouteClaims {
  /** The route's claims in report order, a page of them, each as its figure (value null when it gives none). */
  items: FlowFigure[];
  total: number;
  /** Within a period: the first CONTRADICTION_LIMIT pairs of figures that disagree, and how many there are. */
  contradictions?: FlowContradiction[];
  contradictionCount?: number;
}

/** The claims behind one route (in one period), from the route rows the store keeps. */
export async function routeClaims(store: Store, query: RouteClaimsQuery): Promise<RouteClaims> {
  const granularity: RouteGranularity = query.period == null ? "all" : query.period.length === 7 ? "month" : "year";
  let rows: RouteRow[];
  if (store.routeRows) {
    rows = (await store.routeRows({ origin: [query.origin], destination: [query.destination] }))
      .filter((r) => r.origin.key === query.origin && r.destination.key === query.destination && rowPeriod(r, granularity) === (query.period ?? ""))
      .sort(byClaimOrder);
  } else {
    const flow = (await computeFlows(store, { period: granularity === "all" ? undefined : granularity }))
      .find((f) => f.origin.key === query.origin && f.destination.key === query.destination && (f.period ?? "") === (query.period ?? ""));
    rows = (flow?.figures ?? []).map((figure, i) => ({ figure, hasFigure: true, claimSeq: i, docSeq: 0, published: null, evidenceStart: i } as unknown as RouteRow));
  }
  const offset = query.offset ?? 0;
  const out: RouteClaims = { items: rows.slice(offset, query.limit == null ? undefined : offset + query.limit).map((r) => r.figure), total: rows.length };
  if (granularity !== "all") {
    const { listed, count } = contradictionsOf(rows.filter((r) => r.hasFigure).map((r) => r.figure), query.tolerance ?? DEFAULT_TOLERANCE);
    out.contradictions = listed;
    out.contradictionCount = count;
  }
  return out;
}
