// Answers kept until the store changes. A hub's facets, an entity ranking or a claim's
// corroboration cost tens of milliseconds to compute and stay the same until the next write, so
// they are kept per store under its revision token (Store.revision) and dropped when it moves.
// A store without a revision token gets no cache: every answer is computed afresh.
import type { Store } from "../store/store.js";

/**
 * What one store's kept answers may weigh in all: a claim reference, an entity or a count weighs
 * about 1 (some 100 bytes), so the cache stays within a few tens of MB.
 */
const MAX_WEIGHT = 50_000;

interface Entry { value: Promise<unknown>; weight: number }

/** The answers kept for one revision of one store, least recently used first. */
export class RevisionCache {
  private readonly entries = new Map<string, Entry>();
  private weight = 0;

  constructor(readonly revision: string) {}

  /** The kept answer for `key`, else `compute()`'s (kept once it resolves; a failure is not kept). */
  memo<T>(key: string, compute: () => Promise<T>, weigh: (value: T) => number = () => 1): Promise<T> {
    const hit = this.get<T>(key);
    if (hit) return hit;
    const value = compute();
    const entry: Entry = { value, weight: 1 };
    this.entries.set(key, entry);
    this.weight += 1;
    value.then((v) => {
      if (this.entries.get(key) !== entry) return;
      const w = Math.max(1, weigh(v));
      this.weight += w - entry.weight;
      entry.weight = w;
      this.evict();
    }, () => {
      if (this.entries.get(key) === entry) { this.entries.delete(key); this.weight -= entry.weight; }
    });
    return value;
  }

  /** The kept answer for `key`, if any. */
  get<T>(key: string): Promise<T> | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    this.entries.delete(key);
    this.entries.set(key, hit);
    return hit.value as Promise<T>;
  }

  set<T>(key: string, value: T, weight = 1): void {
    this.memo(key, () => Promise.resolve(value), () => weight);
  }

  private evict(): void {
    for (const [key, e] of this.entries) {
      if (this.weight <= MAX_WEIGHT) break;
      this.entries.delete(key);
      this.weight -= e.weight;
    }
  }
}

const caches = new WeakMap<Store, RevisionCache>();

/** The cache for the store as it is now, or undefined when the store cannot tell its revision. */
export async function revisionCache(store: Store): Promise<RevisionCache | undefined> {
  if (!store.revision) return undefined;
  const revision = await store.revision();
  let cache = caches.get(store);
  if (!cache || cache.revision !== revision) caches.set(store, (cache = new RevisionCache(revision)));
  return cache;
}

/** `compute()`, kept under `key` until the store changes. */
export async function keptUntilWrite<T>(store: Store, key: string, compute: () => Promise<T>, weigh?: (value: T) => number): Promise<T> {
  const cache = await revisionCache(store);
  return cache ? cache.memo(key, compute, weigh) : compute();
}
