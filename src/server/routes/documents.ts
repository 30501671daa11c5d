// GET /api/documents, /api/documents/:id and /api/stats: the reports stored, and counts.
import type { FastifyPluginAsync } from "fastify";
import { ApiError } from "../errors.js";
import { pageOf, pageQuery, pageSchema, type PageParams } from "../pagination.js";
import { ERROR_RESPONSES, ref } from "../schemas.js";

export const documentRoutes: FastifyPluginAsync = async (app) => {
  app.get<{ Querystring: PageParams }>("/api/documents", {
    schema: {
      tags: ["documents"], summary: "stored reports, newest first",
      querystring: { type: "object", properties: { ...pageQuery }, additionalProperties: false },
      response: { 200: pageSchema(ref("Document"), "a page of documents (without their text)"), ...ERROR_RESPONSES },
    },
  }, async (request) => {
    const { limit, offset } = request.query;
    const [items, stats] = await Promise.all([app.store.listDocuments({ limit: limit + 1, offset }), app.store.stats()]);
    return pageOf(request, { limit, offset }, items, stats.documents);
  });

  app.get<{ Params: { id: string } }>("/api/documents/:id", {
    schema: {
      tags: ["documents"], summary: "one report with its text",
      description: "By full id or an unambiguous prefix of at least 6 hex digits, with the entities it mentions and their spans. Its claims: GET /api/claims?document=ID.",
      params: { type: "object", properties: { id: { type: "string", pattern: "^[0-9a-fA-F]{6,64}$", description: "document id or prefix" } }, required: ["id"] },
      response: { 200: { description: "the document", ...ref("DocumentWithText") }, 404: { description: "no such document", ...ref("Error") }, ...ERROR_RESPONSES },
    },
  }, async (request) => {
    const doc = await app.store.getDocument(request.params.id);
    if (!doc) throw new ApiError(404, "not_found", `no document matches ${request.params.id}`);
    // The entities it mentions, with their spans, so a view can highlight them in the text.
    const entities = await app.store.documentMentions?.(doc.id);
    return entities ? { ...doc, entities } : doc;
  });

  app.get("/api/stats", {
    schema: { tags: ["documents"], summary: "how much the store holds", response: { 200: { description: "counts", ...ref("Stats") } } },
  }, async () => ({ kind: app.store.kind, ...(await app.store.stats()) }));
};
