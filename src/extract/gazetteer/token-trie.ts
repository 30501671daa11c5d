// Names indexed by their token n-grams: one hash of "key key key" strings, one set of the
// prefixes of longer names, and for each first word the longest name starting with it. A walk
// from a token of the text stops as soon as no name continues, so it costs a lookup or two per
// token; flat hashes keep building cheap.

export class TokenTrie<V> {
  private readonly names = new Map<string, V[]>();
  private readonly longest = new Map<string, number>();
  /** Proper prefixes of longer names ("islamic state of"), so a walk stops as soon as nothing can follow. */
  private readonly prefixes = new Set<string>();
  size = 0;

  add(keys: readonly string[], value: V): void {
    if (keys.length) this.addJoined(keys.join(" "), value);
  }

  /** `add` with the keys already joined by single spaces (keys never hold a space). */
  addJoined(joined: string, value: V): void {
    const list = this.names.get(joined);
    if (list) list.push(value); else this.names.set(joined, [value]);
    let space = joined.indexOf(" "), count = 1;
    const first = space < 0 ? joined : joined.slice(0, space);
    for (; space >= 0; space = joined.indexOf(" ", space + 1)) { this.prefixes.add(joined.slice(0, space)); count++; }
    if ((this.longest.get(first) ?? 0) < count) this.longest.set(first, count);
    this.size++;
  }

  /** Values stored under exactly these keys. */
  get(keys: readonly string[]): V[] | undefined {
    return this.names.get(keys.join(" "));
  }

  /** Every name starting at `from`: calls `found(endExclusive, values)` from shortest to longest. */
  walk(keys: readonly string[], from: number, found: (end: number, values: V[]) => void): void {
    const max = this.longest.get(keys[from]);
    if (!max) return;
    let joined = keys[from];
    for (let end = from + 1; ; end++) {
      const values = this.names.get(joined);
      if (values) found(end, values);
      if (end - from >= max || end >= keys.length || !this.prefixes.has(joined)) return;
      joined += " " + keys[end];
    }
  }
}
