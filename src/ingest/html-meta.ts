// What a web page says about itself: title, author, publisher, canonical URL and
// publication date, from JSON-LD (NewsArticle, Article and kin, also inside @graph),
// Open Graph and article: tags, Highwire citation_* tags, Dublin Core, plain
// name=date/author tags, itemprop microdata and <time> elements, in that order of trust.
import type { DocumentMeta } from "./document.js";
import { normaliseDate } from "./dates.js";

type El = {
  getAttribute(name: string): string | null;
  textContent: string | null;
};
type Root = { querySelectorAll(sel: string): ArrayLike<El> };

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

function str(v: Json | undefined): string | undefined {
  if (typeof v === "string") return v.trim() || undefined;
  if (typeof v === "number") return String(v);
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === "object") return str(v["name"] ?? v["@value"]);
  return undefined;
}

function names(v: Json | undefined): string | undefined {
  const list = (Array.isArray(v) ? v : [v]).map((x) => str(x as Json)).filter((x): x is string => !!x && !isUrl(x));
  return list.length ? [...new Set(list)].join(", ") : undefined;
}

const isUrl = (s: string) => /^https?:\/\//i.test(s);

function types(o: JsonObject): string[] {
  const t = o["@type"];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === "string");
}

const ARTICLE_TYPE = /(Article|BlogPosting|Report|LiveBlogPosting|PressRelease)$/;

/** Every object in the page's JSON-LD blocks, @graph and nested arrays flattened. */
function jsonLdObjects(root: Root): JsonObject[] {
  const out: JsonObject[] = [];
  const visit = (v: Json) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === "object") {
      out.push(v);
      if (v["@graph"]) visit(v["@graph"]);
    }
  };
  const scripts = root.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    const raw = (scripts[i].textContent ?? "").trim().replace(/^<!\[CDATA\[|\]\]>$/g, "");
    try {
      visit(JSON.parse(raw) as Json);
    } catch {
      // publishers ship broken JSON-LD often enough; the other sources still count
    }
  }
  return out;
}

function metaContent(root: Root, keys: string[]): string | undefined {
  for (const key of keys) {
    for (const attr of ["property", "name", "itemprop"]) {
      const els = root.querySelectorAll(`meta[${attr}="${key}" i]`);
      for (let i = 0; i < els.length; i++) {
        const v = els[i].getAttribute("content")?.trim();
        if (v) return v;
      }
    }
  }
  return undefined;
}

function metaAll(root: Root, key: string): string[] {
  const out: string[] = [];
  const els = root.querySelectorAll(`meta[name="${key}" i]`);
  for (let i = 0; i < els.length; i++) {
    const v = els[i].getAttribute("content")?.trim();
    if (v) out.push(v);
  }
  return out;
}

function firstDate(candidates: (string | undefined)[]): string | undefined {
  for (const c of candidates) {
    const d = normaliseDate(c);
    if (d) return d;
  }
  return undefined;
}

const MONTH_ABBR = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** A date in a news URL's path: /2019/11/19/, /2019/nov/18/, /2019-11-19-. */
export function dateInUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const pathPart = url.replace(/^https?:\/\/[^/]+/i, "");
  const m = /\/((?:19|20)\d{2})[/-]([a-z]{3}|\d{1,2})[/-](\d{1,2})(?:[/-]|$)/i.exec(pathPart);
  if (!m) return undefined;
  const month = /^\d+$/.test(m[2]) ? m[2] : String(MONTH_ABBR.indexOf(m[2].toLowerCase()) + 1);
  return month === "0" ? undefined : normaliseDate(`${m[1]}-${month}-${m[3]}`);
}

/** Visible datelines ("Published 11:34 PM EST Nov 19, 2019") in elements named for them. */
function datelineTexts(root: Root): string[] {
  const els = root.querySelectorAll('[class*="publish" i], [class*="dateline" i], [class*="timestamp" i], [class*="date" i]');
  const out: string[] = [];
  for (let i = 0; i < els.length && out.length < 5; i++) {
    const t = (els[i].textContent ?? "").replace(/\s+/g, " ").trim();
    if (t && t.length < 120) out.push(t.replace(/^(?:published|posted|updated)\s*:?\s*/i, ""));
  }
  return out;
}

/** The metadata a page states about itself; fields it does not state are left out. */
export function readHtmlMeta(root: Root): DocumentMeta {
  const ld = jsonLdObjects(root);
  const article = ld.find((o) => types(o).some((t) => ARTICLE_TYPE.test(t)));
  const page = article ?? ld.find((o) => types(o).some((t) => /WebPage$/.test(t)));

  const timeEls = root.querySelectorAll("time[datetime]");
  const times: string[] = [];
  for (let i = 0; i < timeEls.length; i++) times.push(timeEls[i].getAttribute("datetime") ?? "");
  const pubdateEls = root.querySelectorAll("time[pubdate], [itemprop~=datePublished]");
  const itemprop: string[] = [];
  for (let i = 0; i < pubdateEls.length; i++) {
    const el = pubdateEls[i];
    itemprop.push(el.getAttribute("datetime") ?? el.getAttribute("content") ?? el.textContent ?? "");
  }

  const linkEls = root.querySelectorAll('link[rel="canonical" i]');
  const canonical = linkEls.length ? linkEls[0].getAttribute("href")?.trim() : undefined;
  const ldUrl = str(article?.["url"]) ?? str((article?.["mainEntityOfPage"] as JsonObject | undefined)?.["@id"] ?? article?.["mainEntityOfPage"]);
  const url = [canonical, metaContent(root, ["og:url"]), ldUrl, metaContent(root, ["citation_abstract_html_url", "citation_fulltext_html_url"])]
    .find((u) => u && isUrl(u));

  const published = firstDate([
    str(article?.["datePublished"]),
    metaContent(root, ["article:published_time", "og:article:published_time", "og:published_time", "article:published"]),
    metaContent(root, ["citation_publication_date", "citation_date", "citation_online_date"]),
    metaContent(root, ["dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "date", "pubdate", "publishdate",
      "publish-date", "publish_date", "article.published", "sailthru.date", "parsely-pub-date", "datePublished", "pdate"]),
    str(page?.["datePublished"]),
    ...itemprop,
    ...times,
    str(article?.["dateCreated"]),
    dateInUrl(url),
    ...datelineTexts(root),
    str(article?.["dateModified"]),
    metaContent(root, ["article:modified_time", "og:updated_time"]),
  ]);

  const titleEls = root.querySelectorAll("title");
  const titleTag = titleEls.length ? (titleEls[0].textContent ?? "").replace(/\s+/g, " ").trim() : undefined;
  const title = [
    str(article?.["headline"]),
    metaContent(root, ["og:title", "twitter:title", "citation_title", "dc.title"]),
    str(article?.["name"]),
    titleTag,
  ].find(Boolean);

  const citationAuthors = metaAll(root, "citation_author");
  const author = [
    names(article?.["author"]),
    citationAuthors.length ? citationAuthors.join(", ") : undefined,
    metaContent(root, ["author", "dc.creator", "parsely-author", "sailthru.author"]),
    metaContent(root, ["article:author"]),
  ].find((a) => a && !isUrl(a));

  const publisher = [
    names(article?.["publisher"]),
    metaContent(root, ["og:site_name", "citation_publisher", "dc.publisher", "application-name"]),
    metaContent(root, ["citation_journal_title"]),
  ].find(Boolean);

  const meta: DocumentMeta = {};
  if (title) meta.title = title.replace(/\s+/g, " ");
  if (author) meta.author = author.replace(/\s+/g, " ");
  if (publisher) meta.publisher = publisher.replace(/\s+/g, " ");
  if (url) meta.url = url;
  if (published) meta.published = published;
  return meta;
}
