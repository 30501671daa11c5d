// Recording a person's decisions: merge B into A, reject the pair, split merges out again.
// Each is checked against the decisions so far, so the log never holds one that means nothing.
import { nameKey } from "../store/entity-merge.js";
import type { MergeDecision, NewMergeDecision } from "../store/merge-decisions.js";
import type { Store, StoredEntity } from "../store/store.js";
import { Resolution } from "./resolution.js";
import { unresolved } from "./resolved-store.js";

/** Why a decision cannot be recorded; `code` lets the API answer 404, 409 or 501. */
export class DecisionError extends Error {
  constructor(readonly code: "unknown_entity" | "conflict" | "unsupported", message: string) {
    super(message);
    this.name = "DecisionError";
  }
}

export interface DecidedBy {
  /** Who decides: a user name. */
  by: string;
  note?: string;
}

async function current(store: Store): Promise<Resolution> {
  if (!store.listMergeDecisions || !store.recordMergeDecision) {
    throw new DecisionError("unsupported", `the ${store.kind} store at ${store.location} cannot record merge decisions`);
  }
  return Resolution.from(await store.listMergeDecisions());
}

async function record(store: Store, d: Omit<NewMergeDecision, "at">): Promise<MergeDecision> {
  const decision: NewMergeDecision = { ...d, at: new Date().toISOString() };
  if (!decision.note) delete decision.note;
  return store.recordMergeDecision!(decision);
}

async function known(store: Store, id: string): Promise<StoredEntity> {
  const e = await store.getEntity(id);
  if (!e) throw new DecisionError("unknown_entity", `no entity ${id}`);
  return e;
}

/** Records that `merge` is the same actor as `keep`: from now on it shows as `keep`. Ids as stored. */
export async function mergeEntities(store: Store, keep: string, merge: string, who: DecidedBy): Promise<MergeDecision> {
  const r = await current(store);
  await known(store, keep);
  await known(store, merge);
  const target = r.rootOf(keep), source = r.rootOf(merge);
  if (target === source) throw new DecisionError("conflict", `${keep} and ${merge} are already shown as one actor (${target})`);
  return record(store, { action: "merge", target, source, by: who.by, note: who.note });
}

/** Records that two entities are different actors: the suggestion to merge them is not made again. */
export async function rejectMerge(store: Store, a: string, b: string, who: DecidedBy): Promise<MergeDecision> {
  const r = await current(store);
  await known(store, a);
  await known(store, b);
  const target = r.rootOf(a), source = r.rootOf(b);
  if (target === source) throw new DecisionError("conflict", `${a} and ${b} are shown as one actor: split them first (dossier split ${target} --from …)`);
  return record(store, { action: "reject", target, source, by: who.by, note: who.note });
}

/** Undoes the merges into `entity`: every one, or only the one of `from` (an id or a name it brought). */
export async function splitEntity(store: Store, entity: string, from: string | undefined, who: DecidedBy): Promise<MergeDecision> {
  const r = await current(store);
  const target = entity;
  const members = [...r.groups().values()].flat().filter((id) => r.descendsFrom(id, target));
  if (!members.length) throw new DecisionError("conflict", `nothing is merged into ${target}`);
  if (from === undefined) return record(store, { action: "split", target, by: who.by, note: who.note });
  const source = await memberNamed(store, r, target, members, from);
  if (!source) throw new DecisionError("unknown_entity", `${from} is not merged into ${target} (merged into it: ${members.join(", ")})`);
  return record(store, { action: "split", target, source, by: who.by, note: who.note });
}

/** The merged id `given` names: the id itself, else the one whose stored name or alias it is. */
async function memberNamed(store: Store, r: Resolution, target: string, members: string[], given: string): Promise<string | undefined> {
  if (members.includes(given)) return given;
  const key = nameKey(given);
  const inner = unresolved(store);
  for (const id of members) {
    const e = await inner.getEntity(id);
    if (e && [e.name, ...e.aliases].some((n) => nameKey(n) === key)) return r.descendsFrom(id, target) ? id : undefined;
  }
  return undefined;
}

/** Every decision, oldest first. */
export async function listDecisions(store: Store): Promise<MergeDecision[]> {
  return store.listMergeDecisions ? store.listMergeDecisions() : [];
}
