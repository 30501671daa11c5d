// Resolution across documents: merge suggestions, and a person's merge, reject and split
// decisions (src/resolve). Writes follow the rules of every write: a token when the server
// has one, same origin from a browser.
import type { FastifyPluginAsync } from "fastify";
import type { EntityType } from "../../extract/contract.js";
import { DecisionError, listDecisions, mergeEntities, rejectMerge, splitEntity } from "../../resolve/decide.js";
import { DEFAULT_MIN_SCORE, suggestMerges } from "../../resolve/suggest.js";
import { ApiError } from "../errors.js";
import { pageOf, pageQuery, pageSchema, type PageParams } from "../pagination.js";
import { ERROR_RESPONSES, entityTypeParam, ref } from "../schemas.js";

const str = { type: "string" };
const idParam = { type: "string", minLength: 1, maxLength: 500 };
const who = {
  by: { type: "string", minLength: 1, maxLength: 200, description: "who decides (default: api)" },
  note: { type: "string", maxLength: 2000, description: "why, for whoever reads the decisions later" },
};

const suggestedEntity = {
  type: "object", required: ["id", "name", "type", "documents", "mentions"],
  properties: { id: str, name: str, type: entityTypeParam, country: str, documents: { type: "integer" }, mentions: { type: "integer" } },
};
const suggestion = {
  type: "object", description: "two entities that are probably one actor", required: ["keep", "merge", "score", "reasons"],
  properties: {
    keep: { ...suggestedEntity, description: "the better documented one, to keep" }, merge: { ...suggestedEntity, description: "the one to merge into it" },
    score: { type: "number", minimum: 0, maximum: 1 }, reasons: { type: "array", items: str },
  },
};
const decision = {
  type: "object", description: "a merge, reject or split decision", required: ["seq", "action", "target", "by", "at"],
  properties: {
    seq: { type: "integer", description: "order of decision" }, action: { type: "string", enum: ["merge", "reject", "split"] },
    target: { ...str, description: "the entity kept, one of the pair, or the entity split" },
    source: { ...str, description: "the entity merged in, the other of the pair, or the one split off (absent: every merge into target)" },
    by: str, at: { ...str, description: "ISO timestamp" }, note: str,
  },
};
const writeErrors = {
  401: { description: "a token is needed", ...ref("Error") },
  403: { description: "a write from another origin", ...ref("Error") },
  404: { description: "no such entity", ...ref("Error") },
  409: { description: "the decision contradicts the current state (already one actor, nothing merged)", ...ref("Error") },
};

async function decided<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (e) {
    if (e instanceof DecisionError) {
      if (e.code === "unknown_entity") throw new ApiError(404, "not_found", e.message);
      if (e.code === "conflict") throw new ApiError(409, "conflict", e.message);
      throw new ApiError(400, "bad_request", e.message);
    }
    throw e;
  }
}

export const mergeRoutes: FastifyPluginAsync = async (app) => {
  app.get<{ Querystring: PageParams & { type?: EntityType; entity?: string; min_score: number } }>("/api/suggestions", {
    schema: {
      tags: ["resolution"], summary: "entities that are probably one actor, best first, with the reasons",
      querystring: {
        type: "object", additionalProperties: false,
        properties: {
          type: entityTypeParam,
          entity: { ...idParam, description: "only pairs involving this entity id" },
          min_score: { type: "number", minimum: 0, maximum: 1, default: DEFAULT_MIN_SCORE, description: "leave out pairs scoring below this" },
          ...pageQuery,
        },
      },
      response: { 200: pageSchema(suggestion, "a page of suggestions"), ...ERROR_RESPONSES },
    },
  }, async (request) => {
    const { type, entity, min_score, limit, offset } = request.query;
    const items = await suggestMerges(app.store, { type, entity, minScore: min_score, limit: offset + limit + 1 });
    return pageOf(request, { limit, offset }, items.slice(offset));
  });

  app.get("/api/merges", {
    schema: {
      tags: ["resolution"], summary: "every merge, reject and split decision, oldest first, with who made it and when",
      response: { 200: { type: "object", required: ["items"], properties: { items: { type: "array", items: decision } } }, ...ERROR_RESPONSES },
    },
  }, async () => ({ items: await listDecisions(app.store) }));

  app.post<{ Body: { keep: string; merge: string; reject?: boolean; by?: string; note?: string } }>("/api/merges", {
    schema: {
      tags: ["resolution"], summary: "record that `merge` is the same actor as `keep` (or, with reject, that they are different)",
      description: "After a merge every query shows one entity with keep's id, every name as an alias, documents and mentions counted together and claims pointing at it. Needs `Authorization: Bearer TOKEN` when the server has a token.",
      body: {
        type: "object", additionalProperties: false, required: ["keep", "merge"],
        properties: { keep: { ...idParam, description: "entity id to keep" }, merge: { ...idParam, description: "entity id that is the same actor" }, reject: { type: "boolean", default: false, description: "record that they are different actors instead" }, ...who },
      },
      response: {
        201: { type: "object", required: ["decision"], properties: { decision, entity: { description: "the entity as shown now", ...ref("Entity") } } },
        ...writeErrors, ...ERROR_RESPONSES,
      },
    },
  }, async (request, reply) => {
    const { keep, merge, reject, by, note } = request.body;
    const whoDecides = { by: by ?? "api", note };
    const d = await decided(reject ? rejectMerge(app.store, keep, merge, whoDecides) : mergeEntities(app.store, keep, merge, whoDecides));
    const entity = reject ? undefined : await app.store.getEntity(d.target);
    return reply.status(201).send({ decision: d, ...(entity ? { entity } : {}) });
  });

  app.delete<{ Params: { id: string }; Querystring: { from?: string; by?: string; note?: string } }>("/api/merges/:id", {
    schema: {
      tags: ["resolution"], summary: "split: undo the merges into an entity (every one, or the one of `from`)",
      description: "Recorded like a merge and undone by merging again. Needs `Authorization: Bearer TOKEN` when the server has a token.",
      params: { type: "object", properties: { id: { ...idParam, description: "the entity merged into (URL-encoded)" } }, required: ["id"] },
      querystring: { type: "object", additionalProperties: false, properties: { from: { ...idParam, description: "undo only the merge of this entity (id or a name it brought)" }, ...who } },
      response: { 200: { type: "object", required: ["decision"], properties: { decision } }, ...writeErrors, ...ERROR_RESPONSES },
    },
  }, async (request) => {
    const { from, by, note } = request.query;
    return { decision: await decided(splitEntity(app.store, request.params.id, from, { by: by ?? "api", note })) };
  });
};
