// GET /api/flows: routes (origin → destination) per period with the spread of their figures, the
// number of claims, reports and independent sources, the latest estimate and how many figures
// contradict each other. GET /api/flows/claims pages through one route's claims (with the pairs
// of figures that disagree); GET /api/flows/periods lists the periods there are routes for.
import type { FastifyPluginAsync } from "fastify";
import { flowRoutes as routesOf, routeClaims } from "../../analyze/flows.js";
import { pageOf, pageQuery, pageSchema, type PageParams } from "../pagination.js";
import { ERROR_RESPONSES, dateParam, ref } from "../schemas.js";

interface FlowsQuery extends PageParams { since?: string; until?: string; entity?: string; period: "year" | "month" | "all" }
interface RouteQuery extends PageParams { origin: string; destination: string; period?: string }

const contradiction = {
  type: "object", required: ["claims", "sources", "detail"],
  properties: {
    claims: { type: "array", items: { type: "string" }, minItems: 2, maxItems: 2, description: "DOCUMENT#CLAIM" },
    sources: { type: "array", items: { type: "string" }, minItems: 2, maxItems: 2 }, detail: { type: "string" },
  },
};

export const flowRoutes: FastifyPluginAsync = async (app) => {
  app.get<{ Querystring: FlowsQuery }>("/api/flows", {
    schema: {
      tags: ["analysis"], summary: "flows of people by origin, destination and period",
      description: "Routes with their figures summed up; a route's claims come from /api/flows/claims. period=all gives one row per route over all time (no contradictions: figures from different years legitimately differ).",
      querystring: {
        type: "object", additionalProperties: false,
        properties: {
          since: dateParam("claims dated on or after"), until: dateParam("claims dated on or before"),
          entity: { type: "string", description: "only routes through this entity (origin, destination or transit); for an actor on no route, the flows of the claims that name it" },
          period: { type: "string", enum: ["year", "month", "all"], default: "year", description: "split routes by year or month, or not at all" },
          ...pageQuery,
        },
      },
      response: { 200: pageSchema(ref("Flow"), "a page of routes, by period, then by number of reports and claims"), ...ERROR_RESPONSES },
    },
  }, async (request) => {
    const { since, until, entity, period, limit, offset } = request.query;
    const { routes, total } = await routesOf(app.store, { since, until, entity, period: period === "all" ? undefined : period, limit, offset });
    return pageOf(request, { limit, offset }, routes, total);
  });

  app.get<{ Querystring: { period: "year" | "month" } }>("/api/flows/periods", {
    schema: {
      tags: ["analysis"], summary: "the years (or months) there are flows for",
      querystring: {
        type: "object", additionalProperties: false,
        properties: { period: { type: "string", enum: ["year", "month"], default: "year", description: "years or months" } },
      },
      response: {
        200: {
          type: "object", required: ["items"], description: "periods in order, each with its number of routes",
          properties: { items: { type: "array", items: { type: "object", required: ["period", "routes"], properties: { period: { type: "string" }, routes: { type: "integer" } } } } },
        },
        ...ERROR_RESPONSES,
      },
    },
  }, async (request) => {
    const { period } = request.query;
    if (app.store.routePeriods) return { items: await app.store.routePeriods(period) };
    const counts = new Map<string, number>();
    for (const r of (await routesOf(app.store, { period })).routes) counts.set(r.period!, (counts.get(r.period!) ?? 0) + 1);
    return { items: [...counts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([p, routes]) => ({ period: p, routes })) };
  });

  app.get<{ Querystring: RouteQuery }>("/api/flows/claims", {
    schema: {
      tags: ["analysis"], summary: "the claims behind one route, in report order",
      description: "Each claim as its figure (value, low and high null when it gives none) with DOCUMENT#CLAIM; within a period, the pairs of figures that disagree.",
      querystring: {
        type: "object", additionalProperties: false, required: ["origin", "destination"],
        properties: {
          origin: { type: "string", description: "the route's origin key (an entity id, or text:NAME)" },
          destination: { type: "string", description: "the route's destination key" },
          period: { type: "string", pattern: "^(\\d{4}(-\\d{2})?|undated)$", description: "a year, a month or \"undated\"; absent for all time" },
          ...pageQuery,
        },
      },
      response: {
        200: {
          ...pageSchema(ref("FlowFigure"), "a page of the route's claims"),
          properties: {
            ...pageSchema(ref("FlowFigure"), "").properties,
            contradictions: { type: "array", items: contradiction, description: "the first 50 pairs of figures in the period that disagree" },
            contradictionCount: { type: "integer", description: "every pair of figures in the period that disagree" },
          },
        },
        ...ERROR_RESPONSES,
      },
    },
  }, async (request) => {
    const { origin, destination, period, limit, offset } = request.query;
    const { items, total, ...rest } = await routeClaims(app.store, { origin, destination, period, limit, offset });
    return { ...pageOf(request, { limit, offset }, items, total), ...rest };
  });
};
