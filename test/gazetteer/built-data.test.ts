import { describe, expect, it } from "vitest";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { builtDataDir, referenceData } from "../../src/extract/gazetteer/reference-data.js";

describe("built reference data", () => {
  it("is committed inside the package and loads without the raw sources", () => {
    const dir = builtDataDir();
    expect(dir.includes("/shared/")).toBe(false);
    for (const f of ["countries.json", "regions.json", "subdivisions.json", "places.json.gz", "listed.json.gz", "common-words.json"]) {
      expect(existsSync(join(dir, f))).toBe(true);
    }
    const data = referenceData();
    expect(data.countries.length).toBeGreaterThan(240);
    expect(data.places.length).toBeGreaterThan(20_000);
    expect(data.listed.length).toBeGreaterThan(3_000);
  });

  it("shows and matches listed names in Latin script, without the lists' notes or packed alias fields", () => {
    const other = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;
    const bad = referenceData().listed.flatMap((l) => [l.name, ...l.aliases]).filter((n) => other.test(n) || /original script|;/.test(n));
    expect(bad).toEqual([]);
  });

  it("stays small enough to ship", () => {
    const dir = builtDataDir();
    const total = ["countries.json", "regions.json", "subdivisions.json", "places.json.gz", "listed.json.gz", "common-words.json"]
      .reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
    expect(total).toBeLessThan(8 * 1024 * 1024);
  });

  it("records a source, version and license for every source it was built from", () => {
    const sources = readFileSync(join(builtDataDir(), "..", "SOURCES.md"), "utf8");
    for (const s of ["GeoNames", "CC BY 4.0", "world-countries", "ODbL", "i18n-iso-countries", "i18n-nationality", "iso-3166", "OFAC", "UN Security Council", "UCDP"]) {
      expect(sources).toContain(s);
    }
  });

  it("merges one group's records from the three lists, and keeps groups that only share a generic alias apart", () => {
    const { listed } = referenceData();
    const isil = listed.find((l) => l.id === "group:un:QDe.115")!;
    expect(isil.refs).toEqual({ un: "QDe.115", ofac: "8759", ucdp: "234" });
    for (const a of ["ISIS", "ISIL", "Daesh", "Islamic State"]) expect([isil.name, ...isil.aliases]).toContain(a);
    const ansar = listed.filter((l) => /Ansar al-Shari/i.test(l.name) && l.type === "armed_group");
    expect(new Set(ansar.map((l) => l.id)).size).toBeGreaterThanOrEqual(3);
  });
});
