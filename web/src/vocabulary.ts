// The contract's words as the app shows them. The lists are checked against the contract's
// types at compile time, so a claim type added there cannot be missing from the filters here
// (the contract module itself is not imported: it would bring its validator into the bundle).
import type { ClaimType, EntityType, Modality } from "./api.js";

type Exhaustive<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : never;

export const CLAIM_TYPES = [
  "flow", "interdiction", "recruitment", "training", "supply", "membership", "leadership",
  "allegiance", "alliance", "conflict", "presence", "designation", "casualties",
] as const satisfies readonly ClaimType[];
export const MODALITIES = ["asserted", "estimated", "reported", "alleged", "possible", "negated"] as const satisfies readonly Modality[];
export const ENTITY_TYPES = ["person", "armed_group", "organization", "country", "place", "population", "facility"] as const satisfies readonly EntityType[];
export const TIE_TYPES = ["membership", "leadership", "allegiance", "alliance", "conflict"] as const;
export type TieType = (typeof TIE_TYPES)[number];

const complete: [Exhaustive<ClaimType, (typeof CLAIM_TYPES)[number]>, Exhaustive<Modality, (typeof MODALITIES)[number]>, Exhaustive<EntityType, (typeof ENTITY_TYPES)[number]>] = [true, true, true];
void complete;

/** What kind of thing a role names, for its colour: actors, people, places, other. */
export function roleKind(role: string): "actor" | "people" | "place" | "thing" {
  if (["origin", "destination", "via", "location", "facility"].includes(role)) return "place";
  if (["people", "recruits", "trainees", "victims"].includes(role)) return "people";
  if (["item", "channel", "role", "list"].includes(role)) return "thing";
  return "actor";
}

export const label = (word: string): string => word.replace(/_/g, " ");

export const ENTITY_TYPE_LABELS: Record<EntityType, string> = {
  person: "person", armed_group: "armed group", organization: "organization", country: "country",
  place: "place", population: "population", facility: "facility",
};
