// First-level subdivisions (provinces, governorates, states) from the iso-3166 package (MIT;
// names as in ISO 3166-2). Only those whose parent is a country: lower levels are too many
// and too ambiguous for a gazetteer without context.
import { iso31662 } from "iso-3166";
import type { SubdivisionRecord } from "../../src/extract/gazetteer/reference-types.js";

export function loadSubdivisions(): SubdivisionRecord[] {
  return iso31662
    .filter((s) => s.parent.length === 2 && s.name.trim().length > 2)
    .map((s) => ({ code: s.code, name: s.name.trim(), country: s.parent }));
}
