// All-digit dates ("25/12/2014", "3.10.2014") through chrono-node. Whether 10/05/2014 is
// October or May depends on the writer, so a date is kept only when chrono's American and
// British readings agree on it; a wrong day misplaces a claim on the timeline.
import * as chrono from "chrono-node";
import { isoValue, isRealDay } from "./anchor.js";

/** Cheap test before chrono is asked: digits, separator, digits, separator, a year. */
export const NUMERIC_DATE_HINT = /\b\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})\b/;

export interface NumericDate {
  /** Offsets into the text given. */
  start: number;
  end: number;
  value: string;
}

export function findNumericDates(text: string): NumericDate[] {
  if (!NUMERIC_DATE_HINT.test(text)) return [];
  const ref = { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 };
  const british = new Map(chrono.en.GB.parse(text, ref).map((r) => [r.index, r]));
  const out: NumericDate[] = [];
  for (const us of chrono.en.casual.parse(text, ref)) {
    if (!/^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$/.test(us.text)) continue;
    const gb = british.get(us.index);
    const y = us.start.get("year"), m = us.start.get("month"), d = us.start.get("day");
    if (!gb || y == null || m == null || d == null) continue;
    if (gb.start.get("month") !== m || gb.start.get("day") !== d || gb.start.get("year") !== y) continue;
    if (!isRealDay(y, m, d)) continue;
    out.push({ start: us.index, end: us.index + us.text.length, value: isoValue(y, m, d) });
  }
  return out;
}
