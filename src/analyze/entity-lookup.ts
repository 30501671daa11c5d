// Many entities at once: one read where the store offers it, else one read per id.
import type { EntityReadOptions, Store, StoredEntity } from "../store/store.js";

/** `options.counts: false` where only names are shown (documents and mentions then read 0). */
export async function entitiesById(store: Store, ids: string[], options?: EntityReadOptions): Promise<Map<string, StoredEntity>> {
  const found = store.getEntities
    ? await store.getEntities(ids, options)
    : (await Promise.all(ids.map((id) => store.getEntity(id)))).filter((e): e is StoredEntity => !!e);
  return new Map(found.map((e) => [e.id, e]));
}
