// The article body of a page. Furniture elements are removed first; Mozilla's
// Readability then finds the main content. When it finds nothing, or much less than a
// paragraph-density scorer of our own, the scorer's choice is used. Furniture lines are
// then dropped from whichever body was chosen.
import { Readability } from "@mozilla/readability";
import { blocks, type Block } from "./html-text.js";
import { dropFurnitureBlocks, removeFurniture } from "./html-furniture.js";

const chars = (bs: Block[]) => bs.reduce((n, b) => n + b.text.length, 0);

export function articleText(document: Document): string {
  removeFurniture(document);
  const dense = densestBlocks(document);
  let read: Block[] = [];
  try {
    const article = new Readability<Node>(document.cloneNode(true) as Document, { serializer: (n) => n }).parse();
    if (article?.content) read = blocks(article.content as never);
  } catch {
    // Readability can throw on pathological trees; the scorer's choice stands
  }
  const chosen = chars(read) >= 0.5 * chars(dense) ? read : dense;
  return dropFurnitureBlocks(chosen)
    .map((b) => b.text)
    .join("\n\n");
}

/**
 * Paragraph density: every paragraph of 25 characters or more scores its length (less
 * the part inside links) for its parent and half that for its grandparent; the element
 * with the highest score is the body. Simple, but it never returns nothing when the
 * page has paragraphs at all.
 */
export function densestBlocks(document: Document): Block[] {
  const root = document.body ?? document.documentElement;
  if (!root) return [];
  const score = new Map<Element, number>();
  for (const p of Array.from(root.querySelectorAll("p, pre, blockquote"))) {
    const text = (p.textContent ?? "").replace(/\s+/g, " ").trim();
    if (text.length < 25) continue;
    let linked = 0;
    for (const a of Array.from(p.querySelectorAll("a"))) linked += (a.textContent ?? "").trim().length;
    const value = Math.max(0, text.length - linked) + 20 * (text.match(/[,.;]/g)?.length ?? 0);
    const parent = p.parentElement;
    if (!parent) continue;
    score.set(parent, (score.get(parent) ?? 0) + value);
    const grand = parent.parentElement;
    if (grand) score.set(grand, (score.get(grand) ?? 0) + value / 2);
  }
  let best: Element | undefined;
  let bestScore = 0;
  for (const [el, s] of score) if (s > bestScore) [best, bestScore] = [el, s];
  if (!best) return blocks(root as never);
  return blocks(best as never);
}
