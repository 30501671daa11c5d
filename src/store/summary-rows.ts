// What one claim adds to the route and edge summaries (docs/decisions/store.md, "Third pass"):
// a flow claim gives a row per (origin, destination) it states, a tie claim a row per
// (tail, head) pair. The rows are written beside the claim at ingest and are what the
// summaries are recomputed from, so a summary is always a function of the stored claims.
import type { Arg, Claim } from "../extract/contract.js";
import { sourceKey, sourceLabel } from "./source-key.js";

/** The claim types the network draws, and which roles are the tail and head of their edges. */
export const TIE_TYPES = ["membership", "leadership", "allegiance", "alliance", "conflict"] as const;
export type TieType = (typeof TIE_TYPES)[number];
export const TIE_ENDS: Record<Exclude<TieType, "alliance">, [string, string]> = {
  membership: ["member", "group"],
  leadership: ["leader", "group"],
  allegiance: ["subject", "group"],
  conflict: ["actor", "target"],
};

/** Where a flow claim was read: enough of its document to order, source and name the claim. */
export interface SummaryDocument {
  id: string;
  seq: number;
  title?: string | null;
  url?: string | null;
  publisher?: string | null;
  published?: string | null;
}

/** A place on a route: an entity id when linked, else a key made from the text. */
export interface RouteEnd {
  key: string;
  entity?: string;
  /** The text the claim used (shown when the end is not linked). */
  text: string;
}

/** One figure (or figureless mention) of a route, with what orders and sources it. */
export interface RouteFigure {
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

/** Claim order, as every store lists claims: published date (undated last), document, offset. */
export interface ClaimPosition {
  claimSeq: number;
  docSeq: number;
  published: string | null;
  evidenceStart: number;
}

export interface RouteRow extends ClaimPosition {
  origin: RouteEnd;
  destination: RouteEnd;
  via: RouteEnd[];
  /** "2014", "2014-10" (or the year when the date has no month); "undated" without a date. */
  year: string;
  month: string;
  /** The claim as a figure; `hasFigure` says whether it gives a number. */
  figure: RouteFigure;
  hasFigure: boolean;
  sourceKey: string;
}

export interface EdgeRow extends ClaimPosition {
  type: TieType;
  tail: string;
  head: string;
  claimId: string;
  documentId: string;
  date?: string;
  sourceKey: string;
  sourceLabel: string;
}

export const UNDATED = "undated";
export const UNKNOWN_END: RouteEnd = { key: "?", text: "(unknown)" };

const list = (a: Arg | Arg[] | undefined): Arg[] => (a == null ? [] : Array.isArray(a) ? a : [a]);
const end = (a: Arg): RouteEnd => (a.entity ? { key: a.entity, entity: a.entity, text: a.text } : { key: `text:${a.text.toLowerCase()}`, text: a.text });

/** "2014" or "2014-10"; undefined for a date that does not start with a year. */
export function periodOf(date: string | undefined, granularity: "year" | "month"): string | undefined {
  if (!date) return undefined;
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(date);
  if (!m) return undefined;
  if (granularity === "year") return m[1];
  return m[2] ? `${m[1]}-${m[2]}` : m[1];
}

function claimSource(doc: SummaryDocument, c: Claim) {
  return {
    attribution: c.attribution,
    source: { documentId: doc.id, title: doc.title ?? undefined, url: doc.url ?? undefined, publisher: doc.publisher ?? undefined, published: doc.published ?? undefined, evidenceText: "" },
  };
}

/** The route rows of a flow claim: one per (origin, destination), an unnamed end as "?". */
export function routeRowsOf(doc: SummaryDocument, c: Claim, claimSeq: number): RouteRow[] {
  if (c.type !== "flow") return [];
  const origins = list(c.args.origin), dests = list(c.args.destination);
  // a flow with neither end says nothing about a route
  if (origins.length === 0 && dests.length === 0) return [];
  const via: RouteEnd[] = [];
  for (const v of list(c.args.via).map(end)) if (!via.some((x) => x.key === v.key)) via.push(v);
  const date = c.time?.value ?? doc.published ?? undefined;
  const q = c.quantity;
  const figure: RouteFigure = {
    value: q?.value ?? null, low: q?.low ?? null, high: q?.high ?? null, bound: q?.bound ?? "exact", text: q?.text ?? "",
    approx: q?.approx, unit: q?.unit, modality: c.modality, date, dateFrom: c.time?.value ? "claim" : "published",
    claimId: c.id, documentId: doc.id, source: doc.publisher ?? doc.title ?? doc.id.slice(0, 12),
  };
  if (!q) { delete figure.approx; delete figure.unit; }
  if (!date) { delete figure.date; }
  const hasFigure = !!q && (q.value != null || q.low != null || q.high != null);
  const base = {
    claimSeq, docSeq: doc.seq, published: doc.published ?? null, evidenceStart: c.evidence[0], via,
    year: periodOf(date, "year") ?? UNDATED, month: periodOf(date, "month") ?? UNDATED,
    figure, hasFigure, sourceKey: sourceKey(claimSource(doc, c)),
  };
  const rows: RouteRow[] = [];
  const seen = new Set<string>();
  for (const o of origins.length ? origins.map(end) : [UNKNOWN_END]) {
    for (const d of dests.length ? dests.map(end) : [UNKNOWN_END]) {
      // a claim naming one place twice is one route, once
      const k = `${o.key}\u0000${d.key}`;
      if (seen.has(k)) continue;
      seen.add(k);
      rows.push({ ...base, origin: o, destination: d });
    }
  }
  return rows;
}

const linked = (a: Arg | Arg[] | undefined) => [...new Set(list(a).map((x) => x.entity).filter((e): e is string => !!e))];

/** The (tail, head) pairs a tie claim states; only linked entities can be nodes. */
export function tiePairs(c: Pick<Claim, "type" | "args">): [string, string][] {
  if (c.type === "alliance") {
    const parties = linked(c.args.parties).sort();
    const out: [string, string][] = [];
    for (let i = 0; i < parties.length; i++) for (let j = i + 1; j < parties.length; j++) out.push([parties[i], parties[j]]);
    return out;
  }
  const ends = TIE_ENDS[c.type as keyof typeof TIE_ENDS];
  if (!ends) return [];
  const [tail, head] = ends;
  return linked(c.args[tail]).flatMap((t) => linked(c.args[head]).filter((h) => h !== t).map((h): [string, string] => [t, h]));
}

/** The edge rows of a tie claim; a denial is not a tie and gives none. */
export function edgeRowsOf(doc: SummaryDocument, c: Claim, claimSeq: number): EdgeRow[] {
  if (!(TIE_TYPES as readonly string[]).includes(c.type) || c.modality === "negated") return [];
  const pairs = tiePairs(c);
  if (!pairs.length) return [];
  const s = claimSource(doc, c);
  const date = c.time?.value ?? doc.published ?? undefined;
  const base = {
    claimSeq, docSeq: doc.seq, published: doc.published ?? null, evidenceStart: c.evidence[0], type: c.type as TieType,
    claimId: c.id, documentId: doc.id, sourceKey: sourceKey(s), sourceLabel: sourceLabel(s),
  };
  return pairs.map(([tail, head]) => (date ? { ...base, tail, head, date } : { ...base, tail, head }));
}

/**
 * The claim order as one sortable string, so a store can find a route's first claim or its
 * latest figure on an index: \u0001 sorts below every character of a date.
 */
export function claimOrderKey(r: ClaimPosition): string {
  const pad = (n: number, w: number) => String(n).padStart(w, "0");
  return `${r.published == null ? "1" : "0"}${r.published ?? ""}\u0001${pad(r.docSeq, 12)}\u0001${pad(r.evidenceStart, 9)}\u0001${pad(r.claimSeq, 12)}`;
}

/** The columns a store keeps beside a route row, for summing a route up in SQL. */
export function routeRowColumns(r: RouteRow) {
  const numbers = [r.figure.value, r.figure.low, r.figure.high].filter((n): n is number => n != null);
  return {
    year: r.year, month: r.month, sourceKey: r.sourceKey, hasFigure: r.hasFigure ? 1 : 0,
    figLow: r.hasFigure ? Math.min(...numbers) : null, figHigh: r.hasFigure ? Math.max(...numbers) : null,
    date: r.figure.date ?? null, ord: claimOrderKey(r), via: r.via.length ? JSON.stringify(r.via) : null,
  };
}

/** Orders rows as the stores order claims. */
export function byClaimOrder(a: ClaimPosition, b: ClaimPosition): number {
  if (a.published !== b.published) {
    if (a.published == null) return 1;
    if (b.published == null) return -1;
    return a.published < b.published ? -1 : 1;
  }
  return a.docSeq - b.docSeq || a.evidenceStart - b.evidenceStart || a.claimSeq - b.claimSeq;
}
