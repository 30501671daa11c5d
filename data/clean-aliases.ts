// The lists pack several names into one alias field: "جبهة النصرة (the Victory Front; Jabhat
// al-Nusrah; …)", "Abu Muhammad (original script: Абу Мухаммад)", "El Para (combat name)".
// Aliases are shown to analysts and matched against reports, which are in Latin script: each
// field is split into its names, notes and original-script writing are dropped, and an
// acronym given in brackets becomes an alias of its own.

/** Bracketed notes the lists add about a name rather than names themselves. */
const NOTE = /\b(original script|sub-unit|combat name|birth name|previously listed|false identity|formerly|branch|born|passport|union of|third|fourth|second|junior|senior|nickname|kunya)\b/i;
/** A bracketed acronym: "(HTS)", "(AQAP)", "(LRM/A)", "(M23)". */
const ACRONYM = /^[\p{Lu}\d][\p{Lu}\d-]{1,7}(?:\/[\p{Lu}]{1,3})?$/u;
/** Letters of another script than Latin, with the marks and joiners written among them. */
const OTHER_SCRIPT = /[\p{L}\p{M}\u200c\u200d\u0640]*[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}\s][\p{L}\p{M}\u200c\u200d\u0640]*/gu;
/** Trailing notes written without brackets: ", born 1 Jan. 1953 …", " - sub-unit name". */
const TRAILING_NOTE = /(?:,\s*born\b.*|\s+-\s+sub-unit name.*)$/i;
/** Longer than any real name on the lists; a field this long is a note. */
const MAX_LENGTH = 100;

/** The top-level bracketed groups of a field and the text outside them. */
function splitBrackets(field: string): { outside: string; groups: string[] } {
  let depth = 0, outside = "", group = "";
  const groups: string[] = [];
  for (const ch of field) {
    if (ch === "(" || ch === "[") {
      if (depth > 0) group += ch;
      depth++;
    } else if ((ch === ")" || ch === "]") && depth > 0) {
      depth--;
      if (depth > 0) group += ch;
      else { groups.push(group); group = ""; outside += " "; }
    } else if (depth > 0) group += ch;
    else if (ch !== ")" && ch !== "]") outside += ch;
  }
  if (group) groups.push(group); // an unclosed bracket: its text is still a group
  return { outside, groups };
}

/** Cyrillic letters that look like Latin ones, typed by mistake inside Latin names ("Aїr"). */
const LOOKALIKES: Record<string, string> = {
  "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y", "і": "i", "ї": "ï", "А": "A", "Е": "E", "О": "O", "Р": "P", "С": "C", "Т": "T", "Н": "H", "К": "K", "М": "M",
};
const LOOKALIKE = new RegExp(`(?<=\\p{Script=Latin})[${Object.keys(LOOKALIKES).join("")}]|[${Object.keys(LOOKALIKES).join("")}](?=\\p{Script=Latin})`, "gu");

/** A name piece in Latin script, tidied, or undefined when nothing of a name is left. */
export function tidy(piece: string): string | undefined {
  const latin = piece.replace(/\p{Cf}/gu, "").replace(/-\s*\n\s*/g, "-").replace(LOOKALIKE, (ch) => LOOKALIKES[ch]).replace(TRAILING_NOTE, "").replace(OTHER_SCRIPT, " ").replace(/\s+/g, " ")
    .replace(/^[\s,;:.\-–/]+|[\s,;:\-–/]+$/g, "").trim();
  if (!/\p{L}{2}/u.test(latin) || latin.length > MAX_LENGTH) return undefined;
  return latin;
}

/** The names in one list field, in the order written. */
export function namesInField(field: string): string[] {
  const out: string[] = [];
  const { outside, groups } = splitBrackets(field);
  for (const part of outside.split(";")) {
    const name = tidy(part);
    if (name) out.push(name);
  }
  for (const group of groups) {
    const inner = group.trim();
    if (inner.includes(";")) { for (const p of inner.split(";")) out.push(...namesInField(p)); continue; }
    if (NOTE.test(inner)) continue;
    if (ACRONYM.test(inner)) {
      // in a field written all in capitals a bracketed word may be another surname ("BUTAYEV (BUTAEV)"): short ones only
      const shouting = !/\p{Ll}/u.test(outside);
      if (out.length && (!shouting || inner.length <= 5)) out.push(inner);
      continue;
    }
    // another spelling in brackets: a name of its own when it has two words or more ("(Abu Bakr al-Baghdadi)")
    if (/\s/.test(inner.trim())) out.push(...namesInField(inner));
  }
  return out;
}

/** Clean, distinct aliases from a list's alias fields. */
export function cleanAliases(fields: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const field of fields) {
    for (const name of namesInField(field)) {
      const key = name.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(name);
    }
  }
  return out;
}
