// UCDP Actor List v22.1 (Uppsala Conflict Data Program, CC BY 4.0 — cite UCDP). Kept: the
// armed non-state actors (Org = 1): their names in data, original and English forms, later
// names, and their splinter, alliance and joined-group links. Governments are covered by the
// country list; communal identity groups (Org = 3) read as ethnic names, not actors.
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";

export interface UcdpRecord {
  id: string;
  name: string;
  /** English full name, the latest where the group changed its name. */
  englishName?: string;
  aliases: string[];
  location: string[];
  splinterOf: string[];
  joined: string[];
  alliances: string[];
}

const split = (v: string | undefined): string[] =>
  (v ?? "").split(/,\s*/).map((s) => s.trim()).filter((s) => s && s !== "n/a");

/** "IZL [Etzel]" → ["IZL", "Etzel"]. */
const unbracket = (name: string): string[] => {
  const m = /^(.*?)\s*\[(.*)\]\s*$/.exec(name);
  return m ? [m[1].trim(), m[2].trim()].filter(Boolean) : [name];
};

export function loadUcdp(file: string): UcdpRecord[] {
  const rows = parse(readFileSync(file, "utf8"), { columns: true, bom: true }) as Record<string, string>[];
  const out: UcdpRecord[] = [];
  for (const r of rows) {
    if (r.Org?.trim() !== "1") continue;
    const names = [r.NameData, r.NameOrig, r.NameOrigFull, r.NameOrigFullEng]
      .map((s) => (s ?? "").trim()).filter((s) => s && s !== "n/a");
    for (const field of ["NewName", "NewNameFullMotherTongue", "NewNameFullEng"]) names.push(...split(r[field]));
    const aliases = [...new Set(names.flatMap(unbracket))];
    const englishNew = split(r.NewNameFullEng);
    const english = englishNew.at(-1) ?? (r.NameOrigFullEng?.trim() !== "n/a" ? r.NameOrigFullEng?.trim() : undefined);
    const name = unbracket(r.NameData.trim())[0];
    out.push({
      id: r.ActorId.trim(), name, englishName: english || undefined,
      aliases: aliases.filter((a) => a !== name),
      location: split(r.Location),
      splinterOf: split(r.ActorIdPrev), joined: split(r.ActorIdGroup), alliances: split(r.ActorIdAlliance),
    });
  }
  return out;
}
