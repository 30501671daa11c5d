// Picks which of several same-named places, countries or groups a report means, from the
// countries the report itself names and, failing that, from size: "Derna" in a report on
// Libya is the Libyan port, "Tripoli" with Lebanon in view is the Lebanese city.
import type { ReferenceData } from "./reference-data.js";
import type { Target } from "./lexicon.js";

/** How often each country (ISO2) is named in the report, by name, demonym or unambiguous place. */
export type CountryContext = Map<string, number>;

/** Places smaller than this are taken only when their country is named in the report. */
export const SMALL_PLACE = 15_000;
/** Alternate spellings of places smaller than this need their country named in the report too. */
export const MINOR_ALTERNATE = 50_000;

const FEATURE_BONUS: Record<string, number> = { PPLC: 1.5, PPLA: 0.8, PPLA2: 0.3 };

export function countryOfTarget(data: ReferenceData, t: Target): string | undefined {
  switch (t.kind) {
    case "country": case "population": return data.countries[t.index].iso2;
    case "region": return data.regions[t.index].country;
    case "subdivision": return data.subdivisions[t.index].country;
    case "place": return data.places[t.index][3];
    case "listed": return data.listed[t.index].country;
  }
}

function size(data: ReferenceData, t: Target): number {
  switch (t.kind) {
    case "country": case "population": return data.countries[t.index].pop * (data.countries[t.index].independent ? 1 : 0.01);
    case "place": return data.places[t.index][6];
    case "subdivision": return 20_000;
    case "region": return 1e6;
    case "listed": return 10 ** Object.keys(data.listed[t.index].refs).length;
  }
}

/** A place is admissible only with enough support: size, or its country in view. */
export function admissible(data: ReferenceData, t: Target, context: CountryContext): boolean {
  if (t.kind !== "place") return true;
  const [, , , cc, , , pop] = data.places[t.index];
  const inView = (context.get(cc) ?? 0) > 0;
  if (pop < SMALL_PLACE && !inView) return false;
  if (!t.main && pop < MINOR_ALTERNATE && !inView) return false;
  return true;
}

/** The most plausible target, or undefined when none is admissible. */
export function chooseTarget(data: ReferenceData, targets: readonly Target[], context: CountryContext): Target | undefined {
  let best: Target | undefined, bestScore = -Infinity;
  for (const t of targets) {
    if (!admissible(data, t, context)) continue;
    const cc = countryOfTarget(data, t);
    const mentions = cc ? context.get(cc) ?? 0 : 0;
    let score = (mentions > 0 ? 4 + Math.log2(1 + mentions) : 0) + Math.log10(size(data, t) + 10) * 0.5 + (t.main ? 0.6 : 0);
    if (t.kind === "place") score += FEATURE_BONUS[data.places[t.index][7]] ?? 0;
    if (score > bestScore) { best = t; bestScore = score; }
  }
  return best;
}
