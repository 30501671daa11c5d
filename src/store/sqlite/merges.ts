// Merge decisions in SQLite: one small append-only table (schema version 3), read whole.
import type Database from "better-sqlite3";
import { mergeDecisionFromRow, type GroupCounts, type MergeDecision, type MergeDecisionRow, type NewMergeDecision } from "../merge-decisions.js";

export function recordMergeDecision(db: Database.Database, d: NewMergeDecision): MergeDecision {
  const info = db.prepare(`INSERT INTO entity_merges (action, target_id, source_id, decided_by, decided_at, note)
    VALUES (?, ?, ?, ?, ?, ?)`).run(d.action, d.target, d.source ?? null, d.by, d.at, d.note ?? null);
  return { ...d, seq: Number(info.lastInsertRowid) };
}

export function listMergeDecisions(db: Database.Database): MergeDecision[] {
  return (db.prepare("SELECT * FROM entity_merges ORDER BY seq").all() as MergeDecisionRow[]).map(mergeDecisionFromRow);
}

export function countEntityGroups(db: Database.Database, groups: string[][]): GroupCounts[] {
  const out: GroupCounts[] = groups.map(() => ({ documents: 0, mentions: 0 }));
  if (!groups.length) return out;
  // one statement for every group: a JSON object from entity id to its group's index
  const index: Record<string, number> = {};
  groups.forEach((ids, i) => { for (const id of ids) index[id] = i; });
  const rows = db.prepare(`SELECT g.value AS grp, count(DISTINCT de.doc_seq) AS documents, coalesce(sum(de.mention_count), 0) AS mentions
    FROM json_each(?) g JOIN document_entities de ON de.entity_id = g.key GROUP BY g.value`)
    .all(JSON.stringify(index)) as { grp: number; documents: number; mentions: number }[];
  for (const r of rows) out[r.grp] = { documents: r.documents, mentions: r.mentions };
  return out;
}
