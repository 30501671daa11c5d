// Plain text as written. The text is kept exactly as decoded (only a byte-order mark is
// gone): no line-ending or whitespace normalisation, so that every offset Dossier
// stores points at the same characters in the analyst's own copy of the file.
import type { DocumentMeta } from "./document.js";
import { dateInFileName } from "./dates.js";

/**
 * The first line when it reads like a headline: 150 characters or fewer, 20 words or
 * fewer, at least one letter, not ending like a sentence or a clause (a full stop,
 * comma, colon or semicolon), and followed by more text.
 */
export function headlineOf(text: string): string | undefined {
  const m = /^\s*([^\r\n]+)\r?\n([\s\S]*)$/.exec(text);
  if (!m) return undefined;
  // a Markdown heading is a headline too; the "#" marks are not part of it
  const line = m[1].trim().replace(/^#{1,6}\s+/, "");
  if (!m[2].trim() || line.length > 150 || line.split(/\s+/).length > 20) return undefined;
  if (!/\p{L}/u.test(line) || /[.,;:]$/.test(line)) return undefined;
  return line;
}

/** What plain text says about itself, as guesses: its headline and a date in its file name. */
export function guessPlainMeta(text: string, source: string): DocumentMeta {
  const meta: DocumentMeta = {};
  const title = headlineOf(text);
  if (title) meta.title = title;
  const published = dateInFileName(source);
  if (published) meta.published = published;
  return meta;
}
