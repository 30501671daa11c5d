// GET /api/flows: origin → destination per period, with the spread of figures, the sources,
// the latest estimate and the figures that contradict each other.
import type { FastifyPluginAsync } from "fastify";
import { computeFlows } from "../../analyze/flows.js";
import { pageOf, pageQuery, pageSchema, type PageParams } from "../pagination.js";
import { ERROR_RESPONSES, dateParam, ref } from "../schemas.js";

interface FlowsQuery extends PageParams { since?: string; until?: string; entity?: string; period: "year" | "month" | "all" }

export const flowRoutes: FastifyPluginAsync = async (app) => {
  app.get<{ Querystring: FlowsQuery }>("/api/flows", {
    schema: {
      tags: ["analysis"], summary: "flows of people by origin, destination and period",
      description: "period=all gives one row per route over all time (no contradictions: figures from different years legitimately differ).",
      querystring: {
        type: "object", additionalProperties: false,
        properties: {
          since: dateParam("claims dated on or after"), until: dateParam("claims dated on or before"),
          entity: { type: "string", description: "only flows whose claims involve this entity id" },
          period: { type: "string", enum: ["year", "month", "all"], default: "year", description: "split routes by year or month, or not at all" },
          ...pageQuery,
        },
      },
      response: { 200: pageSchema(ref("Flow"), "a page of flows, by period, then by number of sources"), ...ERROR_RESPONSES },
    },
  }, async (request) => {
    const { since, until, entity, period, limit, offset } = request.query;
    const flows = await computeFlows(app.store, { since, until, entity, period: period === "all" ? undefined : period });
    return pageOf(request, { limit, offset }, flows.slice(offset, offset + limit), flows.length);
  });
};
