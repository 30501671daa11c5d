// An HTML page to a document's text and metadata: the page's own metadata, then the
// article body as clean paragraphs.
import { parseHTML } from "linkedom";
import type { DocumentMeta } from "./document.js";
import { readHtmlMeta } from "./html-meta.js";
import { articleText } from "./html-article.js";

export interface HtmlRead {
  text: string;
  meta: DocumentMeta;
}

/** Parses a page leniently (broken markup is repaired, never an error). */
export function parsePage(html: string): Document {
  // linkedom needs a whole document to build <head> and <body>; fragments are wrapped
  const whole = /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  return parseHTML(whole).document as unknown as Document;
}

export function readHtml(html: string): HtmlRead {
  const meta = readHtmlMeta(parsePage(html));
  // readability rewrites the tree it reads, so the body gets a fresh parse
  const text = articleText(parsePage(html));
  return { text, meta };
}

/** The charset an HTML page declares in its first bytes, if any. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString("latin1");
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m?.[1];
}
