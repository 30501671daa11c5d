// The words around a number that say how far to trust it: "at least 3,000" is a floor,
// "up to 3,000" a ceiling, "an estimated 3,000" an approximation, "3,000 or more" a floor
// again. An analyst summing flows needs to know which.
import type { Quantity } from "../contract.js";

export type Bound = Quantity["bound"];

interface Hedge {
  bound?: Bound;
  approx?: boolean;
}

/** Longest first, so "no more than" is not read as "more than". */
const PREFIXES: ReadonlyArray<[string, Hedge]> = [
  ["no fewer than", { bound: "at_least" }], ["no less than", { bound: "at_least" }], ["not less than", { bound: "at_least" }],
  ["no more than", { bound: "at_most" }], ["not more than", { bound: "at_most" }],
  ["slightly more than", { bound: "at_least", approx: true }], ["just over", { bound: "at_least", approx: true }],
  ["well over", { bound: "at_least" }], ["well above", { bound: "at_least" }], ["in excess of", { bound: "at_least" }],
  ["upwards of", { bound: "at_least" }], ["greater than", { bound: "at_least" }], ["more than", { bound: "at_least" }],
  ["at least", { bound: "at_least" }], ["over", { bound: "at_least" }], ["above", { bound: "at_least" }],
  ["just under", { bound: "at_most", approx: true }], ["just shy of", { bound: "at_most", approx: true }],
  ["fewer than", { bound: "at_most" }], ["less than", { bound: "at_most" }], ["at most", { bound: "at_most" }],
  ["a maximum of", { bound: "at_most" }], ["up to", { bound: "at_most" }], ["as many as", { bound: "at_most", approx: true }],
  ["nearly", { bound: "at_most", approx: true }], ["almost", { bound: "at_most", approx: true }],
  ["close to", { bound: "about", approx: true }], ["an estimated", { bound: "about", approx: true }],
  ["estimated", { bound: "about", approx: true }], ["approximately", { bound: "about", approx: true }],
  ["approx.", { bound: "about", approx: true }], ["roughly", { bound: "about", approx: true }],
  ["around", { bound: "about", approx: true }], ["about", { bound: "about", approx: true }],
  ["some", { bound: "about", approx: true }], ["circa", { bound: "about", approx: true }],
  ["perhaps", { bound: "about", approx: true }], ["possibly", { bound: "about", approx: true }],
  ["maybe", { bound: "about", approx: true }], ["~", { bound: "about", approx: true }],
];

/** Words that sit between the hedge and the number without changing it ("another", "a total of"). */
const DETERMINERS = ["another", "a further", "an additional", "a total of", "a reported"];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\~]/g, "\\$&").replace(/ /g, "\\s+");
const PREFIX_RE = new RegExp(`(?:^|[^A-Za-z])((?:${PREFIXES.map(([w]) => escape(w)).join("|")})\\s*)$`, "i");
const DETERMINER_RE = new RegExp(`(?:^|[^A-Za-z])((?:${DETERMINERS.map(escape).join("|")})\\s+)$`, "i");
/** "took over three towns": "over" belongs to the verb, not the number. */
const PHRASAL_OVER = /\b(?:take|takes|took|taken|taking|hand|hands|handed|handing|turn|turns|turned|turning|win|wins|won|winning|pass|passed|fight|fought|argue|argued|preside|presided|watch|watched)\s+over\s*$/i;

export interface Prefix {
  /** How many characters before the number the hedge and determiners take. */
  length: number;
  bound: Bound;
  approx: boolean;
  /** "another thousand": the number adds to one mentioned before. */
  another: boolean;
}

/** The hedge words ending right before a number, read from `before` (the text up to it). */
export function prefixBefore(before: string): Prefix {
  let length = 0, bound: Bound = "exact", approx = false, another = false;
  // hedges stack: "at least another 300", "nearly an estimated 3,000"
  for (let layer = 0; layer < 3; layer++) {
    const rest = before.slice(0, before.length - length);
    const det = DETERMINER_RE.exec(rest);
    if (det) {
      another ||= /another|further|additional/i.test(det[1]);
      length += det[1].length;
      continue;
    }
    const pre = PREFIX_RE.exec(rest);
    if (!pre || (/^over/i.test(pre[1]) && PHRASAL_OVER.test(rest))) break;
    const hedge = PREFIXES.find(([w]) => w === pre[1].trim().toLowerCase().replace(/\s+/g, " "))?.[1] ?? {};
    if (hedge.bound && (bound === "exact" || bound === "about")) bound = hedge.bound;
    approx ||= hedge.approx ?? false;
    length += pre[1].length;
  }
  return { length, bound, approx, another };
}

/** "3,000 or more", "3,000-odd", "3,000+", "3,000 or so", read from the text after the number. */
export function suffixAfter(after: string): { length: number; bound?: Bound; approx?: boolean } {
  const m = /^(?:\s*\+(?![\d])|\s+or\s+(?:more|so|fewer|less)\b|-odd\b|\s+plus\b|\s+odd\b)/i.exec(after);
  if (!m) return { length: 0 };
  const w = m[0].trim().toLowerCase();
  if (w === "+" || w.endsWith("more") || w === "plus") return { length: m[0].length, bound: "at_least" };
  if (w.endsWith("fewer") || w.endsWith("less")) return { length: m[0].length, bound: "at_most" };
  return { length: m[0].length, bound: "about", approx: true };
}
