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
