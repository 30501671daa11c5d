// The store as a person's merge decisions show it. Extraction rows keep the ids each report
// gave; this wrapper applies the decisions when reading (docs/decisions/resolve.md): an id
// merged into another is shown as that one, its names become aliases, its documents, mentions
// and claims count for it. With no merges every call goes straight to the backend.
import { nameKey } from "../store/entity-merge.js";
import { mentionsInOrder } from "../store/claim-order.js";
import type { GroupCounts } from "../store/merge-decisions.js";
import type {
  ClaimFacets, ClaimQuery, DocumentMention, EdgeQuery, EntityQuery, EntityReadOptions, RouteQuery, RouteRowQuery, Store, StoreStats, StoredClaim, StoredDocument, StoredEntity,
} from "../store/store.js";
import type { Arg, Claim } from "../extract/contract.js";
import { foldGroup } from "./merged-entity.js";
import { resolvedEdgeRows, resolvedEdgeSummaries, resolvedRouteRows, resolvedRouteSummaries } from "./resolved-summaries.js";
import { Resolution } from "./resolution.js";

const RESOLVED = Symbol.for("dossier.resolvedStore");

/** Optional Store methods this wrapper resolves: offered only where the backend has them. */
const RESOLVED_OPTIONAL = new Set<PropertyKey>([
  "countClaims", "claimFacets", "documentMentions", "routeSummaries", "routePeriods", "routeRows", "edgeSummaries", "edgeRows",
]);

/** Backend methods that read no entity ids, offered as they are. */
const PASS_THROUGH = new Set<PropertyKey>([
  "putDocument", "putDocuments", "hasDocument", "extractorVersion", "getDocument", "listDocuments",
  "search", "recordMergeDecision", "listMergeDecisions", "countEntityGroups",
  // merge decisions are writes too, so the backend's revision covers them
  "revision",
]);

/**
 * Wraps a store so that every read shows merged entities as one. Idempotent. A method only the
 * backend has (a query fast path) would show raw ids, so it is offered only while nothing is merged.
 */
export async function resolveMerges(store: Store): Promise<Store> {
  if ((store as unknown as Record<symbol, unknown>)[RESOLVED]) return store;
  const resolved = new ResolvedStore(store);
  await resolved.resolution();
  return new Proxy(resolved, {
    get(target, prop, receiver) {
      if (prop === RESOLVED) return true;
      if (RESOLVED_OPTIONAL.has(prop) && typeof Reflect.get(store, prop) !== "function") return undefined;
      if (prop in target) return Reflect.get(target, prop, receiver);
      const value = Reflect.get(store, prop) as unknown;
      if (typeof value !== "function") return value;
      if (!PASS_THROUGH.has(prop) && target.mergesKnown) return undefined;
      return value.bind(store);
    },
  }) as unknown as Store;
}

/** The backend under a resolved store (raw ids, each entity as its reports gave it). */
export function unresolved(store: Store): Store {
  return store instanceof ResolvedStore ? store.inner : store;
}

type Order = (a: StoredEntity, b: StoredEntity) => number;

export class ResolvedStore implements Store {
  /** Whether the last read of the decisions found any merge. */
  mergesKnown = false;

  constructor(readonly inner: Store) {}

  get kind() { return this.inner.kind; }
  get location() { return this.inner.location; }

  /** The decisions as they stand now: read on every query, so merges made elsewhere show at once. */
  async resolution(): Promise<Resolution> {
    const r = Resolution.from(this.inner.listMergeDecisions ? await this.inner.listMergeDecisions() : []);
    this.mergesKnown = !r.isEmpty;
    return r;
  }

  putDocument(...args: Parameters<Store["putDocument"]>) { return this.inner.putDocument(...args); }
  hasDocument(id: string) { return this.inner.hasDocument(id); }
  getDocument(id: string) { return this.inner.getDocument(id); }
  listDocuments(...args: Parameters<Store["listDocuments"]>) { return this.inner.listDocuments(...args); }
  search(words: string, limit?: number) { return this.inner.search(words, limit); }
  close() { return this.inner.close(); }

  async getEntity(id: string): Promise<StoredEntity | undefined> {
    const r = await this.resolution();
    const root = r.rootOf(id);
    const group = r.group(root);
    if (group.length === 1) return this.inner.getEntity(root);
    return (await this.fold([[root, group.slice(1)]]))[0];
  }

  async getEntities(ids: string[], options: EntityReadOptions = {}): Promise<StoredEntity[]> {
    const r = await this.resolution();
    const roots = [...new Set(ids.map((id) => r.rootOf(id)))];
    const groups = r.groups();
    const plain = roots.filter((id) => !groups.has(id));
    const merged = roots.filter((id) => groups.has(id)).map((id): [string, string[]] => [id, groups.get(id)!]);
    return [...(await this.rawEntities(plain, options)), ...(await this.fold(merged, options))];
  }

  async findEntities(query: EntityQuery = {}): Promise<StoredEntity[]> {
    const r = await this.resolution();
    if (r.isEmpty) return this.inner.findEntities(query);
    const groups = r.groups();
    const hidden = new Set([...groups].flatMap(([root, members]) => [root, ...members]));
    const key = query.name ? nameKey(query.name) : "";
    const names = (e: StoredEntity) => [e.name, ...e.aliases].map(nameKey);
    const shown = (await this.fold([...groups])).filter((e) =>
      (!query.type || e.type === query.type) && (!key || names(e).some((n) => n.includes(key))));
    const offset = query.offset ?? 0;
    const end = query.limit == null ? undefined : offset + query.limit;
    // enough of the backend's own order that, once the grouped ids are taken out, the page is full
    const raw = await this.inner.findEntities({ ...query, offset: 0, limit: end == null ? undefined : end + hidden.size });
    const rest = raw.filter((e) => !hidden.has(e.id));
    const order: Order = (a, b) =>
      (key ? Number(!names(a).includes(key)) - Number(!names(b).includes(key)) : 0) ||
      b.documents - a.documents || b.mentions - a.mentions || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || (a.id < b.id ? -1 : 1);
    return insertInOrder(rest, shown.sort(order), order).slice(offset, end);
  }

  async entityDocuments(id: string): Promise<StoredDocument[]> {
    const r = await this.resolution();
    const group = r.group(r.rootOf(id));
    if (group.length === 1) return this.inner.entityDocuments(group[0]);
    const byId = new Map<string, StoredDocument>();
    for (const part of group) for (const d of await this.inner.entityDocuments(part)) byId.set(d.id, d);
    // newest first, undated last, as the backends list them
    return [...byId.values()].sort((a, b) =>
      Number(a.published == null) - Number(b.published == null) || (b.published ?? "").localeCompare(a.published ?? "") ||
      b.ingestedAt.localeCompare(a.ingestedAt) || a.id.localeCompare(b.id));
  }

  async listClaims(query: ClaimQuery = {}): Promise<StoredClaim[]> {
    const r = await this.resolution();
    if (r.isEmpty) return this.inner.listClaims(query);
    // stores that take ClaimQuery's later fields (both here) read a merged actor's claims in one query
    if (this.inner.countClaims) return (await this.inner.listClaims(backendQuery(query, r))).map((c) => resolveClaim(c, r));
    const group = query.entity ? r.group(r.rootOf(query.entity)) : [];
    let claims: StoredClaim[];
    if (group.length <= 1) {
      claims = await this.inner.listClaims(query.entity ? { ...query, entity: group[0] } : query);
    } else {
      // every claim about any part of the group, once, in report order; then the page
      const seen = new Map<string, StoredClaim>();
      for (const part of group) {
        for (const c of await this.inner.listClaims({ ...query, entity: part, limit: undefined, offset: undefined })) {
          seen.set(`${c.source.documentId}#${c.id}`, c);
        }
      }
      const offset = query.offset ?? 0;
      claims = [...seen.values()].sort(reportOrder).slice(offset, query.limit == null ? undefined : offset + query.limit);
    }
    return claims.map((c) => resolveClaim(c, r));
  }

  async countClaims(query: ClaimQuery = {}): Promise<number> {
    const r = await this.resolution();
    return this.inner.countClaims!(r.isEmpty ? query : backendQuery(query, r));
  }

  async claimFacets(query: ClaimQuery = {}): Promise<ClaimFacets> {
    const r = await this.resolution();
    return this.inner.claimFacets!(r.isEmpty ? query : backendQuery(query, r));
  }

  async documentMentions(documentId: string): Promise<DocumentMention[]> {
    const r = await this.resolution();
    const list = await this.inner.documentMentions!(documentId);
    if (r.isEmpty || list.every((m) => r.rootOf(m.id) === m.id)) return list;
    // a report naming two merged ids shows one actor, under its kept name, with both sets of spans
    const roots = [...new Set(list.map((m) => r.rootOf(m.id)))];
    const shown = new Map((await this.getEntities(roots)).map((e) => [e.id, e]));
    const byRoot = new Map<string, DocumentMention>();
    for (const m of list) {
      const root = r.rootOf(m.id);
      const e = shown.get(root);
      const into = byRoot.get(root);
      if (into) into.mentions.push(...m.mentions);
      else byRoot.set(root, { id: root, type: e?.type ?? m.type, name: e?.name ?? m.name, mentions: [...m.mentions] });
    }
    return mentionsInOrder([...byRoot.values()]);
  }

  // Route and edge summaries: those with a merged id at an end are recomputed (resolved-summaries.ts).
  async routeSummaries(query: RouteQuery) {
    return resolvedRouteSummaries(this.inner as Parameters<typeof resolvedRouteSummaries>[0], await this.resolution(), query);
  }

  /** Periods and route counts as the backend keeps them (a merge joins routes within a period, rarely changing which periods exist). */
  async routePeriods(granularity: "year" | "month") {
    return this.inner.routePeriods!(granularity);
  }

  async routeRows(query: RouteRowQuery) {
    return resolvedRouteRows(this.inner as Parameters<typeof resolvedRouteRows>[0], await this.resolution(), query);
  }

  async edgeSummaries(query: EdgeQuery = {}) {
    return resolvedEdgeSummaries(this.inner as Parameters<typeof resolvedEdgeSummaries>[0], await this.resolution(), query);
  }

  async edgeRows(query: EdgeQuery) {
    return resolvedEdgeRows(this.inner as Parameters<typeof resolvedEdgeRows>[0], await this.resolution(), query);
  }

  async stats(): Promise<StoreStats> {
    const r = await this.resolution();
    const stats = await this.inner.stats();
    if (r.isEmpty) return stats;
    const members = [...r.groups().values()].flat();
    return { ...stats, entities: stats.entities - (await this.rawEntities(members)).length };
  }

  /** Backend entities by id, without resolution. */
  private async rawEntities(ids: string[], options: EntityReadOptions = {}): Promise<StoredEntity[]> {
    if (!ids.length) return [];
    if (this.inner.getEntities) return this.inner.getEntities(ids, options);
    return (await Promise.all(ids.map((id) => this.inner.getEntity(id)))).filter((e): e is StoredEntity => !!e);
  }

  /** Each group as one entity; a group none of whose entities is stored any more is left out. */
  private async fold(groups: [string, string[]][], options: EntityReadOptions = {}): Promise<StoredEntity[]> {
    if (!groups.length) return [];
    const byId = new Map((await this.rawEntities(groups.flatMap(([root, members]) => [root, ...members]), options)).map((e) => [e.id, e]));
    const ids = groups.map(([root, members]) => [root, ...members]);
    const counts = options.counts === false ? ids.map(() => ({ documents: 0, mentions: 0 })) : await this.groupCounts(ids);
    const out: StoredEntity[] = [];
    groups.forEach(([root, members], i) => {
      const parts = ids[i].map((id) => byId.get(id)).filter((e): e is StoredEntity => !!e);
      if (parts.length) out.push(foldGroup(root, parts, counts[i], members));
    });
    return out;
  }

  private async groupCounts(groups: string[][]): Promise<GroupCounts[]> {
    if (this.inner.countEntityGroups) return this.inner.countEntityGroups(groups);
    return Promise.all(groups.map(async (ids) => {
      const docs = new Set<string>();
      let mentions = 0;
      for (const id of ids) {
        for (const d of await this.inner.entityDocuments(id)) docs.add(d.id);
        mentions += (await this.inner.getEntity(id))?.mentions ?? 0;
      }
      return { documents: docs.size, mentions };
    }));
  }
}

/**
 * The query as the backend reads it: an entity (or one of `entities`) that stands for a merged
 * group becomes "any of the group's ids"; a merged-away id asks for its group too.
 */
function backendQuery(query: ClaimQuery, r: Resolution): ClaimQuery {
  const ids = [...(query.entity ? [query.entity] : []), ...(query.entities ?? [])];
  if (ids.every((id) => r.rootOf(id) === id && r.group(id).length === 1)) return query;
  const asked = ids.map((id) => r.group(r.rootOf(id)));
  const plain = [...new Set(asked.filter((g) => g.length === 1).map((g) => g[0]))];
  const grouped = asked.filter((g) => g.length > 1);
  const out: ClaimQuery = { ...query, entity: undefined, entities: plain.length ? plain : undefined };
  if (grouped.length) out.entityAnyOf = [...(query.entityAnyOf ?? []), ...grouped];
  return out;
}

/** Merges `extra` (sorted by `order`) into `list` (already in the backend's order), keeping both orders. */
function insertInOrder(list: StoredEntity[], extra: StoredEntity[], order: Order): StoredEntity[] {
  const out: StoredEntity[] = [];
  let k = 0;
  for (const e of list) {
    while (k < extra.length && order(extra[k], e) < 0) out.push(extra[k++]);
    out.push(e);
  }
  while (k < extra.length) out.push(extra[k++]);
  return out;
}

/** By report date (undated last), then report, then position in it: the backends' order, with the report id breaking ties of date. */
function reportOrder(a: StoredClaim, b: StoredClaim): number {
  const pa = a.source.published, pb = b.source.published;
  return Number(pa == null) - Number(pb == null) || (pa ?? "").localeCompare(pb ?? "") ||
    a.source.documentId.localeCompare(b.source.documentId) || a.evidence[0] - b.evidence[0] || a.id.localeCompare(b.id);
}

/** The claim with every linked entity shown under its root. */
function resolveClaim(c: StoredClaim, r: Resolution): StoredClaim {
  let args: Claim["args"] | undefined;
  const resolveArg = (a: Arg): Arg => {
    const root = a.entity ? r.rootOf(a.entity) : undefined;
    return root && root !== a.entity ? { ...a, entity: root } : a;
  };
  for (const [role, value] of Object.entries(c.args)) {
    const next = Array.isArray(value) ? value.map(resolveArg) : resolveArg(value);
    const changed = Array.isArray(value) ? (next as Arg[]).some((a, i) => a !== value[i]) : next !== value;
    if (changed) (args ??= { ...c.args })[role] = next;
  }
  const attributed = c.attribution?.entity ? r.rootOf(c.attribution.entity) : undefined;
  const attribution = attributed && attributed !== c.attribution!.entity ? { ...c.attribution!, entity: attributed } : c.attribution;
  return args || attribution !== c.attribution ? { ...c, ...(args ? { args } : {}), attribution } : c;
}
