// Reads the committed reference files in data/built/ once, on first use. The package root is
// found by walking up from this file to package.json, so the same code works from src/ (tsx,
// vitest) and from dist/ (the published build).
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import type {
  CommonWords, CountryRecord, ListedRecord, PlaceRow, RegionRecord, SubdivisionRecord,
} from "./reference-types.js";

export interface ReferenceData {
  countries: CountryRecord[];
  regions: RegionRecord[];
  subdivisions: SubdivisionRecord[];
  places: PlaceRow[];
  listed: ListedRecord[];
  commonWords: Set<string>;
}

export function builtDataDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, "package.json"))) return join(dir, "data", "built");
    const up = dirname(dir);
    if (up === dir) throw new Error("reference data: no package.json above " + fileURLToPath(import.meta.url));
    dir = up;
  }
}

function readJson<T>(dir: string, name: string): T {
  const file = join(dir, name);
  const buf = readFileSync(file);
  return JSON.parse((name.endsWith(".gz") ? gunzipSync(buf) : buf).toString("utf8")) as T;
}

let cached: ReferenceData | undefined;

/** The built reference data; read from disk on the first call only. */
export function referenceData(): ReferenceData {
  if (cached) return cached;
  const dir = builtDataDir();
  cached = {
    countries: readJson<CountryRecord[]>(dir, "countries.json"),
    regions: readJson<RegionRecord[]>(dir, "regions.json"),
    subdivisions: readJson<SubdivisionRecord[]>(dir, "subdivisions.json"),
    places: readJson<PlaceRow[]>(dir, "places.json.gz"),
    listed: readJson<ListedRecord[]>(dir, "listed.json.gz"),
    commonWords: new Set(readJson<CommonWords>(dir, "common-words.json")),
  };
  return cached;
}
