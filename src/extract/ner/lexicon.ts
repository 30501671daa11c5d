// Word lists the recogniser and the names stage share: titles and ranks that stand before a
// person's name, head words that end an organisation's name, and the words that tell an
// armed group from a civilian body. Written for this project from ordinary English usage.

/** Titles and ranks, lower-cased, with and without the full stop. */
export const TITLES = new Set([
  "gen", "gen.", "general", "lt", "lt.", "lieutenant", "col", "col.", "colonel", "maj", "maj.", "major",
  "capt", "capt.", "captain", "cpt", "cpt.", "sgt", "sgt.", "sergeant", "cpl", "cpl.", "corporal", "pvt", "pvt.",
  "brig", "brig.", "brigadier", "adm", "adm.", "admiral", "cmdr", "cmdr.", "commander", "cdr", "cdr.",
  "marshal", "field", "staff", "spc", "spc.", "airman", "senior", "chief", "petty", "officer", "private",
  "sheikh", "shaykh", "sheik", "emir", "amir", "imam", "mullah", "mufti", "ayatollah", "cleric", "caliph",
  "president", "minister", "premier", "chancellor", "ambassador", "envoy", "secretary", "deputy",
  "spokesman", "spokeswoman", "spokesperson", "prince", "king", "queen", "sultan", "governor", "mayor",
  "senator", "sen", "sen.", "rep", "rep.", "judge", "prosecutor", "dr", "dr.", "prof", "prof.", "professor",
  "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "sir", "lord", "lady", "baroness", "foreign", "prime", "defence", "defense",
]);

/** Titles that, alone before a capitalised word, mark it as a person (a subset of TITLES). */
export const PERSON_TITLES = new Set([
  "gen.", "gen", "general", "lt.", "lt", "col.", "col", "colonel", "maj.", "capt.", "captain", "sgt.", "sergeant",
  "brig.", "brigadier", "adm.", "admiral", "sheikh", "shaykh", "sheik", "emir", "amir", "imam", "mullah",
  "ayatollah", "president", "minister", "ambassador", "envoy", "secretary", "spokesman", "prince", "king",
  "sultan", "governor", "senator", "sen.", "judge", "dr.", "dr", "prof.", "mr.", "mr", "mrs.", "ms.", "sir",
  "lord", "baroness", "cpl.", "spc.", "pvt.", "cmdr.", "cdr.", "commander", "lieutenant", "major", "sgt",
]);

/** Words that end (or head) an organisation's name. */
export const ORG_HEADS = new Set([
  "council", "institute", "ministry", "department", "agency", "office", "treasury", "commission", "committee",
  "university", "journal", "times", "post", "news", "press", "service", "services", "bank", "fund", "foundation",
  "centre", "center", "program", "programme", "organisation", "organization", "union", "league", "association",
  "court", "parliament", "assembly", "government", "administration", "command", "corps", "force", "forces",
  "brigade", "brigades", "battalion", "regiment", "division", "fleet", "squadron", "wing", "group", "army",
  "front", "party", "movement", "militia", "militias", "coalition", "alliance", "network", "guard", "guards",
  "police", "navy", "state", "company", "corporation", "nations", "mission", "unit", "units", "task",
]);

/** Names of this kind are armed groups. */
export const ARMED_GROUP_WORDS = new Set([
  "brigade", "brigades", "battalion", "battalions", "front", "army", "militia", "militias", "ansar", "jabhat",
  "harakat", "hizb", "tahrir", "shabaab", "shabab", "boko", "haram", "mujahideen", "mujahidin", "jihad",
  "islamic", "katibat", "katiba", "liwa", "jaish", "jamaat", "jama'at", "qaeda", "qaida", "qa'ida", "daesh",
  "isis", "isil", "taliban", "hezbollah", "hizballah", "hamas", "al-qaeda", "fighters", "rebels", "insurgents",
  "militants", "group", "legion", "guards", "martyrs", "caliphate", "emirate", "wilayat", "lions", "partisans",
  "ypg", "pkk", "sdf", "peshmerga", "nusra", "sharia", "shura",
]);

/** Names of this kind are civilian bodies: governments, agencies, universities, the press. */
export const ORGANIZATION_WORDS = new Set([
  "council", "institute", "treasury", "journal", "university", "ministry", "department", "agency", "office",
  "commission", "committee", "bank", "fund", "foundation", "centre", "center", "program", "programme",
  "organisation", "organization", "union", "association", "court", "parliament", "assembly", "government",
  "administration", "nations", "times", "post", "news", "press", "reuters", "bbc", "cnn", "school", "college",
  "company", "corporation", "red", "crescent", "cross", "unhcr", "unicef", "nato", "un", "eu", "embassy",
  "coalition", "mission", "service", "services",
]);

export const PRONOUNS = new Set([
  "i", "we", "he", "she", "they", "it", "its", "his", "her", "their", "our", "us", "them", "him", "me", "my",
  "itself", "themselves", "himself", "herself", "ourselves",
]);

/** Lower-case words that may stand inside a capitalised name ("Ansar al-Sharia", "Army of Islam"). */
export const NAME_LINKS = new Set(["of", "al", "el", "bin", "ibn", "abu", "bint", "de", "du", "van", "von", "and", "for", "the", "-", "’s", "'s", "az", "ad", "as", "ash", "an", "at", "ar"]);

/** Determiners that open a noun phrase but are not part of a name ("the Islamic State"). */
export const DETERMINERS = new Set(["the", "a", "an", "this", "that", "these", "those"]);
