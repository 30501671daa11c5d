// Publication dates as sources write them, normalised to YYYY-MM-DD. A timestamp keeps
// the calendar date it was written with (the publisher's own day), not the UTC day.

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

function ymd(y: number, m: number, d: number): string | undefined {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return undefined;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return undefined;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** 1-12 for a month name or its abbreviation of three letters or more ("Sept."), else undefined. */
function month(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, "");
  if (w.length < 3) return undefined;
  const i = MONTHS.findIndex((name) => name.startsWith(w));
  return i >= 0 ? i + 1 : undefined;
}

/**
 * The calendar date in a date or timestamp string, as YYYY-MM-DD, or undefined when
 * the string does not name a whole date (a year or a month alone is not a date).
 * Reads ISO 8601 (2015-02-27, 2015-02-27T10:00:00+01:00, 20150227), 2015/02/27,
 * "27 February 2015", "February 27, 2015", "Fri, 27 Feb 2015 10:00:00 GMT" and
 * Unix timestamps in seconds or milliseconds.
 */
export function normaliseDate(value: string | number | undefined | null): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "number") return fromEpoch(value);
  const s = value.trim();
  if (!s) return undefined;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])/.exec(s) ?? /^(\d{4})\/(\d{1,2})\/(\d{1,2})\b/.exec(s);
  if (m) return ymd(+m[1], +m[2], +m[3]);
  m = /^(\d{4})(\d{2})(\d{2})(?:$|T)/.exec(s);
  if (m) return ymd(+m[1], +m[2], +m[3]);
  if (/^\d{10}(\d{3})?$/.test(s)) return fromEpoch(Number(s));
  // 27 February 2015, Fri, 27 Feb 2015 10:00 GMT, 27-Feb-2015
  m = /\b(\d{1,2})(?:st|nd|rd|th)?[\s-]+(?:of\s+)?([A-Za-z]{3,9}\.?)[\s,-]+(\d{4})\b/.exec(s);
  if (m && month(m[2])) return ymd(+m[3], month(m[2])!, +m[1]);
  // February 27, 2015; Feb. 27 2015
  m = /\b([A-Za-z]{3,9}\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(s);
  if (m && month(m[1])) return ymd(+m[3], month(m[1])!, +m[2]);
  // an ISO date inside other words: "Updated: 2015-02-27 10:00"
  m = /(?:^|[^\d])(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(s);
  if (m) return ymd(+m[1], +m[2], +m[3]);
  return undefined;
}

function fromEpoch(n: number): string | undefined {
  if (!Number.isFinite(n) || n <= 0) return undefined;
  const ms = n > 1e11 ? n : n * 1000;
  const d = new Date(ms);
  return ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** A YYYY-MM-DD date written in a file name (reports are often saved as 2015-02-27-sirte.txt). */
export function dateInFileName(name: string): string | undefined {
  const base = name.split(/[\\/]/).pop() ?? name;
  const m = /(?:^|[^\d])(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(base);
  return m ? ymd(+m[1], +m[2], +m[3]) : undefined;
}
