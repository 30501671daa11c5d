// Turns what an analyst types into a PostgreSQL tsquery expression that cannot break its syntax,
// with the same reading as the SQLite store: "quoted phrases" are phrases, a trailing * asks
// for a prefix, an upper-case OR between terms gives alternatives, all other terms must match.
// Every term is a bound parameter folded like the index (fold.ts); no user text is SQL.
import { foldText } from "./fold.js";

const WORD_CHAR = /[\p{L}\p{N}]/u;
const WORDS = /[\p{L}\p{N}]+/gu;

export interface SearchTerm {
  /** Folded text of the word or phrase. */
  text: string;
  prefix: boolean;
}

export interface TsQuery {
  /** SQL expression of type tsquery using $first.. placeholders. */
  sql: string;
  params: string[];
  /** Every term, for cutting the passage around a match. */
  terms: SearchTerm[];
}

export function parseSearch(input: string): SearchTerm[][] {
  const groups: SearchTerm[][] = [[]];
  for (const m of input.matchAll(/"([^"]*)"?|([^\s"]+)/g)) {
    const [, phrase, word] = m;
    const group = groups[groups.length - 1];
    if (phrase !== undefined) {
      if (WORD_CHAR.test(phrase)) group.push({ text: foldText(phrase), prefix: false });
    } else if (word === "OR") {
      if (group.length) groups.push([]);
    } else if (word !== "AND") {
      const bare = word.replace(/\*+$/, "");
      if (WORD_CHAR.test(bare)) group.push({ text: foldText(bare), prefix: bare !== word });
    }
  }
  return groups.filter((g) => g.length);
}

/** undefined when nothing searchable was typed. `first` is the number of the first placeholder. */
export function tsQuery(input: string, first = 1): TsQuery | undefined {
  const groups = parseSearch(input);
  if (!groups.length) return undefined;
  const params: string[] = [];
  const term = (t: SearchTerm): string => {
    if (!t.prefix) {
      params.push(t.text);
      return `phraseto_tsquery('simple', $${first + params.length - 1})`;
    }
    // Letters and digits only, each quoted: the tsquery text has no operator the user chose.
    const words = t.text.match(WORDS) ?? [];
    params.push(words.map((w, i) => `'${w}'${i === words.length - 1 ? ":*" : ""}`).join(" <-> "));
    return `to_tsquery('simple', $${first + params.length - 1})`;
  };
  const sql = groups.map((g) => `(${g.map(term).join(" && ")})`).join(" || ");
  return { sql: `(${sql})`, params, terms: groups.flat() };
}
