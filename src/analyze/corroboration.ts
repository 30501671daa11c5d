// Corroboration and contradiction between claims. Two claims are "the same claim" when they
// have the same type, link the same entities in the type's core roles and fall in the same
// period; the same claim from two independent sources is corroborated. Within that group,
// figures that disagree beyond their stated approximation, or one source denying what
// another states, are contradictions. Both are shown wherever the claim is shown.
import type { Arg, ClaimType } from "../extract/contract.js";
import type { Store, StoredClaim } from "../store/store.js";
import { claimRef } from "./claim-ref.js";
import { entitiesById } from "./entity-lookup.js";
import { DEFAULT_TOLERANCE, figuresDisagree, type FigureTolerance } from "./figures.js";
import { claimPeriod, type PeriodGranularity } from "./periods.js";
import { sourceKey, sourceLabel } from "./sources.js";

/** The roles that say what a claim is about; the others (via, role, channel) only add detail. */
export const CORE_ROLES: Record<ClaimType, readonly string[]> = {
  flow: ["origin", "destination"],
  interdiction: ["actor", "origin", "destination"],
  recruitment: ["group", "origin", "destination"],
  training: ["group", "location"],
  supply: ["supplier", "recipient", "item"],
  membership: ["member", "group"],
  leadership: ["leader", "group"],
  allegiance: ["subject", "group"],
  alliance: ["parties"],
  conflict: ["actor", "target"],
  presence: ["group", "location"],
  designation: ["target", "authority"],
  casualties: ["victims", "perpetrator", "location"],
};

/**
 * Types whose figure counts one aggregate (how many went, were stopped, were recruited), so two
 * figures for the same key and period can contradict. Casualty figures are left out: two
 * attacks in one place and year are different events, not disagreeing counts.
 */
export const FIGURE_TYPES: ReadonlySet<ClaimType> = new Set(["flow", "interdiction", "recruitment"]);

export interface CorroborationOptions {
  period?: PeriodGranularity;
  tolerance?: FigureTolerance;
}

export interface Contradiction {
  /** The other claim, as DOCUMENT#CLAIM. */
  claim: string;
  source: string;
  reason: "figures" | "modality";
  /** One line for the analyst: "3,000 vs 6,000", "asserted vs negated". */
  detail: string;
}

export interface Corroboration {
  key: string;
  period?: string;
  /** Independent sources stating this claim, its own included. */
  sources: string[];
  corroborated: boolean;
  /** Other claims stating the same (DOCUMENT#CLAIM). */
  agreeing: string[];
  contradictions: Contradiction[];
}

const list = (a: Arg | Arg[] | undefined): Arg[] => (a == null ? [] : Array.isArray(a) ? a : [a]);
const argKey = (a: Arg) => a.entity ?? `text:${a.text.toLowerCase().replace(/\s+/g, " ").trim()}`;

/** "flow|origin=country:TN|destination=country:LY|2014". */
export function claimKey(c: Pick<StoredClaim, "type" | "args" | "time" | "source">, period: PeriodGranularity = "year"): string {
  const parts: string[] = [c.type];
  for (const role of CORE_ROLES[c.type] ?? []) {
    const keys = [...new Set(list(c.args[role]).map(argKey))].sort();
    if (keys.length) parts.push(`${role}=${keys.join(",")}`);
  }
  parts.push(claimPeriod(c, period) ?? "undated");
  return parts.join("|");
}

/** The entities a claim links in its core roles: every peer links all of them. */
function coreEntities(c: StoredClaim): string[] {
  return [...new Set((CORE_ROLES[c.type] ?? []).flatMap((role) => list(c.args[role]).map((a) => a.entity).filter((x): x is string => !!x)))].sort();
}

const negated = (c: StoredClaim) => c.modality === "negated";
// "may have joined" neither asserts nor denies, so it opposes nothing
const opposed = (a: StoredClaim, b: StoredClaim) =>
  negated(a) !== negated(b) && a.modality !== "possible" && b.modality !== "possible";

/** Two dated estimates of a stock (as of October, as of December) are snapshots, not a dispute. */
function distinctSnapshots(a: StoredClaim, b: StoredClaim): boolean {
  return !!(a.time && b.time && a.time.precision !== "year" && b.time.precision !== "year" && a.time.value !== b.time.value);
}

// one formatter for every figure: toLocaleString builds a new one on each call
const numberFormat = new Intl.NumberFormat("en-US");
const n = (x: number) => numberFormat.format(x);
function figureText(c: StoredClaim): string {
  const q = c.quantity!;
  if (q.value != null) return (q.approx || q.bound === "about" ? "~" : q.bound === "at_least" ? "≥" : q.bound === "at_most" ? "≤" : "") + n(q.value);
  if (q.low != null && q.high != null) return `${n(q.low)}–${n(q.high)}`;
  return q.text;
}

/** What the pairwise comparison needs of a claim, worked out once rather than once per pair. */
interface Facts {
  claim: StoredClaim;
  ref: string;
  sourceKey: string;
  label: string;
  negated: boolean;
  figure?: string;
}

/** Assesses every claim (or those in `only`, by DOCUMENT#CLAIM) against the others given (which should hold all of its peers). */
export function compareClaims(claims: StoredClaim[], options: CorroborationOptions = {}, only?: ReadonlySet<string>): Map<string, Corroboration> {
  const period = options.period ?? "year";
  const tol = options.tolerance ?? DEFAULT_TOLERANCE;
  const groups = new Map<string, Facts[]>();
  const unique = new Map(claims.map((c) => [claimRef(c), c]));
  for (const [ref, c] of unique) {
    const k = claimKey(c, period);
    const f: Facts = { claim: c, ref, sourceKey: sourceKey(c), label: sourceLabel(c), negated: negated(c) };
    const g = groups.get(k);
    if (g) g.push(f); else groups.set(k, [f]);
  }
  const figure = (f: Facts) => (f.figure ??= figureText(f.claim));
  const out = new Map<string, Corroboration>();
  for (const [key, group] of groups) {
    for (const fc of group) {
      // a hub's group can hold hundreds of claims: assess only the ones asked about, against all
      if (only && !only.has(fc.ref)) continue;
      const c = fc.claim;
      const figures = FIGURE_TYPES.has(c.type) && !!c.quantity;
      const agreeing: string[] = [];
      const contradictions: Contradiction[] = [];
      // independent sources named by their first claim, the claim's own first
      const sources = new Map<string, string>([[fc.sourceKey, fc.label]]);
      for (const fd of group) {
        if (fd === fc) continue;
        const d = fd.claim;
        if (opposed(c, d)) {
          contradictions.push({ claim: fd.ref, source: fd.label, reason: "modality", detail: `${c.modality} vs ${d.modality}` });
        } else if (fc.negated === fd.negated) {
          if (figures && d.quantity && !distinctSnapshots(c, d) && figuresDisagree(c.quantity!, d.quantity, tol)) {
            contradictions.push({ claim: fd.ref, source: fd.label, reason: "figures", detail: `${figure(fc)} vs ${figure(fd)}` });
          } else {
            agreeing.push(fd.ref);
            if (!sources.has(fd.sourceKey)) sources.set(fd.sourceKey, fd.label);
          }
        }
      }
      const labels = [...sources.values()];
      out.set(fc.ref, {
        key, period: claimPeriod(c, period), sources: labels, corroborated: labels.length >= 2,
        agreeing, contradictions,
      });
    }
  }
  return out;
}

/** Peers looked up per (type, anchor, period); beyond this many a group is assessed on what was read. */
const PEER_LIMIT = 5000;

/**
 * Corroboration for the claims shown (a page of a table, a profile): their peers are read
 * from the store by type, a linked core entity and period, so the cost follows the page,
 * not the size of the store.
 */
export async function assessClaims(store: Store, claims: StoredClaim[], options: CorroborationOptions = {}): Promise<Map<string, Corroboration>> {
  const period = options.period ?? "year";
  // A store that counts claims also narrows by every core entity (driving the read from the one
  // with the fewest claims) and skips evidence text, so a peer read holds only claims that can
  // share the key. Else peers are looked up by the rarest entity they must share: a person, not
  // the country they went to.
  const narrow = !!store.countClaims;
  const linked = claims.map(coreEntities);
  const rarity = narrow ? new Map<string, number>()
    : new Map([...(await entitiesById(store, [...new Set(linked.flat())])).values()].map((e) => [e.id, e.documents]));
  const rarestFirst = (ids: string[]) => [...ids].sort((a, b) => (rarity.get(a) ?? 0) - (rarity.get(b) ?? 0) || a.localeCompare(b));
  const lookups = new Map<string, Promise<StoredClaim[]>>();
  for (const [i, c] of claims.entries()) {
    const ids = rarestFirst(linked[i]);
    const p = claimPeriod(c, period);
    const k = `${c.type}|${narrow ? ids.join(",") : ids[0] ?? ""}|${p ?? ""}`;
    if (lookups.has(k)) continue;
    // an undated claim's peers are undated too, which no date bound selects: read without one
    lookups.set(k, store.listClaims(narrow
      ? { type: c.type, entities: ids, since: p, until: p, limit: PEER_LIMIT, evidence: false }
      : { type: c.type, entity: ids[0], since: p, until: p, limit: PEER_LIMIT }));
  }
  const peers = (await Promise.all(lookups.values())).flat();
  const all = compareClaims([...claims, ...peers], options, new Set(claims.map(claimRef)));
  return new Map(claims.map((c) => [claimRef(c), all.get(claimRef(c))!]));
}
