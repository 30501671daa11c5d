// One entity shown for a group a person merged: the kept entity's id, type and name; every
// other name an alias; documents and mentions counted over the group.
import type { GroupCounts } from "../store/merge-decisions.js";
import type { StoredEntity } from "../store/store.js";

/**
 * `parts` are the stored entities of the group, the kept one first when it is still stored
 * (a re-extraction may have dropped it while a merged one remains: its record stands in,
 * under the kept id).
 */
export function foldGroup(root: string, parts: StoredEntity[], counts: GroupCounts, members: string[]): StoredEntity {
  const [head, ...rest] = parts;
  const out: StoredEntity = { ...head, id: root, aliases: [...head.aliases], documents: counts.documents, mentions: counts.mentions };
  const seen = new Set([head.name.toLowerCase(), ...head.aliases.map((a) => a.toLowerCase())]);
  for (const p of rest) {
    for (const name of [p.name, ...p.aliases]) {
      const k = name.toLowerCase();
      if (!name.trim() || seen.has(k)) continue;
      seen.add(k);
      out.aliases.push(name);
    }
    if (!out.country && p.country) out.country = p.country;
    if ((out.lat == null || out.lon == null) && p.lat != null && p.lon != null) { out.lat = p.lat; out.lon = p.lon; }
    if (p.refs && Object.keys(p.refs).length) out.refs = { ...p.refs, ...out.refs };
    for (const d of p.designations ?? []) {
      out.designations ??= [];
      if (!out.designations.some((x) => x.list === d.list && x.ref === d.ref)) out.designations.push({ ...d });
    }
  }
  out.designations?.sort((a, b) => a.list.localeCompare(b.list) || a.ref.localeCompare(b.ref));
  out.merged = members;
  return out;
}
