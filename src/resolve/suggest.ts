// Merge suggestions: pairs of stored entities that are probably one actor, scored, with the
// reasons, best first, for a person to confirm (`dossier merge`) or reject. The names decide
// whether a pair is a candidate at all (name-evidence.ts); context moves the score: the same
// country or a different one, shared list designations, the same neighbours in the claims,
// or both named apart in one report.
import type { EntityType } from "../extract/contract.js";
import { blockingKey } from "../extract/linking/transliteration.js";
import { COMMON_NAME_WORDS } from "../extract/linking/common-names.js";
import type { Store, StoredEntity } from "../store/store.js";
import { nameEvidence, prepareName, type PreparedName } from "./name-evidence.js";
import { Resolution } from "./resolution.js";
import { resolveMerges } from "./resolved-store.js";

export interface SuggestedEntity {
  id: string;
  name: string;
  type: EntityType;
  country?: string;
  documents: number;
  mentions: number;
}

export interface MergeSuggestion {
  /** The entity to keep (the better documented one): `dossier merge KEEP MERGE`. */
  keep: SuggestedEntity;
  merge: SuggestedEntity;
  /** 0 to 1: how likely they are one actor. */
  score: number;
  reasons: string[];
}

export interface SuggestOptions {
  /** Only pairs involving an entity of this type. */
  type?: EntityType;
  /** Only pairs involving this entity (an id; a merged id stands for the actor it shows as). */
  entity?: string;
  /** At most this many, best first. Default 50. */
  limit?: number;
  /** Leave out pairs scoring below this. Default 0.75. */
  minScore?: number;
}

export const DEFAULT_MIN_SCORE = 0.75;
/** Names weaker than this make no candidate, whatever the context says. */
const NAME_FLOOR = 0.7;
/** Ids that are reference identities by construction: two of them are never one actor. */
const NEVER_SUGGESTED = new Set<EntityType>(["country", "population"]);
/** A name word shared by more entities than this finds candidates through rarer words only. */
const BLOCK_LIMIT = 150;
/** Context (claims, documents) is read for at most this many of the best-named pairs. */
const CONTEXT_PAIRS = 400;
/** Claims read per entity for its neighbours. */
const NEIGHBOUR_CLAIMS = 300;
/** Names of one entity compared (a listed actor may carry dozens of list aliases). */
const MAX_NAMES = 10;

/** Types that can name one actor: an armed group is often filed as an organisation. */
function compatible(a: EntityType, b: EntityType): boolean {
  if (a === b) return true;
  const pair = new Set([a, b]);
  return (pair.has("armed_group") && pair.has("organization")) || (pair.has("place") && pair.has("facility"));
}

/** Two different identities on one reference list (GeoNames ids, sanctions references) are two actors. */
function referencesDiffer(a: StoredEntity, b: StoredEntity): boolean {
  for (const [k, v] of Object.entries(a.refs ?? {})) if (b.refs?.[k] != null && b.refs[k] !== v) return true;
  for (const d of a.designations ?? []) {
    const other = (b.designations ?? []).filter((x) => x.list === d.list);
    if (other.length && !other.some((x) => x.ref === d.ref)) return true;
  }
  return false;
}

function blockKeys(names: PreparedName[]): Set<string> {
  const keys = new Set<string>();
  for (const n of names) {
    if (n.acronym) keys.add(`a:${n.acronym}`);
    for (const e of n.expansions) keys.add(`a:${e}`);
    for (const w of n.words) if (w.length >= 3 && !COMMON_NAME_WORDS.has(w)) keys.add(`w:${blockingKey(w)}`);
  }
  return keys;
}

const summary = (e: StoredEntity): SuggestedEntity => ({
  id: e.id, name: e.name, type: e.type, ...(e.country ? { country: e.country } : {}), documents: e.documents, mentions: e.mentions,
});

export async function suggestMerges(backend: Store, options: SuggestOptions = {}): Promise<MergeSuggestion[]> {
  const store = await resolveMerges(backend);
  const resolution = Resolution.from(backend.listMergeDecisions ? await backend.listMergeDecisions() : []);
  const all = await store.findEntities({});
  const entities = all.filter((e) => !NEVER_SUGGESTED.has(e.type));
  const names = entities.map((e) => [e.name, ...e.aliases].slice(0, MAX_NAMES).map(prepareName));
  // names of places, countries and peoples the store knows: a group name adding one names a branch
  const placeWords = new Set<string>();
  for (const e of all) {
    if (e.type !== "country" && e.type !== "place" && e.type !== "population") continue;
    for (const n of [e.name, ...e.aliases]) {
      const words = prepareName(n).words;
      if (words.length === 1) { placeWords.add(words[0]); if (words[0].endsWith("s")) placeWords.add(words[0].slice(0, -1)); }
    }
  }

  // candidates: entities sharing an acronym reading, or two distinctive name words (by their
  // consonant outline), or the one distinctive word a name has: one shared word of several says little
  const keys = names.map(blockKeys);
  const postings = new Map<string, number[]>();
  keys.forEach((set, i) => { for (const k of set) { let p = postings.get(k); if (!p) postings.set(k, (p = [])); p.push(i); } });
  const shared = new Map<number, number>();
  const n = entities.length;
  const only = options.entity === undefined ? -1 : entities.findIndex((e) => e.id === resolution.rootOf(options.entity!));
  if (options.entity !== undefined && only < 0) return [];
  for (const [key, list] of postings) {
    if (list.length < 2 || list.length > BLOCK_LIMIT) continue;
    const weight = key.startsWith("a:") ? 2 : 1;
    const add = (i: number, j: number) => { const k = Math.min(i, j) * n + Math.max(i, j); shared.set(k, (shared.get(k) ?? 0) + weight); };
    if (only >= 0) {
      if (list.includes(only)) for (const i of list) if (i !== only) add(i, only);
      continue;
    }
    for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) add(list[x], list[y]);
  }
  const words = (i: number) => [...keys[i]].filter((k) => k.startsWith("w:")).length;
  const pairs = [...shared].filter(([k, count]) => count >= 2 || words(Math.floor(k / n)) === 1 || words(k % n) === 1).map(([k]) => k);

  const named: { a: StoredEntity; b: StoredEntity; score: number; reasons: string[] }[] = [];
  for (const key of pairs) {
    const a = entities[Math.floor(key / n)], b = entities[key % n];
    if (options.type && a.type !== options.type && b.type !== options.type) continue;
    if (!compatible(a.type, b.type) || referencesDiffer(a, b) || resolution.isRejected(a.id, b.id)) continue;
    const evidence = nameEvidence(names[Math.floor(key / n)], names[key % n], { person: a.type === "person" || b.type === "person", placeWords });
    if (!evidence || evidence.score < NAME_FLOOR) continue;
    named.push({ a, b, score: evidence.score, reasons: [evidence.reason] });
  }
  named.sort((x, y) => y.score - x.score);

  const context = new EntityContext(store);
  const byId = new Map(entities.map((e) => [e.id, e]));
  const out: MergeSuggestion[] = [];
  for (const p of named.slice(0, CONTEXT_PAIRS)) {
    let score = p.score;
    const { a, b } = p;
    if (a.type !== b.type) { score -= 0.05; p.reasons.push(`filed as ${a.type} and ${b.type}`); }
    if (a.country && b.country) {
      if (a.country === b.country) { score += 0.03; p.reasons.push(`both tied to ${a.country}`); }
      else { score -= 0.15; p.reasons.push(`tied to different countries (${a.country}, ${b.country})`); }
    }
    const designated = (a.designations ?? []).filter((d) => (b.designations ?? []).some((x) => x.list === d.list && x.ref === d.ref));
    if (designated.length) { score += 0.1; p.reasons.push(`the same designation (${designated.map((d) => `${d.list} ${d.ref}`).join(", ")})`); }
    const [na, nb] = [await context.neighbours(a.id), await context.neighbours(b.id)];
    const shared = [...na].filter((id) => nb.has(id) && id !== a.id && id !== b.id);
    if (shared.length) {
      score += Math.min(0.06, 0.02 * shared.length);
      const shown = shared.slice(0, 3).map((id) => byId.get(id)?.name ?? id).join(", ");
      p.reasons.push(`${shared.length} shared neighbour${shared.length > 1 ? "s" : ""} in the claims (${shown}${shared.length > 3 ? ", …" : ""})`);
    }
    const [da, db] = [await context.documents(a.id), await context.documents(b.id)];
    const together = [...da].filter((d) => db.has(d)).length;
    if (together) { score -= 0.08; p.reasons.push(`named apart in ${together} report${together > 1 ? "s" : ""}`); }
    score = Math.round(Math.min(0.99, Math.max(0, score)) * 1000) / 1000;
    if (score < (options.minScore ?? DEFAULT_MIN_SCORE)) continue;
    // keep the better documented one, then the one backed by a reference list
    const rank = (e: StoredEntity) => e.documents * 1e6 + e.mentions * 10 + (e.refs && Object.keys(e.refs).length ? 1 : 0);
    const [keep, merge] = rank(b) > rank(a) || (rank(b) === rank(a) && b.id < a.id) ? [b, a] : [a, b];
    out.push({ keep: summary(keep), merge: summary(merge), score, reasons: p.reasons });
  }
  out.sort((x, y) => y.score - x.score || (y.keep.documents + y.merge.documents) - (x.keep.documents + x.merge.documents) ||
    x.keep.id.localeCompare(y.keep.id) || x.merge.id.localeCompare(y.merge.id));
  return out.slice(0, options.limit ?? 50);
}

/** An entity's neighbours in the claims and its reports, read once each. */
class EntityContext {
  private readonly neighbourSets = new Map<string, Set<string>>();
  private readonly documentSets = new Map<string, Set<string>>();

  constructor(private readonly store: Store) {}

  async neighbours(id: string): Promise<Set<string>> {
    let set = this.neighbourSets.get(id);
    if (set) return set;
    set = new Set();
    // no evidence text: only the linked ids are read (stores without the option just read more)
    for (const c of await this.store.listClaims({ entity: id, limit: NEIGHBOUR_CLAIMS, evidence: false })) {
      for (const v of Object.values(c.args)) for (const a of Array.isArray(v) ? v : [v]) if (a.entity && a.entity !== id) set.add(a.entity);
      if (c.attribution?.entity && c.attribution.entity !== id) set.add(c.attribution.entity);
    }
    this.neighbourSets.set(id, set);
    return set;
  }

  async documents(id: string): Promise<Set<string>> {
    let set = this.documentSets.get(id);
    if (!set) this.documentSets.set(id, (set = new Set((await this.store.entityDocuments(id)).map((d) => d.id))));
    return set;
  }
}
