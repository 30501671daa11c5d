// Flows of people: origin → destination, with the range of figures across sources, the
// sources themselves and the latest estimate. Read through the Store only.
import type { Arg } from "../extract/contract.js";
import { figureContradictions, routeOrder, rowPeriod, type RouteCounts, type RouteGranularity, type RouteSummary } from "../store/route-summary.js";
import type { ClaimQuery, Store, StoredClaim } from "../store/store.js";
import { byClaimOrder, type RouteEnd, type RouteFigure, type RouteRow } from "../store/summary-rows.js";
import { claimRef } from "./claim-ref.js";
import { entitiesById } from "./entity-lookup.js";
import { DEFAULT_TOLERANCE, type FigureTolerance } from "./figures.js";
import { claimPeriod, type PeriodGranularity } from "./periods.js";
import { sourceKey } from "./sources.js";

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

function sourceName(c: StoredClaim): string {
  return c.source.publisher ?? c.source.title ?? c.source.documentId.slice(0, 12);
}

export async function computeFlows(store: Store, query: FlowQuery = {}): Promise<Flow[]> {
  const { period, tolerance, ...filter } = query;
  // Flows never show evidence text, so a store that can skip reading it does.
  const claims = await store.listClaims({ ...filter, type: "flow", evidence: false });
  // Every linked endpoint in one read, not one per place.
  const ends = new Set<string>();
  for (const c of claims) for (const role of ["origin", "destination", "via"]) for (const a of list(c.args[role])) if (a.entity) ends.add(a.entity);
  const entities = await entitiesById(store, [...ends]);
  const names = new Map<string, FlowEndpoint>();
  const endpoint = (arg: Arg): FlowEndpoint => {
    const key = arg.entity ?? `text:${arg.text.toLowerCase()}`;
    let ep = names.get(key);
    if (!ep) {
      const e = arg.entity ? entities.get(arg.entity) : undefined;
      ep = e ? { key, entity: e.id, name: e.name, lat: e.lat, lon: e.lon } : { key, name: arg.text };
      names.set(key, ep);
    }
    return ep;
  };
  const flows = new Map<string, Flow>();
  // documents per flow as a set beside the list: a busy route has thousands
  const documentSets = new Map<Flow, Set<string>>();
  const sourceSets = new Map<Flow, Set<string>>();
  for (const c of claims) {
    const origins = list(c.args.origin), dests = list(c.args.destination);
    // a flow with neither end says nothing about a route
    if (origins.length === 0 && dests.length === 0) continue;
    const via = list(c.args.via).map(endpoint);
    const date = c.time?.value ?? c.source.published;
    const when = period ? claimPeriod(c, period) ?? "undated" : undefined;
    for (const o of origins.length ? origins.map(endpoint) : [unknown]) {
      for (const d of dests.length ? dests.map(endpoint) : [unknown]) {
        const k = `${o.key}→${d.key}${when ? `@${when}` : ""}`;
        let f = flows.get(k);
        if (!f) {
          f = { origin: o, destination: d, via: [], claims: [], documents: [], low: null, high: null, figures: [], sources: 0 };
          if (when) f.period = when;
          flows.set(k, f);
          documentSets.set(f, new Set());
          sourceSets.set(f, new Set());
        }
        f.claims.push(claimRef(c));
        sourceSets.get(f)!.add(sourceKey(c));
        const docs = documentSets.get(f)!;
        if (!docs.has(c.source.documentId)) { docs.add(c.source.documentId); f.documents.push(c.source.documentId); }
        for (const v of via) if (!f.via.some((x) => x.key === v.key)) f.via.push(v);
        if (date) {
          if (!f.first || date < f.first) f.first = date;
          if (!f.last || date > f.last) f.last = date;
        }
        const q = c.quantity;
        if (q && (q.value != null || q.low != null || q.high != null)) {
          const fig: FlowFigure = {
            value: q.value, low: q.low, high: q.high, bound: q.bound, text: q.text, approx: q.approx, unit: q.unit,
            modality: c.modality, date, dateFrom: c.time?.value ? "claim" : "published", claimId: c.id, documentId: c.source.documentId, source: sourceName(c),
          };
          f.figures.push(fig);
          for (const n of [q.value, q.low, q.high]) {
            if (n == null) continue;
            if (f.low == null || n < f.low) f.low = n;
            if (f.high == null || n > f.high) f.high = n;
          }
          if (!f.latest || (date ?? "") >= (f.latest.date ?? "")) f.latest = fig;
        }
      }
    }
  }
  for (const [f, keys] of sourceSets) f.sources = keys.size;
  if (period) {
    for (const f of flows.values()) {
      const { listed, count } = contradictionsOf(f.figures, tolerance ?? DEFAULT_TOLERANCE);
      f.contradictions = listed;
      f.contradictionCount = count;
    }
  }
  return [...flows.values()].sort((a, b) => (a.period ?? "").localeCompare(b.period ?? "") || b.documents.length - a.documents.length || b.claims.length - a.claims.length
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
    const all = (await computeFlows(store, whole)).map((f) => summaryOf(f, granularity));
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

/** A flow read from the claims, as a route summary. */
function summaryOf(f: Flow, granularity: RouteGranularity): RouteSummary {
  const end = (e: FlowEndpoint): RouteEnd => (e.entity ? { key: e.key, entity: e.entity, text: e.name } : { key: e.key, text: e.name });
  const s: RouteSummary = {
    granularity, period: f.period ?? "", origin: end(f.origin), destination: end(f.destination), via: f.via.map(end),
    claims: f.claims.length, documents: f.documents.length, sources: f.sources, figures: f.figures.length, low: f.low, high: f.high,
    contradictions: f.contradictionCount ?? 0,
  };
  if (f.latest) s.latest = f.latest;
  if (f.first) { s.first = f.first; s.last = f.last; }
  return s;
}

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
