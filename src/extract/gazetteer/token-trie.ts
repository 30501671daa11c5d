// Names indexed by their token n-grams: one hash of "key key key" strings plus, for each first
// word, the longest name starting with it. A walk from a token of the text tries only the
// lengths that exist, so it costs a few lookups per token; one flat Map keeps building cheap.

export class TokenTrie<V> {
  private readonly names = new Map<string, V[]>();
  private readonly longest = new Map<string, number>();
  size = 0;

  add(keys: readonly string[], value: V): void {
    if (!keys.length) return;
    const joined = keys.join(" ");
    const list = this.names.get(joined);
    if (list) list.push(value); else this.names.set(joined, [value]);
    if ((this.longest.get(keys[0]) ?? 0) < keys.length) this.longest.set(keys[0], keys.length);
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
      if (end - from >= max || end >= keys.length) return;
      joined += " " + keys[end];
    }
  }
}
