// Names that no list holds: the statistical recogniser (src/extract/ner) tags each sentence,
// a few patterns an analyst expects add what it misses (a capitalised name after a rank or
// title, an organisation named by its head word, an acronym defined in parentheses), and each
// name becomes a mention of an entity. Gazetteer mentions stand, except that a confident
// longer name swallows one inside it ("Ansar al-Sharia Tunisia" over "Tunisia").
import fs from "node:fs";
import { packagePath } from "../../ingest/package-root.js";
import type { EntityType } from "../contract.js";
import { sentenceAt, type Doc, type EntityInfo, type Mention, type Token } from "../doc.js";
import { countryId, namedId } from "../entity-id.js";
import { referenceData } from "../gazetteer/reference-data.js";
import { registerStage, type Stage } from "../stage.js";
import { gazetteerHints, sentenceFeatures } from "../ner/features.js";
import { NerModel, type NerModelFile } from "../ner/model.js";
import { repairPersonSpans } from "../ner/person-spans.js";
import { peopleNamed } from "../ner/peoples.js";
import { ARMED_GROUP_WORDS, DETERMINERS, INSTITUTION_HEADS, NAME_LINKS, ORG_HEADS, ORGANIZATION_WORDS, PERSON_TITLES, PRONOUNS, TITLES } from "../ner/lexicon.js";


/** A model name this much surer than any other labelling may replace a gazetteer mention inside it. */
const REPLACE_MARGIN = 3;
/**
 * A model label this much surer than any other may retype a place the gazetteer found on the
 * same words, or read a country as its state acting. Set high: a country is a place unless the
 * recogniser is sure ("Tunisia has been the number one provider of fighters" stays a place).
 */
const RETYPE_MARGIN = 4;

/**
 * Whether the recogniser may give another kind to a gazetteer mention over the same words: a
 * place name that is also a surname ("Assad") or an organisation's acronym ("UN"), or a country
 * acting as a state ("France conducted strikes"). Peoples and listed names stand.
 */
function retypable(m: Mention, label: Candidate["label"]): boolean {
  if (m.source !== "gazetteer") return false;
  if (m.type === "country") return label === "ORG";
  // a lone word is a person only when named in full elsewhere (coreference links "Davis" then), not "a Washington think tank"
  if (label === "PER" && !/\s/.test(m.text.trim())) return false;
  return m.type === "place" || m.type === "facility";
}

/** Verbs of policy and speech: a country doing these is its government acting. */
const STATE_VERBS = new Set(["condemn", "welcome", "support", "call", "urge", "announce", "stand", "work", "pledge", "provide",
  "commit", "reaffirm", "believe", "recognise", "recognize", "reject", "demand", "join", "host", "sign", "sanction", "designate",
  "deploy", "strike", "conduct", "launch", "send", "agree", "value", "oppose", "thank", "applaud", "congratulate", "offer", "remain",
  "fund", "contribute", "press", "warn", "insist", "say", "declare", "vote", "help", "train", "assist", "intend", "plan"]);
/** Nouns for what a state does: "U.S. airstrikes", "UK support", "the UK’s commitment to …". */
const STATE_ACTION_NOUNS = new Set(["strike", "strikes", "airstrike", "airstrikes", "support", "assistance", "aid", "commitment", "efforts",
  "effort", "engagement", "leadership", "policy", "sanctions", "funding", "contribution", "cooperation", "co-operation", "message", "decision",
  "intervention", "pledge", "mediation", "diplomacy", "troops", "deployment", "bombardment", "bombing", "campaign"]);
/** Words that may stand between a country and its verb ("France will continue to value"). */
const BEFORE_VERB = new Set(["will", "would", "shall", "should", "must", "can", "has", "have", "had", "is", "are", "was", "were", "be",
  "also", "strongly", "firmly", "fully", "continues", "continue", "continued", "to", "not", "already", "still", "today", "again", "remains"]);

/**
 * Whether a country mention names its state acting: the subject of a verb of policy or speech
 * ("The UK condemns", "France continues to value", "Russia and Turkey announced"). Elsewhere a
 * country is the place, whatever the recogniser learnt from government press releases.
 */
function actsAsState(doc: Doc, m: Mention): boolean {
  const toks = tokensOf(doc, m);
  if (!toks.length) return false;
  const last = toks[toks.length - 1];
  const end = doc.sentences[last.sentence].endToken;
  // "U.S. airstrikes", "the UK’s commitment": what a state does, named by a noun after it
  let n = last.i + 1;
  if (n < end && /^['’]s?$/.test(doc.tokens[n].text)) n++;
  if (n < end && STATE_ACTION_NOUNS.has(doc.tokens[n].lower)) return true;
  // a subject, not the object of a preposition ("the border with Libya offers …")
  let b = toks[0].i - 1;
  while (b >= 0 && DETERMINERS.has(doc.tokens[b].lower)) b--;
  if (b >= 0 && doc.tokens[b].sentence === last.sentence && doc.tokens[b].pos === "ADP") return false;
  let i = last.i + 1;
  // "Russia and Turkey announced": step over a coordinated country
  if (i < end && doc.tokens[i].lower === "and") {
    i++;
    while (i < end && /^\p{Lu}/u.test(doc.tokens[i].text)) i++;
  }
  for (let seen = 0; i < end && seen < 5; i++, seen++) {
    const t = doc.tokens[i];
    if (STATE_VERBS.has(t.lemma.toLowerCase()) && (t.pos === "VERB" || t.pos === "AUX")) return true;
    if (!BEFORE_VERB.has(t.lower)) return false;
  }
  return false;
}

/** Plural nouns for a body of states: the countries listed after "… include" are its members. */
const STATE_BODIES = new Set(["nations", "countries", "partners", "allies", "members", "community", "coalition", "states", "governments"]);
const INCLUDE = new Set(["include", "includes", "included", "including"]);

/**
 * Whether a country mention is one of the states listed as members of a body that acts:
 * "Coalition nations which have conducted strikes in Iraq include Australia, Belgium, …",
 * "The international community – including Russia and Iran – must now work …".
 */
function memberOfActingBody(doc: Doc, m: Mention): boolean {
  const toks = tokensOf(doc, m);
  if (!toks.length) return false;
  const sentence = toks[0].sentence, first = doc.sentences[sentence].firstToken;
  // back over the list: other names, commas, "and", "the"
  let i = toks[0].i - 1;
  while (i >= first && i > toks[0].i - 40) {
    const t = doc.tokens[i];
    if (t.text === "," || t.lower === "and" || t.lower === "the" || /^\p{Lu}/u.test(t.text)) { i--; continue; }
    break;
  }
  if (i < first || !INCLUDE.has(doc.tokens[i].lower)) return false;
  for (let j = i - 1; j >= first && j >= i - 10; j--) if (STATE_BODIES.has(doc.tokens[j].lower)) return true;
  return false;
}

/** Whether the list mention m is what the longer name c names: its last words, or the name before ", Country". */
function headsSpan(doc: Doc, m: Mention, c: Candidate): boolean {
  const end = doc.tokens[c.end - 1].end;
  if (m.end === end) return true;
  const rest = doc.text.slice(m.end, end);
  // "ADF fighters", "Al-Shabaab commanders": the group and its people, one entity
  if (MEMBER_NOUNS.has(rest.trim().toLowerCase()) && (m.type === "armed_group" || m.type === "organization")) return true;
  return /^\s*,\s*\p{Lu}[\p{L}.\s]*$/u.test(rest) && m.type !== "country";
}

export interface NamesOptions {
  /** A trained model (as written by `npm run train`); the committed one when absent. */
  model?: NerModelFile;
  /**
   * Keep descriptions the model tags without a capital letter ("the victims", "militants").
   * re3d annotates them; an analyst's entity list is better without them. Default false.
   */
  descriptions?: boolean;
}

let committed: NerModel | null | undefined;
function committedModel(): NerModel | null {
  if (committed === undefined) {
    try {
      committed = new NerModel(JSON.parse(fs.readFileSync(packagePath("data", "built", "ner-model.json"), "utf8")) as NerModelFile);
    } catch {
      // without a trained model the patterns still run
      committed = null;
    }
  }
  return committed;
}

interface Candidate {
  first: number;
  /** One past the last token. */
  end: number;
  label: "PER" | "ORG" | "LOC" | "NAT";
  margin: number;
  source: "ner" | "pattern";
  /** An entity the name belongs to, known from a list mention it holds. */
  entityId?: string;
  /** The country whose state (government) the name stands for. */
  state?: string;
  /** Token index of the acronym the text gives for this name ("… in Libya,” or ISL"). */
  acronymAt?: number;
}

const isCap = (t: Token | undefined): boolean => !!t && /^[A-Z\u00C0-\u00DE]/.test(t.text);
const isAcronym = (s: string): boolean => /^[A-Z][A-Z0-9&-]{1,9}$/.test(s) && /[A-Z].*[A-Z]/.test(s);

/**
 * A word that makes a span a name rather than a description: a proper noun, a capitalised
 * word that does not merely open its sentence ("Fighters attacked …"), an acronym or a number.
 */
function isNameWord(doc: Doc, t: Token): boolean {
  if (DETERMINERS.has(t.lower) || PRONOUNS.has(t.lower)) return false;
  if (/\d/.test(t.text) || isAcronym(t.text)) return true;
  let first = true;
  for (let k = doc.sentences[t.sentence].firstToken; k < t.i && first; k++) first = !/\w/.test(doc.tokens[k].text);
  // a plural opening the sentence ("Officials said", "Fighters attacked") is a description
  if (first) return t.pos === "PROPN" && !/[a-z]s$/.test(t.text);
  return isCap(t) || t.pos === "PROPN";
}

/** Words that make a name an armed group's whatever the recogniser thought ("Ansar al-Sharia"). */
const GROUP_MARKERS = new Set(["ansar", "jabhat", "harakat", "katibat", "katiba", "liwa", "jaish", "qaeda", "qaida", "qa'ida",
  "brigade", "brigades", "battalion", "militia", "mujahideen", "mujahidin", "hezbollah", "hizballah", "taliban", "shabaab",
  "boko", "isis", "isil", "daesh", "front", "army"]);

/** Model spans for every sentence. */
function modelCandidates(doc: Doc, model: NerModel): Candidate[] {
  const hints = gazetteerHints(doc);
  const out: Candidate[] = [];
  for (const s of doc.sentences) {
    const toks = doc.tokens.slice(s.firstToken, s.endToken);
    for (const sp of model.tag(sentenceFeatures(toks, hints.slice(s.firstToken, s.endToken)))) {
      // a count is not part of a name ("2,000 fighters"), and what is left must still look like one
      let start = sp.start;
      while (start < sp.end && (toks[start].pos === "NUM" || /^[\d.,]+$/.test(toks[start].text))) start++;
      if (start === sp.end || !toks.slice(start, sp.end).some((t) => /\p{Lu}/u.test(t.text))) continue;
      out.push({ first: s.firstToken + start, end: s.firstToken + sp.end, label: sp.label as Candidate["label"], margin: sp.margin, source: "ner" });
    }
  }
  return out;
}

/** End (exclusive) of a capitalised name starting at token i, through links like "al-", "bin", "of". */
function nameRunEnd(tokens: readonly Token[], i: number, sentenceEnd: number): number {
  let j = i;
  while (j < sentenceEnd) {
    if (isCap(tokens[j])) { j++; continue; }
    let k = j;
    while (k < sentenceEnd && k - j < 2 && (NAME_LINKS.has(tokens[k].lower) && tokens[k].lower !== "and")) k++;
    if (k > j && k < sentenceEnd && isCap(tokens[k])) { j = k; continue; }
    break;
  }
  return j;
}

/** What the model may have missed: names after a title or rank, and names ending in an organisation's head word. */
function patternCandidates(doc: Doc, taken: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  const free = (a: number, b: number): boolean => { for (let k = a; k < b; k++) if (taken[k]) return false; return true; };
  for (const s of doc.sentences) {
    for (let i = s.firstToken; i < s.endToken; i++) {
      const t = doc.tokens[i];
      if (!PERSON_TITLES.has(t.lower) || !isCap(t)) continue;
      // skip a run of titles ("Lt. Gen.", "Foreign Minister")
      let j = i + 1;
      while (j < s.endToken && TITLES.has(doc.tokens[j].lower) && isCap(doc.tokens[j])) j++;
      const end = nameRunEnd(doc.tokens, j, s.endToken);
      if (end > j && end - j <= 6 && free(j, end) && !ORG_HEADS.has(doc.tokens[end - 1].lower)) {
        out.push({ first: j, end, label: "PER", margin: 0, source: "pattern" });
        for (let k = j; k < end; k++) taken[k] = 1;
      }
      i = Math.max(i, end - 1);
    }
    for (let i = s.firstToken; i < s.endToken; i++) {
      if (!isCap(doc.tokens[i]) || taken[i]) continue;
      const end = nameRunEnd(doc.tokens, i, s.endToken);
      const head = doc.tokens[end - 1];
      if (end - i >= 2 && ORG_HEADS.has(head.lower) && free(i, end)) {
        out.push({ first: i, end, label: "ORG", margin: 0, source: "pattern" });
        for (let k = i; k < end; k++) taken[k] = 1;
      } else if (end > i && (end - i >= 2 || i > s.firstToken) && !DETERMINERS.has(doc.tokens[i].lower) && !PRONOUNS.has(doc.tokens[i].lower)
        && free(i, end) && LED_AFTER.test(doc.text.slice(head.end, head.end + 90))) {
        // "… fight together as Viv Ansanm, led by …": what is led is a body
        out.push({ first: i, end, label: "ORG", margin: 0, source: "pattern" });
        for (let k = i; k < end; k++) taken[k] = 1;
      }
      i = Math.max(i, end - 1);
    }
  }
  return out;
}

/** Bodies of states whose name opens an organisation's: theirs are civilian bodies. */
const INTERNATIONAL_BODIES = new Set(["un", "u.n.", "eu", "au", "nato", "osce", "ecowas", "igad", "sadc", "unhcr", "unicef", "icrc"]);

/** Armed group or civilian body, by the words of the name. */
export function organisationType(name: string): EntityType {
  const words = name.toLowerCase().split(/[\s-]+/).filter(Boolean);
  const head = words[words.length - 1] ?? "";
  if (ORGANIZATION_WORDS.has(head)) return "organization";
  // the UN's and other bodies of states' panels are no armed groups ("UN Group of Experts")
  if (INTERNATIONAL_BODIES.has(words[0] ?? "") || /\b(?:experts|inquiry|observers|monitors|investigators)\b/.test(name.toLowerCase())) return "organization";
  if (ARMED_GROUP_WORDS.has(head) || /^(forces?|corps|navy|guard)$/.test(head)) return "armed_group";
  if (words.some((w) => ARMED_GROUP_WORDS.has(w))) return "armed_group";
  return "organization";
}

/** Words that end an office's name in a title ("Secretary of State", "Minister of Defence"). */
const OFFICE_WORDS = new Set(["state", "defense", "defence", "interior", "justice", "affairs", "foreign", "home", "east", "west", "north", "south",
  "middle", "africa", "asia", "europe", "refugees", "staff", "operations", "department", "ministry", "office", "council", "coalition"]);

/** The name without a leading article, a trailing possessive, or (for persons) titles. */
export function canonicalName(tokens: readonly Token[], text: string, person: boolean): { name: string; titled?: string } {
  let a = 0, z = tokens.length;
  while (a < z - 1 && DETERMINERS.has(tokens[a].lower)) a++;
  while (z > a + 1 && /^['’]s?$/.test(tokens[z - 1].text)) z--;
  // "Katiba Serma fighters": the group is named without its people
  if (!person && z > a + 1 && MEMBER_NOUNS.has(tokens[z - 1].lower) && /^\p{Lu}/u.test(tokens[z - 2].text)
    && tokens.slice(a, z - 1).some((t) => GROUP_MARKERS.has(t.lower) || isAcronym(t.text))) z--;
  let titled: string | undefined;
  if (person) {
    let b = a;
    // "Police spokesman Fred Mutebi", "FCO Minister Tobias Ellwood": a body's name before the title belongs to the office
    let q = a;
    while (q < z - 2 && q - a < 3 && /^\p{Lu}/u.test(tokens[q].text) && !TITLES.has(tokens[q].lower)) q++;
    if (q > a && q <= z - 3 && TITLES.has(tokens[q].lower) && /^\p{Lu}/u.test(tokens[z - 1].text)) b = q;
    while (b < z - 1 && TITLES.has(tokens[b].lower)) b++;
    // "Secretary of State Antony Blinken", "Minister for the Middle East Tobias Ellwood": the office runs
    // on through "of"/"for"; the name is the capitalised run after its last office or place word
    if (b > a && (tokens[b].lower === "of" || tokens[b].lower === "for")) {
      let n = z;
      while (n > b && /^\p{Lu}/u.test(tokens[n - 1].text) && !TITLES.has(tokens[n - 1].lower) && !OFFICE_WORDS.has(tokens[n - 1].lower)) n--;
      // a run of four or more is the office's own name ("… for the Middle East"), not a person's
      b = z - n >= 1 && z - n <= 3 && n > b + 1 ? n : a;
    }
    if (b > a) titled = text.slice(tokens[a].start - tokens[0].start, tokens[z - 1].end - tokens[0].start);
    // a span of titles alone ("the Prime Minister") is named by them all
    if (!(b === z - 1 && TITLES.has(tokens[b].lower))) a = b;
  }
  // marks without letters (a stray left-to-right mark, a dash) do not open a name
  while (a < z - 1 && !/[\p{L}\p{N}]/u.test(tokens[a].text)) a++;
  return { name: text.slice(tokens[a].start - tokens[0].start, tokens[z - 1].end - tokens[0].start), titled };
}

function typeFor(label: Candidate["label"], name: string): EntityType {
  if (label === "PER") return "person";
  if (label === "ORG") return organisationType(name);
  if (label === "NAT") return "population";
  return "place";
}

/** Lower-case words that end a place's name: "Bari region", "Pankisi Gorge" written "Pankisi gorge". */
const PLACE_HEADS = new Set(["region", "province", "district", "governorate", "county", "state", "city", "town", "village", "valley",
  "gorge", "mountains", "mountain", "hills", "coast", "border", "area", "desert", "river", "lake", "sea", "island", "islands", "camp",
  "base", "airport", "airfield", "territory", "territories", "prefecture", "municipality", "zone", "corridor", "crossing", "port",
  "strip", "peninsula", "plateau", "basin", "forest", "oasis", "neighbourhood", "neighborhood", "quarter", "square", "street", "road",
  "highway", "dam", "complex", "compound", "hospital", "prison", "mosque", "market", "bridge", "refinery", "field", "fields", "gate",
  "facility", "facilities", "factory", "headquarters", "suburbs", "outskirts", "site", "plant", "station", "depot", "warehouse", "storage"]);
/**
 * Whether a lower-case word at the end of a place's or person's span describes rather than names:
 * any word that is no head of its kind ("Sahel factions", "Chechen commander", but "Bari region").
 * Organisations keep theirs ("the Syrian opposition", "Somali militants"): the claims read them whole.
 */
const describes = (label: Candidate["label"], w: string): boolean => (label === "LOC" ? !PLACE_HEADS.has(w) : !NAME_LINKS.has(w));
/** Followers of faiths and their branches (the faiths themselves are no people: "they" must not find "Islam"). */
const FAITHS = new Set(["muslim", "muslims", "sunni", "sunnis", "shia", "shias", "shiite", "shiites", "christian", "christians",
  "jewish", "jews", "yazidi", "yazidis", "yezidi", "yezidis", "alawite", "alawites", "druze", "sufi", "sufis",
  "salafi", "salafis", "hindu", "hindus", "buddhist", "buddhists", "ismaili", "ismailis", "catholic", "catholics", "orthodox", "coptic", "copts"]);
/** Months and weekdays: alone they are dates. */
const CALENDAR_WORDS = new Set(["january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
  "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);
/** Plural nouns for people: "U.S. service members", "Iraqi security personnel" describe people, not a body. */
const PEOPLE_NOUNS = new Set(["members", "personnel", "officials", "officers", "citizens", "nationals", "residents", "civilians", "workers", "contractors", "staff"]);
/** A group's people and parts, written after its name: "ADF fighters", "M23 commanders", "FDLR units". */
const MEMBER_NOUNS = new Set(["fighters", "militants", "commanders", "units", "soldiers", "troops", "loyalists", "operatives", "recruits",
  "elements", "cells", "contingents", "gunmen", "combatants", "rebels", "insurgents", "members", "leaders", "defectors", "mercenaries"]);
/** Roles written before a person's name without a title's capital ("the group's leader Abu X"). */
const PERSON_ROLES = new Set(["leader", "emir", "amir", "commander", "founder", "spokesman", "spokeswoman", "chief", "deputy", "head", "mufti", "preacher", "cleric"]);

/** Prefixes of ships' names ("USS Hopper", "FS Forbin", "HMS Ocean"): a ship is none of the kinds an entity here has. */
const VESSEL_PREFIXES = new Set(["USS", "USNS", "HMS", "HMCS", "HMAS", "HMNZS", "FS", "INS", "RFS", "TCG", "ROKS", "FGS", "HNLMS", "ESPS", "PNS", "MV"]);
/** "Viv Ansanm, led by …": what is led, headed or founded is a body, never a place. */
const LED_AFTER = /^\s*(?:\([^()\n]{0,60}\)\s*)?,?\s*(?:(?:which|that|and)\s+)?(?:(?:is|was|are|were|has been|had been)\s+)?(?:now\s+)?(?:led|headed|commanded|founded)\s+by\b/;

/** Types that may share an entity: a recogniser's "place" may be the gazetteer's country. */
const FAMILY: Record<EntityType, string> = {
  person: "person", armed_group: "org", organization: "org", country: "loc", place: "loc", facility: "loc", population: "pop",
};

/**
 * Peoples no country list holds ("Chechens", "the Uyghurs") become mentions before the recogniser
 * runs, as the gazetteer's peoples do, so the same rules keep them: a people stands where the
 * recogniser read a person or an organisation ("Hundreds of Chechens"). `covered` is updated.
 */
function markPeoples(doc: Doc, covered: Int32Array): void {
  for (const t of doc.tokens) {
    // "Kurdish-led forces": a people joined to another word describes that word
    if (covered[t.i] >= 0 || !isCap(t) || /^[-‐]/.test(doc.text.slice(t.end, t.end + 1))) continue;
    const info = peopleNamed(t.text);
    if (!info) continue;
    if (!doc.entities.has(info.id)) doc.entities.set(info.id, info);
    covered[t.i] = doc.mentions.length;
    doc.mentions.push({ start: t.start, end: t.end, text: t.text, type: "population", entityId: info.id, source: "gazetteer" });
  }
}

/** Words that count or qualify a people without naming anything: "Some Kenyans", "Hundreds of Chechens", "all Iraqis". */
const PEOPLE_QUANTIFIERS = new Set(["some", "many", "several", "all", "most", "few", "hundreds", "thousands", "dozens", "scores", "numerous",
  "other", "young", "of", "both", "more", "fellow", "ethnic", "native", "local"]);
/** Plain nouns for people after a demonym: "Belgian men", "Kenyan nationals". */
const PLAIN_PEOPLE = new Set(["men", "women", "youths", "nationals", "citizens", "people", "civilians", "residents", "boys", "girls", "children"]);

export function recogniseNames(doc: Doc, model: NerModel | null, options: NamesOptions = {}): void {
  const tokens = doc.tokens;
  const covered = new Int32Array(tokens.length).fill(-1); // index of the earlier mention over each token
  doc.mentions.forEach((m, k) => { for (const t of tokensOf(doc, m)) covered[t.i] = k; });
  markPeoples(doc, covered);
  const earlier = doc.mentions.slice();

  const placeAt = (i: number): boolean => covered[i] >= 0 && FAMILY[earlier[covered[i]].type] === "loc";
  const candidates = model ? repairPersonSpans(tokens, modelCandidates(doc, model), placeAt) : [];
  const taken = new Uint8Array(tokens.length);
  for (const c of candidates) for (let k = c.first; k < c.end; k++) taken[k] = 1;
  for (let k = 0; k < tokens.length; k++) if (covered[k] >= 0) taken[k] = 1;
  candidates.push(...patternCandidates(doc, taken));
  candidates.sort((a, b) => a.first - b.first);

  const drop = new Set<number>(); // earlier mentions a longer name replaces
  // a month the gazetteer knows as a town ("March", Cambridgeshire) is a date when nothing says "town of"
  earlier.forEach((m, k) => {
    if (m.source === "gazetteer" && m.type === "place" && CALENDAR_WORDS.has(m.text.toLowerCase())
      && !/\b(?:town|village|city)\s+of\s+$/i.test(doc.text.slice(Math.max(0, m.start - 20), m.start))) drop.add(k);
  });
  const stateActors = new Map<number, Candidate>(); // country mentions the recogniser reads as a state acting
  const kept: Candidate[] = [];
  const vessels = new Set<string>(); // ships' names without their prefix: "Forbin" after "FS Forbin"
  for (const c of candidates) {
    // a ship is no person, organisation or place: "FS Forbin", "USS Hopper", and later the bare "Forbin"
    {
      let a = c.first;
      while (a < c.end - 1 && DETERMINERS.has(tokens[a].lower)) a++;
      const prefixed = VESSEL_PREFIXES.has(tokens[a].text) ? a + 1 : c.first > 0 && VESSEL_PREFIXES.has(tokens[c.first - 1].text) ? a : -1;
      if (prefixed >= 0 && prefixed < c.end) {
        vessels.add(doc.text.slice(tokens[prefixed].start, tokens[c.end - 1].end));
        continue;
      }
      if (c.label !== "NAT" && vessels.has(doc.text.slice(tokens[a].start, tokens[c.end - 1].end))) continue;
    }
    // "Russia's Federal Security Service": the possessor is the country already found; the name starts after it
    for (let p = c.end - 2; p > c.first; p--) {
      if (!/^['’]s$/.test(tokens[p].text)) continue;
      const owner = covered[p - 1] >= 0 ? earlier[covered[p - 1]] : undefined;
      if (owner && FAMILY[owner.type] === "loc" && owner.start <= tokens[c.first].start) c.first = p + 1;
      break;
    }
    // "U.S. service members": a description of people, not an organisation's name (re3d annotates them: kept with descriptions)
    if (!options.descriptions && c.label === "ORG" && PEOPLE_NOUNS.has(tokens[c.end - 1].lower)) continue;
    // "Sahel factions", "Chechen commander": lower-case words after a place's or person's name that are
    // no head of its kind describe; the name before them is what stands (a people or place found earlier)
    if (c.source === "ner" && c.label !== "ORG" && !options.descriptions) {
      let e = c.end;
      // "al-Baghdadi", "el-Hammam" are lower-case only in their particle
      while (e - 1 > c.first && /^\p{Ll}/u.test(tokens[e - 1].text) && !/[-'’]\p{Lu}/u.test(tokens[e - 1].text)
        && describes(c.label, tokens[e - 1].lower)) e--;
      if (e < c.end && isCap(tokens[e - 1])) c.end = e;
    }
    // designation categories are no one's name: "Specially Designated Global Terrorist", "Foreign Terrorist Organization"
    if (/^Terrorists?$/.test(tokens[c.end - 1].text) || /\bTerrorist Organi[sz]ation$/.test(doc.text.slice(tokens[c.first].start, tokens[c.end - 1].end))) continue;
    // a month or weekday alone is a date, not a place ("in March", "since July")
    if (c.end - c.first === 1 && CALENDAR_WORDS.has(tokens[c.first].lower)) continue;
    // "the Tunisian desert", "the Syrian border": an organisation by the recogniser, a place by its head word
    if (c.label === "ORG" && /^\p{Ll}/u.test(tokens[c.end - 1].text) && PLACE_HEADS.has(tokens[c.end - 1].lower)
      && !ORG_HEADS.has(tokens[c.end - 1].lower) && !ARMED_GROUP_WORDS.has(tokens[c.end - 1].lower)) c.label = "LOC";
    // followers of a faith are peoples, as re3d marks them: "Muslims", "Sunnis", "the Yazidis"
    if (c.label !== "NAT" && tokens.slice(c.first, c.end).every((t) => FAITHS.has(t.lower) || DETERMINERS.has(t.lower))) c.label = "NAT";
    const span = tokens.slice(c.first, c.end);
    const last = span[span.length - 1];
    // a name ending in an institution's head word is an organisation, whatever the recogniser read ("Caucasus Security Forum")
    if (c.label !== "ORG" && span.length >= 2 && INSTITUTION_HEADS.has(last.lower) && /^\p{Lu}/u.test(last.text)) c.label = "ORG";
    // a name right after a person's role is that person ("the Taliban's leader Haibatullah Akhundzada")
    if (c.label === "LOC" && span.length >= 2 && c.first > 0 && PERSON_ROLES.has(tokens[c.first - 1].lower)
      && span.every((t) => covered[t.i] < 0)) c.label = "PER";
    // what is led or headed is a body, not a place or a person ("Viv Ansanm, led by Jimmy Chérizier")
    if (c.label !== "ORG" && c.label !== "NAT" && span.every((t) => covered[t.i] < 0) && LED_AFTER.test(doc.text.slice(last.end, last.end + 90))) c.label = "ORG";
    // what people speak is a language, not a place: "the attackers spoke Kiswahili and Luganda"
    if (c.label === "LOC" && spokenAfter(tokens, c.first) && span.every((t) => covered[t.i] < 0)) continue;
    // pronouns are the coreference stage's; descriptions without a name are not entities
    if (span.every((t) => PRONOUNS.has(t.lower))) continue;
    if (!options.descriptions && !span.some((t) => isNameWord(doc, t))) continue;
    if (span.every((t) => DETERMINERS.has(t.lower) || !/\w/.test(t.text))) continue;
    const inside = new Set<number>();
    let crossing = false;
    for (let k = c.first; k < c.end; k++) if (covered[k] >= 0) inside.add(covered[k]);
    for (const k of inside) {
      const m = earlier[k];
      if (m.start < tokens[c.first].start || m.end > tokens[c.end - 1].end) crossing = true;
    }
    if (crossing) continue;
    // "Some Kenyans", "Hundreds of Chechens", "Belgian men": a people counted or qualified is the people
    // (its own mention stands), not a person or an organisation of that name
    // (a definite "the Iraqi people", "the Syrians", "all Iraqis" acts as one body, as re3d marks it: the recogniser's reading stands)
    // a people without a state ("the Kurds") is always the people
    if (c.label !== "NAT" && ((tokens[c.first].lower !== "the" && tokens[c.first].lower !== "all")
      || [...inside].some((k) => earlier[k].type === "population" && !/^population:[A-Z]{2}$/.test(earlier[k].entityId)))
      && [...inside].some((k) => earlier[k].type === "population") && span.every((t) =>
      (covered[t.i] >= 0 && earlier[covered[t.i]].type === "population") || DETERMINERS.has(t.lower) || PEOPLE_QUANTIFIERS.has(t.lower)
      || PLAIN_PEOPLE.has(t.lower) || t.pos === "NUM")) continue;
    if (c.label !== "ORG" && span.some((t) => GROUP_MARKERS.has(t.lower))) c.label = "ORG";
    if (inside.size) {
      const whole = [...inside].find((k) => earlier[k].start === tokens[c.first].start && earlier[k].end === tokens[c.end - 1].end);
      if (whole !== undefined) {
        // the same words: the list's reading stands unless the recogniser is sure of another kind
        const m = earlier[whole];
        if (FAMILY[m.type] === FAMILY[typeFor(c.label, m.text)] || c.margin < RETYPE_MARGIN || !retypable(m, c.label)) continue;
        if (c.label === "ORG" && m.type === "country") { if (actsAsState(doc, m)) stateActors.set(whole, c); continue; }
        drop.add(whole);
      } else {
        const country = [...inside].find((k) => earlier[k].type === "country");
        if (c.label === "ORG" && country !== undefined && inside.size === 1 && DETERMINERS.has(tokens[c.first].lower)
          && earlier[country].start === tokens[c.first + 1].start && earlier[country].end === tokens[c.end - 1].end && c.margin >= RETYPE_MARGIN) {
          // "the United Kingdom" acting: the state, over the article too
          if (!actsAsState(doc, earlier[country])) continue;
          c.state = earlier[country].entityId;
        } else if (c.label === "ORG" && governmentOf(doc, span, earlier, [...inside])) {
          // "the Iraqi government", "Tunisia's authorities": the state's government, the entity a
          // country acting is, whatever the recogniser's margin
          c.state = governmentOf(doc, span, earlier, [...inside]);
        } else if (c.margin < REPLACE_MARGIN) continue;
        // a longer name headed by a known place or group is that place or group ("the city of Mosul")
        const head = [...inside].find((k) => FAMILY[earlier[k].type] === FAMILY[typeFor(c.label, earlier[k].text)] && headsSpan(doc, earlier[k], c));
        if (head !== undefined) c.entityId = earlier[head].entityId;
      }
      for (const k of inside) drop.add(k);
    }
    kept.push(c);
  }

  // an organisation's name goes on past its head word: "the Washington Institute [for Near East Policy]"
  const keptAt0 = new Uint8Array(tokens.length);
  for (const c of kept) for (let k = c.first; k < c.end; k++) keptAt0[k] = 1;
  for (const c of kept) {
    if (c.label !== "ORG" || !ORG_HEADS.has(tokens[c.end - 1].lower)) continue;
    const link = tokens[c.end];
    if (!link || (link.lower !== "for" && link.lower !== "of") || link.sentence !== tokens[c.first].sentence) continue;
    const end = nameRunEnd(tokens, c.end + 1, doc.sentences[link.sentence].endToken);
    if (end <= c.end + 1 || end - c.end > 6) continue;
    let free = true;
    for (let k = c.end; k < end; k++) if (keptAt0[k] || (covered[k] >= 0 && !drop.has(covered[k]) && earlier[covered[k]].source === "list")) free = false;
    if (!free) continue;
    for (let k = c.end; k < end; k++) { keptAt0[k] = 1; if (covered[k] >= 0) drop.add(covered[k]); }
    c.end = end;
  }
  // the possessor in "Moammar Gadhafi’s regime" is named too: a person (an organisation by its
  // head word), unless a list knows the name
  const possessors: Candidate[] = [];
  for (const c of kept) {
    if (c.label !== "ORG") continue;
    let a = c.first;
    while (a < c.end && DETERMINERS.has(tokens[a].lower)) a++;
    let p = a;
    while (p < c.end && /^\p{Lu}/u.test(tokens[p].text)) p++;
    if (p === a || p - a > 4 || p >= c.end - 1 || !/^['’]s$/.test(tokens[p].text)) continue;
    const listed = [...new Set(Array.from({ length: p - a }, (_, j) => covered[a + j]))];
    if (listed.length === 1 && listed[0] >= 0 && earlier[listed[0]].start === tokens[a].start && earlier[listed[0]].end === tokens[p - 1].end) {
      drop.delete(listed[0]); // "the UK’s armed forces": the country stays
      continue;
    }
    if (listed.some((k) => k >= 0)) continue;
    // "the UN Security Council’s sanctions list": a possessor ending in an organisation's head word is one
    const organisation = ORG_HEADS.has(tokens[p - 1].lower) || isAcronym(tokens[p - 1].text);
    possessors.push({ first: a, end: p, label: organisation ? "ORG" : "PER", margin: c.margin, source: c.source });
  }

  // an acronym given after its name with "or": "the “Islamic State in Libya,” or ISL"
  for (let i = 2; i < tokens.length; i++) {
    const acr = tokens[i];
    if (!isAcronym(acr.text) || kept.some((c) => c.first <= i && i < c.end && c.end - c.first > 1)) continue;
    let j = i - 1;
    if (tokens[j].lower !== "or") continue;
    j--;
    while (j >= 0 && /^[,"“”'’]$/.test(tokens[j].text)) j--;
    // the name's capitalised words, read backwards, must spell the acronym
    const letters = acr.text.replace(/[^A-Z]/g, "");
    let k = j, at = letters.length;
    while (k >= 0 && at > 0 && tokens[k].sentence === acr.sentence) {
      const t = tokens[k];
      if (/^\p{Lu}/u.test(t.text)) { if (t.text[0] !== letters[at - 1]) break; at--; }
      else if (!NAME_LINKS.has(t.lower) && t.lower !== "in") break;
      if (at > 0) k--;
    }
    if (at !== 0 || k > j) continue;
    const same = kept.find((c) => c.first === k && c.end === j + 1);
    if (same) { if (same.label !== "NAT") same.acronymAt = i; continue; }
    let clash = false;
    for (let x = k; x <= j; x++) if (keptAt0[x]) clash = true;
    if (clash) continue;
    for (let x = k; x <= j; x++) { keptAt0[x] = 1; if (covered[x] >= 0) drop.add(covered[x]); }
    kept.push({ first: k, end: j + 1, label: "ORG", margin: 0, source: "pattern", acronymAt: i });
  }
  kept.sort((a, b) => a.first - b.first);

  // acronyms defined in parentheses right after a name: "Ansar al-Sharia Tunisia (AST)"
  const acronymOf = new Map<number, string>(); // candidate index → acronym
  const acronymSpans: { first: number; text: string; owner: number }[] = [];
  const keptAt = new Uint8Array(tokens.length);
  for (const c of kept) for (let k = c.first; k < c.end; k++) keptAt[k] = 1;
  kept.forEach((c, ci) => {
    // a name the recogniser cut short of its parenthesis: "the Movement for Unity and Jihad [in the Sahel] (MUJAS)"
    let j = c.end;
    while (j < tokens.length && j - c.end < 4 && !keptAt[j] && tokens[j].text !== "(" && tokens[j].sentence === tokens[c.first].sentence
      && (isCap(tokens[j]) || NAME_LINKS.has(tokens[j].lower) || tokens[j].lower === "in")) j++;
    if (j > c.end && tokens[j]?.text === "(" && isAcronym(tokens[j + 1]?.text ?? "") && isCap(tokens[j - 1])) {
      for (let k = c.end; k < j; k++) keptAt[k] = 1;
      c.end = j;
    }
    if (c.acronymAt !== undefined) {
      acronymOf.set(ci, tokens[c.acronymAt].text);
      acronymSpans.push({ first: c.acronymAt, text: tokens[c.acronymAt].text, owner: ci });
      return;
    }
    const open = tokens[c.end], acr = tokens[c.end + 1], close = tokens[c.end + 2];
    if (!open || !acr || !close || open.text !== "(" || close.text !== ")" || !isAcronym(acr.text)) return;
    if (open.sentence !== tokens[c.first].sentence || c.label === "NAT") return;
    acronymOf.set(ci, acr.text);
    acronymSpans.push({ first: acr.i, text: acr.text, owner: ci });
  });
  // an acronym the model tagged on its own is the same entity as its expansion
  const defined = new Set(acronymSpans.map((a) => a.first));
  const keptFinal = [...kept.filter((c) => !(c.end - c.first === 1 && defined.has(c.first))), ...possessors];

  const idByAlias = new Map<string, string>(); // family + lower-cased name → entity id
  for (const e of doc.entities.values()) {
    for (const n of [e.name, ...e.aliases]) idByAlias.set(FAMILY[e.type] + ":" + n.toLowerCase(), e.id);
  }
  const entityFor = (type: EntityType, name: string, alias?: string): EntityInfo => {
    const key = FAMILY[type] + ":" + name.toLowerCase();
    let id = idByAlias.get(key);
    if (!id) {
      id = namedId(type, name);
      idByAlias.set(key, id);
    }
    let info = doc.entities.get(id);
    if (!info) {
      info = { id, type, name, aliases: [] };
      doc.entities.set(id, info);
    }
    for (const a of [name, alias]) if (a && a !== info.name && !info.aliases.includes(a)) info.aliases.push(a);
    return info;
  };

  // a country acting as a state is its government: an organisation tied to the country
  for (const c of kept) {
    // a people's government is its country's: the country entity may not be in the document yet
    if (c.state && !doc.entities.has(c.state)) { const info = countryEntity(c.state.slice("country:".length)); if (info) doc.entities.set(info.id, info); }
  }
  const stateEntity = (country: EntityInfo, alias: string): EntityInfo => {
    const info = entityFor("organization", stateName(country.name));
    if (country.country && !info.country) info.country = country.country;
    if (!info.aliases.includes(alias)) info.aliases.push(alias);
    return info;
  };
  for (const [k, c] of stateActors) {
    const m = earlier[k];
    const country = doc.entities.get(m.entityId);
    if (!country) continue;
    const info = stateEntity(country, canonicalName(tokensOf(doc, m), m.text, false).name);
    Object.assign(m, { type: info.type, entityId: info.id, source: "ner", score: marginScore(c) });
    withArticle(doc, m);
  }
  // the states listed as members of a coalition or community that acts
  earlier.forEach((m, k) => {
    if (m.type !== "country" || m.source !== "gazetteer" || drop.has(k) || stateActors.has(k) || !memberOfActingBody(doc, m)) return;
    const country = doc.entities.get(m.entityId);
    if (!country) return;
    const info = stateEntity(country, canonicalName(tokensOf(doc, m), m.text, false).name);
    Object.assign(m, { type: info.type, entityId: info.id, source: "pattern", score: 0.6 });
    withArticle(doc, m);
  });

  const added: Mention[] = [];
  const byCandidate = new Map<Candidate, EntityInfo>();
  const acronymByOwner = new Map<Candidate, string>();
  for (const a of acronymSpans) acronymByOwner.set(kept[a.owner], a.text);
  for (const c of keptFinal) {
    const span = tokens.slice(c.first, c.end);
    const start = span[0].start, end = span[span.length - 1].end;
    const text = doc.text.slice(start, end);
    const { name, titled } = canonicalName(span, text, c.label === "PER");
    const known = c.entityId ? doc.entities.get(c.entityId) : undefined;
    const country = c.state ? doc.entities.get(c.state) : undefined;
    const info = known ?? (country ? stateEntity(country, name) : entityFor(typeFor(c.label, name), name, titled));
    byCandidate.set(c, info);
    const acronym = acronymByOwner.get(c);
    // later "the SDF" finds the entity by its acronym
    if (acronym) for (const fam of ["org", "person", "loc"]) idByAlias.set(fam + ":" + acronym.toLowerCase(), info.id);
    added.push({ start, end, text, type: info.type, entityId: info.id, source: c.source, score: marginScore(c) });
  }
  const acronymEntity = new Map<string, EntityInfo>();
  for (const a of acronymSpans) {
    const info = byCandidate.get(kept[a.owner]);
    if (!info) continue;
    if (!info.aliases.includes(a.text)) info.aliases.push(a.text);
    idByAlias.set(FAMILY[info.type] + ":" + a.text.toLowerCase(), info.id);
    acronymEntity.set(a.text, info);
  }
  // every bare use of a defined acronym, wherever the model put it
  for (const m of added) {
    const info = acronymEntity.get(m.text);
    if (info) { m.entityId = info.id; m.type = info.type; }
  }
  const used = new Uint8Array(tokens.length);
  for (const m of added) for (const t of tokensOf(doc, m)) used[t.i] = 1;
  for (let k = 0; k < tokens.length; k++) if (covered[k] >= 0 && !drop.has(covered[k])) used[k] = 1;
  for (const t of tokens) {
    const info = acronymEntity.get(t.text);
    if (!info || used[t.i]) continue;
    added.push({ start: t.start, end: t.end, text: t.text, type: info.type, entityId: info.id, source: "pattern" });
    used[t.i] = 1;
  }

  if (drop.size) doc.mentions = doc.mentions.filter((_, k) => !drop.has(k));
  doc.mentions.push(...added);
  // an organisation's mention takes the article before it ("the Islamic State"), as re3d writes
  // it (304 of its 329 organisations after "the"); the entity's name stays without it
  for (const m of doc.mentions) if (m.type === "armed_group" || m.type === "organization") withArticle(doc, m);
  doc.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Nouns for a state's rulers: "the Iraqi government", "Tunisian authorities", "Syria's government". */
export const GOVERNMENT_NOUNS = new Set(["government", "authorities"]);

/**
 * The country whose government a name is, as its entity id: the name is a country or its people
 * (a list mention covering it, possessive allowed) and "government" or "authorities", with
 * an article and a lower-case word or two at most ("the Tunisian government", "Tunisia's
 * interim government").
 */
function governmentOf(doc: Doc, span: readonly Token[], earlier: readonly Mention[], inside: readonly number[]): string | undefined {
  if (!GOVERNMENT_NOUNS.has(span[span.length - 1].lower) || inside.length !== 1) return undefined;
  const m = earlier[inside[0]];
  if (m.type !== "country" && m.type !== "population") return undefined;
  const iso2 = doc.entities.get(m.entityId)?.country;
  if (!iso2) return undefined;
  for (const t of span.slice(0, -1)) {
    if (t.start >= m.start && t.end <= m.end) continue;
    if (!(DETERMINERS.has(t.lower) || /^['’]s$/.test(t.text) || /^\p{Ll}+$/u.test(t.text))) return undefined;
  }
  return countryId(iso2);
}

/** A country's entity from the reference data, for a government named by its people ("the Iraqi government"). */
function countryEntity(iso2: string): EntityInfo | undefined {
  const c = referenceData().countries.find((x) => x.iso2 === iso2);
  return c && { id: countryId(c.iso2), type: "country", name: c.name, aliases: c.aliases.slice(0, 12), country: c.iso2, lat: c.lat, lon: c.lon };
}

/** Whether the name at token i is the object of "speak" ("spoke Pashto", "speaks Arabic and French"). */
function spokenAfter(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  // back over coordinated names: "spoke Kiswahili and [Luganda]"
  while (k > 0 && (tokens[k].lower === "and" || tokens[k].lower === "or" || tokens[k].text === ",") && isCap(tokens[k - 1])) {
    k -= 2;
    while (k >= 0 && isCap(tokens[k])) k--;
  }
  return k >= 0 && tokens[k].lemma.toLowerCase() === "speak" && tokens[k].sentence === tokens[i].sentence;
}

/** A state's mention takes the article before it, as an organisation's name does ("the United Kingdom has flown …"). */
function withArticle(doc: Doc, m: Mention): void {
  const first = tokensOf(doc, m)[0];
  const before = first && first.i > 0 ? doc.tokens[first.i - 1] : undefined;
  if (!before || before.lower !== "the" || before.sentence !== first.sentence) return;
  m.start = before.start;
  m.text = doc.text.slice(m.start, m.end);
}

/** "Government of Iraq", "Government of the United Kingdom": the name of a country acting as a state. */
export function stateName(country: string): string {
  const the = /^(united|republic|democratic|islamic|kingdom|state|federated|central)\b|s$/i.test(country) && !/^the\s/i.test(country);
  return `Government of ${the ? "the " : ""}${country}`;
}

/** A margin mapped into (0, 1): how sure the recogniser was; patterns get a fixed middling score. */
function marginScore(c: Candidate): number {
  if (c.source === "pattern") return 0.6;
  return Math.round((1 / (1 + Math.exp(-c.margin / 2))) * 1000) / 1000;
}

/** Tokens overlapping a mention, found from its sentence rather than the document's start. */
export function tokensOf(doc: Doc, m: { start: number; end: number }): Token[] {
  const out: Token[] = [];
  const si = sentenceAt(doc, m.start);
  for (let i = si >= 0 ? doc.sentences[si].firstToken : 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i];
    if (t.start >= m.end) break;
    if (t.end > m.start) out.push(t);
  }
  return out;
}

registerStage("names", (options?: Record<string, unknown>): Stage => {
  const opts = (options ?? {}) as NamesOptions;
  const model = opts.model ? new NerModel(opts.model) : undefined;
  return { name: "names", run: (doc) => recogniseNames(doc, model ?? committedModel(), opts) };
});
