// GET /api/timeline: dated claims in the order things are said to have happened.
import type { FastifyPluginAsync } from "fastify";
import type { ClaimType } from "../../extract/contract.js";
import { computeTimeline } from "../../analyze/timeline.js";
import { pageOf, pageQuery, pageSchema, type PageParams } from "../pagination.js";
import { ERROR_RESPONSES, claimTypeParam, dateParam, ref } from "../schemas.js";
import { annotateClaims } from "./annotate.js";

interface TimelineQuery extends PageParams { type?: ClaimType; entity?: string; since?: string; until?: string }

export const timelineRoutes: FastifyPluginAsync = async (app) => {
  app.get<{ Querystring: TimelineQuery }>("/api/timeline", {
    schema: {
      tags: ["analysis"], summary: "dated claims, oldest first",
      description: "Each claim at its own time, else its report's publication date (dateFrom says which).",
      querystring: {
        type: "object", additionalProperties: false,
        properties: {
          type: claimTypeParam, entity: { type: "string", description: "only claims involving this entity id" },
          since: dateParam("on or after"), until: dateParam("on or before"), ...pageQuery,
        },
      },
      response: { 200: pageSchema(ref("TimelineEvent"), "a page of the timeline"), ...ERROR_RESPONSES },
    },
  }, async (request) => {
    const { type, entity, since, until, limit, offset } = request.query;
    const tl = await computeTimeline(app.store, { type, entity, since, until, limit, offset });
    const claims = await annotateClaims(app.store, tl.events.map((e) => e.claim));
    const items = tl.events.map((e, i) => ({ date: e.date, dateFrom: e.dateFrom, ref: e.ref, claim: claims[i] }));
    return pageOf(request, { limit, offset }, items, tl.total);
  });
};
