// Entity ids are stable across documents: countries by ISO code, places by GeoNames id,
// listed groups and persons by their list reference, the rest by type and normalised name.
import type { EntityType } from "./contract.js";

const PREFIX: Record<EntityType, string> = {
  person: "person", armed_group: "group", organization: "org", country: "country",
  place: "place", population: "population", facility: "facility",
};

export const countryId = (iso2: string): string => `country:${iso2.toUpperCase()}`;
/** The people of a country ("Tunisians"). */
export const populationId = (iso2: string): string => `population:${iso2.toUpperCase()}`;
export const placeId = (geonameId: string | number): string => `place:geonames:${geonameId}`;
/** `list` is a short list name: "un", "ofac", "ucdp". */
export const listedId = (type: EntityType, list: string, ref: string | number): string =>
  `${PREFIX[type]}:${list}:${String(ref).replace(/\s+/g, "")}`;
export const namedId = (type: EntityType, name: string): string => `${PREFIX[type]}:${slug(name)}`;

/** Lower-case ASCII words joined by hyphens; diacritics and apostrophes dropped. */
export function slug(name: string): string {
  return name
    .normalize("NFKD").replace(/[\u0300-\u036f]/g, "")
    .toLowerCase().replace(/[’'`ʿʾ]/g, "")
    .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "") || "unnamed";
}
