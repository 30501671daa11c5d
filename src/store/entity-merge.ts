// How the records one entity gets from many documents fold into the one stored entity.
// Backend-neutral: SQLite and PostgreSQL apply the same rule, so both stores show the same name.
//
// The rule, in order of the documents' first ingest:
// - the first record's name and type are canonical, unless a later record is backed by a
//   reference list (it carries `refs`: GeoNames, a sanctions list) and the canonical one is not;
//   then that record's name and type become canonical (a list's spelling beats a reporter's);
// - every other name seen (earlier canonical names included) is an alias, duplicates dropped
//   case-insensitively, the first spelling kept;
// - country and coordinates come from the canonical record where it has them, else from the
//   first record that does; refs are unioned, the canonical record's value winning a conflict;
// - list designations are unioned by list and reference.
import type { Entity } from "../extract/contract.js";

export type EntityRecord = Omit<Entity, "mentions">;

export interface MergedEntity extends EntityRecord {
  /** 1 when the canonical name comes from a record backed by a reference list, else 0. */
  nameRank: number;
}

export function nameRank(r: EntityRecord): number {
  return r.refs && Object.keys(r.refs).length > 0 ? 1 : 0;
}

export function mergeEntity(into: MergedEntity | undefined, r: EntityRecord): MergedEntity {
  if (!into) {
    const out: MergedEntity = { id: r.id, type: r.type, name: r.name, aliases: unionNames(r.name, [r.aliases]), nameRank: nameRank(r) };
    copyPlace(out, r);
    if (r.refs && Object.keys(r.refs).length) out.refs = { ...r.refs };
    if (r.designations?.length) out.designations = unionDesignations(r.designations);
    return out;
  }
  const rank = nameRank(r);
  const promote = rank > into.nameRank;
  const canonical = promote ? r : into;
  const other = promote ? into : r;
  const out: MergedEntity = {
    id: into.id,
    type: canonical.type,
    name: canonical.name,
    aliases: unionNames(canonical.name, [[into.name], into.aliases, [r.name], r.aliases]),
    nameRank: Math.max(rank, into.nameRank),
  };
  const country = canonical.country ?? other.country;
  if (country) out.country = country;
  const at = canonical.lat != null && canonical.lon != null ? canonical : other;
  if (at.lat != null && at.lon != null) { out.lat = at.lat; out.lon = at.lon; }
  const refs = { ...other.refs, ...canonical.refs };
  if (Object.keys(refs).length) out.refs = refs;
  const designations = unionDesignations(canonical.designations, other.designations);
  if (designations.length) out.designations = designations;
  return out;
}

/** Lower-case, diacritics dropped: the form names are matched on ("ḥassine" finds "Hassine"). */
export function nameKey(name: string): string {
  return name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().trim();
}

function unionNames(canonical: string, lists: string[][]): string[] {
  const seen = new Set([canonical.toLowerCase()]);
  const out: string[] = [];
  for (const list of lists) {
    for (const name of list) {
      const k = name.toLowerCase();
      if (!name.trim() || seen.has(k)) continue;
      seen.add(k);
      out.push(name);
    }
  }
  return out;
}

function copyPlace(out: MergedEntity, from: EntityRecord | MergedEntity): void {
  if (from.country) out.country = from.country;
  if (from.lat != null && from.lon != null) { out.lat = from.lat; out.lon = from.lon; }
}

function unionDesignations(...lists: (EntityRecord["designations"] | undefined)[]): NonNullable<EntityRecord["designations"]> {
  const out: NonNullable<EntityRecord["designations"]> = [];
  for (const list of lists) for (const d of list ?? []) {
    if (!out.some((x) => x.list === d.list && x.ref === d.ref)) out.push({ ...d });
  }
  // sorted, so every backend and every order of ingest shows the same list
  return out.sort((a, b) => a.list.localeCompare(b.list) || a.ref.localeCompare(b.ref));
}
