// Figures and dates as an analyst reads them.
import type { ClaimView, Flow, FlowFigure } from "./api.js";

const number = new Intl.NumberFormat("en-US");
export const formatNumber = (n: number): string => number.format(n);

type FigureLike = Pick<FlowFigure, "value" | "low" | "high" | "bound">;

/** "about 3,000", "at least 500", "1,000–1,500". */
export function formatFigure(q: FigureLike): string {
  if (q.low != null && q.high != null && q.low !== q.high) return `${formatNumber(q.low)}–${formatNumber(q.high)}`;
  const v = q.value ?? q.low ?? q.high;
  if (v == null) return "";
  const prefix = q.bound === "at_least" ? "at least " : q.bound === "at_most" ? "at most " : q.bound === "about" ? "about " : "";
  return prefix + formatNumber(v);
}

/** The spread of figures over a flow's sources: "3,000–6,000", or "" when none gives one. */
export function formatRange(f: Pick<Flow, "low" | "high">): string {
  if (f.low == null && f.high == null) return "";
  if (f.low == null || f.high == null || f.low === f.high) return formatNumber((f.low ?? f.high)!);
  return `${formatNumber(f.low)}–${formatNumber(f.high)}`;
}

/** The figure a flow is drawn with: its highest, else its latest. */
export function flowMagnitude(f: Flow): number | undefined {
  return f.high ?? f.low ?? f.latest?.value ?? undefined;
}

/** "Oct 2014 (as of)". */
export function formatTime(c: Pick<ClaimView, "time">): string {
  if (!c.time) return "";
  const rel = c.time.relation === "at" ? "" : ` (${c.time.relation.replace("_", " ")})`;
  return c.time.value + rel;
}

/** "Levant Weekly, 2015-06-15" — who published the report a claim was read in. */
export function formatSource(c: Pick<ClaimView, "source">): string {
  const s = c.source;
  const who = s.publisher ?? s.title ?? `document ${s.documentId.slice(0, 8)}`;
  return s.published ? `${who}, ${s.published}` : who;
}
