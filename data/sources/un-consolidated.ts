// UN Security Council Consolidated List (XML, generated 2018-10-29). UN terms of use; the
// names, aliases, reference numbers and listing dates taken here are facts. Kept: every
// regime but the non-proliferation ones (DPRK, Iran), which list companies and officials
// rather than parties to armed conflict.
import { readFileSync } from "node:fs";
import { XMLParser } from "fast-xml-parser";

export interface UnRecord {
  ref: string;
  kind: "person" | "entity";
  name: string;
  aliases: string[];
  /** Aliases the list itself marks as weak ("Low" quality: nicknames, kunyas). */
  weakAliases: string[];
  listType: string;
  listed?: string;
  born?: string;
  country?: string;
  comments?: string;
}

const SKIP_REGIMES = new Set(["DPRK", "Iran"]);

type Node = Record<string, unknown>;
const asList = <T>(v: T | T[] | undefined): T[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
const text = (v: unknown): string => (v === undefined || v === null ? "" : String(v)).replace(/\s+/g, " ").trim();

export function loadUn(file: string): UnRecord[] {
  const parser = new XMLParser({ ignoreAttributes: true, parseTagValue: false, trimValues: true });
  const root = parser.parse(readFileSync(file, "utf8")) as Node;
  const list = root.CONSOLIDATED_LIST as Node;
  const out: UnRecord[] = [];
  const individuals = asList((list.INDIVIDUALS as Node)?.INDIVIDUAL as Node[]);
  const entities = asList((list.ENTITIES as Node)?.ENTITY as Node[]);
  for (const [kind, nodes, aliasTag] of [["person", individuals, "INDIVIDUAL_ALIAS"], ["entity", entities, "ENTITY_ALIAS"]] as const) {
    for (const n of nodes) {
      const listType = text(n.UN_LIST_TYPE);
      if (SKIP_REGIMES.has(listType)) continue;
      const parts = ["FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"].map((k) => text(n[k])).filter(Boolean);
      const name = parts.join(" ");
      if (!name) continue;
      const aliases: string[] = [];
      const weakAliases: string[] = [];
      for (const a of asList(n[aliasTag] as Node[])) {
        const alias = text(a?.ALIAS_NAME);
        if (!alias) continue;
        (text(a.QUALITY) === "Low" ? weakAliases : aliases).push(alias);
      }
      const rec: UnRecord = { ref: text(n.REFERENCE_NUMBER), kind, name, aliases, weakAliases, listType };
      const listed = text(n.LISTED_ON);
      if (listed) rec.listed = listed.slice(0, 10);
      const dob = asList(n.INDIVIDUAL_DATE_OF_BIRTH as Node[])[0];
      const year = dob ? text(dob.YEAR) || text(dob.DATE).slice(0, 4) : "";
      if (year) rec.born = year;
      const nationality = text(asList((n.NATIONALITY as Node)?.VALUE)[0]);
      const address = text(asList(n.ENTITY_ADDRESS as Node[])[0]?.COUNTRY);
      if (nationality || address) rec.country = nationality || address;
      const comments = text(n.COMMENTS1);
      if (comments) rec.comments = comments;
      if (rec.ref) out.push(rec);
    }
  }
  return out;
}
