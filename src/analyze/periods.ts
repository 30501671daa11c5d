// When a claim is about: its own time, else the date its document was published. Periods are
// that date cut to a year or a month, so claims can be grouped and compared per period.
import type { StoredClaim } from "../store/store.js";

export type PeriodGranularity = "year" | "month";

export interface ClaimDate {
  date: string;
  /** Whether the date is the claim's own time or only its document's publication date. */
  from: "claim" | "published";
}

export function claimDate(c: Pick<StoredClaim, "time" | "source">): ClaimDate | undefined {
  if (c.time?.value) return { date: c.time.value, from: "claim" };
  if (c.source.published) return { date: c.source.published, from: "published" };
  return undefined;
}

/** "2014" or "2014-10"; undefined for an undated claim (or a month asked of a year-only date). */
export function periodOf(date: string | undefined, granularity: PeriodGranularity): string | undefined {
  if (!date) return undefined;
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(date);
  if (!m) return undefined;
  if (granularity === "year") return m[1];
  return m[2] ? `${m[1]}-${m[2]}` : m[1];
}

export function claimPeriod(c: Pick<StoredClaim, "time" | "source">, granularity: PeriodGranularity = "year"): string | undefined {
  return periodOf(claimDate(c)?.date, granularity);
}
