// The passage shown with a search hit: about two dozen words of the original text around the
// first place a search term occurs (found in the folded text, same offsets), plain text on one
// line, "…" where it was cut. Falls back to the opening words when only the title matched.
import { foldText } from "./fold.js";
import type { SearchTerm } from "./search-query.js";

const WORDS_SHOWN = 24;
const WORDS_BEFORE = 6;

export function searchSnippet(text: string, terms: SearchTerm[]): string {
  const folded = foldText(text);
  let at = -1;
  for (const t of terms) {
    const words = t.text.match(/[\p{L}\p{N}]+/gu);
    if (!words) continue;
    const pattern = `(?<![\\p{L}\\p{N}])${words.map(escape).join("[^\\p{L}\\p{N}]+")}${t.prefix ? "" : "(?![\\p{L}\\p{N}])"}`;
    const m = new RegExp(pattern, "u").exec(folded);
    if (m && (at < 0 || m.index < at)) at = m.index;
  }
  const spans = [...text.matchAll(/\S+/g)].map((m) => [m.index!, m.index! + m[0].length] as const);
  if (!spans.length) return "";
  let hit = at < 0 ? 0 : spans.findIndex(([, end]) => end > at);
  if (hit < 0) hit = 0;
  const start = Math.max(0, Math.min(hit - WORDS_BEFORE, spans.length - WORDS_SHOWN));
  const end = Math.min(spans.length, start + WORDS_SHOWN);
  const passage = spans.slice(start, end).map(([s, e]) => text.slice(s, e)).join(" ");
  return `${start > 0 ? "…" : ""}${passage}${end < spans.length ? "…" : ""}`;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
