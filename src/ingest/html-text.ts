// Clean text from a DOM subtree: one paragraph per block, paragraphs separated by a
// blank line, headings and list items on their own lines, whitespace inside a paragraph
// collapsed to single spaces, no markup. Entities are already decoded by the parser.

const BLOCK = new Set([
  "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "div", "dl",
  "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
  "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr",
  "ul", "menu",
]);

// Never text a reader sees in the article.
const SKIP = new Set([
  "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "select",
  "option", "textarea", "input", "button", "head", "title", "meta", "link", "audio", "video", "map",
]);

const CELL = new Set(["td", "th"]);

type Node0 = { nodeType: number; nodeName: string; childNodes: ArrayLike<Node0>; textContent: string | null };

/** One paragraph of rendered text and what it was made of. */
export interface Block {
  text: string;
  /** characters of the text that sat inside links */
  linkChars: number;
  /** the block is a heading (h1-h6) */
  heading: boolean;
}

/** The text of `root` as paragraphs; see the module comment for the layout. */
export function blockText(root: Node0): string {
  return blocks(root).map((b) => b.text).join("\n\n");
}

export function blocks(root: Node0): Block[] {
  const out: Block[] = [];
  let line = "";
  let linkChars = 0;
  let heading = false;
  const flush = () => {
    const p = line
      .split("\n")
      .map((l) => l.replace(/\s+/g, " ").trim())
      .filter(Boolean)
      .join("\n");
    if (p) out.push({ text: p, linkChars: Math.min(linkChars, p.length), heading });
    line = "";
    linkChars = 0;
    heading = false;
  };
  const walk = (node: Node0, pre: boolean, inLink: boolean) => {
    if (node.nodeType === 3) {
      const t = node.textContent ?? "";
      // inside <pre> keep the author's line breaks; elsewhere they are just spaces
      line += pre ? t : t.replace(/\n/g, " ");
      if (inLink) linkChars += t.replace(/\s+/g, " ").trim().length;
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toLowerCase();
    if (SKIP.has(name)) return;
    if (name === "br") {
      line += "\n";
      return;
    }
    const block = BLOCK.has(name);
    if (block) flush();
    if (/^h[1-6]$/.test(name)) heading = true;
    if (CELL.has(name)) line += " ";
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) walk(children[i], pre || name === "pre", inLink || name === "a");
    if (CELL.has(name)) line += " ";
    if (block) flush();
  };
  walk(root, false, false);
  flush();
  return out;
}
