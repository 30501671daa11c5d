// The app talks to the server's HTTP API only; these are its shapes, taken from the server's own
// types (type-only imports: nothing of the server ends up in the bundle).
import type { ClaimType, EntityType, Modality } from "../../src/extract/contract.js";
import type { StoredDocument, StoredDocumentWithText, StoredEntity, SearchHit, StoreStats } from "../../src/store/store.js";
import type { ClaimView } from "../../src/server/routes/annotate.js";
import type { FlowRoute as Flow, FlowEndpoint, FlowFigure, RouteClaims } from "../../src/analyze/flows.js";
import type { EdgeClaim, Network, NetworkEdge, NetworkNode } from "../../src/analyze/network.js";
import type { ActorProfile, Relation } from "../../src/analyze/profile.js";

export type { ClaimType, ClaimView, EdgeClaim, EntityType, Flow, FlowEndpoint, FlowFigure, Modality, Network, NetworkEdge, NetworkNode, Relation, RouteClaims, SearchHit, StoredDocument, StoredEntity, StoreStats };

export interface Page<T> {
  items: T[];
  limit: number;
  offset: number;
  next: string | null;
  total?: number;
}

/** The profile as the API gives it: its first page of claims annotated, and where the next page is. */
export type Profile = Omit<ActorProfile, "claims"> & { claims: ClaimView[]; claimsNext: string | null };

export interface TimelineItem {
  date: string;
  dateFrom: "claim" | "published";
  ref: string;
  claim: ClaimView;
}

/** An entity as one document saw it, with where it is mentioned (when the API gives it). */
export interface DocumentEntity {
  id: string;
  name: string;
  type: EntityType;
  mentions: [number, number][];
}

export type DocumentView = StoredDocumentWithText & { entities?: DocumentEntity[] };

/** An error the API answered, with its stable code. */
export class ApiFailure extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
    this.name = "ApiFailure";
  }
}

type Query = Record<string, string | number | undefined | null>;

export function apiPath(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v != null && v !== "") params.set(k, String(v));
  const q = params.toString();
  return q ? `${path}?${q}` : path;
}

export async function getJson<T>(path: string, query: Query = {}, signal?: AbortSignal): Promise<T> {
  const response = await fetch(apiPath(path, query), { signal, headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => undefined);
  if (!response.ok) {
    const err = body?.error;
    throw new ApiFailure(response.status, err?.code ?? "http_error", err?.message ?? `${response.status} ${response.statusText}`);
  }
  return body as T;
}

/** Every page of a list, up to `max` items (the API pages at 500 at most). */
export async function getAll<T>(path: string, query: Query = {}, signal?: AbortSignal, max = 5000): Promise<T[]> {
  const items: T[] = [];
  let page = await getJson<Page<T>>(path, { ...query, limit: 500 }, signal);
  items.push(...page.items);
  while (page.next && items.length < max) {
    page = await getJson<Page<T>>(page.next, {}, signal);
    items.push(...page.items);
  }
  return items;
}

/** "DOCUMENT#CLAIM" → its parts. */
export function splitRef(ref: string): { document: string; claim: string } {
  const at = ref.indexOf("#");
  return { document: ref.slice(0, at), claim: ref.slice(at + 1) };
}

/** One claim by its DOCUMENT#CLAIM reference. */
export function getClaim(ref: string, signal?: AbortSignal): Promise<ClaimView> {
  const { document, claim } = splitRef(ref);
  return getJson<ClaimView>(`/api/documents/${encodeURIComponent(document)}/claims/${encodeURIComponent(claim)}`, {}, signal);
}

/** Claims by reference, a few requests at a time, in the order given. */
export async function getClaims(refs: string[], signal?: AbortSignal): Promise<ClaimView[]> {
  const out: ClaimView[] = new Array(refs.length);
  let next = 0;
  const worker = async () => {
    while (next < refs.length) {
      const i = next++;
      out[i] = await getClaim(refs[i], signal);
    }
  };
  await Promise.all(Array.from({ length: Math.min(6, refs.length) }, worker));
  return out;
}
