// Flows of people: origin → destination, with the range of figures across sources, the
// sources themselves and the latest estimate. Read through the Store only.
import type { Arg } from "../extract/contract.js";
import type { ClaimQuery, Store, StoredClaim } from "../store/store.js";
import { claimRef } from "./claim-ref.js";
import { entitiesById } from "./entity-lookup.js";
import { DEFAULT_TOLERANCE, figureInterval, type FigureTolerance } from "./figures.js";
import { claimPeriod, type PeriodGranularity } from "./periods.js";

export interface FlowEndpoint {
  /** Entity id when the argument is linked, else a key made from its text. */
  key: string;
  entity?: string;
  name: string;
  lat?: number;
  lon?: number;
}

export interface FlowFigure {
  value: number | null;
  low: number | null;
  high: number | null;
  bound: string;
  text: string;
  approx?: boolean;
  unit?: string;
  modality?: string;
  /** The claim's own time, else the document's published date. */
  date?: string;
  /** Whether `date` is the claim's own time or only its document's publication date. */
  dateFrom?: "claim" | "published";
  claimId: string;
  documentId: string;
  source: string;
}

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
          f = { origin: o, destination: d, via: [], claims: [], documents: [], low: null, high: null, figures: [] };
          if (when) f.period = when;
          flows.set(k, f);
          documentSets.set(f, new Set());
        }
        f.claims.push(claimRef(c));
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
  if (period) {
    for (const f of flows.values()) {
      const { listed, count } = figureContradictions(f.figures, tolerance ?? DEFAULT_TOLERANCE);
      f.contradictions = listed;
      f.contradictionCount = count;
    }
  }
  return [...flows.values()].sort((a, b) => (a.period ?? "").localeCompare(b.period ?? "") || b.documents.length - a.documents.length || b.claims.length - a.claims.length
    || (b.high ?? 0) - (a.high ?? 0) || a.origin.name.localeCompare(b.origin.name));
}

// one formatter for all figures: toLocaleString builds one per call
const en = new Intl.NumberFormat("en-US");
const fmt = (f: FlowFigure) => f.value != null
  ? `${f.approx || f.bound === "about" ? "~" : f.bound === "at_least" ? "≥" : f.bound === "at_most" ? "≤" : ""}${en.format(f.value)}`
  : f.text;

/**
 * Pairs of figures within one period that disagree; estimates dated to different months are
 * snapshots, not a dispute. A busy route has hundreds of figures in a year, so each figure's
 * interval and text are made once, not once per pair (figuresDisagree, unrolled).
 */
function figureContradictions(figures: FlowFigure[], tol: FigureTolerance): { listed: FlowContradiction[]; count: number } {
  const out: FlowContradiction[] = [];
  let count = 0;
  const intervals = figures.map((f) => figureInterval(f, tol));
  const text = new Map<FlowFigure, string>();
  const shown = (f: FlowFigure) => { let t = text.get(f); if (t === undefined) text.set(f, (t = fmt(f))); return t; };
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
      if ((x[1] < y[0] || y[1] < x[0]) && ++count <= CONTRADICTION_LIMIT) {
        out.push({ claims: [`${a.documentId}#${a.claimId}`, `${b.documentId}#${b.claimId}`], sources: [a.source, b.source], detail: `${shown(a)} vs ${shown(b)}` });
      }
    }
  }
  return { listed: out, count };
}
