// Turns what an analyst types into an FTS5 MATCH expression that cannot break its syntax:
// every term becomes a quoted string, so AND, NEAR, parentheses, colons and stray quotes are
// just words. "Quoted phrases" stay phrases; a trailing * on a word asks for a prefix match.
// All terms must match.

const WORD_CHAR = /[\p{L}\p{N}]/u;

export function ftsMatchQuery(input: string): string | undefined {
  const terms: string[] = [];
  const pattern = /"([^"]*)"?|([^\s"]+)/g;
  for (const m of input.matchAll(pattern)) {
    const phrase = m[1];
    if (phrase !== undefined) {
      if (WORD_CHAR.test(phrase)) terms.push(quote(phrase));
      continue;
    }
    const word = m[2];
    const prefix = word.endsWith("*");
    const bare = word.replace(/\*+$/, "");
    if (!WORD_CHAR.test(bare)) continue;
    terms.push(quote(bare) + (prefix ? "*" : ""));
  }
  return terms.length ? terms.join(" ") : undefined;
}

function quote(term: string): string {
  return `"${term.replace(/"/g, '""')}"`;
}
