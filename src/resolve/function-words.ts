// Connecting words inside actor names in the languages reports borrow names from (English,
// French, Spanish, Arabic "wa"): they say nothing about which actor is meant, so acronyms
// skip them and name comparison does not count them as an added word.
export const NAME_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  "of", "the", "and", "in", "for", "on", "at", "to", "de", "du", "des", "la", "le", "les", "et", "y", "wa",
]);
