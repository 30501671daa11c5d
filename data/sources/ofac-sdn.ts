// OFAC Specially Designated Nationals list (US Treasury; US government work, public domain):
// sdn.csv (ent_num, name, type, programs, title, 6 vessel columns, remarks), alt.csv
// (ent_num, alt_num, type, name, remarks) and add.csv (ent_num, add_num, address, city,
// country, remarks), none with a header row. Kept: persons and entities designated under
// terrorism programs (SDGT, FTO) and under the sanctions programs of armed conflicts.
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";

export const KEPT_PROGRAMS = new Set([
  "SDGT", "FTO", "SOMALIA", "LIBYA2", "LIBYA3", "YEMEN", "CAR", "SOUTH SUDAN", "DRCONGO", "MALI-EO13882",
  "SUDAN-EO14098", "DARFUR", "ETHIOPIA-EO14046", "SYRIA", "IRAQ2", "IRAQ3", "LEBANON",
]);

export interface OfacRecord {
  ent: string;
  kind: "person" | "entity";
  /** Name as read: persons "Given Names SURNAME", entities as listed. */
  name: string;
  aliases: string[];
  programs: string[];
  title?: string;
  born?: string;
  country?: string;
  linkedTo: string[];
}

const NIL = "-0-";
const clean = (v: string | undefined): string => (v ?? "").trim().replace(/^-0-$/, "");

/** "AL-HARZI, Tariq Bin-Al-Tahar" → "Tariq Bin-Al-Tahar AL-HARZI" for persons. */
export function personName(listed: string): string {
  const comma = listed.indexOf(", ");
  if (comma < 0) return listed.trim();
  return `${listed.slice(comma + 2).trim()} ${listed.slice(0, comma).trim()}`;
}

function remarksAliases(remarks: string): string[] {
  const out: string[] = [];
  for (const m of remarks.matchAll(/\b[afn]\.k\.a\. '([^']+(?:'[^';]+)*)'/g)) out.push(m[1]);
  return out;
}

export function loadOfac(dir: string): OfacRecord[] {
  const rows = parse(readFileSync(`${dir}/sdn_20240503.csv`, "utf8"), { relax_quotes: true, relax_column_count: true }) as string[][];
  const records = new Map<string, OfacRecord>();
  for (const r of rows) {
    if (r.length < 4) continue;
    const [ent, name, type] = r;
    const programs = clean(r[3]).split("] [").map((p) => p.replace(/[[\]]/g, "").trim()).filter(Boolean);
    const t = clean(type);
    if (t === "vessel" || t === "aircraft") continue;
    if (!programs.some((p) => KEPT_PROGRAMS.has(p))) continue;
    const kind = t === "individual" ? "person" : "entity";
    const remarks = clean(r[11]);
    const rec: OfacRecord = {
      ent: ent.trim(), kind,
      name: kind === "person" ? personName(name) : name.trim(),
      aliases: remarksAliases(remarks).map((a) => (kind === "person" ? personName(a) : a)),
      programs, linkedTo: [],
    };
    const title = clean(r[4]);
    if (title) rec.title = title;
    const dob = /\bDOB (?:\d{1,2} )?(?:[A-Z][a-z]{2} )?(\d{4})/.exec(remarks);
    if (dob) rec.born = dob[1];
    for (const m of remarks.matchAll(/Linked To: ([^;]+?)\.?(?:;|$)/g)) rec.linkedTo.push(m[1].trim());
    records.set(rec.ent, rec);
  }
  const alts = parse(readFileSync(`${dir}/alt_2026.csv`, "utf8"), { relax_quotes: true, relax_column_count: true }) as string[][];
  for (const [ent, , , altName] of alts) {
    const rec = records.get(ent?.trim());
    const alias = clean(altName);
    if (!rec || !alias || alias === NIL) continue;
    rec.aliases.push(rec.kind === "person" ? personName(alias) : alias);
  }
  const addresses = parse(readFileSync(`${dir}/add_2026.csv`, "utf8"), { relax_quotes: true, relax_column_count: true }) as string[][];
  for (const a of addresses) {
    const rec = records.get(a[0]?.trim());
    const country = clean(a[4]);
    if (rec && country && !rec.country) rec.country = country;
  }
  for (const rec of records.values()) rec.aliases = [...new Set(rec.aliases)].filter((a) => a !== rec.name);
  return [...records.values()];
}
