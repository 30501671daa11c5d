// The entities a person's decisions make one: replays merge, reject and split decisions in
// order into a map from every merged id to the id it shows under (its root).
import type { MergeDecision } from "../store/merge-decisions.js";

const pairKey = (a: string, b: string) => (a < b ? `${a}\n${b}` : `${b}\n${a}`);

export class Resolution {
  /** Direct merges: merged id → the id it was merged into (which may itself be merged). */
  private readonly parent = new Map<string, string>();
  private readonly rejected = new Set<string>();
  /** Order each id was merged in, so a group lists its members in the order decided. */
  private readonly order = new Map<string, number>();
  private groupsMemo: Map<string, string[]> | undefined;

  static from(decisions: readonly MergeDecision[]): Resolution {
    const r = new Resolution();
    for (const d of decisions) r.apply(d);
    return r;
  }

  /** Applies one decision; a decision that no longer makes sense (a cycle, nothing to split) changes nothing. */
  apply(d: MergeDecision): void {
    const { target, source } = d;
    this.groupsMemo = undefined;
    if (d.action === "merge" && source) {
      if (source === target || this.rootOf(target) === this.rootOf(source)) return;
      this.parent.set(source, target);
      this.order.set(source, d.seq);
      this.rejected.delete(pairKey(target, source));
    } else if (d.action === "reject" && source) {
      this.rejected.add(pairKey(target, source));
      if (this.parent.get(source) === target) this.parent.delete(source);
      if (this.parent.get(target) === source) this.parent.delete(target);
    } else if (d.action === "split") {
      if (source) {
        if (source !== target && this.descendsFrom(source, target)) this.parent.delete(source);
      } else {
        for (const [from, to] of [...this.parent]) if (to === target) this.parent.delete(from);
      }
    }
  }

  /** True when nothing is merged: every query can skip resolution. */
  get isEmpty(): boolean {
    return this.parent.size === 0;
  }

  /** The id an entity shows under: itself unless merged into another. */
  rootOf(id: string): string {
    let at = id;
    // the guard bounds a walk over a chain that a hand-edited table could make circular
    for (let steps = 0; steps <= this.parent.size; steps++) {
      const next = this.parent.get(at);
      if (next === undefined) return at;
      at = next;
    }
    return id;
  }

  /** Whether `ancestor` is on the chain from `id` to its root. */
  descendsFrom(id: string, ancestor: string): boolean {
    let at = id;
    for (let steps = 0; steps <= this.parent.size; steps++) {
      const next = this.parent.get(at);
      if (next === undefined) return false;
      if (next === ancestor) return true;
      at = next;
    }
    return false;
  }

  /** Every root with the ids shown under it (not the root itself), in the order they were merged. */
  groups(): Map<string, string[]> {
    if (this.groupsMemo) return this.groupsMemo;
    const out = new Map<string, string[]>();
    const ids = [...this.parent.keys()].sort((a, b) => (this.order.get(a) ?? 0) - (this.order.get(b) ?? 0));
    for (const id of ids) {
      const root = this.rootOf(id);
      if (root === id) continue;
      let list = out.get(root);
      if (!list) out.set(root, (list = []));
      list.push(id);
    }
    this.groupsMemo = out;
    return out;
  }

  /** The ids shown under `root`, root first. */
  group(root: string): string[] {
    return [root, ...(this.groups().get(root) ?? [])];
  }

  /** A person said these two (or the actors they are now part of) are different. */
  isRejected(a: string, b: string): boolean {
    if (this.rejected.size === 0) return false;
    const ra = this.rootOf(a), rb = this.rootOf(b);
    for (const key of this.rejected) {
      const [x, y] = key.split("\n");
      const rx = this.rootOf(x), ry = this.rootOf(y);
      if ((rx === ra && ry === rb) || (rx === rb && ry === ra)) return true;
    }
    return false;
  }
}
