// The interval a figure commits to: a range as given, "at least" open above, "at most" down to
// zero, an approximate figure widened by a tolerance. Two figures disagree when their intervals
// do not meet. Kept in the store layer because route summaries count disagreements at ingest.
import type { Quantity } from "../extract/contract.js";

export interface FigureTolerance {
  /** Relative slack for figures marked approximate ("an estimated", "some", "about"). Default 0.15. */
  approx: number;
  /** Relative slack for figures given as exact, for rounding and transcription. Default 0.02. */
  exact: number;
}

export const DEFAULT_TOLERANCE: FigureTolerance = { approx: 0.15, exact: 0.02 };

export type FigureLike = Pick<Quantity, "value" | "low" | "high"> & { bound: string; approx?: boolean; unit?: string };

/** [low, high] the figure commits to, or undefined when it gives no number. */
export function figureInterval(q: FigureLike, tol: FigureTolerance = DEFAULT_TOLERANCE): [number, number] | undefined {
  const slack = q.approx || q.bound === "about" ? tol.approx : tol.exact;
  let lo: number, hi: number;
  if (q.value != null) {
    if (q.bound === "at_least") return [q.value * (1 - slack), Infinity];
    if (q.bound === "at_most") return [0, q.value * (1 + slack)];
    lo = hi = q.value;
  } else if (q.low != null && q.high != null) {
    [lo, hi] = [Math.min(q.low, q.high), Math.max(q.low, q.high)];
  } else if (q.low != null) {
    return [q.low * (1 - slack), Infinity];
  } else if (q.high != null) {
    return [0, q.high * (1 + slack)];
  } else {
    return undefined;
  }
  return [lo * (1 - slack), hi * (1 + slack)];
}
