import { describe, expect, it } from "vitest";
import { createDoc, type Doc } from "../../src/extract/doc.js";
import { segment } from "../../src/extract/stages/segment.js";

const segmented = (text: string): Doc => {
  const doc = createDoc("test", text);
  segment(doc);
  return doc;
};

const REPORT = [
  "TUNISIA: RECRUITERS MOVE SOUTH",
  "Photo: a checkpoint near Ben Guerdane   (file)",
  "",
  "As of last October, an estimated 3,000 Tunisians had traveled to Syria.  Officials can't say how many returned; the U.S.-led coalition didn't comment.",
  "\t“We lost many soldiers,” said a resident of Sirte —  the group’s stronghold… since 2015.\r",
  "Weapons smuggled out of Libya\u00a0were sold in Derna, according to the U.N.\r\n",
].join("\n");

describe("segment: sentences and tokens an analyst can trace back to the report", () => {
  it("points every token at its exact place in the report, whatever the spacing", () => {
    const doc = segmented(REPORT);
    expect(doc.tokens.length).toBeGreaterThan(60);
    for (const t of doc.tokens) expect(REPORT.slice(t.start, t.end)).toBe(t.text);
    for (let i = 1; i < doc.tokens.length; i++) expect(doc.tokens[i].start).toBeGreaterThanOrEqual(doc.tokens[i - 1].end);
    expect(doc.tokens.map((t) => t.text)).toEqual(expect.arrayContaining(["3,000", "Tunisians", "U.S.", "Sirte", "Derna", "2015"]));
  });

  it("never runs a headline or caption into the next line", () => {
    const doc = segmented(REPORT);
    for (const s of doc.sentences) expect(REPORT.slice(s.start, s.end)).not.toMatch(/[\n\r]/);
    const first = doc.sentences[0];
    expect(REPORT.slice(first.start, first.end)).toBe("TUNISIA: RECRUITERS MOVE SOUTH");
  });

  it("splits a paragraph into its sentences, each holding its own tokens", () => {
    const doc = segmented(REPORT);
    const texts = doc.sentences.map((s) => REPORT.slice(s.start, s.end));
    expect(texts).toContain("As of last October, an estimated 3,000 Tunisians had traveled to Syria.");
    doc.sentences.forEach((s, si) => {
      const own = doc.tokens.slice(s.firstToken, s.endToken);
      expect(own.length).toBeGreaterThan(0);
      for (const t of own) {
        expect(t.sentence).toBe(si);
        expect(t.start).toBeGreaterThanOrEqual(s.start);
        expect(t.end).toBeLessThanOrEqual(s.end);
      }
    });
  });

  it("tags parts of speech and gives lower-case lemmas", () => {
    const doc = segmented("Many fighters were trained in camps near the border.");
    const by = (w: string) => doc.tokens.find((t) => t.text === w)!;
    expect(by("fighters").pos).toBe("NOUN");
    expect(by("fighters").lemma).toBe("fighter");
    expect(by("trained").pos).toBe("VERB");
    expect(by("trained").lemma).toBe("train");
    expect(by("camps").lower).toBe("camps");
  });
});
