// GET /api/search?q=: full-text search over every stored report.
import type { FastifyPluginAsync } from "fastify";
import { pageOf, pageQuery, pageSchema, type PageParams } from "../pagination.js";
import { ERROR_RESPONSES, ref } from "../schemas.js";

export const searchRoutes: FastifyPluginAsync = async (app) => {
  app.get<{ Querystring: PageParams & { q: string } }>("/api/search", {
    schema: {
      tags: ["documents"], summary: "full-text search over report texts and titles, best first",
      querystring: {
        type: "object", additionalProperties: false, required: ["q"],
        properties: { q: { type: "string", minLength: 1, maxLength: 500, description: "words; \"quoted phrases\" allowed" }, ...pageQuery, offset: { ...pageQuery.offset, maximum: 10_000 } },
      },
      response: { 200: pageSchema(ref("SearchHit"), "a page of matching documents"), ...ERROR_RESPONSES },
    },
  }, async (request) => {
    const { q, limit, offset } = request.query;
    // the store ranks from the top, so a later page reads the ones before it too
    const hits = await app.store.search(q, offset + limit + 1);
    return pageOf(request, { limit, offset }, hits.slice(offset));
  });
};
