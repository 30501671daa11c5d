// GET /api/network: actors tied by membership, leadership, allegiance, alliance and conflict,
// weighted by independent sources, with communities.
import type { FastifyPluginAsync } from "fastify";
import { computeNetwork, NETWORK_TYPES, type NetworkEdgeType } from "../../analyze/network.js";
import { ApiError } from "../errors.js";
import { ERROR_RESPONSES, dateParam, ref } from "../schemas.js";

interface NetworkQuery { types?: string; entity?: string; since?: string; until?: string; minSources: number; resolution: number }

export const networkRoutes: FastifyPluginAsync = async (app) => {
  app.get<{ Querystring: NetworkQuery }>("/api/network", {
    schema: {
      tags: ["analysis"], summary: "the actor network with communities",
      querystring: {
        type: "object", additionalProperties: false,
        properties: {
          types: { type: "string", description: `comma-separated tie types (${NETWORK_TYPES.join(", ")}); default all` },
          entity: { type: "string", description: "only ties from claims involving this entity id: its neighbourhood" },
          since: dateParam("claims dated on or after"), until: dateParam("claims dated on or before"),
          minSources: { type: "integer", minimum: 1, maximum: 1000, default: 1, description: "leave out ties stated by fewer independent sources" },
          resolution: { type: "number", exclusiveMinimum: 0, maximum: 100, default: 1, description: "Louvain resolution: above 1, more and smaller communities" },
        },
      },
      response: { 200: { description: "nodes, edges and communities", ...ref("Network") }, ...ERROR_RESPONSES },
    },
  }, async (request) => {
    const { types, entity, since, until, minSources, resolution } = request.query;
    const wanted = types ? types.split(",").map((t) => t.trim()).filter(Boolean) : [];
    const unknown = wanted.filter((t) => !(NETWORK_TYPES as readonly string[]).includes(t));
    if (unknown.length) throw new ApiError(400, "bad_request", `unknown tie type ${unknown.join(", ")} (one of ${NETWORK_TYPES.join(", ")})`);
    return computeNetwork(app.store, { types: wanted as NetworkEdgeType[], entity, since, until, minSources, resolution });
  });
};
