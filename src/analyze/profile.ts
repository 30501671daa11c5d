// An actor's profile: who it is (aliases, type, country, designations), how it sits among
// other actors (memberships, leaders, allegiances over time, allies and enemies), and the
// claims about it with who made them. Read through the Store only.
import type { Arg, ClaimType } from "../extract/contract.js";
import type { ClaimFacets, Store, StoredClaim, StoredEntity } from "../store/store.js";
import { claimRef } from "./claim-ref.js";
import { entitiesById } from "./entity-lookup.js";
import { claimDate } from "./periods.js";
import { independentSources, sourceLabel } from "./sources.js";

/** Another actor this one is tied to by claims of one kind. */
export interface Relation {
  /** Entity id when linked, else absent (the text is all the reports give). */
  entity?: string;
  name: string;
  /** Roles the claims give ("affiliate", "emir"), most frequent first. */
  roles: string[];
  /** DOCUMENT#CLAIM of every claim stating the tie. */
  claims: string[];
  /** Independent sources stating it. */
  sources: string[];
  /** Earliest and latest date of those claims (claim time, else publication date). */
  first?: string;
  last?: string;
  /** Some source denies the tie. */
  disputed: boolean;
}

/** One pledge or switch of allegiance, in time order. */
export interface AllegianceEvent {
  date?: string;
  /** Whose allegiance: this actor pledging, or another actor pledging to it. */
  direction: "given" | "received";
  subject: { entity?: string; name: string };
  group: { entity?: string; name: string };
  previous?: { entity?: string; name: string };
  modality: StoredClaim["modality"];
  claim: string;
  source: string;
  evidence: string;
}

export interface ProfileDesignation {
  list: string;
  ref?: string;
  programs?: string[];
  listed?: string;
  /** From a reference list (sanctions lists at ingest) or a claim in a report. */
  from: "reference" | "claim";
  claim?: string;
  source?: string;
}

export interface SourceCount {
  name: string;
  claims: number;
}

export interface ActorProfile {
  entity: StoredEntity;
  designations: ProfileDesignation[];
  /** Groups this actor belongs to, and actors that belong to it. */
  memberOf: Relation[];
  members: Relation[];
  /** Its leaders, and the groups it leads. */
  leaders: Relation[];
  leads: Relation[];
  allegiances: AllegianceEvent[];
  allies: Relation[];
  adversaries: Relation[];
  /** How many ties of each kind there are; the lists above keep the best-sourced `relationLimit`. */
  relationCounts: Record<"memberOf" | "members" | "leaders" | "leads" | "allies" | "adversaries", number>;
  /** A page of the claims that involve it, newest documents last, each with its source. */
  claims: StoredClaim[];
  /**
   * The claims the ties and allegiances above were drawn from, of all claims of those kinds: for a
   * hub, the latest few hundred of each kind (all of them: GET /api/network?entity=ID).
   */
  tieClaims: { read: number; total: number };
  /** All claims that involve it, and how many of each type (the page above is `limit` of them). */
  claimCount: number;
  claimTypes: Partial<Record<ClaimType, number>>;
  /** Who made the claims about it: credited speakers and publishers, over all its claims. */
  madeBy: { speakers: SourceCount[]; publishers: SourceCount[] };
}

export interface ProfileOptions {
  /** Claims about the actor in the profile (a page). Default 50. */
  limit?: number;
  offset?: number;
  /** Ties listed per kind, best-sourced first. Default 100. */
  relationLimit?: number;
  /** Ties are drawn from at most this many of the latest claims of each kind (where the store counts claims). Default 300. */
  tieClaims?: number;
}

const DEFAULT_TIE_CLAIMS = 300;

const list = (a: Arg | Arg[] | undefined): Arg[] => (a == null ? [] : Array.isArray(a) ? a : [a]);

/**
 * Ties from claims where this actor fills one role of a pair to whoever fills the other:
 * [["member", "group"]] gives its groups; [["actor", "target"], ["target", "actor"]] its enemies.
 */
function relations(claims: StoredClaim[], id: string, pairs: [string, string][]): Relation[] {
  const byKey = new Map<string, { rel: Relation; roles: Map<string, number>; stated: StoredClaim[] }>();
  for (const c of claims) {
    const others = pairs.filter(([self]) => list(c.args[self]).some((a) => a.entity === id)).flatMap(([, other]) => list(c.args[other]));
    for (const o of others) {
      if (o.entity === id) continue;
      const key = o.entity ?? `text:${o.text.toLowerCase()}`;
      let r = byKey.get(key);
      if (!r) {
        const rel: Relation = { name: o.text, roles: [], claims: [], sources: [], disputed: false };
        if (o.entity) rel.entity = o.entity;
        r = { rel, roles: new Map(), stated: [] };
        byKey.set(key, r);
      }
      if (r.rel.claims.includes(claimRef(c))) continue;
      r.rel.claims.push(claimRef(c));
      if (c.modality === "negated") { r.rel.disputed = true; continue; }
      r.stated.push(c);
      for (const role of list(c.args.role)) r.roles.set(role.text, (r.roles.get(role.text) ?? 0) + 1);
      const d = claimDate(c)?.date;
      if (d && (!r.rel.first || d < r.rel.first)) r.rel.first = d;
      if (d && (!r.rel.last || d > r.rel.last)) r.rel.last = d;
    }
  }
  return [...byKey.values()].map(({ rel, roles, stated }) => {
    rel.roles = [...roles].sort((a, b) => b[1] - a[1]).map(([r]) => r);
    rel.sources = independentSources(stated).map((s) => s.label);
    return rel;
  }).sort((a, b) => b.sources.length - a.sources.length || b.claims.length - a.claims.length || a.name.localeCompare(b.name));
}

const party = (a: Arg | undefined, names: Map<string, string>) =>
  a ? { ...(a.entity ? { entity: a.entity } : {}), name: a.entity ? names.get(a.entity) ?? a.text : a.text } : undefined;

function counts(claims: StoredClaim[], name: (c: StoredClaim) => string | undefined): SourceCount[] {
  const m = new Map<string, number>();
  for (const c of claims) {
    const n = name(c);
    if (n) m.set(n, (m.get(n) ?? 0) + 1);
  }
  return [...m].map(([name, claims]) => ({ name, claims })).sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name));
}

/** The profile of one entity, or undefined when the store does not know it. */
export async function actorProfile(store: Store, id: string, options: ProfileOptions = {}): Promise<ActorProfile | undefined> {
  const entity = await store.getEntity(id);
  if (!entity) return undefined;
  // an id merged into another actor (dossier merge) shows that actor's profile
  id = entity.id;
  const offset = options.offset ?? 0;
  const pageSize = options.limit ?? 50;
  const TIES = ["membership", "leadership", "allegiance", "alliance", "conflict", "designation"] as const;
  let page: StoredClaim[], facets: ClaimFacets, ties: StoredClaim[][];
  if (store.claimFacets) {
    // A hub has tens of thousands of claims: the page and the counts come from the database, and
    // the ties from the latest claims of each kind, read without evidence (allegiances show theirs).
    const tieLimit = options.tieClaims ?? DEFAULT_TIE_CLAIMS;
    [facets, page] = await Promise.all([store.claimFacets({ entity: id }), store.listClaims({ entity: id, limit: pageSize, offset })]);
    ties = await Promise.all(TIES.map((type) => {
      const n = facets.types[type] ?? 0;
      return n === 0 ? [] : store.listClaims({ entity: id, type, evidence: type === "allegiance", offset: Math.max(0, n - tieLimit), limit: tieLimit });
    }));
  } else {
    // One indexed read of every claim involving the actor: the page, the ties and the counts.
    const all = await store.listClaims({ entity: id });
    page = all.slice(offset, offset + pageSize);
    ties = TIES.map((type) => all.filter((c) => c.type === type));
    const types: ClaimFacets["types"] = {};
    for (const c of all) types[c.type] = (types[c.type] ?? 0) + 1;
    facets = {
      total: all.length, types,
      speakers: counts(all, (c) => c.attribution?.text),
      publishers: counts(all, (c) => c.source.publisher ?? c.source.title ?? c.source.documentId.slice(0, 12)),
    };
  }
  const [membership, leadership, allegiance, alliance, conflict, designation] = ties;
  const limit = options.relationLimit ?? 100;
  const kinds = {
    memberOf: relations(membership, id, [["member", "group"]]),
    members: relations(membership, id, [["group", "member"]]),
    leaders: relations(leadership, id, [["group", "leader"]]),
    leads: relations(leadership, id, [["leader", "group"]]),
    allies: relations(alliance, id, [["parties", "parties"]]),
    adversaries: relations(conflict, id, [["actor", "target"], ["target", "actor"]]),
  };
  const shown = Object.fromEntries(Object.entries(kinds).map(([k, v]) => [k, v.slice(0, limit)])) as typeof kinds;
  // Canonical names for what is shown (the text of one report may say "the group" or "AST").
  const ids = new Set<string>();
  for (const r of Object.values(shown).flat()) if (r.entity) ids.add(r.entity);
  for (const c of allegiance) for (const role of ["subject", "group", "previous"]) for (const a of list(c.args[role])) if (a.entity) ids.add(a.entity);
  ids.delete(id);
  const names = new Map<string, string>([[id, entity.name]]);
  for (const e of (await entitiesById(store, [...ids])).values()) names.set(e.id, e.name);
  for (const r of Object.values(shown).flat()) if (r.entity && names.has(r.entity)) r.name = names.get(r.entity)!;

  const designations: ProfileDesignation[] = (entity.designations ?? []).map((d) => ({ ...d, from: "reference" as const }));
  for (const c of designation) {
    if (c.modality === "negated" || !list(c.args.target).some((a) => a.entity === id)) continue;
    const by = list(c.args.list)[0]?.text ?? list(c.args.authority)[0]?.text ?? "designation";
    const d: ProfileDesignation = { list: by, from: "claim", claim: claimRef(c), source: sourceLabel(c) };
    const date = claimDate(c);
    if (date?.from === "claim") d.listed = date.date;
    designations.push(d);
  }

  const allegiances: AllegianceEvent[] = [];
  for (const c of allegiance) {
    const subject = list(c.args.subject), group = list(c.args.group);
    const given = subject.some((a) => a.entity === id);
    const received = group.some((a) => a.entity === id) || list(c.args.previous).some((a) => a.entity === id);
    if (!given && !received) continue;
    const ev: AllegianceEvent = {
      direction: given ? "given" : "received",
      subject: party(subject[0], names) ?? { name: "(unnamed)" },
      group: party(group[0], names) ?? { name: "(unnamed)" },
      modality: c.modality, claim: claimRef(c), source: sourceLabel(c), evidence: c.source.evidenceText,
    };
    const prev = party(list(c.args.previous)[0], names);
    if (prev) ev.previous = prev;
    const date = claimDate(c)?.date;
    if (date) ev.date = date;
    allegiances.push(ev);
  }
  allegiances.sort((a, b) => (a.date ?? "9999").localeCompare(b.date ?? "9999") || a.claim.localeCompare(b.claim));

  return {
    entity,
    designations,
    ...shown,
    allegiances,
    relationCounts: Object.fromEntries(Object.entries(kinds).map(([k, v]) => [k, v.length])) as ActorProfile["relationCounts"],
    claims: page,
    tieClaims: { read: ties.reduce((n, t) => n + t.length, 0), total: TIES.reduce((n, t) => n + (facets.types[t] ?? 0), 0) },
    claimCount: facets.total,
    claimTypes: facets.types,
    madeBy: { speakers: facets.speakers, publishers: facets.publishers },
  };
}
