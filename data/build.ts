// Builds the reference data under data/built/ from public sources (see data/SOURCES.md).
// Run with `npm run data`; reads ../shared/data (or DOSSIER_SHARED_DATA) and the packages,
// never at run time. Output is deterministic: the same inputs give the same files.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { loadCities } from "./sources/geonames-cities.js";
import { loadCountries } from "./sources/countries.js";
import { loadRegions } from "./sources/regions.js";
import { loadSubdivisions } from "./sources/subdivisions.js";
import { loadOfac } from "./sources/ofac-sdn.js";
import { loadUn } from "./sources/un-consolidated.js";
import { loadUcdp } from "./sources/ucdp-actors.js";
import { mergeListed } from "./merge-listed.js";
import { commonWords } from "./common-words.js";
import { nameKeys } from "../src/extract/gazetteer/normalize.js";

const here = dirname(fileURLToPath(import.meta.url));
const shared = resolve(process.env.DOSSIER_SHARED_DATA ?? join(here, "..", "..", "shared", "data"));
const out = join(here, "built");
mkdirSync(out, { recursive: true });

function write(name: string, value: unknown, gzip = false): void {
  const json = JSON.stringify(value);
  const file = join(out, gzip ? `${name}.gz` : name);
  writeFileSync(file, gzip ? gzipSync(Buffer.from(json), { level: 9 }) : json);
  console.log(`${file}: ${gzip ? "gzip, " : ""}${(json.length / 1024).toFixed(0)} KiB of JSON`);
}

const cities = loadCities();
const countries = loadCountries(cities.countryPopulation);
const regions = loadRegions();
const subdivisions = loadSubdivisions();

// country names as the lists write them ("Syrian Arab Republic", "Yemen (North Yemen)") → ISO2
const countryByName = new Map<string, string>();
for (const c of countries) for (const n of [c.name, ...c.aliases, ...c.demonyms]) countryByName.set(nameKeys(n).join(" "), c.iso2);
const countryOf = (name: string): string | undefined =>
  countryByName.get(nameKeys(name.replace(/\(.*?\)/g, "")).join(" ")) ?? countryByName.get(nameKeys(name).join(" "));

const un = loadUn(join(shared, "sanctions", "un", "consolidated_2018-10-29.xml"));
const ofac = loadOfac(join(shared, "sanctions", "ofac"));
const ucdp = loadUcdp(join(shared, "ucdp", "ucdp-actor-221.csv"));
const listed = mergeListed(un, ofac, ucdp, countryOf);

// single words among every name the gazetteer will look for
const singles: string[] = [];
const addSingles = (names: string[]) => { for (const n of names) { const k = nameKeys(n); if (k.length === 1) singles.push(k[0]); } };
for (const p of cities.places) addSingles([p[1], ...(p[2] ? p[2].split("|") : [])]);
for (const s of subdivisions) addSingles([s.name]);
for (const r of regions) addSingles([r.name, ...r.aliases]);
for (const l of listed) addSingles([l.name, ...l.aliases]);

write("countries.json", countries);
write("regions.json", regions);
write("subdivisions.json", subdivisions);
write("places.json", cities.places, true);
write("listed.json", listed, true);
write("common-words.json", commonWords(singles));
write("manifest.json", {
  geonames: { rows: cities.places.length, modified: cities.modified },
  countries: countries.length, regions: regions.length, subdivisions: subdivisions.length,
  listed: {
    entries: listed.length, un: un.length, ofac: ofac.length, ucdp: ucdp.length,
    merged: listed.filter((l) => Object.keys(l.refs).length > 1).length,
    byType: listed.reduce<Record<string, number>>((acc, l) => ((acc[l.type] = (acc[l.type] ?? 0) + 1), acc), {}),
  },
});
