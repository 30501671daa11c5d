// Regions an analyst names that are not countries: continents, world regions and the
// conflict regions that reports use as origins and destinations. Hand-written here; names
// and approximate centre points are facts of general geography (coordinates rounded).
import type { RegionRecord } from "../../src/extract/gazetteer/reference-types.js";
import { slug } from "../../src/extract/entity-id.js";

type R = [name: string, lat: number, lon: number, aliases?: string[], adjectives?: string[], country?: string];

const REGIONS: R[] = [
  ["Africa", 2, 21, [], ["African"]],
  ["Europe", 50, 15, [], ["European"]],
  ["Asia", 34, 100, [], ["Asian"]],
  ["North America", 45, -100, [], ["North American"]],
  ["South America", -15, -60, [], ["South American"]],
  ["Latin America", -5, -70, [], ["Latin American"]],
  ["North Africa", 27, 10, ["Northern Africa"], ["North African"]],
  ["West Africa", 12, -3, ["Western Africa"], ["West African"]],
  ["East Africa", 0, 38, ["Eastern Africa"], ["East African"]],
  ["Central Africa", 2, 20, [], ["Central African"]],
  ["Southern Africa", -23, 25, [], ["Southern African"]],
  ["Sub-Saharan Africa", 0, 20, ["sub-Saharan Africa"], ["sub-Saharan", "Sub-Saharan"]],
  ["Horn of Africa", 8, 45, ["the Horn of Africa"], []],
  ["Sahel", 15, 5, ["the Sahel", "Sahel region"], ["Sahelian"]],
  ["Sahara", 23, 10, ["the Sahara", "Sahara Desert"], ["Saharan"]],
  ["Maghreb", 31, 3, ["the Maghreb"], ["Maghrebi"]],
  ["Lake Chad Basin", 13, 14, ["Lake Chad region"], []],
  ["Liptako-Gourma", 14, 0, [], []],
  ["Great Lakes region", -2, 29, ["African Great Lakes"], []],
  ["Middle East", 29, 42, ["the Middle East", "Mideast"], ["Middle Eastern"]],
  ["Middle East and North Africa", 28, 25, ["MENA"], []],
  ["Near East", 31, 38, ["the Near East"], []],
  ["Levant", 34, 37, ["the Levant"], ["Levantine"]],
  ["Mashriq", 33, 40, ["Mashreq"], []],
  ["Arabian Peninsula", 23, 46, ["the Arabian Peninsula"], []],
  ["Persian Gulf", 27, 51, ["the Gulf", "Arabian Gulf", "Gulf region", "Gulf states"], []],
  ["Arab world", 25, 30, [], []],
  ["Central Asia", 43, 65, [], ["Central Asian"]],
  ["South Asia", 22, 78, [], ["South Asian"]],
  ["Southeast Asia", 10, 110, ["South-East Asia", "South East Asia"], ["Southeast Asian"]],
  ["Caucasus", 42, 45, ["the Caucasus", "North Caucasus", "South Caucasus"], []],
  ["Balkans", 43, 20, ["the Balkans"], ["Balkan"]],
  ["Western Europe", 48, 5, [], ["Western European"]],
  ["Eastern Europe", 50, 30, [], ["Eastern European"]],
  ["Scandinavia", 62, 15, [], ["Scandinavian"]],
  ["Kurdistan", 36.5, 44, ["Kurdish region"], [], undefined],
  ["Iraqi Kurdistan", 36.2, 44, ["Kurdistan Region"], [], "IQ"],
  ["Sinai", 29.5, 33.8, ["Sinai Peninsula", "the Sinai", "North Sinai"], [], "EG"],
  ["Gaza Strip", 31.4, 34.4, ["the Gaza Strip"], [], "PS"],
  ["West Bank", 32, 35.25, ["the West Bank"], [], "PS"],
  ["Golan Heights", 33, 35.8, ["the Golan Heights", "the Golan"], [], "SY"],
  ["Cyrenaica", 31, 22, [], [], "LY"],
  ["Tripolitania", 31.5, 13, [], [], "LY"],
  ["Fezzan", 26, 14, [], [], "LY"],
  ["Darfur", 13, 24, [], [], "SD"],
  ["Donbas", 48, 38, ["Donbass", "the Donbas"], [], "UA"],
  ["Crimea", 45, 34, ["Crimean Peninsula"], [], "UA"],
  ["Kashmir", 34, 76, [], [], undefined],
  ["Federally Administered Tribal Areas", 33, 70.5, ["FATA", "tribal areas"], [], "PK"],
  ["Balochistan", 28, 65, ["Baluchistan"], [], undefined],
  ["Rojava", 36.5, 41, ["North and East Syria"], [], "SY"],
  ["Idlib province", 35.8, 36.6, [], [], "SY"],
  ["Anbar province", 33.4, 42, [], [], "IQ"],
  ["Nineveh Plains", 36.4, 43.3, [], [], "IQ"],
  ["Tigray", 14, 39, [], [], "ET"],
  ["Cabo Delgado", -12.3, 39.3, [], [], "MZ"],
  ["Jubaland", 0, 42, [], [], "SO"],
  ["Puntland", 8.5, 49, [], [], "SO"],
  ["Somaliland", 9.5, 45, [], [], "SO"],
];

export function loadRegions(): RegionRecord[] {
  const seen = new Set<string>();
  const out: RegionRecord[] = [];
  for (const [name, lat, lon, aliases = [], adjectives = [], country] of REGIONS) {
    const id = slug(name);
    if (seen.has(id)) continue;
    seen.add(id);
    const r: RegionRecord = { id, name, aliases, adjectives, lat, lon };
    if (country) r.country = country;
    out.push(r);
  }
  return out;
}
