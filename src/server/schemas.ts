// The API's shapes as JSON Schema (2020-12, the dialect of OpenAPI 3.1). The contract's claim
// and entity come from its zod schemas, so the API cannot drift from the one model of a claim;
// the rest describe the store's and analyze's types field for field.
import { z } from "zod";
import { CLAIM_TYPES, ENTITY_TYPES, MODALITIES, claimSchema, entitySchema } from "../extract/contract.js";

type Json = Record<string, unknown>;
export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function fromZod(schema: z.ZodType): Json & { properties: Record<string, Json>; required: string[] } {
  const { $schema: _, ...json } = z.toJSONSchema(schema, { target: "draft-2020-12" }) as Json;
  return json as Json & { properties: Record<string, Json>; required: string[] };
}

const str = { type: "string" };
const int = { type: "integer" };
const num = { type: "number" };
const strs = { type: "array", items: str };
const obj = (properties: Record<string, unknown>, required: string[] = [], description?: string): Json =>
  ({ type: "object", ...(description ? { description } : {}), properties, required });
const date = { type: "string", description: "ISO 8601 date, to the year, month or day" };

const contractClaim = fromZod(claimSchema);
const contractEntity = fromZod(entitySchema);
const { mentions: _mentionSpans, ...entityProps } = contractEntity.properties;

const corroboration = obj({
  key: { ...str, description: "what makes claims 'the same': type, linked core entities, period" },
  period: str,
  sources: { ...strs, description: "independent sources stating the claim, its own included" },
  corroborated: { type: "boolean", description: "stated by at least two independent sources" },
  agreeing: { ...strs, description: "other claims stating the same, as DOCUMENT#CLAIM (the first 10; agreeingCount counts them all)" },
  agreeingCount: int,
  contradictions: { type: "array", description: "the first 10 claims that contradict it; contradictionCount counts them all", items: obj({
    claim: { ...str, description: "DOCUMENT#CLAIM" }, source: str,
    reason: { type: "string", enum: ["figures", "modality"] }, detail: str,
  }, ["claim", "source", "reason", "detail"]) },
  contradictionCount: int,
}, ["key", "sources", "corroborated", "agreeing", "agreeingCount", "contradictions", "contradictionCount"], "how the claim stands against other sources");

const claimSource = obj({
  documentId: str, title: str, url: str, publisher: str, published: str,
  evidenceText: { ...str, description: "the sentence(s) carrying the claim" },
}, ["documentId", "evidenceText"]);

const claimView = {
  ...contractClaim,
  description: "a claim as extracted (the extraction contract), where it was read, and how it stands against other sources",
  properties: { ...contractClaim.properties, source: ref("ClaimSource"), ref: { ...str, description: "DOCUMENT#CLAIM" }, corroboration: ref("Corroboration") },
  required: [...contractClaim.required, "source", "ref", "corroboration"],
};

const document = obj({
  id: { ...str, description: "sha256 of the text" }, source: str, format: { type: "string", enum: ["text", "html", "jsonl"] },
  title: str, url: str, publisher: str, author: str, published: str, ingestedAt: str,
  length: { ...int, description: "length of the text in UTF-16 code units" }, claims: int,
}, ["id", "source", "format", "ingestedAt", "length", "claims"]);

const documentMention = obj({
  id: { ...str, description: "entity id" }, type: { type: "string", enum: [...ENTITY_TYPES] }, name: { ...str, description: "its name over all documents" },
  mentions: { type: "array", items: { type: "array", items: int, minItems: 2, maxItems: 2 }, description: "[start, end) offsets in the text" },
}, ["id", "type", "name", "mentions"]);

const designation = obj({ list: str, ref: str, programs: strs, listed: str }, ["list", "ref"]);

const entity = {
  ...contractEntity,
  description: "an entity merged over every document that mentions it",
  properties: { ...entityProps, designations: { type: "array", items: ref("Designation") }, documents: int, mentions: int,
    merged: { ...strs, description: "ids a person merged into this entity (POST /api/merges), shown under this one" } },
  required: [...contractEntity.required.filter((r) => r !== "mentions"), "documents", "mentions"],
};

const endpoint = obj({ key: str, entity: str, name: str, lat: num, lon: num }, ["key", "name"]);
const figure = obj({
  value: { type: ["number", "null"] }, low: { type: ["number", "null"] }, high: { type: ["number", "null"] },
  bound: str, text: str, approx: { type: "boolean" }, unit: str, modality: str, date,
  dateFrom: { type: "string", enum: ["claim", "published"] }, claimId: str, documentId: str, source: str,
}, ["value", "low", "high", "bound", "text", "claimId", "documentId", "source"]);
const flow = obj({
  period: { ...str, description: "year or month (\"undated\" without a date); absent when flows are not split by period" },
  origin: ref("FlowEndpoint"), destination: ref("FlowEndpoint"), via: { type: "array", items: ref("FlowEndpoint") },
  claims: { ...int, description: "claims stating the route (GET /api/flows/claims lists them)" }, documents: { ...int, description: "reports" },
  sources: { ...int, description: "independent sources (a speaker quoted by ten outlets is one)" }, figures: { ...int, description: "claims that give a figure" },
  low: { type: ["number", "null"] }, high: { type: ["number", "null"] },
  latest: ref("FlowFigure"), first: date, last: date,
  contradictionCount: { ...int, description: "pairs of figures in this route and period that disagree (GET /api/flows/claims lists them)" },
}, ["origin", "destination", "via", "claims", "documents", "sources", "figures", "low", "high"], "people moving from an origin to a destination");

const node = obj({
  id: str, name: str, type: { type: "string", enum: [...ENTITY_TYPES] }, country: str, community: int,
  strength: { ...num, description: "sum of the weights of its edges" },
}, ["id", "name", "community", "strength"]);
const edge = obj({
  id: str, type: { type: "string", enum: ["membership", "leadership", "allegiance", "alliance", "conflict"] },
  source: str, target: str, directed: { type: "boolean" },
  weight: { ...int, description: "independent sources stating the tie" }, sources: { ...strs, description: "the first 10 of them by name" }, documents: int,
  claimCount: { ...int, description: "claims stating the tie (GET /api/network/claims lists them)" }, first: date, last: date,
}, ["id", "type", "source", "target", "directed", "weight", "sources", "documents", "claimCount"]);
const network = obj({
  nodes: { type: "array", items: ref("NetworkNode") }, edges: { type: "array", items: ref("NetworkEdge") },
  communities: { type: "array", items: obj({ id: int, size: int, members: strs }, ["id", "size", "members"]) },
  modularity: { type: ["number", "null"] },
  totalEdges: { ...int, description: "ties in the whole network asked for (edges holds the heaviest `limit`)" },
  totalNodes: { ...int, description: "actors in the whole network asked for" },
}, ["nodes", "edges", "communities", "modularity", "totalEdges", "totalNodes"]);

const party = obj({ entity: str, name: str }, ["name"]);
const relation = obj({
  entity: str, name: str, roles: strs,
  claims: { ...strs, description: "the latest claims stating the tie (at most 3), DOCUMENT#CLAIM" }, claimCount: { ...int, description: "all claims read that state it" },
  sources: { ...strs, description: "independent sources stating it (at most 3 named)" }, sourceCount: { ...int, description: "all its independent sources" },
  first: date, last: date, disputed: { type: "boolean" },
}, ["name", "roles", "claims", "claimCount", "sources", "sourceCount", "disputed"]);
const allegiance = obj({
  date, direction: { type: "string", enum: ["given", "received"] }, subject: party, group: party, previous: party,
  modality: { type: "string", enum: [...MODALITIES] }, claim: str, source: str, evidence: str,
}, ["direction", "subject", "group", "modality", "claim", "source", "evidence"]);
const profileDesignation = obj({
  list: str, ref: str, programs: strs, listed: str, from: { type: "string", enum: ["reference", "claim"] }, claim: str, source: str,
}, ["list", "from"]);
const sourceCount = obj({ name: str, claims: int }, ["name", "claims"]);
const relations = { type: "array", items: ref("Relation") };
const profile = obj({
  entity: ref("Entity"), designations: { type: "array", items: profileDesignation },
  memberOf: relations, members: relations, leaders: relations, leads: relations,
  allegiances: { type: "array", items: allegiance }, allies: relations, adversaries: relations,
  relationCounts: { type: "object", description: "ties of each kind; the lists keep the best-sourced first 15",
    additionalProperties: int, required: ["memberOf", "members", "leaders", "leads", "allies", "adversaries"] },
  claims: { type: "array", items: ref("Claim"), description: "the first page of the claims about it (limit/offset), in document order" },
  claimsNext: { type: ["string", "null"], description: "path of the next page of its claims in /api/claims; null when this page holds the last" },
  allegianceCount: { ...int, description: "allegiance claims about it; allegiances lists events from the latest 25" },
  tieClaims: obj({ read: int, total: int }, ["read", "total"], "the claims the ties were drawn from (for a hub, the latest of each kind) of all claims of those kinds"),
  claimCount: { ...int, description: "all claims about it (GET /api/claims?entity=ID pages through them)" },
  claimTypes: { type: "object", description: "claims about it by type", additionalProperties: int },
  madeBy: obj({
    speakers: { type: "array", items: sourceCount, description: "the credited speakers with the most claims (at most 20)" },
    publishers: { type: "array", items: sourceCount, description: "the publishers with the most claims (at most 20)" },
    speakerCount: int, publisherCount: int,
  }, ["speakers", "publishers", "speakerCount", "publisherCount"]),
}, ["entity", "designations", "memberOf", "members", "leaders", "leads", "allegiances", "allegianceCount", "allies", "adversaries", "relationCounts", "claims", "claimsNext", "tieClaims", "claimCount", "claimTypes", "madeBy"],
"an actor's profile: identity, ties, allegiances over time and the claims about it");

const timelineEvent = obj({
  date, dateFrom: { type: "string", enum: ["claim", "published"] }, ref: str, claim: ref("Claim"),
}, ["date", "dateFrom", "ref", "claim"]);

const searchHit = obj({ documentId: str, title: str, published: str, snippet: str, rank: num }, ["documentId", "snippet", "rank"]);

const ingestResult = obj({
  added: int, updated: int, unchanged: int, failed: int, claims: int,
  documents: { type: "array", items: obj({ id: str, source: str, title: str, status: { type: "string", enum: ["added", "updated", "unchanged"] } }, ["id", "source", "status"]) },
  errors: { type: "array", items: obj({ input: str, reason: str }, ["input", "reason"]) },
}, ["added", "updated", "unchanged", "failed", "claims", "documents", "errors"]);

const ingestRecord = obj({
  text: { ...str, description: "the report as plain text" }, html: { ...str, description: "the report as an HTML page" },
  title: str, url: str, publisher: str, author: str, published: date,
}, [], "one report; text or html is required");

const stats = obj({ kind: str, documents: int, entities: int, mentions: int, claims: int }, ["kind", "documents", "entities", "mentions", "claims"]);

const error = obj({
  error: obj({ code: str, message: str }, ["code", "message"]),
}, ["error"], "every error: a stable code and a message for people");

/** components.schemas of the OpenAPI document; routes point at them with ref(). */
export const COMPONENTS: Record<string, object> = {
  Error: error, Claim: claimView, ClaimSource: claimSource, Corroboration: corroboration,
  Document: document, DocumentWithText: { ...document, properties: { ...document.properties as object, text: str, entities: { type: "array", items: documentMention, description: "the entities it mentions with their spans, first mentioned first" } }, required: [...document.required as string[], "text"] },
  Designation: designation, Entity: entity, Profile: profile, Relation: relation,
  FlowEndpoint: endpoint, FlowFigure: figure, Flow: flow,
  Network: network, NetworkNode: node, NetworkEdge: edge,
  TimelineEvent: timelineEvent, SearchHit: searchHit, IngestResult: ingestResult, IngestRecord: ingestRecord, Stats: stats,
};

export const claimTypeParam = { type: "string", enum: [...CLAIM_TYPES], description: "claim type" };
export const entityTypeParam = { type: "string", enum: [...ENTITY_TYPES], description: "entity type" };
export const dateParam = (what: string) => ({ type: "string", pattern: "^\\d{4}(-\\d{2}(-\\d{2})?)?$", description: `${what} (YYYY, YYYY-MM or YYYY-MM-DD)` });
export const periodParam = { type: "string", enum: ["year", "month"], default: "year", description: "group claims by the year or month they are about" };

/** Error responses every route may give. */
export const ERROR_RESPONSES = {
  400: { description: "the request is malformed", ...ref("Error") },
  429: { description: "too many requests; see Retry-After", ...ref("Error") },
};
