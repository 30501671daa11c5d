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

/**
 * Words that end (or head) an organisation's name, each with whether it makes an institution of
 * any name it ends: `true` where a place or person the recogniser found cannot end in it ("Caucasus
 * Security Forum", "Central Asia Wire"), `false` where places and units end in it too ("Borno
 * State", "Soviet Union", "Air Force", "5th Fleet", "West Wing").
 */
const ORG_HEAD_WORDS: Record<string, boolean> = {
  council: true, institute: true, ministry: true, department: true, agency: true, office: true, commission: true, committee: true,
  university: true, journal: true, times: true, service: true, services: true, bank: true, fund: true, foundation: true,
  centre: true, center: true, organisation: true, organization: true, league: true, association: true, court: true,
  parliament: true, assembly: true, government: true, administration: true, command: true, corps: true, brigade: true,
  brigades: true, battalion: true, regiment: true, army: true, party: true, movement: true, militia: true, coalition: true,
  alliance: true, police: true, forum: true, directorate: true,
  // publications and monitors: "Horn Security Digest", "Sahel Arms Observatory"
  wire: true, digest: true, brief: true, observatory: true, monitor: true, review: true, gazette: true, tribune: true,
  herald: true, bulletin: true,
  treasury: false, post: false, news: false, press: false, program: false, programme: false, union: false, force: false,
  forces: false, division: false, fleet: false, squadron: false, wing: false, group: false, front: false, network: false,
  guard: false, guards: false, navy: false, state: false, company: false, corporation: false, nations: false, mission: false,
  unit: false, units: false, task: false, militias: false,
};
/** Words that end (or head) an organisation's name. */
export const ORG_HEADS = new Set(Object.keys(ORG_HEAD_WORDS));
/** Of those, the ones that make any name ending in them an institution's, even one read as a place or person. */
export const INSTITUTION_HEADS = new Set(Object.keys(ORG_HEAD_WORDS).filter((w) => ORG_HEAD_WORDS[w]));

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
