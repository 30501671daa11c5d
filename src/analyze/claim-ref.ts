// A claim's id is unique only within its document, so anything that points at a claim from
// outside that document (a flow, an edge, a contradiction, a URL) uses DOCUMENT#CLAIM.
import type { StoredClaim } from "../store/store.js";

export function claimRef(c: Pick<StoredClaim, "id" | "source">): string {
  return `${c.source.documentId}#${c.id}`;
}

export function parseClaimRef(ref: string): { documentId: string; claimId: string } | undefined {
  const i = ref.indexOf("#");
  if (i <= 0 || i === ref.length - 1) return undefined;
  return { documentId: ref.slice(0, i), claimId: ref.slice(i + 1) };
}
