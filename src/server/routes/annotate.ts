// Claims leave the API with their DOCUMENT#CLAIM reference and their corroboration, so that
// wherever a claim is shown, what agrees with it and what contradicts it is shown too.
import { claimRef } from "../../analyze/claim-ref.js";
import { assessClaims, type Corroboration } from "../../analyze/corroboration.js";
import type { PeriodGranularity } from "../../analyze/periods.js";
import type { Store, StoredClaim } from "../../store/store.js";

export type ClaimView = StoredClaim & { ref: string; corroboration: Corroboration };

export async function annotateClaims(store: Store, claims: StoredClaim[], period: PeriodGranularity = "year"): Promise<ClaimView[]> {
  const assessed = await assessClaims(store, claims, { period });
  return claims.map((c) => ({ ...c, ref: claimRef(c), corroboration: assessed.get(claimRef(c))! }));
}
