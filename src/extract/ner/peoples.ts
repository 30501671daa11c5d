// Peoples without a state of their own, as conflict reports name them: "Chechens", "the
// Uyghurs", "Kurdish fighters". The gazetteer knows the peoples of countries ("Tunisians");
// these are the ethnic and regional peoples reports count among fighters, recruits and victims.
// Written for this project from ordinary English usage; `country` is set only where the people
// live mostly in one state (Chechens in Russia), so a flow's origin is not guessed for the rest.
import { namedId } from "../entity-id.js";
import type { EntityInfo } from "../doc.js";

interface People {
  /** The plural, the entity's name. */
  name: string;
  /** Other forms that name the people on their own: singular nouns, distinctive adjectives. */
  forms: string[];
  country?: string;
}

const PEOPLES: readonly People[] = [
  { name: "Chechens", forms: ["Chechen"], country: "RU" },
  { name: "Dagestanis", forms: ["Dagestani"], country: "RU" },
  { name: "Ingush", forms: [], country: "RU" },
  { name: "Avars", forms: [], country: "RU" },
  { name: "Circassians", forms: ["Circassian"] },
  { name: "Ossetians", forms: ["Ossetian"] },
  { name: "Crimean Tatars", forms: ["Crimean Tatar"], country: "UA" },
  { name: "Tatars", forms: ["Tatar"] },
  { name: "Uyghurs", forms: ["Uyghur", "Uighurs", "Uighur"], country: "CN" },
  { name: "Kurds", forms: ["Kurd", "Kurdish"] },
  { name: "Yazidis", forms: ["Yazidi", "Yezidis", "Yezidi"] },
  { name: "Assyrians", forms: ["Assyrian"] },
  { name: "Turkmen", forms: [] },
  { name: "Pashtuns", forms: ["Pashtun", "Pakhtuns", "Pakhtun"] },
  { name: "Hazaras", forms: ["Hazara"] },
  { name: "Baloch", forms: ["Baluch", "Balochs", "Baluchis", "Baluchi"] },
  { name: "Rohingya", forms: ["Rohingyas"], country: "MM" },
  { name: "Kachin", forms: [], country: "MM" },
  { name: "Tamils", forms: ["Tamil"] },
  { name: "Kashmiris", forms: ["Kashmiri"] },
  { name: "Moros", forms: [], country: "PH" },
  { name: "Tuareg", forms: ["Tuaregs", "Touareg", "Touaregs"] },
  { name: "Fulani", forms: ["Fulanis", "Peul", "Peuls", "Fula"] },
  { name: "Hausa", forms: [] },
  { name: "Kanuri", forms: [] },
  { name: "Toubou", forms: ["Tebu", "Tubu"] },
  { name: "Berbers", forms: ["Berber", "Amazigh", "Imazighen"] },
  { name: "Sahrawis", forms: ["Sahrawi"] },
  { name: "Bedouin", forms: ["Bedouins"] },
  { name: "Zaghawa", forms: [] },
  { name: "Masalit", forms: [], country: "SD" },
  { name: "Nuba", forms: [], country: "SD" },
  { name: "Dinka", forms: [], country: "SS" },
  { name: "Nuer", forms: [] },
  { name: "Oromo", forms: [], country: "ET" },
  { name: "Amhara", forms: [], country: "ET" },
  { name: "Tigrayans", forms: ["Tigrayan"], country: "ET" },
  { name: "Hutu", forms: ["Hutus"] },
  { name: "Tutsi", forms: ["Tutsis"] },
  { name: "Banyamulenge", forms: [], country: "CD" },
  { name: "Hema", forms: [], country: "CD" },
  { name: "Lendu", forms: [], country: "CD" },
  { name: "Arabs", forms: [] },
];

/** Each form, as written, to its people; "Chechen" and "Chechens" name the same people. */
const BY_FORM = new Map<string, People>();
for (const p of PEOPLES) for (const f of [p.name, ...p.forms]) if (!/\s/.test(f)) BY_FORM.set(f, p);

/** The people a capitalised word names, if any (case as written: "Karen" the people, not "karen"). */
export function peopleNamed(word: string): EntityInfo | undefined {
  const p = BY_FORM.get(word);
  if (!p) return undefined;
  const info: EntityInfo = { id: namedId("population", p.name), type: "population", name: p.name, aliases: [...p.forms] };
  if (p.country) info.country = p.country;
  return info;
}
