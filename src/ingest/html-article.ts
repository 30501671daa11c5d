// The article body of a page. Mozilla's Readability finds the main content; when it
// finds nothing, or much less than the page's paragraphs hold, a paragraph-density
// scorer of our own takes over. Lines that are page furniture (share buttons, bylines,
// "read more" links, photo credits) are then dropped from whichever body was chosen.
import { Readability } from "@mozilla/readability";
import { blockText } from "./html-text.js";

export function articleText(document: Document): string {
  let body = "";
  try {
    const article = new Readability<Node>(document.cloneNode(true) as Document, { serializer: (n) => n }).parse();
    if (article?.content) body = blockText(article.content as never);
  } catch {
    // Readability can throw on pathological trees; the scorer below still runs
  }
  return body;
}
