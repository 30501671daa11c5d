// Turns what an analyst types into an FTS5 MATCH expression that cannot break its syntax:
// every term becomes a quoted string, so NEAR, parentheses, colons, hyphens and stray quotes
// are just text. "Quoted phrases" stay phrases, a trailing * on a word asks for a prefix
// match, and an upper-case OR between terms gives alternatives; all other terms must match.

const WORD_CHAR = /[\p{L}\p{N}]/u;

export function ftsMatchQuery(input: string): string | undefined {
  const groups: string[][] = [[]];
  for (const m of input.matchAll(/"([^"]*)"?|([^\s"]+)/g)) {
    const [, phrase, word] = m;
    if (phrase !== undefined) {
      if (WORD_CHAR.test(phrase)) groups[groups.length - 1].push(quote(phrase));
    } else if (word === "OR") {
      if (groups[groups.length - 1].length) groups.push([]);
    } else if (word !== "AND") {
      const bare = word.replace(/\*+$/, "");
      if (WORD_CHAR.test(bare)) groups[groups.length - 1].push(quote(bare) + (bare !== word ? "*" : ""));
    }
  }
  const kept = groups.filter((g) => g.length);
  if (!kept.length) return undefined;
  return kept.length === 1 ? kept[0].join(" ") : kept.map((g) => `(${g.join(" ")})`).join(" OR ");
}

function quote(term: string): string {
  return `"${term.replace(/"/g, '""')}"`;
}
