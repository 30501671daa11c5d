// An actor's profile: who it is (aliases, type, country, designations), how it sits among
// other actors (memberships, leaders, allegiances over time, allies and enemies), and the
// claims about it with who made them. Read through the Store only.
import type { Arg, ClaimType } from "../extract/contract.js";
import type { ClaimFacets, Store, StoredClaim, StoredEntity } from "../store/store.js";
import { claimRef } from "./claim-ref.js";
import { entitiesById } from "./entity-lookup.js";
import { claimDate } from "./periods.js";
import { keptUntilWrite } from "./revision-cache.js";
import { independentSources, sourceLabel } from "./sources.js";

/** Another actor this one is tied to by claims of one kind. */
export interface Relation {
  /** Entity id when linked, else absent (the text is all the reports give). */
  entity?: string;
  name: string;
  /** Roles the claims give ("affiliate", "emir"), most frequent first. */
  roles: string[];
  /** DOCUMENT#CLAIM of the latest claims stating the tie (at most RELATION_REFS; claimCount counts them all). */
  claims: string[];
  claimCount: number;
  /** Independent sources stating it (at most RELATION_REFS named; sourceCount counts them all). */
  sources: string[];
  sourceCount: number;
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
  /**
   * The first page of the claims that involve it (`limit`, default 10), newest documents last,
   * each with its source; GET /api/claims?entity=ID pages on from the last of them.
   */
  claims: StoredClaim[];
  /**
   * The claims the ties and allegiances above were drawn from, of all claims of those kinds: for a
   * hub, the latest few hundred of each kind (all of them: GET /api/network?entity=ID).
   */
  tieClaims: { read: number; total: number };
  /** All claims that involve it, and how many of each type (the page above is `limit` of them). */
  claimCount: number;
  claimTypes: Partial<Record<ClaimType, number>>;
  /**
   * Who made the claims about it, over all its claims: the credited speakers and publishers with
   * the most claims (at most MADE_BY_SHOWN of each), and how many there are of each.
   */
  madeBy: { speakers: SourceCount[]; publishers: SourceCount[]; speakerCount: number; publisherCount: number };
  /** Allegiance claims that involve it; `allegiances` shows those of the latest ALLEGIANCES_SHOWN by report. */
  allegianceCount: number;
}

export interface ProfileOptions {
  /** Claims about the actor in the profile (a page). Default 10. */
  limit?: number;
  offset?: number;
  /** Ties listed per kind, best-sourced first. Default 15. */
  relationLimit?: number;
  /** Ties are drawn from at most this many of the latest claims of each kind (where the store counts claims). Default 300. */
  tieClaims?: number;
}

const DEFAULT_TIE_CLAIMS = 300;
// A profile is a summary: a hub has thousands of ties, designations and speakers, and the
// lists keep the best-attested few of each with counts of the rest (GET /api/claims and
// /api/network?entity=ID give them all).
/** Claim references and source names kept per tie. */
export const RELATION_REFS = 3;
/** Allegiance events shown, from the latest reports, each with its sentence. */
export const ALLEGIANCES_SHOWN = 25;
/** Designations drawn from claims, one per list and date. */
export const DESIGNATIONS_SHOWN = 20;
/** Speakers and publishers named in madeBy. */
export const MADE_BY_SHOWN = 20;

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
        const rel: Relation = { name: o.text, roles: [], claims: [], claimCount: 0, sources: [], sourceCount: 0, disputed: false };
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
    rel.sourceCount = rel.sources.length;
    rel.claimCount = rel.claims.length;
    return rel;
  }).sort((a, b) => b.sourceCount - a.sourceCount || b.claimCount - a.claimCount || a.name.localeCompare(b.name))
    .map((rel) => ({ ...rel, claims: rel.claims.slice(-RELATION_REFS), sources: rel.sources.slice(0, RELATION_REFS) }));
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
  const pageSize = options.limit ?? 10;
  const tieLimit = options.tieClaims ?? DEFAULT_TIE_CLAIMS;
  const relationLimit = options.relationLimit ?? 15;
  if (!store.claimFacets) {
    // One indexed read of every claim involving the actor: the page, the ties and the counts.
    const all = await store.listClaims({ entity: id });
    const types: ClaimFacets["types"] = {};
    for (const c of all) types[c.type] = (types[c.type] ?? 0) + 1;
    const facets: ClaimFacets = {
      total: all.length, types,
      speakers: counts(all, (c) => c.attribution?.text),
      publishers: counts(all, (c) => c.source.publisher ?? c.source.title ?? c.source.documentId.slice(0, 12)),
    };
    const ties = TIES.map((type) => all.filter((c) => c.type === type));
    ties[TIES.indexOf("allegiance")] = ties[TIES.indexOf("allegiance")].slice(-Math.min(tieLimit, ALLEGIANCES_SHOWN));
    const summary = await summarise(store, entity, facets, ties, relationLimit);
    return { entity, ...summary, claims: all.slice(offset, offset + pageSize) };
  }
  // A hub has tens of thousands of claims: the page and the counts come from the database, and
  // the ties from the latest claims of each kind. The summary stays the same until the store
  // changes, so it is kept until then; only the page is read on every request.
  const [summary, claims] = await Promise.all([
    keptUntilWrite(store, `profile|${id}|${tieLimit}|${relationLimit}`, async () => {
      const facets = await store.claimFacets!({ entity: id });
      const ties = await Promise.all(TIES.map((type) => {
        const n = facets.types[type] ?? 0;
        // only allegiances show their sentence, and only the latest few
        const limit = type === "allegiance" ? Math.min(tieLimit, ALLEGIANCES_SHOWN) : tieLimit;
        return n === 0 ? [] : store.listClaims({ entity: id, type, evidence: type === "allegiance", offset: Math.max(0, n - limit), limit });
      }));
      return summarise(store, entity, facets, ties, relationLimit);
    }, (s) => 50 + s.allegiances.length + s.tieClaims.read / 10),
    store.listClaims({ entity: id, limit: pageSize, offset }),
  ]);
  return { entity, ...summary, claims };
}

const TIES = ["membership", "leadership", "allegiance", "alliance", "conflict", "designation"] as const;

/** Everything in a profile but the entity and the page of claims, from its facets and tie claims (in TIES order). */
async function summarise(store: Store, entity: StoredEntity, facets: ClaimFacets, ties: StoredClaim[][], limit: number): Promise<Omit<ActorProfile, "entity" | "claims">> {
  const id = entity.id;
  const [membership, leadership, allegiance, alliance, conflict, designation] = ties;
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
  // names only: counting a related country's documents reads tens of thousands of index entries
  for (const e of (await entitiesById(store, [...ids], { counts: false })).values()) names.set(e.id, e.name);
  for (const r of Object.values(shown).flat()) if (r.entity && names.has(r.entity)) r.name = names.get(r.entity)!;

  const designations: ProfileDesignation[] = (entity.designations ?? []).map((d) => ({ ...d, from: "reference" as const }));
  // one line per list and date: a hub's designation is restated in hundreds of reports
  const listed = new Set<string>();
  for (const c of designation) {
    if (c.modality === "negated" || !list(c.args.target).some((a) => a.entity === id)) continue;
    const by = list(c.args.list)[0]?.text ?? list(c.args.authority)[0]?.text ?? "designation";
    const d: ProfileDesignation = { list: by, from: "claim", claim: claimRef(c), source: sourceLabel(c) };
    const date = claimDate(c);
    if (date?.from === "claim") d.listed = date.date;
    const key = `${by.toLowerCase()}|${d.listed ?? ""}`;
    if (listed.has(key) || listed.size >= DESIGNATIONS_SHOWN) continue;
    listed.add(key);
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
    designations,
    ...shown,
    allegiances,
    allegianceCount: facets.types.allegiance ?? 0,
    relationCounts: Object.fromEntries(Object.entries(kinds).map(([k, v]) => [k, v.length])) as ActorProfile["relationCounts"],
    tieClaims: { read: ties.reduce((n, t) => n + t.length, 0), total: TIES.reduce((n, t) => n + (facets.types[t] ?? 0), 0) },
    claimCount: facets.total,
    claimTypes: facets.types,
    madeBy: {
      speakers: facets.speakers.slice(0, MADE_BY_SHOWN), publishers: facets.publishers.slice(0, MADE_BY_SHOWN),
      speakerCount: facets.speakers.length, publisherCount: facets.publishers.length,
    },
  };
}
