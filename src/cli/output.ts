// Terminal output: aligned tables that fit the terminal, or JSON for scripts.

/** Printable cell text: untrusted report text is flattened and stripped of control characters. */
export function cell(v: unknown): string {
  if (v == null) return "";
  return String(v).replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ").replace(/\s+/g, " ").trim();
}

/**
 * Renders rows as columns separated by two spaces. When the table is wider than `width`,
 * the widest columns are cut (with an ellipsis) until it fits.
 */
export function renderTable(headers: string[], rows: unknown[][], width = process.stdout.columns || 120): string {
  const cells = [headers, ...rows.map((r) => r.map(cell))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => [...(r[i] ?? "")].length)));
  const total = () => widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1);
  while (total() > width) {
    const i = widths.indexOf(Math.max(...widths));
    if (widths[i] <= 8) break;
    widths[i] = Math.max(8, widths[i] - (total() - width));
  }
  const fit = (s: string, w: number) => {
    const chars = [...s];
    return chars.length > w ? chars.slice(0, w - 1).join("") + "…" : s + " ".repeat(w - chars.length);
  };
  const lines = cells.map((r) => widths.map((w, i) => fit(r[i] ?? "", w)).join("  ").trimEnd());
  lines.splice(1, 0, widths.map((w) => "─".repeat(w)).join("  "));
  return lines.join("\n") + "\n";
}

export function printTable(headers: string[], rows: unknown[][]): void {
  process.stdout.write(rows.length ? renderTable(headers, rows) : "(nothing found)\n");
}

export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + "\n");
}

/** "3,000", "3,000–5,000", "≥ 9,000": a figure as an analyst reads it. */
export function formatFigure(q: { value: number | null; low: number | null; high: number | null; bound?: string; approx?: boolean } | undefined): string {
  if (!q) return "";
  const n = (x: number) => x.toLocaleString("en-US");
  if (q.value == null && q.low != null && q.high != null) return `${n(q.low)}–${n(q.high)}`;
  if (q.value == null) return q.low != null ? `≥ ${n(q.low)}` : q.high != null ? `≤ ${n(q.high)}` : "";
  const prefix = q.bound === "at_least" ? "≥ " : q.bound === "at_most" ? "≤ " : q.approx || q.bound === "about" ? "~" : "";
  return prefix + n(q.value);
}
