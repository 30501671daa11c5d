// Claims leave the API with their DOCUMENT#CLAIM reference and their corroboration, so that
// wherever a claim is shown, what agrees with it and what contradicts it is shown too.
import { claimRef } from "../../analyze/claim-ref.js";
import { assessClaims, type Corroboration } from "../../analyze/corroboration.js";
import type { PeriodGranularity } from "../../analyze/periods.js";
import { revisionCache } from "../../analyze/revision-cache.js";
import type { Store, StoredClaim } from "../../store/store.js";

/** Corroboration as the API shows it: the first few agreeing and contradicting claims, and how many there are. */
export type ShownCorroboration = Corroboration & { agreeingCount: number; contradictionCount: number };
export type ClaimView = StoredClaim & { ref: string; corroboration: ShownCorroboration };

/**
 * Agreeing and contradicting claims listed per claim. A busy route's claim agrees or disagrees
 * with hundreds of others; the page shows the first few and counts the rest, which
 * /api/claims with the claim's type, entities and period lists in full.
 */
export const CORROBORATION_SHOWN = 10;

function shown(a: Corroboration): ShownCorroboration {
  return {
    ...a, agreeing: a.agreeing.slice(0, CORROBORATION_SHOWN), contradictions: a.contradictions.slice(0, CORROBORATION_SHOWN),
    agreeingCount: a.agreeing.length, contradictionCount: a.contradictions.length,
  };
}

export async function annotateClaims(store: Store, claims: StoredClaim[], period: PeriodGranularity = "year"): Promise<ClaimView[]> {
  // A claim's corroboration reads its peers (on a busy route, a thousand claims a year) and stays
  // the same until the store changes: it is kept per claim, so pages that share claims, and the
  // profile, timeline and table that show one claim, assess it once.
  const cache = await revisionCache(store);
  const key = (c: StoredClaim) => `corroboration|${period}|${claimRef(c)}`;
  const kept = new Map<string, Promise<ShownCorroboration>>();
  const missing: StoredClaim[] = [];
  for (const c of claims) {
    const hit = cache?.get<ShownCorroboration>(key(c));
    if (hit) kept.set(claimRef(c), hit); else missing.push(c);
  }
  if (missing.length) {
    const assessed = await assessClaims(store, missing, { period });
    for (const c of missing) {
      const a = shown(assessed.get(claimRef(c))!);
      kept.set(claimRef(c), Promise.resolve(a));
      cache?.set(key(c), a, 1 + a.agreeing.length + a.contradictions.length);
    }
  }
  return Promise.all(claims.map(async (c) => ({ ...c, ref: claimRef(c), corroboration: await kept.get(claimRef(c))! })));
}
