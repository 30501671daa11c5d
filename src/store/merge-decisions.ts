// A person's decisions about which stored entities are one actor. The store only keeps them,
// in order; src/resolve replays them into the entities every query shows.

/** merge: source is the same actor as target; reject: they are different; split: undo merges into target. */
export type MergeAction = "merge" | "reject" | "split";

export interface MergeDecision {
  /** Order of decision: later decisions override earlier ones. */
  seq: number;
  action: MergeAction;
  /** The entity kept (merge), one of the pair (reject), the entity split (split). */
  target: string;
  /** The entity merged in, the other of the pair; absent for a split of every merge into target. */
  source?: string;
  /** Who decided ($USER or --by). */
  by: string;
  /** ISO timestamp. */
  at: string;
  note?: string;
}

export type NewMergeDecision = Omit<MergeDecision, "seq">;

/** Documents and mentions of a group of entities counted together (a document naming two counts once). */
export interface GroupCounts {
  documents: number;
  mentions: number;
}

export interface MergeDecisionRow {
  seq: number | string;
  action: string;
  target_id: string;
  source_id: string | null;
  decided_by: string;
  decided_at: string;
  note: string | null;
}

export function mergeDecisionFromRow(r: MergeDecisionRow): MergeDecision {
  const d: MergeDecision = { seq: Number(r.seq), action: r.action as MergeAction, target: r.target_id, by: r.decided_by, at: r.decided_at };
  if (r.source_id != null) d.source = r.source_id;
  if (r.note != null) d.note = r.note;
  return d;
}
