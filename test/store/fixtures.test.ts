import { describe, expect, it } from "vitest";
import { extractionSchema } from "../../src/extract/contract.js";
import { libyaReport, syntheticReport, tunisiaReport, undatedNote } from "./fixtures.js";

describe("store test reports", () => {
  it("are valid extractions under the contract, with spans on the words they name", () => {
    for (const r of [tunisiaReport(), libyaReport(), undatedNote(), syntheticReport(0), syntheticReport(41)]) {
      expect(() => extractionSchema.parse(r.extraction)).not.toThrow();
      expect(r.extraction.document.id).toBe(r.doc.id);
      for (const c of r.extraction.claims) {
        for (const value of Object.values(c.args)) {
          for (const arg of Array.isArray(value) ? value : [value]) expect(r.doc.text.slice(...arg.span)).toBe(arg.text);
        }
      }
    }
  });

  it("make a synthetic stream of typical size: ~30 claims and ~60+ mentions a report", () => {
    const reports = Array.from({ length: 50 }, (_, i) => syntheticReport(i));
    const claims = reports.reduce((n, r) => n + r.extraction.claims.length, 0) / reports.length;
    const mentions = reports.reduce((n, r) => n + r.extraction.entities.reduce((m, e) => m + e.mentions.length, 0), 0) / reports.length;
    expect(claims).toBeGreaterThan(20);
    expect(claims).toBeLessThan(40);
    expect(mentions).toBeGreaterThan(55);
    expect(new Set(reports.map((r) => r.doc.id)).size).toBe(50);
  });
});
