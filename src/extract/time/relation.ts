// How a claim stands to its time, from the words just before the time expression:
// "as of last October" is a snapshot, "since October" an onset, "until recently" an end,
// "during the summer of 2014" a period; anything else ("in 2014", "on Friday") is a point.
import type { TimeValue } from "../contract.js";

export type Relation = TimeValue["relation"];

const CUES: ReadonlyArray<[RegExp, Relation]> = [
  [/^as (?:of|at)$/, "as_of"],
  [/^(?:since|from|between|after|starting(?: in| from| on)?|beginning(?: in| on)?|as early as|(?:go|goes|going|went|date|dates|dated|dating|trace|traces|traced|tracing|reach|reaches|stretch|stretches) back to)$/, "since"],
  [/^(?:until|till|up until|up to|by|through|before)$/, "until"],
  [/^(?:during|throughout|(?:in|over) the course of|over)$/, "during"],
  [/^(?:in|on|at)$/, "at"],
];

/** The cue words a time expression may follow, longest first so "up until" beats "until". */
const CUE_BEFORE = new RegExp(
  "(?:^|[^A-Za-z])(as of|as at|(?:in|over) the course of|up until|up to|as early as|starting(?: in| from| on)?|beginning(?: in| on)?|" +
  "(?:go|goes|going|went|date|dates|dated|dating|trace|traces|traced|tracing|reach|reaches|stretch|stretches) back to|" +
  "since|from|between|after|until|till|by|through|before|during|throughout|over|in|on|at)\\s+$",
  "i",
);

export interface Cue {
  relation: Relation;
  /** Offset (in the text searched) where the cue begins. */
  start: number;
}

/** The cue ending right before `offset` in `text`, if any. */
export function cueBefore(text: string, offset: number): Cue | undefined {
  const from = Math.max(0, offset - 40);
  const m = CUE_BEFORE.exec(text.slice(from, offset));
  if (!m) return undefined;
  const words = m[1].toLowerCase().replace(/\s+/g, " ");
  for (const [re, relation] of CUES) {
    // the match may open on the one non-letter before the cue
    if (re.test(words)) return { relation, start: from + m.index + (/^[A-Za-z]/.test(m[0]) ? 0 : 1) };
  }
  return undefined;
}
