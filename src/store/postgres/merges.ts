// Merge decisions in PostgreSQL: one small append-only table (schema version 4), read whole.
import type pg from "pg";
import { mergeDecisionFromRow, type GroupCounts, type MergeDecision, type MergeDecisionRow, type NewMergeDecision } from "../merge-decisions.js";

export async function recordMergeDecision(pool: pg.Pool, d: NewMergeDecision): Promise<MergeDecision> {
  const row = (await pool.query<{ seq: string }>(`INSERT INTO entity_merges (action, target_id, source_id, decided_by, decided_at, note)
    VALUES ($1, $2, $3, $4, $5, $6) RETURNING seq`, [d.action, d.target, d.source ?? null, d.by, d.at, d.note ?? null])).rows[0];
  return { ...d, seq: Number(row.seq) };
}

export async function listMergeDecisions(pool: pg.Pool): Promise<MergeDecision[]> {
  return (await pool.query<MergeDecisionRow>("SELECT * FROM entity_merges ORDER BY seq")).rows.map(mergeDecisionFromRow);
}

export async function countEntityGroups(pool: pg.Pool, groups: string[][]): Promise<GroupCounts[]> {
  const out: GroupCounts[] = groups.map(() => ({ documents: 0, mentions: 0 }));
  if (!groups.length) return out;
  const ids = groups.flat();
  const index = groups.flatMap((g, i) => g.map(() => i));
  const rows = (await pool.query<{ grp: number; documents: number; mentions: number }>(
    `SELECT m.grp, count(DISTINCT de.doc_seq)::int AS documents, coalesce(sum(de.mention_count), 0)::int AS mentions
    FROM unnest($1::text[], $2::int[]) AS m(id, grp) JOIN document_entities de ON de.entity_id = m.id GROUP BY m.grp`, [ids, index])).rows;
  for (const r of rows) out[r.grp] = { documents: r.documents, mentions: r.mentions };
  return out;
}
