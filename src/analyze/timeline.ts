// A timeline of dated claims: each at its own time, else its document's publication date,
// oldest first, so an analyst sees what was said to happen when and who said it.
import type { ClaimQuery, Store, StoredClaim } from "../store/store.js";
import { claimRef } from "./claim-ref.js";
import { claimDate } from "./periods.js";
import { keptUntilWrite } from "./revision-cache.js";

export interface TimelineEvent {
  date: string;
  /** Whether the date is the claim's own time or only when its report was published. */
  dateFrom: "claim" | "published";
  claim: StoredClaim;
  ref: string;
}

export interface TimelineQuery extends Pick<ClaimQuery, "type" | "entity" | "documentId" | "since" | "until"> {
  limit?: number;
  offset?: number;
  /** DOCUMENT#CLAIM of the last event of the previous page (stores that count claims take it). */
  after?: string;
}

export interface Timeline {
  events: TimelineEvent[];
  /** Dated claims matching the query, before the page was cut. */
  total: number;
}

// "2014" sorts before "2014-10" and that before "2014-10-03": a coarser date opens its span.
const byDate = (a: TimelineEvent, b: TimelineEvent) =>
  a.date.localeCompare(b.date) || (a.claim.source.published ?? "").localeCompare(b.claim.source.published ?? "")
  || a.ref.localeCompare(b.ref, "en", { numeric: true });

export async function computeTimeline(store: Store, query: TimelineQuery = {}): Promise<Timeline> {
  const { limit, offset = 0, after, ...filter } = query;
  if (store.countClaims) {
    // The store orders by date and cuts the page itself (ties: ingest order), and counts apart;
    // the count is kept until the next write, so later pages do not count again.
    const [claims, total] = await Promise.all([
      store.listClaims({ ...filter, dated: true, order: "date", limit, offset, after }),
      keptUntilWrite(store, `timeline-count|${JSON.stringify(filter)}`, () => store.countClaims!({ ...filter, dated: true })),
    ]);
    const events = claims.flatMap((c) => {
      const d = claimDate(c);
      return d ? [{ date: d.date, dateFrom: d.from, claim: c, ref: claimRef(c) }] : [];
    });
    return { events, total };
  }
  // Else the order is made here over all matches.
  const claims = await store.listClaims(filter);
  const events: TimelineEvent[] = [];
  for (const c of claims) {
    const d = claimDate(c);
    if (d) events.push({ date: d.date, dateFrom: d.from, claim: c, ref: claimRef(c) });
  }
  events.sort(byDate);
  return { events: events.slice(offset, limit == null ? undefined : offset + limit), total: events.length };
}
