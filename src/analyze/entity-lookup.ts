// Many entities at once: one read where the store offers it, else one read per id.
import type { Store, StoredEntity } from "../store/store.js";

export async function entitiesById(store: Store, ids: string[]): Promise<Map<string, StoredEntity>> {
  const found = store.getEntities
    ? await store.getEntities(ids)
    : (await Promise.all(ids.map((id) => store.getEntity(id)))).filter((e): e is StoredEntity => !!e);
  return new Map(found.map((e) => [e.id, e]));
}
