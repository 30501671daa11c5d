// Month, weekday and season names as reports write them, shared by the times stage (to find
// dates) and the quantities stage (to leave day numbers next to a month alone).

/** Month number (1-12) by lower-case full name or abbreviation. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ["january", 1], ["jan", 1], ["february", 2], ["feb", 2], ["march", 3], ["mar", 3],
  ["april", 4], ["apr", 4], ["may", 5], ["june", 6], ["jun", 6], ["july", 7], ["jul", 7],
  ["august", 8], ["aug", 8], ["september", 9], ["sept", 9], ["sep", 9], ["october", 10], ["oct", 10],
  ["november", 11], ["nov", 11], ["december", 12], ["dec", 12],
]);

/** Capitalised month names; abbreviations may carry a full stop ("Sept.", "Oct."). */
export const MONTH_NAME_SRC =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December" +
  "|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)";

/** Weekday number as JavaScript's getUTCDay (Sunday 0). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ["sunday", 0], ["monday", 1], ["tuesday", 2], ["wednesday", 3], ["thursday", 4], ["friday", 5], ["saturday", 6],
]);

export const WEEKDAY_NAME_SRC = "(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)";

/** Northern-hemisphere seasons by their first and last month; winter runs into the next year. */
export const SEASONS: ReadonlyMap<string, { first: number; last: number }> = new Map([
  ["spring", { first: 3, last: 5 }], ["summer", { first: 6, last: 8 }],
  ["autumn", { first: 9, last: 11 }], ["fall", { first: 9, last: 11 }], ["winter", { first: 12, last: 2 }],
]);

export function monthNumber(word: string): number | undefined {
  return MONTHS.get(word.toLowerCase().replace(/\.$/, ""));
}

/** True when `text` just before `offset` ends in a month name ("March 3"). */
export function monthBefore(text: string, offset: number): boolean {
  return MONTH_BEFORE.test(text.slice(Math.max(0, offset - 12), offset));
}

/** True when `text` from `offset` starts with an optional ordinal suffix and a month ("3 March", "5th of May"). */
export function monthAfter(text: string, offset: number): boolean {
  return MONTH_AFTER.test(text.slice(offset, offset + 16));
}

const MONTH_BEFORE = new RegExp(`\\b${MONTH_NAME_SRC}\\s+$`);
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_NAME_SRC}(?![a-z])`);
