// When is a four-digit number a year? Both stages ask: the times stage to date a claim, the
// quantities stage to keep "in 2011" out of the people counts. A year is 1900-2099, written
// without a thousands separator, in a date context; "some 2000 fighters" and "Resolution 2170"
// are not years.

const YEAR_DIGITS = /^(?:19|20)\d\d$/;

/** Words before a number that make it a count, not a year ("at least 2000"). */
const COUNT_CUE = /\b(?:nearly|almost|roughly|approximately|estimated|(?:more|fewer|less) than|at least|at most|another|additional|further)\s+$/i;
/** Words that make it a count only when a plural noun follows ("some 2000 fighters", not "around 2014, the group"). */
const WEAK_COUNT_CUE = /\b(?:about|around|some|over|up to)\s+$/i;
const PLURAL_AFTER = /^\s+(?:(?:[a-z]+-)?[a-z]*[a-z][^s'’\s]s|people|men|women|children|police|personnel|troops|militia)\b/;
const NOT_PLURAL = /^\s+(?:was|has|is|as|this|thus|its|his|hers|ours|towards|across|always|perhaps|plus|unless|whereas|besides)\b/;
/** Words before a number that make it a year even when a plural noun follows ("the 2014 elections"). */
const DATE_CUE = /(?:\b(?:in|since|until|till|by|of|during|from|through|throughout|before|after|early|late|mid|the|a|an|and|or|between|as|summer|spring|autumn|fall|winter)|['’]s|-)\s*$/i;
const MONTH_DAY_BEFORE = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s+\d{1,2}(?:st|nd|rd|th)?,\s*$/;
const MONTH_OR_SEASON_BEFORE = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|Spring|Summer|Autumn|Fall|Winter)\.?,?\s+$/;

/**
 * True when text[start, end) is a year: four digits 1900-2099 standing alone (not "2,011",
 * "$2014", "F-2014", "2014%", "1990s"), not an identifier after a capitalised word, and not a
 * count ("some 2000 fighters", "2000 fighters").
 */
export function isYearAt(text: string, start: number, end: number): boolean {
  if (!YEAR_DIGITS.test(text.slice(start, end))) return false;
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 24);
  if (/[\d$€£#/:.,]$|[A-Za-z]-?$/.test(before) && !/\bmid-$/i.test(before)) return false;
  if (/^(?:[\d%/:]|,\d|\.\d|[A-Za-z]|-year|\s*(?:percent|per cent)\b)/.test(after)) return false;
  const pluralAfter = PLURAL_AFTER.test(after) && !NOT_PLURAL.test(after);
  if (COUNT_CUE.test(before) || (WEAK_COUNT_CUE.test(before) && pluralAfter)) return false;
  if (MONTH_OR_SEASON_BEFORE.test(before) || MONTH_DAY_BEFORE.test(before)) return true;
  const prevWord = /([A-Za-z]+)\s+$/.exec(before)?.[1];
  // "Resolution 2170", "Brigade 1920": a capitalised word that opens no date is a name
  if (prevWord && /^[A-Z]/.test(prevWord) && !DATE_CUE.test(prevWord + " ") && !sentenceInitial(before, prevWord)) return false;
  if (DATE_CUE.test(before)) return true;
  // a plural noun right after: a count ("2000 fighters"), not "in 2014, fighters"
  return !pluralAfter;
}

function sentenceInitial(before: string, prevWord: string): boolean {
  const at = before.lastIndexOf(prevWord);
  return /(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(before.slice(0, at));
}
