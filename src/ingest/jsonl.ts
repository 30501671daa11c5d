// JSON Lines: one report a line, {"text" or "html", "title", "url", "published",
// "publisher", "author"}. Each line is its own source, PATH#LINE (counted from 1), so a
// bad line is reported by its number and the other lines are still read.
import { IngestError, type DocumentMeta } from "./document.js";

export interface JsonLineRecord {
  /** PATH#LINE */
  source: string;
  text?: string;
  html?: string;
  /** what the record states about itself; dates not yet normalised */
  meta: DocumentMeta;
}

const META_FIELDS = ["title", "url", "publisher", "author", "published"] as const;

export function parseJsonLines(text: string, source: string): (JsonLineRecord | IngestError)[] {
  const out: (JsonLineRecord | IngestError)[] = [];
  const lines = text.split("\n");
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const where = `${source}#${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      out.push(new IngestError(where, `not valid JSON (${(e as Error).message})`));
      return;
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      out.push(new IngestError(where, "not a JSON object"));
      return;
    }
    const o = value as Record<string, unknown>;
    const body = typeof o.text === "string" ? { text: o.text } : typeof o.html === "string" ? { html: o.html } : undefined;
    if (!body) {
      out.push(new IngestError(where, 'no "text" or "html" field'));
      return;
    }
    const meta: DocumentMeta = {};
    for (const k of META_FIELDS) {
      const v = o[k] ?? (k === "published" ? o.date : undefined);
      if (typeof v === "string" || typeof v === "number") meta[k] = String(v);
    }
    out.push({ source: where, ...body, meta });
  });
  return out;
}
