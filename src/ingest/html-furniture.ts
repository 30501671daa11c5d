// Page furniture: what sits around or inside an article but is not its text — menus,
// share buttons, captions and photo credits, bylines and datelines, related-story rails,
// newsletter boxes, hover cards. Removed twice: as elements before the body is found
// (by tag, by hidden state, by class and id names), and as lines after it is rendered
// (by wording, by repetition, by being nothing but a link).
import type { Block } from "./html-text.js";

type El = Element;

// Whole elements that never hold the article's own text.
const FURNITURE_TAGS = "nav, aside, footer, figcaption, form, dialog, menu, [role=navigation], [role=complementary], [role=contentinfo], [role=banner], [role=dialog]";

// Class and id words of furniture, matched as whole words of a name (a "share-bar",
// "article__byline", "rollover-people" and "related_links" match; "shared" does not).
const FURNITURE_NAME = new RegExp(
  "(?:^|[\\s_-])(" +
    [
      "share", "sharing", "social", "sharebar", "byline", "bylines", "author", "authors", "dateline", "timestamp",
      "caption", "captions", "credit", "credits", "copyright", "related", "recommended", "recommendations", "more",
      "newsletter", "subscribe", "subscription", "signup", "promo", "promotion", "advert", "advertisement", "ad",
      "ads", "adslot", "sponsor", "sponsored", "outbrain", "taboola", "breadcrumb", "breadcrumbs", "tags", "tag",
      "comments", "comment", "disqus", "toolbar", "print", "rollover", "tooltip", "popover", "popup", "modal",
      "hidden", "sr-only", "visually-hidden", "visuallyhidden", "offscreen", "rail", "sidebar", "widget", "trending",
      "popular", "most-read", "mostread", "read-more", "readmore", "pagination", "cookie",
      "consent", "paywall", "meta", "inline-ad", "video-player", "playlist", "gallery", "slideshow", "bio",
      "about-author", "author-bio", "disclaimer", "footnote-ad", "skip", "menu", "masthead", "topbar", "nav", "navbar",
      "header", "footer",
    ].join("|") +
    ")(?=$|[\\s_-])",
  "i",
);

// Text a reader sees that is not a link: menus and story rails are mostly links, an
// article mostly is not, whether it is written in <p> elements or in <div>s and <br>s.
function ownTextCounter(): (el: Node) => number {
  const memo = new Map<Node, number>();
  const count = (node: Node): number => {
    const hit = memo.get(node);
    if (hit !== undefined) return hit;
    let n = 0;
    if (node.nodeType === 3) n = (node.textContent ?? "").replace(/\s+/g, " ").trim().length;
    else if (node.nodeType === 1) {
      const tag = node.nodeName.toLowerCase();
      if (tag !== "a" && tag !== "script" && tag !== "style" && tag !== "noscript" && tag !== "template") {
        const kids = node.childNodes;
        for (let i = 0; i < kids.length; i++) n += count(kids[i]);
      }
    }
    memo.set(node, n);
    return n;
  };
  return count;
}

function isHidden(el: El): boolean {
  if (el.hasAttribute("hidden") || el.getAttribute("aria-hidden") === "true") return true;
  const style = (el.getAttribute("style") ?? "").replace(/\s+/g, "").toLowerCase();
  return style.includes("display:none") || style.includes("visibility:hidden");
}

/**
 * Removes furniture elements from the page in place. An element is kept, whatever its
 * name, when it holds 40% or more of the page's unlinked text: then it is the article
 * (sites name their article wrappers "story-with-share-bar", "widget Blog" and the like).
 */
export function removeFurniture(document: Document): void {
  const body = document.body ?? document.documentElement;
  if (!body) return;
  let count = ownTextCounter();
  let total = count(body) || 1;
  for (const el of Array.from(body.querySelectorAll(FURNITURE_TAGS))) if (count(el) < 0.4 * total) el.remove();
  count = ownTextCounter();
  total = count(body) || 1;
  const doomed: El[] = [];
  for (const el of Array.from(body.querySelectorAll("[class], [id], [hidden], [aria-hidden], [style]"))) {
    const tag = el.tagName.toLowerCase();
    if (tag === "html" || tag === "body" || tag === "main" || tag === "article" || tag === "blockquote") continue;
    if (doomed.length && doomed[doomed.length - 1].contains(el)) continue;
    const names = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`;
    // embedded posts and quotes are what someone said: evidence, whatever the widget is called
    const quoted = /tweet|twitter|instagram|quote/i.test(names);
    if ((isHidden(el) || (FURNITURE_NAME.test(names) && !quoted)) && count(el) < 0.4 * total) doomed.push(el);
  }
  // names that would take most of the page's text with them are the site's own words
  // for its article blocks, not furniture: then nothing is removed by name
  if (doomed.reduce((n, el) => n + count(el), 0) > 0.6 * total) return;
  for (const el of doomed) el.remove();
}

// Lines that are furniture by their wording alone, when short.
const FURNITURE_LINE = new RegExp(
  "^(?:" +
    [
      "advertisement", "advertising", "sponsored", "continue reading", "read more", "read next", "more:", "related",
      "see also", "also read", "you may also like", "you might also like", "recommended", "most read", "trending",
      "share", "share this", "tweet", "email", "print", "subscribe", "sign up", "sign in", "log in", "register",
      "follow us", "follow on", "click here", "like this story", "loading", "image copyright", "image caption",
      "media caption", "media playback", "photo:", "photos:", "image:", "credit:", "getty", "©", "\\(c\\)", "copyright",
      "published", "updated", "posted", "last updated", "first published", "view author", "email the author",
      "reporting by", "editing by", "writing by", "additional reporting", "order reprints", "text size", "close",
      "caption", "listen", "watch:", "video:", "view comments", "comments", "leave a comment", "join the conversation",
      "get .* on the go", "download the", "this post may contain", "skip to", "back to top", "previous", "next",
    ].join("|") +
    ")\\b",
  "i",
);

const CALL_TO_ACTION =
  /\b(?:sign up (?:for|to)\b.*\bnewsletter|subscribe to (?:our|the)\b|newsletter delivered|follow us on|join our \w+ (?:forums?|community)|download (?:our|the) (?:free )?app|get (?:our|the) free \w+ newsletter)/i;
const PHOTO_AGENCY = /\b(?:getty|images|photo|reuters|afp|ap|epa|shutterstock|bloomberg)\b/i;

const DATE_OR_TIME = /\b(?:\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4})/i;

// Words, counting two Chinese, Japanese or Korean characters as one: those scripts do
// not separate words with spaces.
const words = (s: string) =>
  s.split(/\s+/).filter(Boolean).length + Math.floor((s.match(/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/gu)?.length ?? 0) / 2);
const ENDS_SENTENCE = /[.!?。！？]["”’)]?$/;

function isFurnitureLine(b: Block, repeated: boolean): boolean {
  const t = b.text;
  const n = words(t);
  if (repeated && n <= 8) return true;
  if (n <= 14 && FURNITURE_LINE.test(t)) return true;
  // "By Jane Doe - 11/18/19 11:04 PM EST", "By HNN Staff | November 18, 2019"
  if (n <= 14 && /^by\s+\p{Lu}/u.test(t) && !ENDS_SENTENCE.test(t)) return true;
  // a dateline or timestamp on its own: "November 20, 2019 / 1:07 AM / CBS News"
  // (an embedded post's signature, "— Spokesman (@handle) June 3, 2015", is kept)
  if (n <= 12 && DATE_OR_TIME.test(t) && !/[a-z]{3,}[.!?]["”’)]?$/.test(t) && !/@\w/.test(t)) return true;
  // a paragraph that is only a link: a teaser for another story, a menu entry
  if (n <= 20 && b.linkChars >= 0.8 * t.length && !b.heading) return true;
  if (/^https?:\/\/\S+$/.test(t)) return true;
  // a promotion for the publisher itself: newsletter sign-ups, "follow us", forums
  if (n <= 60 && CALL_TO_ACTION.test(t)) return true;
  // a photo credit: "Natalie Naccache | Bloomberg | Getty Images"
  if (n <= 10 && /\|/.test(t) && PHOTO_AGENCY.test(t) && !ENDS_SENTENCE.test(t)) return true;
  return false;
}

/**
 * Drops furniture lines from a rendered body, and the runs of short, unpunctuated
 * lines (menu entries, section names) that open or close it.
 */
export function dropFurnitureBlocks(blocks: Block[]): Block[] {
  const count = new Map<string, number>();
  for (const b of blocks) count.set(b.text, (count.get(b.text) ?? 0) + 1);
  const kept = blocks.filter((b) => !isFurnitureLine(b, (count.get(b.text) ?? 0) > 1));
  const stub = (b: Block) => words(b.text) <= 4 && !ENDS_SENTENCE.test(b.text) && !/[:;]$/.test(b.text);
  let start = 0;
  let end = kept.length;
  while (start < end && stub(kept[start])) start++;
  while (end > start && stub(kept[end - 1])) end--;
  return kept.slice(start, end);
}
