// When two figures disagree: when the intervals they commit to do not meet, i.e. beyond their
// stated approximation. The interval itself is read in the store layer (route summaries count
// disagreements at ingest): src/store/figure-interval.ts.
import { DEFAULT_TOLERANCE, figureInterval, type FigureLike, type FigureTolerance } from "../store/figure-interval.js";

export { DEFAULT_TOLERANCE, figureInterval, type FigureLike, type FigureTolerance };

/** True when both give a figure in the same unit and the two cannot both be right. */
export function figuresDisagree(a: FigureLike, b: FigureLike, tol: FigureTolerance = DEFAULT_TOLERANCE): boolean {
  if (a.unit && b.unit && a.unit !== b.unit) return false;
  const x = figureInterval(a, tol), y = figureInterval(b, tol);
  if (!x || !y) return false;
  return x[1] < y[0] || y[1] < x[0];
}
