// The actor network: entities tied by membership, leadership, allegiance, alliance and
// conflict claims; each edge weighted by the independent sources that state it; communities
// found by Louvain modularity over the cooperative ties (conflict edges are kept in the
// network but do not pull enemies into one community).
import { UndirectedGraph } from "graphology";
import louvainModule from "graphology-communities-louvain";
import type { Arg, EntityType } from "../extract/contract.js";
import type { ClaimQuery, Store, StoredClaim } from "../store/store.js";
import { claimRef } from "./claim-ref.js";
import { entitiesById } from "./entity-lookup.js";
import { claimDate } from "./periods.js";
import { independentSources } from "./sources.js";

export const NETWORK_TYPES = ["membership", "leadership", "allegiance", "alliance", "conflict"] as const;
export type NetworkEdgeType = (typeof NETWORK_TYPES)[number];

/** Which role is the tail and which the head of an edge; alliance ties every pair of its parties. */
const ENDS: Record<Exclude<NetworkEdgeType, "alliance">, [string, string]> = {
  membership: ["member", "group"],
  leadership: ["leader", "group"],
  allegiance: ["subject", "group"],
  conflict: ["actor", "target"],
};

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
  sources: string[];
  documents: number;
  /** DOCUMENT#CLAIM of the claims behind it. */
  claims: string[];
  first?: string;
  last?: string;
}

export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  communities: { id: number; size: number; members: string[] }[];
  /** Louvain modularity of the partition (higher: clearer communities); null without edges. */
  modularity: number | null;
}

export interface NetworkQuery extends Pick<ClaimQuery, "since" | "until"> {
  /** Only ties of these types (default all five). */
  types?: NetworkEdgeType[];
  /** Only ties of claims that involve this entity: its neighbourhood. */
  entity?: string;
  /** Leave out ties stated by fewer independent sources (default 1). */
  minSources?: number;
  /** Louvain resolution: above 1 gives more, smaller communities. Default 1. */
  resolution?: number;
}

// The package is CommonJS whose typings declare an ES default; at run time the import is the function.
const louvain = louvainModule as unknown as typeof louvainModule.default;

const list = (a: Arg | Arg[] | undefined): Arg[] => (a == null ? [] : Array.isArray(a) ? a : [a]);
const linked = (a: Arg | Arg[] | undefined) => [...new Set(list(a).map((x) => x.entity).filter((e): e is string => !!e))];

/** The (tail, head) pairs one claim states; only linked entities can be nodes. */
function pairsOf(c: StoredClaim): [string, string][] {
  if (c.type === "alliance") {
    const parties = linked(c.args.parties).sort();
    const out: [string, string][] = [];
    for (let i = 0; i < parties.length; i++) for (let j = i + 1; j < parties.length; j++) out.push([parties[i], parties[j]]);
    return out;
  }
  const [tail, head] = ENDS[c.type as keyof typeof ENDS];
  return linked(c.args[tail]).flatMap((t) => linked(c.args[head]).filter((h) => h !== t).map((h): [string, string] => [t, h]));
}

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

export async function computeNetwork(store: Store, query: NetworkQuery = {}): Promise<Network> {
  const types = query.types?.length ? query.types : [...NETWORK_TYPES];
  // edges show claim references and sources, never evidence: a store that can skip the text does
  const batches = await Promise.all(types.map((type) => store.listClaims({ type, entity: query.entity, since: query.since, until: query.until, evidence: false })));
  const grouped = new Map<string, { type: NetworkEdgeType; source: string; target: string; claims: StoredClaim[] }>();
  for (const c of batches.flat()) {
    // a denial is not a tie; corroboration shows it against the claims it denies
    if (c.modality === "negated") continue;
    for (const [s, t] of pairsOf(c)) {
      const id = `${c.type}:${s}->${t}`;
      let g = grouped.get(id);
      if (!g) grouped.set(id, (g = { type: c.type as NetworkEdgeType, source: s, target: t, claims: [] }));
      g.claims.push(c);
    }
  }
  const minSources = query.minSources ?? 1;
  const edges: NetworkEdge[] = [];
  for (const [id, g] of grouped) {
    const sources = independentSources(g.claims).map((s) => s.label);
    if (sources.length < minSources) continue;
    const dates = g.claims.map((c) => claimDate(c)?.date).filter((d): d is string => !!d).sort();
    const e: NetworkEdge = {
      id, type: g.type, source: g.source, target: g.target, directed: g.type !== "alliance",
      weight: sources.length, sources, documents: new Set(g.claims.map((c) => c.source.documentId)).size,
      claims: g.claims.map(claimRef),
    };
    if (dates.length) { e.first = dates[0]; e.last = dates[dates.length - 1]; }
    edges.push(e);
  }
  edges.sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id));

  const ids = [...new Set(edges.flatMap((e) => [e.source, e.target]))].sort();
  const entities = await entitiesById(store, ids);

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
  };
}
