// Reads the committed reference files in data/built/ once, on first use.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { packagePath } from "../../ingest/package-root.js";
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

export const builtDataDir = (): string => packagePath("data", "built");

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
