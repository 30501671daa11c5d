// Flows of people: origin → destination, with the range of figures across sources, the
// sources themselves and the latest estimate. Read through the Store only.
import type { Arg } from "../extract/contract.js";
import type { ClaimQuery, Store, StoredClaim } from "../store/store.js";

export interface FlowEndpoint {
  /** Entity id when the argument is linked, else a key made from its text. */
  key: string;
  entity?: string;
  name: string;
  lat?: number;
  lon?: number;
}

export interface FlowFigure {
  value: number | null;
  low: number | null;
  high: number | null;
  bound: string;
  text: string;
  /** The claim's own time, else the document's published date. */
  date?: string;
  claimId: string;
  documentId: string;
  source: string;
}

export interface Flow {
  origin: FlowEndpoint;
  destination: FlowEndpoint;
  /** Transit places named on the way ("through Turkey"). */
  via: FlowEndpoint[];
  claims: string[];
  documents: string[];
  /** Lowest and highest figure over all claims that give one (ranges count with both ends). */
  low: number | null;
  high: number | null;
  latest?: FlowFigure;
  figures: FlowFigure[];
  /** Earliest and latest dates over the claims. */
  first?: string;
  last?: string;
}

export interface FlowQuery extends Pick<ClaimQuery, "since" | "until" | "entity"> {}

const list = (a: Arg | Arg[] | undefined): Arg[] => (a == null ? [] : Array.isArray(a) ? a : [a]);
const unknown: FlowEndpoint = { key: "?", name: "(unknown)" };

function sourceName(c: StoredClaim): string {
  return c.source.publisher ?? c.source.title ?? c.source.documentId.slice(0, 12);
}

export async function computeFlows(store: Store, query: FlowQuery = {}): Promise<Flow[]> {
  const claims = await store.listClaims({ ...query, type: "flow" });
  const names = new Map<string, FlowEndpoint>();
  const endpoint = async (arg: Arg): Promise<FlowEndpoint> => {
    const key = arg.entity ?? `text:${arg.text.toLowerCase()}`;
    let ep = names.get(key);
    if (!ep) {
      const e = arg.entity ? await store.getEntity(arg.entity) : undefined;
      ep = e ? { key, entity: e.id, name: e.name, lat: e.lat, lon: e.lon } : { key, name: arg.text };
      names.set(key, ep);
    }
    return ep;
  };
  const flows = new Map<string, Flow>();
  for (const c of claims) {
    const origins = list(c.args.origin), dests = list(c.args.destination);
    // a flow with neither end says nothing about a route
    if (origins.length === 0 && dests.length === 0) continue;
    const via = await Promise.all(list(c.args.via).map(endpoint));
    const date = c.time?.value ?? c.source.published;
    for (const o of origins.length ? await Promise.all(origins.map(endpoint)) : [unknown]) {
      for (const d of dests.length ? await Promise.all(dests.map(endpoint)) : [unknown]) {
        const k = `${o.key}→${d.key}`;
        let f = flows.get(k);
        if (!f) {
          f = { origin: o, destination: d, via: [], claims: [], documents: [], low: null, high: null, figures: [] };
          flows.set(k, f);
        }
        f.claims.push(c.id);
        if (!f.documents.includes(c.source.documentId)) f.documents.push(c.source.documentId);
        for (const v of via) if (!f.via.some((x) => x.key === v.key)) f.via.push(v);
        if (date) {
          if (!f.first || date < f.first) f.first = date;
          if (!f.last || date > f.last) f.last = date;
        }
        const q = c.quantity;
        if (q && (q.value != null || q.low != null || q.high != null)) {
          const fig: FlowFigure = {
            value: q.value, low: q.low, high: q.high, bound: q.bound, text: q.text, date,
            claimId: c.id, documentId: c.source.documentId, source: sourceName(c),
          };
          f.figures.push(fig);
          for (const n of [q.value, q.low, q.high]) {
            if (n == null) continue;
            if (f.low == null || n < f.low) f.low = n;
            if (f.high == null || n > f.high) f.high = n;
          }
          if (!f.latest || (date ?? "") >= (f.latest.date ?? "")) f.latest = fig;
        }
      }
    }
  }
  return [...flows.values()].sort((a, b) => b.documents.length - a.documents.length || b.claims.length - a.claims.length
    || (b.high ?? 0) - (a.high ?? 0) || a.origin.name.localeCompare(b.origin.name));
}
