// What makes two reports independent. A claim's origin is the speaker the text credits
// ("according to the UN") when it names one, since ten outlets repeating one UN figure are
// one source; otherwise the publisher, else the site it came from, else the document itself.
// Kept in the store layer because the route and edge summaries count sources at ingest.
import type { StoredClaim } from "./store.js";

const normalise = (s: string) => s.normalize("NFKC").toLowerCase().replace(/^the\s+/, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
// A store names a few hundred speakers and publishers over tens of thousands of claims; the
// network and corroboration ask for each claim's source, so each name is normalised once.
const normalised = new Map<string, string>();
function norm(s: string): string {
  let n = normalised.get(s);
  if (n === undefined) {
    if (normalised.size >= 50_000) normalised.clear();
    normalised.set(s, (n = normalise(s)));
  }
  return n;
}
const unnamed = new Map<string, boolean>();
const isUnnamed = (n: string) => {
  let u = unnamed.get(n);
  if (u === undefined) {
    if (unnamed.size >= 50_000) unnamed.clear();
    unnamed.set(n, (u = UNNAMED.test(n)));
  }
  return u;
};

const UNNAMED = /^(?:he|she|they|it|we|i|him|her|them|(?:an? |one )?(?:official|source|spokesman|spokeswoman|spokesperson|analyst|expert|witness|resident)s?|(?:security |government |local |western |us |u s )?(?:officials|sources))$/;

function host(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, "") || undefined;
  } catch {
    return undefined;
  }
}

/** The key two claims share exactly when they come from the same source. */
export function sourceKey(c: Pick<StoredClaim, "attribution" | "source">): string {
  const a = c.attribution;
  if (a?.entity) return `speaker:${a.entity}`;
  // "he" or "officials" in two reports are not known to be the same person: each report's own
  if (a?.text && norm(a.text)) return isUnnamed(norm(a.text)) ? `speaker:${norm(a.text)}@${c.source.documentId}` : `speaker:${norm(a.text)}`;
  if (c.source.publisher && norm(c.source.publisher)) return `publisher:${norm(c.source.publisher)}`;
  const h = host(c.source.url);
  if (h) return `site:${h}`;
  return `document:${c.source.documentId}`;
}

/** How a source is named to the analyst: the speaker, else the publisher, title or document. */
export function sourceLabel(c: Pick<StoredClaim, "attribution" | "source">): string {
  return c.attribution?.text || c.source.publisher || host(c.source.url) || c.source.title || c.source.documentId.slice(0, 12);
}

/** Distinct sources among claims, each named once (by its first claim). */
export function independentSources(claims: Pick<StoredClaim, "attribution" | "source">[]): { key: string; label: string }[] {
  const seen = new Map<string, string>();
  for (const c of claims) {
    const k = sourceKey(c);
    if (!seen.has(k)) seen.set(k, sourceLabel(c));
  }
  return [...seen].map(([key, label]) => ({ key, label }));
}
