// Lists are pages: limit (with a maximum) and offset in, items out with the link to the next
// page (null on the last) and the total where it is known without counting everything.
import type { FastifyRequest } from "fastify";

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 500;

export const pageQuery = {
  limit: { type: "integer", minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT, description: `items per page (at most ${MAX_LIMIT})` },
  offset: { type: "integer", minimum: 0, default: 0, description: "items to skip" },
} as const;

export interface PageParams { limit: number; offset: number }

export interface Page<T> {
  items: T[];
  limit: number;
  offset: number;
  /** Where the next page is; null on the last page. */
  next: string | null;
  total?: number;
}

/** The URL of the page after this one: the same query with the offset moved on. */
function nextLink(request: FastifyRequest, page: PageParams): string {
  const url = new URL(request.url, "http://x");
  url.searchParams.set("limit", String(page.limit));
  url.searchParams.set("offset", String(page.offset + page.limit));
  return url.pathname + url.search;
}

/**
 * A page from items read with limit + 1 (the extra one only says that more follow), or from
 * a complete list when `total` is given.
 */
export function pageOf<T>(request: FastifyRequest, page: PageParams, items: T[], total?: number): Page<T> {
  const more = total != null ? page.offset + page.limit < total : items.length > page.limit;
  const out: Page<T> = { items: items.slice(0, page.limit), limit: page.limit, offset: page.offset, next: more ? nextLink(request, page) : null };
  if (total != null) out.total = total;
  return out;
}

/** A keyset page: after the claim a cursor names, instead of after `offset` others. */
export const cursorQuery = {
  cursor: {
    type: "string", pattern: "^[0-9a-f]{64}#[^#]{1,200}$",
    description: "DOCUMENT#CLAIM of the last item of the previous page, as the `next` link gives it: the page after it, as fast however deep (offset still works, at a cost that grows with it)",
  },
} as const;

/**
 * A page read with limit + 1 from a store that takes cursors: `next` names the page's last item
 * as the cursor (and drops offset), so following it costs the same on every page.
 */
export function cursorPageOf<T>(request: FastifyRequest, page: PageParams, items: T[], refOf: (item: T) => string, total?: number): Page<T> {
  const shown = items.slice(0, page.limit);
  let next: string | null = null;
  if (items.length > page.limit) {
    const url = new URL(request.url, "http://x");
    url.searchParams.set("limit", String(page.limit));
    url.searchParams.delete("offset");
    url.searchParams.set("cursor", refOf(shown[shown.length - 1]));
    next = url.pathname + url.search;
  }
  const out: Page<T> = { items: shown, limit: page.limit, offset: page.offset, next };
  if (total != null) out.total = total;
  return out;
}

export function pageSchema(item: object, description: string) {
  return {
    type: "object", description,
    required: ["items", "limit", "offset", "next"],
    properties: {
      items: { type: "array", items: item },
      limit: { type: "integer" }, offset: { type: "integer" },
      next: { type: ["string", "null"], description: "path and query of the next page; null on the last" },
      total: { type: "integer", description: "all matching items, where known" },
    },
  };
}
