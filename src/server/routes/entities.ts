// GET /api/entities and /api/entities/:id: actors and places, and an actor's profile.
import type { FastifyPluginAsync } from "fastify";
import type { EntityType } from "../../extract/contract.js";
import { actorProfile } from "../../analyze/profile.js";
import { ApiError } from "../errors.js";
import { pageOf, pageQuery, pageSchema, type PageParams } from "../pagination.js";
import { ERROR_RESPONSES, entityTypeParam, ref } from "../schemas.js";
import { annotateClaims } from "./annotate.js";

export const entityRoutes: FastifyPluginAsync = async (app) => {
  app.get<{ Querystring: PageParams & { type?: EntityType; name?: string } }>("/api/entities", {
    schema: {
      tags: ["entities"], summary: "entities merged over all documents, most documented first",
      querystring: {
        type: "object", additionalProperties: false,
        properties: { type: entityTypeParam, name: { type: "string", minLength: 1, maxLength: 200, description: "name or alias contains (case-insensitive)" }, ...pageQuery },
      },
      response: { 200: pageSchema(ref("Entity"), "a page of entities"), ...ERROR_RESPONSES },
    },
  }, async (request) => {
    const { type, name, limit, offset } = request.query;
    const items = await app.store.findEntities({ type, name, limit: limit + 1, offset });
    const total = !type && !name ? (await app.store.stats()).entities : undefined;
    return pageOf(request, { limit, offset }, items, total);
  });

  app.get<{ Params: { id: string }; Querystring: PageParams }>("/api/entities/:id", {
    schema: {
      tags: ["entities"], summary: "an actor's profile",
      description: "Aliases, type, country, designations, memberships, leaders, allegiances over time, allies and adversaries, "
        + "and a page of the claims about it (limit/offset page those claims) with who made them.",
      params: { type: "object", properties: { id: { type: "string", minLength: 1, description: "entity id, e.g. group:islamic-state (URL-encoded)" } }, required: ["id"] },
      querystring: { type: "object", additionalProperties: false, properties: { ...pageQuery } },
      response: { 200: { description: "the profile", ...ref("Profile") }, 404: { description: "no such entity", ...ref("Error") }, ...ERROR_RESPONSES },
    },
  }, async (request) => {
    const profile = await actorProfile(app.store, request.params.id, request.query);
    if (!profile) throw new ApiError(404, "not_found", `no entity ${request.params.id}`);
    return { ...profile, claims: await annotateClaims(app.store, profile.claims) };
  });
};
