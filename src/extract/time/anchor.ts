// Calendar arithmetic against the report's publication date, in UTC so a report reads the
// same on every machine. Values are ISO prefixes: "2014", "2014-10", "2014-10-05".

export interface Anchor {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
  /** Sunday 0 … Saturday 6 */
  weekday: number;
}

export type Precision = "year" | "month" | "day";

/** The anchor for a YYYY-MM-DD publication date, or undefined when absent or malformed. */
export function anchorFrom(published: string | undefined): Anchor | undefined {
  const m = published ? /^(\d{4})-(\d{2})-(\d{2})/.exec(published) : null;
  if (!m) return undefined;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  if (Number.isNaN(d.getTime())) return undefined;
  return fromDate(d);
}

function fromDate(d: Date): Anchor {
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), weekday: d.getUTCDay() };
}

export function addDays(a: Anchor, days: number): Anchor {
  return fromDate(new Date(Date.UTC(a.year, a.month - 1, a.day + days)));
}

export function addMonths(a: Anchor, months: number): Anchor {
  const total = a.year * 12 + (a.month - 1) + months;
  return { ...a, year: Math.floor(total / 12), month: (total % 12 + 12) % 12 + 1, day: 1, weekday: -1 };
}

const pad = (n: number): string => String(n).padStart(2, "0");

export function isoValue(year: number, month?: number, day?: number): string {
  if (month === undefined) return String(year);
  if (day === undefined) return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The anchor written at a precision. */
export function isoAt(a: Anchor, precision: Precision): string {
  return precision === "year" ? isoValue(a.year) : precision === "month" ? isoValue(a.year, a.month) : isoValue(a.year, a.month, a.day);
}

/** True when year-month-day names a real calendar day. */
export function isRealDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/**
 * The year of a month named without one. Reports speak mostly of the past: a month later in
 * the year than publication is last year's ("since October" in February 2015 is 2014-10).
 * `which` is the word before it: "last" is strictly before the publication month, "next"
 * strictly after, "this" the publication year.
 */
export function yearOfMonth(a: Anchor, month: number, which: "last" | "this" | "next" | "bare"): number {
  switch (which) {
    case "last": return month < a.month ? a.year : a.year - 1;
    case "next": return month > a.month ? a.year : a.year + 1;
    case "this": return a.year;
    default: return month <= a.month ? a.year : a.year - 1;
  }
}

/**
 * The day a weekday names. News style names the day of week for events of the past week,
 * the publication day included ("said on Friday" in a Friday paper is that Friday); "last
 * Friday" is strictly before, "next Friday" strictly after.
 */
export function dayOfWeekday(a: Anchor, weekday: number, which: "last" | "next" | "bare"): Anchor {
  let back = (a.weekday - weekday + 7) % 7;
  if (which === "next") return addDays(a, ((weekday - a.weekday + 7) % 7) || 7);
  if (which === "last" && back === 0) back = 7;
  return addDays(a, -back);
}
