// Countries: names, alternate spellings, English demonyms and centroids from world-countries
// (ODbL), English names from i18n-iso-countries (MIT) and nationality adjectives from
// i18n-nationality (MIT), with the spellings analysts write added by hand below (facts).
import { createRequire } from "node:module";
import type { CountryRecord } from "../../src/extract/gazetteer/reference-types.js";

const require = createRequire(import.meta.url);

interface WorldCountry {
  cca2: string;
  independent?: boolean;
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { m: string; f: string } };
  latlng: [number, number];
}

/** Names, spellings and people-words in English news that the packages lack. */
const EXTRA: Record<string, { aliases?: string[]; demonyms?: string[]; plurals?: string[] }> = {
  US: { aliases: ["U.S.", "U.S.A.", "USA", "US", "America", "United States of America", "the United States", "the US", "the U.S."] },
  GB: { aliases: ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom", "the UK", "the U.K."], demonyms: ["British", "Briton"], plurals: ["Britons", "Brits"] },
  AE: { aliases: ["UAE", "U.A.E.", "Emirates"], demonyms: ["Emirati"], plurals: ["Emiratis"] },
  SA: { aliases: ["KSA"], demonyms: ["Saudi"], plurals: ["Saudis"] },
  SY: { aliases: ["Syrian Arab Republic"] },
  RU: { aliases: ["Russian Federation"] },
  KP: { aliases: ["North Korea", "DPRK"], demonyms: ["North Korean"], plurals: ["North Koreans"] },
  KR: { aliases: ["South Korea", "ROK"], demonyms: ["South Korean"], plurals: ["South Koreans"] },
  IR: { aliases: ["Islamic Republic of Iran", "Persia"] },
  CD: { aliases: ["DRC", "DR Congo", "D.R. Congo", "Congo-Kinshasa", "Democratic Republic of Congo"] },
  CG: { aliases: ["Congo-Brazzaville", "Republic of Congo", "Congo Republic"] },
  CI: { aliases: ["Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire"], demonyms: ["Ivorian"], plurals: ["Ivorians"] },
  PS: { aliases: ["Palestine", "Palestinian Territories", "State of Palestine"] },
  MM: { aliases: ["Burma"], demonyms: ["Burmese"] },
  TR: { aliases: ["Türkiye", "Turkiye"], demonyms: ["Turk"], plurals: ["Turks"] },
  NL: { aliases: ["the Netherlands", "Holland"], demonyms: ["Dutchman"] },
  DK: { demonyms: ["Dane"], plurals: ["Danes"] },
  SE: { demonyms: ["Swede"], plurals: ["Swedes"] },
  FI: { demonyms: ["Finn"], plurals: ["Finns"] },
  ES: { demonyms: ["Spaniard"], plurals: ["Spaniards"] },
  PH: { demonyms: ["Filipino"], plurals: ["Filipinos"] },
  CZ: { aliases: ["Czech Republic", "Czechia"] },
  MK: { aliases: ["Macedonia", "North Macedonia"] },
  SZ: { aliases: ["Swaziland", "Eswatini"] },
  VA: { aliases: ["Vatican", "Holy See"] },
  SS: { aliases: ["South Sudan"], demonyms: ["South Sudanese"] },
  CF: { aliases: ["CAR", "Central African Republic"] },
  BA: { aliases: ["Bosnia", "Bosnia-Herzegovina"], demonyms: ["Bosnian"], plurals: ["Bosnians"] },
  AF: { demonyms: ["Afghan"], plurals: ["Afghans"] },
  SO: { demonyms: ["Somali"], plurals: ["Somalis"] },
  YE: { demonyms: ["Yemeni"], plurals: ["Yemenis"] },
  IQ: { demonyms: ["Iraqi"], plurals: ["Iraqis"] },
  KW: { demonyms: ["Kuwaiti"], plurals: ["Kuwaitis"] },
  QA: { demonyms: ["Qatari"], plurals: ["Qataris"] },
  BH: { demonyms: ["Bahraini"], plurals: ["Bahrainis"] },
  OM: { demonyms: ["Omani"], plurals: ["Omanis"] },
  PK: { demonyms: ["Pakistani"], plurals: ["Pakistanis"] },
  BD: { demonyms: ["Bangladeshi"], plurals: ["Bangladeshis"] },
  IL: { demonyms: ["Israeli"], plurals: ["Israelis"] },
  KZ: { demonyms: ["Kazakh"], plurals: ["Kazakhs"] },
  UZ: { demonyms: ["Uzbek"], plurals: ["Uzbeks"] },
  TJ: { demonyms: ["Tajik"], plurals: ["Tajiks"] },
  TM: { demonyms: ["Turkmen"] },
  KG: { demonyms: ["Kyrgyz"] },
  EH: { aliases: ["Western Sahara"], demonyms: ["Sahrawi"], plurals: ["Sahrawis"] },
};

/** Words ending in a sibilant or "-ese" name the people without a plural ("the French", "Congolese"). */
function pluralOf(demonym: string): string | undefined {
  if (/(ese|ss|sh|ch|z|x|men)$/i.test(demonym)) return undefined;
  return `${demonym}s`;
}

/** Accepts a nationality adjective only when it visibly belongs to the country (drops noisy rows). */
const related = (a: string, b: string): boolean => a.slice(0, 4).toLowerCase() === b.slice(0, 4).toLowerCase();

export function loadCountries(placePopulation: Map<string, number>): CountryRecord[] {
  const world = require("world-countries/countries.json") as WorldCountry[];
  const isoNames = (require("i18n-iso-countries/langs/en.json") as { countries: Record<string, string | string[]> }).countries;
  const nationalities = (require("i18n-nationality/langs/en.json") as { nationalities: Record<string, string> }).nationalities;
  const out: CountryRecord[] = [];
  for (const c of world) {
    const iso2 = c.cca2;
    const extra = EXTRA[iso2] ?? {};
    const aliases = new Set<string>([c.name.official, ...(c.altSpellings ?? []), ...(extra.aliases ?? [])]);
    const isoName = isoNames[iso2];
    for (const n of Array.isArray(isoName) ? isoName : isoName ? [isoName] : []) aliases.add(n);
    // two-letter codes in altSpellings ("TN") are not how reports name countries, except curated ones
    for (const a of [...aliases]) if (/^[A-Z]{2}$/.test(a) && !(extra.aliases ?? []).includes(a)) aliases.delete(a);
    aliases.delete(c.name.common);
    for (const a of [...aliases]) if (/[,()]/.test(a) || /[^\u0000-\u024f’' .-]/.test(a)) aliases.delete(a);
    const demonyms = new Set<string>();
    const eng = c.demonyms?.eng;
    if (eng?.m && !/[,]/.test(eng.m)) demonyms.add(eng.m);
    if (eng?.f && eng.f !== eng.m && !/[,]/.test(eng.f)) demonyms.add(eng.f);
    const nat = nationalities[iso2];
    if (nat && !/[()\-,]/.test(nat) && eng?.m && related(nat, eng.m)) demonyms.add(nat);
    for (const d of extra.demonyms ?? []) demonyms.add(d);
    const plurals = new Set<string>(extra.plurals ?? []);
    for (const d of demonyms) { const p = pluralOf(d); if (p) plurals.add(p); }
    for (const p of plurals) demonyms.delete(p);
    out.push({
      iso2, name: c.name.common, aliases: [...aliases], demonyms: [...demonyms], plurals: [...plurals],
      lat: c.latlng[0], lon: c.latlng[1], pop: placePopulation.get(iso2) ?? 0, independent: c.independent !== false,
    });
  }
  return out;
}
