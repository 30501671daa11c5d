// Route and edge summaries as a person's merge decisions show them. The backend keeps summaries
// by the ids each report gave; a route or tie with a merged id at an end is recomputed here from
// its rows with every id shown under its root (so "ISIS → Syria" and "ISIL → Syria" count as one
// route, sources counted once), and the rest come from the backend as they are.
import {
  edgeOrder, periodWithin, routeOrder, summariseEdges, summariseRoutes,
  type EdgeSummary, type RouteSummary,
} from "../store/route-summary.js";
import type { EdgeQuery, RouteQuery, RouteRowQuery, Store } from "../store/store.js";
import type { EdgeRow, RouteEnd, RouteRow } from "../store/summary-rows.js";
import type { Resolution } from "./resolution.js";

type Summaries = Required<Pick<Store, "routeSummaries" | "routeRows" | "edgeSummaries" | "edgeRows">>;

/** Every id a merge touches: the roots and the ids merged into them. */
function mergedIds(r: Resolution): string[] {
  return [...r.groups()].flatMap(([root, members]) => [root, ...members]);
}

/** The ids a query names, each widened to its whole group. */
function widen(r: Resolution, ids: string[] | undefined): string[] | undefined {
  return ids && [...new Set(ids.flatMap((id) => r.group(r.rootOf(id))))];
}

function rootEnd(r: Resolution, e: RouteEnd): RouteEnd {
  if (!e.entity) return e;
  const root = r.rootOf(e.entity);
  return root === e.entity ? e : { ...e, key: root, entity: root };
}

function rootVia(r: Resolution, via: RouteEnd[]): RouteEnd[] {
  const out: RouteEnd[] = [];
  for (const v of via.map((x) => rootEnd(r, x))) if (!out.some((x) => x.key === v.key)) out.push(v);
  return out;
}

/** Rows with their ends under their roots; a claim naming two merged ids keeps one row. */
function rootRouteRows(r: Resolution, rows: RouteRow[]): RouteRow[] {
  const seen = new Set<string>();
  const out: RouteRow[] = [];
  for (const row of rows) {
    const mapped = { ...row, origin: rootEnd(r, row.origin), destination: rootEnd(r, row.destination), via: rootVia(r, row.via) };
    const k = `${row.claimSeq}\u0000${mapped.origin.key}\u0000${mapped.destination.key}`;
    if (!seen.has(k)) { seen.add(k); out.push(mapped); }
  }
  return out;
}

function rootEdgeRows(r: Resolution, rows: EdgeRow[]): EdgeRow[] {
  const seen = new Set<string>();
  const out: EdgeRow[] = [];
  for (const row of rows) {
    let [tail, head] = [r.rootOf(row.tail), r.rootOf(row.head)];
    // a tie between two ids now shown as one actor is no tie; alliance pairs stay in sorted order
    if (tail === head) continue;
    if (row.type === "alliance" && head < tail) [tail, head] = [head, tail];
    const k = `${row.claimSeq}\u0000${tail}\u0000${head}`;
    if (!seen.has(k)) { seen.add(k); out.push({ ...row, tail, head }); }
  }
  return out;
}

export async function resolvedRouteSummaries(inner: Summaries, r: Resolution, q: RouteQuery): Promise<{ routes: RouteSummary[]; total: number }> {
  if (r.isEmpty) return inner.routeSummaries(q);
  const merged = mergedIds(r);
  const offset = q.offset ?? 0;
  const [rest, rows] = await Promise.all([
    inner.routeSummaries({
      ...q, touching: widen(r, q.touching), origin: widen(r, q.origin), destination: widen(r, q.destination),
      exclude: [...(q.exclude ?? []), ...merged], offset: 0, limit: q.limit == null ? undefined : offset + q.limit,
    }),
    inner.routeRows({ touching: merged }),
  ]);
  const wanted = (ids: string[] | undefined, key: string) => !ids || ids.some((id) => r.rootOf(id) === key);
  const rejoined = summariseRoutes(rootRouteRows(r, rows), [q.granularity]).filter((s) =>
    (q.period == null || s.period === q.period) && periodWithin(s.period, q.since, q.until)
    && wanted(q.origin, s.origin.key) && wanted(q.destination, s.destination.key)
    && (!q.touching || [s.origin, s.destination, ...s.via].some((e) => wanted(q.touching, e.key))));
  const shown = rest.routes.map((s) => ({ ...s, via: rootVia(r, s.via) }));
  const all = [...shown, ...rejoined].sort(routeOrder);
  return { routes: all.slice(offset, q.limit == null ? undefined : offset + q.limit), total: rest.total + rejoined.length };
}

export async function resolvedRouteRows(inner: Summaries, r: Resolution, q: RouteRowQuery): Promise<RouteRow[]> {
  if (r.isEmpty) return inner.routeRows(q);
  const rows = await inner.routeRows({ touching: widen(r, q.touching), origin: widen(r, q.origin), destination: widen(r, q.destination) });
  return rootRouteRows(r, rows);
}

export async function resolvedEdgeSummaries(inner: Summaries, r: Resolution, q: EdgeQuery = {}): Promise<{ edges: EdgeSummary[]; total: number; nodes: number }> {
  if (r.isEmpty) return inner.edgeSummaries(q);
  const merged = mergedIds(r);
  const backendQuery: EdgeQuery = { ...q, touching: widen(r, q.touching), tail: widen(r, q.tail), head: widen(r, q.head), exclude: [...(q.exclude ?? []), ...merged] };
  const [rest, rows] = await Promise.all([
    inner.edgeSummaries(backendQuery),
    inner.edgeRows({ types: q.types, touching: merged }),
  ]);
  const wanted = (ids: string[] | undefined, key: string) => !ids || ids.some((id) => r.rootOf(id) === key);
  const rejoined = summariseEdges(rootEdgeRows(r, rows)).filter((e) =>
    e.weight >= (q.minWeight ?? 1) && wanted(q.tail, e.tail) && wanted(q.head, e.head)
    && (!q.touching || wanted(q.touching, e.tail) || wanted(q.touching, e.head)));
  const edges = [...rest.edges, ...rejoined].sort(edgeOrder);
  // nodes: the backend's count without the merged ids, plus the actors the rejoined ties reach
  // that none of the backend's ties did (looked up by their own ties, a few)
  const reached = new Set(rejoined.flatMap((e) => [e.tail, e.head]));
  const others = [...reached].filter((id) => !merged.includes(id));
  if (others.length) {
    // a neighbourhood's ties are few: read them all; else only the ties of those actors
    const theirs = q.touching
      ? (rest.edges.length === rest.total ? rest : await inner.edgeSummaries({ ...backendQuery, limit: undefined }))
      : await inner.edgeSummaries({ ...backendQuery, touching: others, limit: undefined });
    for (const e of theirs.edges) { reached.delete(e.tail); reached.delete(e.head); }
  }
  return { edges: q.limit == null ? edges : edges.slice(0, q.limit), total: rest.total + rejoined.length, nodes: rest.nodes + reached.size };
}

export async function resolvedEdgeRows(inner: Summaries, r: Resolution, q: EdgeQuery): Promise<EdgeRow[]> {
  if (r.isEmpty) return inner.edgeRows(q);
  const rows = await inner.edgeRows({ ...q, touching: widen(r, q.touching), tail: widen(r, q.tail), head: widen(r, q.head) });
  return rootEdgeRows(r, rows);
}
