// The times layer: when each sentence says something happened, as ISO prefixes normalised
// against the publication date ("late last year" in a February 2015 report is 2014), with the
// claim's relation to it (as of, at, since, until, during). Without a publication date only
// expressions that carry their own year are kept.
import type { Doc, TimeMention } from "../doc.js";
import { registerStage, type Stage } from "../stage.js";
import { anchorFrom } from "../time/anchor.js";
import { findTimes, type TimeContext } from "../time/recognise.js";

/** A sentence without any of these holds no time we can read; most sentences stop here. */
const TIME_HINT = new RegExp(
  "(?:19|20)\\d\\d|\\d[/.]\\d|January|February|March|April|May|June|July|August|September|October|November|December|" +
  "Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.|" +
  "day|week|month|year|ago|tonight|night|morning|evening|recently|spring|summer|autumn|fall|winter",
);

export function times(doc: Doc): void {
  const ctx: TimeContext = { anchor: anchorFrom(doc.meta.published), nounAt: (offset) => nounAt(doc, offset) };
  const spans = doc.sentences.length ? doc.sentences.map((s) => [s.start, s.end] as const) : [[0, doc.text.length] as const];
  for (const [start, end] of spans) {
    if (!TIME_HINT.test(doc.text.slice(start, end))) continue;
    for (const t of findTimes(doc.text, start, end, ctx)) {
      const mention: TimeMention = { value: t.value, precision: t.precision, relation: t.relation, text: t.text, start: t.start, end: t.end };
      doc.times.push(mention);
    }
  }
}

/** True when the token starting at `offset` is a common noun. */
function nounAt(doc: Doc, offset: number): boolean {
  let lo = 0, hi = doc.tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = doc.tokens[mid];
    if (t.start < offset) lo = mid + 1;
    else if (t.start > offset) hi = mid - 1;
    else return t.pos === "NOUN";
  }
  return false;
}

registerStage("times", (): Stage => ({ name: "times", run: times }));
