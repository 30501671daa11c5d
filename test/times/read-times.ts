// Runs the real segment stage, then the times stage, on a report written for the test.
import { createDoc, type TimeMention } from "../../src/extract/doc.js";
import { segment } from "../../src/extract/stages/segment.js";
import { times } from "../../src/extract/stages/times.js";

export function readTimes(text: string, published?: string): TimeMention[] {
  const doc = createDoc("test", text, published ? { published } : {});
  segment(doc);
  times(doc);
  return doc.times;
}

/** What an analyst's timeline would record for each time: value, precision, relation, as written. */
export const timeline = (text: string, published?: string): string[] =>
  readTimes(text, published).map((t) => `${t.text} → ${t.value} ${t.precision} ${t.relation}`);
