// Which reader a source needs: its name's extension when it has a known one, otherwise
// (standard input, odd names, a .gz's inner file) what its first characters look like.
import type { SourceFormat } from "./document.js";

const BY_EXTENSION: Record<string, SourceFormat> = {
  txt: "text", text: "text", md: "text", markdown: "text", rst: "text", log: "text",
  html: "html", htm: "html", xhtml: "html", shtml: "html",
  jsonl: "jsonl", ndjson: "jsonl", jsonlines: "jsonl",
};

export function formatByName(name: string): SourceFormat | undefined {
  const m = /\.([A-Za-z0-9]+)$/.exec(name.split(/[\\/]/).pop() ?? "");
  return m ? BY_EXTENSION[m[1].toLowerCase()] : undefined;
}

export const isGzip = (bytes: Uint8Array) => bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;

const HTML_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]/i;

/** True when text is unmistakably an HTML document (it opens like one). */
export const looksHtml = (text: string) => HTML_START.test(text.slice(0, 4096));

/** True when the first lines are each a JSON object: a JSON Lines file. */
export function looksJsonLines(text: string): boolean {
  const lines = text.slice(0, 65536).split("\n").filter((l) => l.trim()).slice(0, 5);
  if (lines.length === 0 || !lines.every((l) => l.trimStart().startsWith("{"))) return false;
  try {
    const first = JSON.parse(lines[0]) as unknown;
    return typeof first === "object" && first !== null && !Array.isArray(first);
  } catch {
    return false;
  }
}

/** The format of a source, from its name first and its content second. */
export function sniffFormat(name: string, text: string): SourceFormat {
  const named = formatByName(name);
  // a page saved as .txt is still a page; the reverse (text in .html) reads fine as HTML
  if (named === "text") return looksHtml(text) ? "html" : "text";
  if (named) return named;
  if (looksHtml(text) || /^\s*<(?:div|p|article|section|h1|table)[\s>]/i.test(text)) return "html";
  if (looksJsonLines(text)) return "jsonl";
  return "text";
}
