// GET /api/network: actors tied by membership, leadership, allegiance, alliance and conflict,
// weighted by independent sources, the heaviest ties first, with communities among them.
// GET /api/network/claims pages through the claims behind one tie.
import type { FastifyPluginAsync } from "fastify";
import { computeNetwork, DEFAULT_NETWORK_LIMIT, edgeClaims, NETWORK_TYPES, type NetworkEdgeType } from "../../analyze/network.js";
import { ApiError } from "../errors.js";
import { pageOf, pageQuery, pageSchema, type PageParams } from "../pagination.js";
import { ERROR_RESPONSES, dateParam, ref } from "../schemas.js";

interface NetworkQuery { types?: string; entity?: string; since?: string; until?: string; minSources: number; resolution: number; limit: number }
interface TieQuery extends PageParams { type: NetworkEdgeType; source: string; target: string }

/** Most ties one answer holds: a picture of more is unreadable, and the answer would be megabytes. */
const MAX_TIES = 5000;

export const networkRoutes: FastifyPluginAsync = async (app) => {
  app.get<{ Querystring: NetworkQuery }>("/api/network", {
    schema: {
      tags: ["analysis"], summary: "the actor network with communities",
      description: "The heaviest ties (by independent sources) up to `limit`, their actors, and communities among them; totalEdges and totalNodes count the whole network asked for.",
      querystring: {
        type: "object", additionalProperties: false,
        properties: {
          types: { type: "string", description: `comma-separated tie types (${NETWORK_TYPES.join(", ")}); default all` },
          entity: { type: "string", description: "only ties with this entity id at one end: its neighbourhood" },
          since: dateParam("claims dated on or after"), until: dateParam("claims dated on or before"),
          minSources: { type: "integer", minimum: 1, maximum: 1000, default: 1, description: "leave out ties stated by fewer independent sources" },
          resolution: { type: "number", exclusiveMinimum: 0, maximum: 100, default: 1, description: "Louvain resolution: above 1, more and smaller communities" },
          limit: { type: "integer", minimum: 1, maximum: MAX_TIES, default: DEFAULT_NETWORK_LIMIT, description: `the heaviest this many ties (at most ${MAX_TIES})` },
        },
      },
      response: { 200: { description: "nodes, edges and communities", ...ref("Network") }, ...ERROR_RESPONSES },
    },
  }, async (request) => {
    const { types, entity, since, until, minSources, resolution, limit } = request.query;
    const wanted = types ? types.split(",").map((t) => t.trim()).filter(Boolean) : [];
    const unknown = wanted.filter((t) => !(NETWORK_TYPES as readonly string[]).includes(t));
    if (unknown.length) throw new ApiError(400, "bad_request", `unknown tie type ${unknown.join(", ")} (one of ${NETWORK_TYPES.join(", ")})`);
    return computeNetwork(app.store, { types: wanted as NetworkEdgeType[], entity, since, until, minSources, resolution, limit });
  });

  app.get<{ Querystring: TieQuery }>("/api/network/claims", {
    schema: {
      tags: ["analysis"], summary: "the claims behind one tie, in report order",
      querystring: {
        type: "object", additionalProperties: false, required: ["type", "source", "target"],
        properties: {
          type: { type: "string", enum: [...NETWORK_TYPES], description: "the tie's type" },
          source: { type: "string", description: "the tie's source entity id (member, leader, subject, attacker; the first of two allies)" },
          target: { type: "string", description: "the tie's target entity id" },
          ...pageQuery,
        },
      },
      response: {
        200: pageSchema({
          type: "object", required: ["claim", "source"],
          properties: { claim: { type: "string", description: "DOCUMENT#CLAIM" }, source: { type: "string", description: "who states it" }, date: { type: "string" } },
        }, "a page of the tie's claims"),
        ...ERROR_RESPONSES,
      },
    },
  }, async (request) => {
    const { type, source, target, limit, offset } = request.query;
    const { items, total } = await edgeClaims(app.store, { type, source, target, limit, offset });
    return pageOf(request, { limit, offset }, items, total);
  });
};
