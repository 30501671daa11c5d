// Shapes of the built reference files under data/built/ (written by data/build.ts, read by
// the gazetteer). Kept in one place so the build and the reader cannot drift apart.
import type { Designation } from "../doc.js";

export interface CountryRecord {
  iso2: string;
  name: string;
  /** Other names and spellings ("U.S.", "United States of America", "Britain"). */
  aliases: string[];
  /** Demonyms and adjectives, singular ("Tunisian", "Emirati"). */
  demonyms: string[];
  /** Plural nouns for the people ("Tunisians", "Emiratis"). */
  plurals: string[];
  lat: number;
  lon: number;
  /** People living in GeoNames places of the country: a size proxy for breaking ties. */
  pop: number;
  /** A sovereign state (not a territory). */
  independent: boolean;
}

export interface RegionRecord {
  /** Slug of the name ("north-africa"). */
  id: string;
  name: string;
  aliases: string[];
  /** Adjectives naming the region ("North African", "Middle Eastern"). */
  adjectives: string[];
  /** ISO2 when the region lies within one country (Darfur, Cyrenaica). */
  country?: string;
  lat: number;
  lon: number;
}

export interface SubdivisionRecord {
  /** ISO 3166-2 code ("LY-DN"). */
  code: string;
  name: string;
  country: string;
}

/** Places, as compact rows: [geonameId, name, alternates ("|"-joined), iso2, lat, lon, population, feature code]. */
export type PlaceRow = [number, string, string, string, number, number, number, string];

export interface ListedRelation {
  type: "splinter_of" | "joined" | "alliance" | "linked_to";
  /** Entity id of the other party when it is in the list, else its name. */
  target: string;
}

export interface ListedRecord {
  id: string;
  type: "armed_group" | "organization" | "person";
  name: string;
  aliases: string[];
  country?: string;
  refs: Record<string, string>;
  designations: Designation[];
  relations?: ListedRelation[];
  /** Year of birth, for persons, when a list gives one. */
  born?: string;
}

/** Single-word names that are also ordinary English words ("Police", "Mobile", "Best"). */
export type CommonWords = string[];
