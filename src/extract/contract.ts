// The extraction contract (v1): the one external shape of what Dossier understood from a
// document. Store, API, exports and the LLM extractor all speak it. Change only by adding
// optional fields.
import { z } from "zod";

export const ENTITY_TYPES = ["person", "armed_group", "organization", "country", "place", "population", "facility"] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const CLAIM_TYPES = [
  "flow", "interdiction", "recruitment", "training", "supply", "membership", "leadership",
  "allegiance", "alliance", "conflict", "presence", "designation", "casualties",
] as const;
export type ClaimType = (typeof CLAIM_TYPES)[number];

/** The roles each claim type may carry (CONTRACT.md, "Roles by claim type"). */
export const CLAIM_ROLES: Record<ClaimType, readonly string[]> = {
  flow: ["people", "origin", "destination", "via", "group"],
  interdiction: ["actor", "people", "origin", "destination"],
  recruitment: ["recruiter", "group", "recruits", "origin", "destination", "location", "channel"],
  training: ["group", "trainees", "location", "facility"],
  supply: ["supplier", "recipient", "item", "origin", "destination"],
  membership: ["member", "group", "role"],
  leadership: ["leader", "group", "role"],
  allegiance: ["subject", "group", "previous"],
  alliance: ["parties", "location"],
  conflict: ["actor", "target", "location"],
  presence: ["group", "location", "facility"],
  designation: ["target", "authority", "list"],
  casualties: ["victims", "perpetrator", "location"],
};

export const MODALITIES = ["asserted", "estimated", "reported", "alleged", "possible", "negated"] as const;
export type Modality = (typeof MODALITIES)[number];

const span = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);
export type Span = z.infer<typeof span>;

/** A listing on a sanctions list (OFAC SDN, UN Security Council): optional, v1 addition. */
export const designationSchema = z.object({
  list: z.string(),
  ref: z.string(),
  programs: z.array(z.string()).optional(),
  listed: z.string().optional(),
});
export type Designation = z.infer<typeof designationSchema>;

export const entitySchema = z.object({
  id: z.string().min(1),
  type: z.enum(ENTITY_TYPES),
  name: z.string(),
  aliases: z.array(z.string()),
  country: z.string().length(2).optional(),
  lat: z.number().optional(),
  lon: z.number().optional(),
  refs: z.record(z.string(), z.string()).optional(),
  designations: z.array(designationSchema).optional(),
  mentions: z.array(span),
});
export type Entity = z.infer<typeof entitySchema>;

export const argSchema = z.object({
  entity: z.string().optional(),
  text: z.string(),
  span: span,
});
export type Arg = z.infer<typeof argSchema>;

export const quantitySchema = z.object({
  value: z.number().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  approx: z.boolean(),
  bound: z.enum(["exact", "at_least", "at_most", "about"]),
  unit: z.string(),
  text: z.string(),
});
export type Quantity = z.infer<typeof quantitySchema>;

export const timeSchema = z.object({
  value: z.string(),
  precision: z.enum(["year", "month", "day"]),
  relation: z.enum(["as_of", "at", "since", "until", "during"]),
  text: z.string(),
});
export type TimeValue = z.infer<typeof timeSchema>;

export const attributionSchema = z.object({ entity: z.string().optional(), text: z.string() });
export type Attribution = z.infer<typeof attributionSchema>;

export const claimSchema = z.object({
  id: z.string(),
  type: z.enum(CLAIM_TYPES),
  args: z.record(z.string(), z.union([argSchema, z.array(argSchema)])),
  quantity: quantitySchema.optional(),
  time: timeSchema.optional(),
  attribution: attributionSchema.nullable(),
  modality: z.enum(MODALITIES),
  evidence: span,
  confidence: z.number().min(0).max(1),
});
export type Claim = z.infer<typeof claimSchema>;

export const extractionSchema = z.object({
  document: z.object({
    id: z.string().regex(/^[0-9a-f]{64}$/),
    file: z.string(),
    title: z.string().optional(),
    published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  }),
  entities: z.array(entitySchema),
  claims: z.array(claimSchema),
});
export type Extraction = z.infer<typeof extractionSchema>;

/** How a claim came about, for `dossier extract --explain`; not part of the contract output. */
export interface ClaimTrace {
  claimId: string;
  frame: string;
  pattern: string;
  trigger?: Span;
}
