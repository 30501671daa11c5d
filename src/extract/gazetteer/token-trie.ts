// Names indexed by their token n-grams: one hash from "key key key" strings to the ids of the
// names written so, which also marks the proper prefixes of longer names. A walk from a token
// of the text stops as soon as no name continues, so it costs a lookup or two per token. One
// flat hash of small integers keeps building cheap: 120,000 names load on a report's first use.

interface Slot {
  /** Ids of the names with exactly these keys, in the order added. */
  ids: number[];
  /** A longer name starts with these keys ("islamic state of"). */
  prefix: boolean;
}

/** A trie's whole state as plain data, for the index cache (lexicon-cache.ts). */
export interface TokenTrieState {
  index: Map<string, number>;
  slots: Slot[];
  size: number;
}

export class TokenTrie {
  /** Joined keys → a name id (≥ 0) when one name has them and none continues them, else -(slot + 1). */
  private readonly index: Map<string, number>;
  private readonly slots: Slot[];
  size: number;

  constructor(state?: TokenTrieState) {
    this.index = state?.index ?? new Map();
    this.slots = state?.slots ?? [];
    this.size = state?.size ?? 0;
  }

  state(): TokenTrieState {
    return { index: this.index, slots: this.slots, size: this.size };
  }

  add(keys: readonly string[], id: number): void {
    if (keys.length) this.addJoined(keys.join(" "), id);
  }

  /** `add` with the keys already joined by single spaces (keys never hold a space). */
  addJoined(joined: string, id: number): void {
    const v = this.index.get(joined);
    if (v === undefined) this.index.set(joined, id);
    else this.slotOf(joined, v).ids.push(id);
    for (let space = joined.indexOf(" "); space >= 0; space = joined.indexOf(" ", space + 1)) {
      const prefix = joined.slice(0, space);
      const p = this.index.get(prefix);
      if (p === undefined) this.index.set(prefix, this.newSlot([], true));
      else this.slotOf(prefix, p).prefix = true;
    }
    this.size++;
  }

  private newSlot(ids: number[], prefix: boolean): number {
    this.slots.push({ ids, prefix });
    return -this.slots.length;
  }

  private slotOf(joined: string, v: number): Slot {
    if (v < 0) return this.slots[-v - 1];
    const code = this.newSlot([v], false);
    this.index.set(joined, code);
    return this.slots[-code - 1];
  }

  /** Ids of the names with exactly these keys. */
  get(keys: readonly string[]): readonly number[] | undefined {
    const v = this.index.get(keys.join(" "));
    if (v === undefined) return undefined;
    if (v >= 0) return [v];
    const ids = this.slots[-v - 1].ids;
    return ids.length ? ids : undefined;
  }

  /** Every name starting at `from`: calls `found(endExclusive, ids)` from shortest to longest. */
  walk(keys: readonly string[], from: number, found: (end: number, ids: readonly number[]) => void): void {
    let joined = keys[from];
    for (let end = from + 1; ; end++) {
      const v = this.index.get(joined);
      if (v === undefined) return;
      if (v >= 0) { found(end, [v]); return; }
      const slot = this.slots[-v - 1];
      if (slot.ids.length) found(end, slot.ids);
      if (!slot.prefix || end >= keys.length) return;
      joined += " " + keys[end];
    }
  }
}
