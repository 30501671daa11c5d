// What every store checks before writing an extraction: that it belongs to the document and
// that every offset and entity reference it carries can be followed. Duplicate ids are left to
// the database's unique keys, which reject the whole transaction.
import type { Document } from "../ingest/document.js";
import type { Arg, Extraction, Span } from "../extract/contract.js";
import { StoreError } from "./store.js";

export function checkExtraction(doc: Document, extraction: Extraction): void {
  const fail = (why: string): never => {
    throw new StoreError("invalid_extraction", `${doc.source}: cannot store the extraction: ${why}`);
  };
  if (extraction.document.id !== doc.id) fail(`it is for document ${extraction.document.id.slice(0, 12)}, not ${doc.id.slice(0, 12)}`);
  const length = doc.text.length;
  const inText = (s: Span): boolean => s[0] >= 0 && s[0] <= s[1] && s[1] <= length;
  const known = new Set<string>();
  for (const e of extraction.entities) {
    known.add(e.id);
    for (const m of e.mentions) if (!inText(m)) fail(`entity ${e.id} has a mention [${m}] outside the text (length ${length})`);
  }
  for (const c of extraction.claims) {
    if (!inText(c.evidence)) fail(`claim ${c.id} has evidence [${c.evidence}] outside the text (length ${length})`);
    for (const [role, value] of Object.entries(c.args)) {
      for (const arg of Array.isArray(value) ? value : [value]) {
        if (!inText(arg.span)) fail(`claim ${c.id} role ${role} has a span [${arg.span}] outside the text`);
        if (arg.entity && !known.has(arg.entity)) fail(`claim ${c.id} role ${role} refers to entity ${arg.entity}, which the extraction does not list`);
      }
    }
    const by = c.attribution?.entity;
    if (by && !known.has(by)) fail(`claim ${c.id} is attributed to entity ${by}, which the extraction does not list`);
  }
}

/** Every (role, entity) a claim links to, attribution included, once each. */
export function claimLinks(claim: Extraction["claims"][number]): [role: string, entity: string][] {
  const seen = new Set<string>();
  const out: [string, string][] = [];
  const add = (role: string, entity: string | undefined) => {
    if (!entity) return;
    const k = `${role}\u0000${entity}`;
    if (seen.has(k)) return;
    seen.add(k);
    out.push([role, entity]);
  };
  for (const [role, value] of Object.entries(claim.args)) {
    for (const arg of (Array.isArray(value) ? value : [value]) as Arg[]) add(role, arg.entity);
  }
  add("attribution", claim.attribution?.entity ?? undefined);
  return out;
}
