// The actor network: entities tied by membership, leadership, allegiance, alliance and
// conflict claims; each edge weighted by the independent sources that state it; communities
// found by Louvain modularity over the cooperative ties (conflict edges are kept in the
// network but do not pull enemies into one community).
import { UndirectedGraph } from "graphology";
import louvainModule from "graphology-communities-louvain";
import type { EntityType } from "../extract/contract.js";
import { edgeOrder, summariseEdges, type EdgeSummary } from "../store/route-summary.js";
import type { ClaimQuery, Store, StoredClaim } from "../store/store.js";
import { byClaimOrder, edgeRowsOf, TIE_TYPES, type EdgeRow } from "../store/summary-rows.js";
import { entitiesById } from "./entity-lookup.js";
import { keptUntilWrite } from "./revision-cache.js";

export const NETWORK_TYPES = TIE_TYPES;
export type NetworkEdgeType = (typeof NETWORK_TYPES)[number];

export interface NetworkNode {
  id: string;
  name: string;
  type?: EntityType;
  country?: string;
  /** Community number; nodes sharing it are more tied to each other than to the rest. */
  community: number;
  /** Sum of the weights of its edges. */
  strength: number;
}

export interface NetworkEdge {
  id: string;
  type: NetworkEdgeType;
  source: string;
  target: string;
  /** Alliance is mutual; the other types point from member, leader, subject or attacker. */
  directed: boolean;
  /** Number of independent sources stating the tie. */
  weight: number;
  /** The first sources by name (SOURCE_LABELS); `weight` counts them all. */
  sources: string[];
  documents: number;
  /** How many claims state it; `edgeClaims` pages through them. */
  claimCount: number;
  first?: string;
  last?: string;
}

export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  communities: { id: number; size: number; members: string[] }[];
  /** Louvain modularity of the partition (higher: clearer communities); null without edges. */
  modularity: number | null;
  /** Edges and nodes of the whole network the query asks for; `edges` holds the heaviest `limit`. */
  totalEdges: number;
  totalNodes: number;
}

export interface NetworkQuery extends Pick<ClaimQuery, "since" | "until"> {
  /** Only ties of these types (default all five). */
  types?: NetworkEdgeType[];
  /** Only ties with this entity at one end: its neighbourhood. */
  entity?: string;
  /** Leave out ties stated by fewer independent sources (default 1). */
  minSources?: number;
  /** Louvain resolution: above 1 gives more, smaller communities. Default 1. */
  resolution?: number;
  /** The heaviest this many ties (default all); communities are found among them. */
  limit?: number;
}

/** Ties the web app draws by default: more is unreadable as a picture. */
export const DEFAULT_NETWORK_LIMIT = 300;

// The package is CommonJS whose typings declare an ES default; at run time the import is the function.
const louvain = louvainModule as unknown as typeof louvainModule.default;

/** A fixed seed, so the same store gives the same communities every time (mulberry32). */
function seededRandom(seed = 0x2f6b3c1d): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The tie summaries a query asks for: kept at ingest by stores that have them; read from the
 * claims when dates are asked for (a summary covers all time) or the store keeps none.
 */
async function tieSummaries(store: Store, query: NetworkQuery, types: readonly NetworkEdgeType[]): Promise<{ edges: EdgeSummary[]; total: number; nodes: number }> {
  const minWeight = query.minSources ?? 1;
  if (store.edgeSummaries && !query.since && !query.until) {
    const asked = { types, touching: query.entity ? [query.entity] : undefined, minWeight };
    // the totals cost more than the heaviest ties (a count of distinct actors over every tie) and
    // change only with a write: kept until then, where the store can say when that is
    const [top, totals] = await Promise.all([
      store.edgeSummaries({ ...asked, limit: query.limit, counts: false }),
      keptUntilWrite(store, `network-totals ${JSON.stringify(asked)}`, () => store.edgeSummaries!({ ...asked, limit: 0 })),
    ]);
    return { edges: top.edges, total: totals.total, nodes: totals.nodes };
  }
  const batches = await Promise.all(types.map((type) => store.listClaims({ type, entity: query.entity, since: query.since, until: query.until, evidence: false })));
  // each batch is in claim order on its own (one type each)
  const rows = batches.flatMap(rowsInClaimOrder);
  const all = summariseEdges(rows)
    .filter((e) => e.weight >= minWeight && (!query.entity || e.tail === query.entity || e.head === query.entity))
    .sort(edgeOrder);
  const nodes = new Set(all.flatMap((e) => [e.tail, e.head])).size;
  return { edges: query.limit != null ? all.slice(0, query.limit) : all, total: all.length, nodes };
}

/** Edge rows of claims listed in claim order; their places in the list stand in for the store's keys. */
function rowsInClaimOrder(claims: StoredClaim[]): EdgeRow[] {
  const docs = new Map<string, number>();
  const rows: EdgeRow[] = [];
  claims.forEach((c, i) => {
    let seq = docs.get(c.source.documentId);
    if (seq === undefined) docs.set(c.source.documentId, (seq = docs.size + 1));
    const doc = { id: c.source.documentId, seq, title: c.source.title, url: c.source.url, publisher: c.source.publisher, published: c.source.published };
    for (const r of edgeRowsOf(doc, c, i + 1)) rows.push({ ...r, published: null, evidenceStart: i });
  });
  return rows;
}

export async function computeNetwork(store: Store, query: NetworkQuery = {}): Promise<Network> {
  const types = query.types?.length ? query.types : [...NETWORK_TYPES];
  const summary = await tieSummaries(store, query, types);
  const edges: NetworkEdge[] = summary.edges.sort(edgeOrder).map((s) => {
    const e: NetworkEdge = {
      id: `${s.type}:${s.tail}->${s.head}`, type: s.type, source: s.tail, target: s.head, directed: s.type !== "alliance",
      weight: s.weight, sources: s.sources, documents: s.documents, claimCount: s.claims,
    };
    if (s.first) { e.first = s.first; e.last = s.last; }
    return e;
  });

  const ids = [...new Set(edges.flatMap((e) => [e.source, e.target]))].sort();
  const entities = await entitiesById(store, ids, { counts: false });

  // Communities over cooperative ties only, parallel ties merged with their weights summed.
  const graph = new UndirectedGraph();
  for (const id of ids) graph.addNode(id);
  for (const e of edges) {
    if (e.type === "conflict") continue;
    if (graph.hasEdge(e.source, e.target)) graph.updateEdgeAttribute(e.source, e.target, "weight", (w: number) => w + e.weight);
    else graph.addEdge(e.source, e.target, { weight: e.weight });
  }
  let community: Record<string, number> = {};
  let modularity: number | null = null;
  if (graph.size > 0) {
    const result = louvain.detailed(graph, { getEdgeWeight: "weight", rng: seededRandom(), resolution: query.resolution ?? 1 });
    community = result.communities;
    modularity = result.modularity;
  }
  const strength = new Map<string, number>();
  for (const e of edges) for (const n of [e.source, e.target]) strength.set(n, (strength.get(n) ?? 0) + e.weight);

  // Communities are numbered by size, largest first; an isolated node gets its own.
  const raw = new Map<string, string[]>();
  for (const id of ids) {
    const k = id in community ? `c${community[id]}` : `n${id}`;
    raw.set(k, [...(raw.get(k) ?? []), id]);
  }
  const ordered = [...raw.values()].map((members) => members.sort((a, b) => (strength.get(b) ?? 0) - (strength.get(a) ?? 0) || a.localeCompare(b)))
    .sort((a, b) => b.length - a.length || a[0].localeCompare(b[0]));
  const number = new Map<string, number>();
  ordered.forEach((members, i) => members.forEach((m) => number.set(m, i)));

  const nodes: NetworkNode[] = ids.map((id) => {
    const e = entities.get(id);
    const node: NetworkNode = { id, name: e?.name ?? id, community: number.get(id)!, strength: strength.get(id) ?? 0 };
    if (e?.type) node.type = e.type;
    if (e?.country) node.country = e.country;
    return node;
  }).sort((a, b) => b.strength - a.strength || a.id.localeCompare(b.id));
  return {
    nodes, edges, modularity,
    communities: ordered.map((members, id) => ({ id, size: members.length, members })),
    totalEdges: summary.total, totalNodes: summary.nodes,
  };
}

export interface EdgeClaimsQuery {
  type: NetworkEdgeType;
  source: string;
  target: string;
  limit?: number;
  offset?: number;
}

export interface EdgeClaim {
  /** DOCUMENT#CLAIM. */
  claim: string;
  source: string;
  date?: string;
}

/** The claims behind one tie, in claim order, a page at a time. */
export async function edgeClaims(store: Store, query: EdgeClaimsQuery): Promise<{ items: EdgeClaim[]; total: number }> {
  let rows: EdgeRow[];
  if (store.edgeRows) {
    rows = await store.edgeRows({ types: [query.type], tail: [query.source], head: [query.target] });
  } else {
    rows = rowsInClaimOrder(await store.listClaims({ type: query.type, entities: [query.source, query.target], evidence: false }));
  }
  rows = rows.filter((r) => r.tail === query.source && r.head === query.target).sort(byClaimOrder);
  const offset = query.offset ?? 0;
  const page = rows.slice(offset, query.limit == null ? undefined : offset + query.limit);
  return {
    items: page.map((r) => (r.date ? { claim: `${r.documentId}#${r.claimId}`, source: r.sourceLabel, date: r.date } : { claim: `${r.documentId}#${r.claimId}`, source: r.sourceLabel })),
    total: rows.length,
  };
}
