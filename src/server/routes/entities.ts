// GET /api/entities and /api/entities/:id: actors and places, and an actor's profile.
import type { FastifyPluginAsync } from "fastify";
import type { EntityType } from "../../extract/contract.js";
import { actorProfile } from "../../analyze/profile.js";
import { ApiError } from "../errors.js";
import { pageOf, pageQuery, pageSchema, type PageParams } from "../pagination.js";
import { ERROR_RESPONSES, entityTypeParam, ref } from "../schemas.js";
import { claimRef } from "../../analyze/claim-ref.js";
import { keptUntilWrite } from "../../analyze/revision-cache.js";
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
    // Ranking every entity by its reports costs a pass over all of them; the order and the count
    // change only with a write, so a page is kept until then.
    const query = { type, name, limit: limit + 1, offset };
    const [items, total] = await Promise.all([
      keptUntilWrite(app.store, `entities|${JSON.stringify(query)}`, () => app.store.findEntities(query), (list) => list.length),
      !type && !name ? keptUntilWrite(app.store, "stats", () => app.store.stats()).then((s) => s.entities) : undefined,
    ]);
    return pageOf(request, { limit, offset }, items, total);
  });

  app.get<{ Params: { id: string }; Querystring: PageParams }>("/api/entities/:id", {
    schema: {
      tags: ["entities"], summary: "an actor's profile",
      description: "Aliases, type, country, designations, memberships, leaders, allegiances over time, allies and adversaries, "
        + "who made the claims about it, and the first page of those claims (limit, default 10); claimsNext pages on through /api/claims. "
        + "Long lists are summaries: the best-sourced ties, the latest allegiances, the busiest speakers, with counts of all.",
      params: { type: "object", properties: { id: { type: "string", minLength: 1, description: "entity id, e.g. group:islamic-state (URL-encoded)" } }, required: ["id"] },
      querystring: { type: "object", additionalProperties: false, properties: { ...pageQuery, limit: { ...pageQuery.limit, default: 10 } } },
      response: { 200: { description: "the profile", ...ref("Profile") }, 404: { description: "no such entity", ...ref("Error") }, ...ERROR_RESPONSES },
    },
  }, async (request) => {
    const { limit, offset } = request.query;
    const profile = await actorProfile(app.store, request.params.id, { limit, offset });
    if (!profile) throw new ApiError(404, "not_found", `no entity ${request.params.id}`);
    // the rest of its claims are paged by /api/claims, from the last one shown here
    const last = profile.claims[profile.claims.length - 1];
    const more = !!last && offset + profile.claims.length < profile.claimCount;
    const claimsNext = more ? `/api/claims?${new URLSearchParams({ entity: profile.entity.id, limit: String(limit), ...(app.store.countClaims ? { cursor: claimRef(last) } : { offset: String(offset + limit) }) })}` : null;
    return { ...profile, claims: await annotateClaims(app.store, profile.claims), claimsNext };
  });
};
