// Runs the real segment stage, then the quantities stage, on a report written for the test.
import { createDoc, type QuantityMention } from "../../src/extract/doc.js";
import { segment } from "../../src/extract/stages/segment.js";
import { quantities } from "../../src/extract/stages/quantities.js";

export function readQuantities(text: string): QuantityMention[] {
  const doc = createDoc("test", text, { published: "2016-05-12" });
  segment(doc);
  quantities(doc);
  return doc.quantities;
}

/** The one quantity whose text is `phrase`; fails loudly when it is missing. */
export function quantityNamed(text: string, phrase: string): QuantityMention {
  const all = readQuantities(text);
  const q = all.find((x) => x.text === phrase);
  if (!q) throw new Error(`no quantity "${phrase}" in: ${all.map((x) => x.text).join(" | ") || "(none)"}`);
  return q;
}
