// Repairs of the recogniser's person spans that any reader would make: two people joined by
// "and" ("The Prime Minister and President Hollande") are two mentions, and words before the
// name that cannot belong to it ("I echo Prime Minister Abadi", "In Turkey Minister Ellwood",
// "QUESTION: Secretary Kerry", "As Deputy Secretary …") are cut off. The tagger, trained on 71
// documents, runs a person on through such words when titles stand between.
import type { Token } from "../doc.js";
import { NAME_LINKS, PRONOUNS, TITLES } from "./lexicon.js";

export interface LabelledSpan {
  first: number;
  /** One past the last token. */
  end: number;
  label: string;
}

const isCap = (t: Token): boolean => /^\p{Lu}/u.test(t.text);
/** Words that may stand in a person's span: name links, titles and their "of"/"for" ("Minister for the Middle East"). */
const inName = (t: Token): boolean => isCap(t) || NAME_LINKS.has(t.lower) || TITLES.has(t.lower) || /\d/.test(t.text) || (!/\p{L}/u.test(t.text) && t.text !== ":");

/**
 * Person spans cut where a word cannot be part of a name, and split at "and" between two
 * titled or named people. `placeAt(i)` says whether token i lies under a known place or country.
 */
export function repairPersonSpans<S extends LabelledSpan>(tokens: readonly Token[], spans: readonly S[], placeAt: (i: number) => boolean): S[] {
  const out: S[] = [];
  for (const s of spans) {
    if (s.label !== "PER" || s.end - s.first < 2) { out.push(s); continue; }
    let first = s.first;
    // the last word that cannot stand inside a name: a verb or pronoun ("I echo"), a colon, or a
    // sentence-opening preposition ("As", "In")
    for (let i = s.end - 2; i >= s.first; i--) {
      const t = tokens[i];
      const stray = (!inName(t) && t.lower !== "the") || PRONOUNS.has(t.lower) || t.text === ":"
        || (i === s.first && isCap(t) && /^(ADP|SCONJ|PRON)$/.test(t.pos) && !TITLES.has(t.lower));
      if (!stray) continue;
      first = i + 1;
      // "In Turkey Minister Ellwood": the place the preposition governs goes with it
      if (t.pos === "ADP" || t.pos === "SCONJ") {
        let j = first;
        while (j < s.end - 1 && placeAt(j)) j++;
        if (j > first && TITLES.has(tokens[j].lower) && isCap(tokens[j])) first = j;
      }
      break;
    }
    // "Paris the Foreign Secretary": a name before "the" and a title is another mention
    for (let i = s.end - 2; i > first; i--) {
      if (tokens[i].lower === "the" && TITLES.has(tokens[i + 1].lower)) { first = i; break; }
    }
    if (!tokens.slice(first, s.end).some((t) => isCap(t) && !TITLES.has(t.lower)) && !tokens.slice(first, s.end).some((t) => TITLES.has(t.lower))) {
      continue;
    }
    // "The Prime Minister and President Hollande": two people
    let start = first;
    for (let i = first + 1; i < s.end - 1; i++) {
      if (tokens[i].lower !== "and") continue;
      const next = tokens[i + 1];
      if (!isCap(next) || !(TITLES.has(next.lower) || isCap(tokens[i - 1]))) continue;
      if (i > start) out.push({ ...s, first: start, end: i });
      start = i + 1;
    }
    out.push({ ...s, first: start, end: s.end });
  }
  return out;
}
