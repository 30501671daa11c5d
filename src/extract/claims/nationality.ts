// Nationality words to countries: "Tajik citizens" came from Tajikistan, "Saudis" from Saudi
// Arabia. Read from the gazetteer's reference data (its country records carry demonyms and
// plurals), built once on first use, so a flow's origin is the country entity, not the adjective.
import type { Doc, EntityInfo } from "../doc.js";
import { entityInfo } from "../gazetteer/find-mentions.js";
import { referenceData } from "../gazetteer/reference-data.js";

let byDemonym: Map<string, number> | undefined;
let byName: Map<string, number> | undefined;

/** Is the text a country's name or alias ("Tunisia", "Syria", "the U.S.")? Guards against an upstream organisation reading of a country. */
export function isCountryName(text: string): boolean {
  if (!byName) {
    byName = new Map();
    try {
      referenceData().countries.forEach((c, i) => { for (const n of [c.name, ...c.aliases]) byName!.set(n.toLowerCase(), i); });
    } catch { /* no reference data built */ }
  }
  return byName.has(text.toLowerCase().replace(/^the\s+/, ""));
}

function table(): Map<string, number> {
  if (byDemonym) return byDemonym;
  const m = new Map<string, number>();
  try {
    referenceData().countries.forEach((c, i) => {
      for (const d of [...c.demonyms, ...c.plurals]) if (!m.has(d.toLowerCase())) m.set(d.toLowerCase(), i);
    });
  } catch {
    // no reference data built: nationality words stay plain text
  }
  byDemonym = m;
  return m;
}

/** The country a nationality word names ("Tajik", "Saudis", "Chechen-speaking" → its first part), or undefined. */
export function countryOfDemonym(word: string): number | undefined {
  const t = table();
  const lower = word.toLowerCase();
  const direct = t.get(lower);
  if (direct != null) return direct;
  const dash = lower.indexOf("-");
  return dash > 0 ? t.get(lower.slice(0, dash)) : undefined;
}

/** The country entity for a reference-data index, registered on the Doc so the extraction lists it. */
export function countryEntity(doc: Doc, index: number): EntityInfo {
  const info = entityInfo(referenceData(), { kind: "country", index, main: true });
  const known = doc.entities.get(info.id);
  if (known) return known;
  doc.entities.set(info.id, info);
  return info;
}
