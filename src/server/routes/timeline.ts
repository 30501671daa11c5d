// GET /api/timeline: dated claims in the order things are said to have happened.
import type { FastifyPluginAsync } from "fastify";
import type { ClaimType } from "../../extract/contract.js";
import { computeTimeline } from "../../analyze/timeline.js";
import { ApiError } from "../errors.js";
import { cursorPageOf, cursorQuery, pageOf, pageQuery, pageSchema, type PageParams } from "../pagination.js";
import { ERROR_RESPONSES, claimTypeParam, dateParam, ref } from "../schemas.js";
import { annotateClaims } from "./annotate.js";

interface TimelineQuery extends PageParams { type?: ClaimType; entity?: string; since?: string; until?: string; cursor?: string }

export const timelineRoutes: FastifyPluginAsync = async (app) => {
  app.get<{ Querystring: TimelineQuery }>("/api/timeline", {
    schema: {
      tags: ["analysis"], summary: "dated claims, oldest first",
      description: "Each claim at its own time, else its report's publication date (dateFrom says which). "
        + "The `next` link pages on with a cursor (the last event shown), which costs the same however deep; `offset` also works.",
      querystring: {
        type: "object", additionalProperties: false,
        properties: {
          type: claimTypeParam, entity: { type: "string", description: "only claims involving this entity id" },
          since: dateParam("on or after"), until: dateParam("on or before"), ...pageQuery, ...cursorQuery,
        },
      },
      response: { 200: pageSchema(ref("TimelineEvent"), "a page of the timeline"), ...ERROR_RESPONSES },
    },
  }, async (request) => {
    const { type, entity, since, until, limit, offset, cursor } = request.query;
    // a store that counts claims orders and pages them itself, by cursor too; else the page is cut here
    const keyed = !!app.store.countClaims;
    if (cursor && !keyed) throw new ApiError(400, "bad_request", "this store pages by offset only");
    const tl = await computeTimeline(app.store, { type, entity, since, until, limit: keyed ? limit + 1 : limit, offset, after: cursor });
    const events = tl.events.slice(0, limit);
    const claims = await annotateClaims(app.store, events.map((e) => e.claim));
    const items = events.map((e, i) => ({ date: e.date, dateFrom: e.dateFrom, ref: e.ref, claim: claims[i] }));
    if (!keyed) return pageOf(request, { limit, offset }, items, tl.total);
    const read = tl.events.map((e) => ({ ref: e.ref }));
    const page = cursorPageOf(request, { limit, offset }, read, (e) => e.ref, tl.total);
    return { ...page, items };
  });
};
