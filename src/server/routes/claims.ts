// GET /api/claims and /api/documents/:id/claims/:claim: the table of claims, each with its
// evidence, source and corroboration.
import type { FastifyPluginAsync } from "fastify";
import { MODALITIES, type ClaimType, type Modality } from "../../extract/contract.js";
import type { PeriodGranularity } from "../../analyze/periods.js";
import { ApiError } from "../errors.js";
import { keptUntilWrite } from "../../analyze/revision-cache.js";
import { cursorPageOf, cursorQuery, pageOf, pageQuery, pageSchema, type PageParams } from "../pagination.js";
import { ERROR_RESPONSES, claimTypeParam, dateParam, periodParam, ref } from "../schemas.js";
import { claimRef } from "../../analyze/claim-ref.js";
import { annotateClaims } from "./annotate.js";

interface ClaimsQuery extends PageParams {
  type?: ClaimType; entity?: string; document?: string; publisher?: string; modality?: Modality;
  since?: string; until?: string; period: PeriodGranularity; cursor?: string;
}

export const claimRoutes: FastifyPluginAsync = async (app) => {
  app.get<{ Querystring: ClaimsQuery }>("/api/claims", {
    schema: {
      tags: ["claims"], summary: "claims with their figures, dates, sources, evidence and corroboration",
      description: "In document order (published date, then position in the text). For claims in time order see /api/timeline. "
        + "The `next` link pages on with a cursor (the last claim shown), which costs the same however deep; `offset` also works.",
      querystring: {
        type: "object", additionalProperties: false,
        properties: {
          type: claimTypeParam,
          entity: { type: "string", description: "entity id: claims with an argument or attribution linked to it" },
          document: { type: "string", pattern: "^[0-9a-f]{64}$", description: "full document id" },
          publisher: { type: "string", minLength: 1, maxLength: 300, description: "only claims from reports of this publisher (whole name, case-insensitive)" },
          modality: { type: "string", enum: [...MODALITIES], description: "only claims stated with this modality" },
          since: dateParam("claims dated on or after"), until: dateParam("claims dated on or before"),
          period: periodParam, ...pageQuery, ...cursorQuery,
        },
      },
      response: { 200: pageSchema(ref("Claim"), "a page of claims"), ...ERROR_RESPONSES },
    },
  }, async (request) => {
    const { type, entity, document, publisher, modality, since, until, period, limit, offset, cursor } = request.query;
    const filter = { type, entity, documentId: document, publisher, modality, since, until };
    const unfiltered = Object.values(filter).every((v) => v === undefined);
    // A store that counts in the database also takes cursors (ClaimQuery.after), and gives every
    // filtered page its total, kept until the next write so paging does not count again.
    const keyed = !!app.store.countClaims;
    if (cursor && !keyed) throw new ApiError(400, "bad_request", "this store pages by offset only");
    const [claims, total] = await Promise.all([
      app.store.listClaims({ ...filter, limit: limit + 1, offset, after: cursor }),
      unfiltered ? keptUntilWrite(app.store, "stats", () => app.store.stats()).then((s) => s.claims)
        : keyed ? keptUntilWrite(app.store, `claims-count|${JSON.stringify(filter)}`, () => app.store.countClaims!(filter)) : undefined,
    ]);
    const page = keyed ? cursorPageOf(request, { limit, offset }, claims, claimRef, total) : pageOf(request, { limit, offset }, claims, total);
    return { ...page, items: await annotateClaims(app.store, page.items, period) };
  });

  app.get<{ Params: { id: string; claim: string }; Querystring: { period: PeriodGranularity } }>("/api/documents/:id/claims/:claim", {
    schema: {
      tags: ["claims"], summary: "one claim with its corroboration",
      params: { type: "object", properties: { id: { type: "string", pattern: "^[0-9a-fA-F]{6,64}$", description: "document id or prefix" }, claim: { type: "string", description: "claim id within the document" } }, required: ["id", "claim"] },
      querystring: { type: "object", additionalProperties: false, properties: { period: periodParam } },
      response: { 200: { description: "the claim", ...ref("Claim") }, 404: { description: "no such claim", ...ref("Error") }, ...ERROR_RESPONSES },
    },
  }, async (request) => {
    const doc = await app.store.getDocument(request.params.id);
    if (!doc) throw new ApiError(404, "not_found", `no document matches ${request.params.id}`);
    const claim = (await app.store.listClaims({ documentId: doc.id })).find((c) => c.id === request.params.claim);
    if (!claim) throw new ApiError(404, "not_found", `document ${doc.id.slice(0, 12)} has no claim ${request.params.claim}`);
    return (await annotateClaims(app.store, [claim], request.query.period))[0];
  });
};
