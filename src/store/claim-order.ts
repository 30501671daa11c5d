// Orders that both stores give to what they count and list, so SQLite and PostgreSQL answer alike.
import type { ClaimQuery, DocumentMention } from "./store.js";

/** Most claims first, then by name: the order both stores give. */
export function byCount(rows: { name: string; claims: number }[]): { name: string; claims: number }[] {
  return rows.map((r) => ({ name: r.name, claims: Number(r.claims) })).sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name));
}

/** Entities in the order they first appear in the text, their spans in text order. */
export function mentionsInOrder(list: DocumentMention[]): DocumentMention[] {
  for (const m of list) m.mentions.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return list.sort((a, b) => (a.mentions[0]?.[0] ?? 0) - (b.mentions[0]?.[0] ?? 0) || a.id.localeCompare(b.id));
}

/** The entities a query asks every claim to be linked to (`entity` and `entities`), each once, in order. */
export function queryEntities(query: Pick<ClaimQuery, "entity" | "entities">): string[] {
  return [...new Set([...(query.entity ? [query.entity] : []), ...(query.entities ?? [])])];
}
