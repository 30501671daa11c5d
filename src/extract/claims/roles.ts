// Turning parsed phrases into claim arguments: compact surface text, the span, and the
// entity of the head mention inside the phrase when an earlier stage found one.
import type { Arg } from "../contract.js";
import type { Doc, Mention } from "../doc.js";
import { GROUP_NOUNS } from "./frames.js";
import type { NP, SentenceParse } from "./parse.js";
import { countryEntity, countryOfDemonym, isCountryName } from "./nationality.js";
import { MONTHS, WEEKDAYS } from "../time/calendar-words.js";

export type ArgValue = Arg | Arg[];

// a subordinator the chunker left at the front ("when several hundred fighters stormed …")
const TRIM_START = /^(?:[\s“”"‘’'(,–—-]|both\s|either\s|when\s|where\s|while\s|whereas\s|as\s|after\s|before\s|because\s|if\s|once\s|until\s)+/i;
// A count or quantifier opening a phrase goes to the claim's quantity, not into the argument:
// "at least 13 fighters" is argued as "fighters" (the scorer and analysts key on the head).
const LEAD_QUANT = /^(?:(?:at least|at most|more than|fewer than|less than|up to|as many as|an estimated|estimated|about|around|some|nearly|almost|roughly|approximately|over|between|and|to|now|only|another|all|most|many|several|few|dozens|hundreds|thousands|scores|tens|of|the|a|an|[0-9][0-9,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|million)\s+)+/i;
const TRIM_END = /[\s“”"‘’',;:–—-]+$/;
// a possessor argued alone keeps no possessive marker ("the M23's" → "the M23")
const POSS_END = /(?:['’]s|(?<=s)['’])$/;
export function withoutPossessive(a: Arg): Arg {
  const m = POSS_END.exec(a.text);
  if (!m || m[0].length >= a.text.length) return a;
  return { ...a, text: a.text.slice(0, -m[0].length), span: [a.span[0], a.span[1] - m[0].length] };
}

// Mentions sorted by start, built once per Doc (the claim layer asks about many phrases).
const sortedMentions = new WeakMap<Doc, { n: number; list: Mention[] }>();
function byStart(doc: Doc): Mention[] {
  const cached = sortedMentions.get(doc);
  if (cached && cached.n === doc.mentions.length) return cached.list;
  const list = [...doc.mentions].sort((a, b) => a.start - b.start);
  sortedMentions.set(doc, { n: doc.mentions.length, list });
  return list;
}

/** Mentions inside [start, end). */
export function mentionsWithin(doc: Doc, start: number, end: number): Mention[] {
  const list = byStart(doc);
  let lo = 0, hi = list.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid].start < start) lo = mid + 1; else hi = mid; }
  const out: Mention[] = [];
  for (let i = lo; i < list.length && list[i].start < end; i++) if (list[i].end <= end) out.push(list[i]);
  return out;
}

/** The mention that best stands for the phrase: the one holding its head, else the last one. */
export function headMention(doc: Doc, start: number, end: number, headStart?: number): Mention | undefined {
  const ms = mentionsWithin(doc, start, end);
  if (!ms.length) return undefined;
  if (headStart != null) {
    const h = ms.filter((m) => m.start <= headStart && headStart < m.end).sort((a, b) => (b.end - b.start) - (a.end - a.start))[0];
    if (h) return h;
  }
  // prefer named things over populations and places inside a longer phrase
  const rank = (m: Mention) => (m.type === "armed_group" || m.type === "person" || m.type === "organization" ? 2 : m.type === "population" ? 0 : 1);
  return [...ms].sort((a, b) => rank(b) - rank(a) || b.end - a.end)[0];
}

export function spanArg(doc: Doc, start: number, end: number, headStart?: number): Arg | undefined {
  let s = start, e = end;
  const raw = doc.text.slice(s, e);
  const lead = raw.match(TRIM_START)?.[0].length ?? 0;
  s += lead;
  const s0 = s;
  const q = LEAD_QUANT.exec(doc.text.slice(s, e));
  // "the Three Brotherhood Alliance", "the 10th Front": a number that opens a name is part of it
  const inName = q != null && mentionsWithin(doc, s0, e).some((m) => m.start <= s0 && m.end > s0 + q[0].length && m.type !== "population");
  if (q && !inName && q[0].length < e - s && /[A-Za-z]/.test(doc.text.slice(s + q[0].length, e))) s += q[0].length;
  else if (q && inName) s += /^(?:(?:the|a|an)\s+)*/i.exec(doc.text.slice(s, e))![0].length;
  const trail = doc.text.slice(s, e).match(TRIM_END)?.[0].length ?? 0;
  e -= trail;
  if (e <= s) return undefined;
  const arg: Arg = { text: doc.text.slice(s, e), span: [s, e] };
  const m = headMention(doc, s0, e, headStart);
  if (m) arg.entity = m.entityId;
  return arg;
}

/** An argument for a noun phrase; a coordination gives a list ("Iraq and Syria"). */
export function npArg(doc: Doc, p: SentenceParse, id: number | undefined): ArgValue | undefined {
  if (id == null) return undefined;
  const np = p.nps[id];
  if (np.conj) {
    const parts = np.conj.map((c) => npArg(doc, p, c)).flatMap((a) => (a == null ? [] : Array.isArray(a) ? a : [a]));
    return parts.length === 1 ? parts[0] : parts.length ? parts : undefined;
  }
  const target = preferName(p, np);
  const head = p.words[target.head];
  // a phrase with a name inside a longer description ("al Qaeda affiliate Ansar al-Sharia Tunisia")
  const nameSpan = trailingName(p, target);
  if (nameSpan && nameSpan[0] > target.start) return spanArg(doc, nameSpan[0], nameSpan[1]);
  return spanArg(doc, target.start, target.end, head.start);
}

/** A common-noun phrase in apposition with a name is argued by the name. */
export function preferName(p: SentenceParse, np: NP): NP {
  const named = namedAs(p, np);
  if (named) return named;
  if (np.appos != null) {
    const other = p.nps[np.appos];
    if (p.words[other.head].tag === "PROPN" && p.words[np.head].tag !== "PROPN") return other;
  }
  return np;
}

const NAMING = new Set(["known", "called", "named", "nicknamed", "dubbed", "alias", "aka"]);
/** "a commander known as Bakura", "a man called X": the description is argued by the name. */
function namedAs(p: SentenceParse, np: NP): NP | undefined {
  const w = p.words;
  if (w[np.head].tag === "PROPN" || np.w1 >= w.length || !NAMING.has(w[np.w1].lower)) return undefined;
  const at = w[np.w1].lower === "known" && w[np.w1 + 1]?.lower === "as" ? np.w1 + 2 : np.w1 + 1;
  const name = p.nps.find((o) => o.w0 === at || (o.w0 < at && at < o.w1 && w[o.w0].tag === "DET"));
  return name && w[name.head].tag === "PROPN" ? name : undefined;
}

/** The run of proper-noun words ending the phrase, when common nouns precede it inside. */
function trailingName(p: SentenceParse, np: NP): [number, number] | undefined {
  const w = p.words;
  if (w[np.head].tag !== "PROPN") return undefined;
  let k = np.head;
  while (k - 1 >= np.w0 && w[k - 1].tag === "PROPN" && !w[k - 1].poss) k--;
  if (k === np.w0) return undefined;
  // only when a common noun sits right before the name ("affiliate Ansar al-Sharia")
  if (w[k - 1].tag !== "NOUN" || !/^[a-z]/.test(w[k - 1].text)) return undefined;
  return [w[k].start, np.end];
}

/** Does the phrase stand for an armed group or organisation? */
export function isGroupish(doc: Doc, p: SentenceParse, np: NP): boolean {
  const ms = mentionsWithin(doc, np.start, np.end);
  if (ms.some((m) => m.type === "armed_group" || m.type === "organization")) return true;
  if (ms.some((m) => m.type === "country" || m.type === "place") && !ms.some((m) => m.type === "armed_group")) {
    const head = p.words[np.head];
    return GROUP_NOUNS.has(head.lower);
  }
  const head = p.words[np.head];
  if (GROUP_NOUNS.has(head.lower) || GROUP_NOUNS.has(head.lemma)) return true;
  // an acronym ("ISIS", "AQIM", "AST") or a multi-word name with a group word in it
  for (let k = np.w0; k < np.w1; k++) {
    const w = p.words[k];
    if (w.tag === "PROPN" && /^[A-Z]{2,6}$/.test(w.text.replace(/[’'s]+$/, "")) && !/^(US|UK|UN|EU|USA|UAE|DRC|CAR)$/.test(w.text)) return true;
  }
  return false;
}

/** Months and weekdays are capitalised like names but are never places ("arrived in July"). */
const CALENDAR_WORDS = new Set([...MONTHS.keys(), ...WEEKDAYS.keys(), "ramadan", "eid"]);

/** Does the phrase name a place (country, city, region)? */
export function isPlaceish(doc: Doc, p: SentenceParse, np: NP): boolean {
  // inside a time expression ("in July", "on Friday") whatever an upstream stage typed it
  if (doc.times.some((t) => t.start <= np.start && np.end <= t.end)) return false;
  const ms = mentionsWithin(doc, np.start, np.end);
  if (ms.some((m) => m.type === "country" || m.type === "place")) return true;
  const head = p.words[np.head];
  // "the Messalo river", "the Congolese border forests", "the Hamrin mountains": a place noun named by its modifier
  if (PLACE_NOUNS.has(head.lower) && !ms.some((m) => m.type === "armed_group" || m.type === "organization" || m.type === "person")) {
    for (let k = np.w0; k < np.head; k++) if (/^[A-Z]/.test(p.words[k].text) && (p.words[k].tag === "PROPN" || p.words[k].tag === "ADJ") && !p.words[k].poss) return true;
  }
  if (ms.length) return ms.some((m) => m.type === "organization" && m.end - m.start === np.end - np.start && isCountryName(m.text));
  return head.tag === "PROPN" && !CALENDAR_WORDS.has(head.lower) && !isGroupish(doc, p, np);
}

const DEMONYM_RE = /^(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?:ians?|ans?|ese|is|ish|ic|i|ch|ks?|ots?|wegians?)$/;

/**
 * The origin the people's own description implies: a population mention with a country
 * ("Tunisians", "Somali recruits"), or, before the gazetteer has run, a capitalised
 * nationality word.
 */
export function originFromNationality(doc: Doc, p: SentenceParse, np: NP): Arg | undefined {
  const ms = mentionsWithin(doc, np.start, np.end);
  const pop = ms.find((m) => m.type === "population");
  if (pop) {
    const info = doc.entities.get(pop.entityId);
    const arg: Arg = { text: pop.text, span: [pop.start, pop.end] };
    arg.entity = info?.country ? `country:${info.country}` : pop.entityId;
    if (info?.country && !doc.entities.has(arg.entity)) {
      const idx = countryOfDemonym(pop.text);
      if (idx != null) arg.entity = countryEntity(doc, idx).id;
    }
    return arg;
  }
  for (let k = np.w0; k < np.w1; k++) {
    const w = p.words[k];
    // a name's words are no nationality, unless the "name" is a nationality after a sentence-opening adjective ("Former Colombian soldiers")
    if (ms.some((m) => m.type === "person" && m.start <= w.start && w.end <= m.end && !/^(former|retired|ex|suspected|alleged|young|senior|veteran)\s/i.test(m.text))) continue;
    if ((w.tag === "PROPN" || w.tag === "ADJ" || w.tag === "NOUN") && /^[A-Z]/.test(w.text)) {
      const idx = countryOfDemonym(w.text);
      if (idx != null) {
        const end = w.text.includes("-") ? w.start + w.text.indexOf("-") : w.end;
        return { text: doc.text.slice(w.start, end), span: [w.start, end], entity: countryEntity(doc, idx).id };
      }
    }
    if ((w.tag === "PROPN" || w.tag === "ADJ") && DEMONYM_RE.test(w.text) && !/^(ISIS|Islamic|Islamist|Arabic|Sunni|Shia|Shiite|Muslim|Muslims|Christian|Christians|Jihadi|Salafi|Salafist)$/.test(w.text)) {
      // "North African": take a capitalised word right before
      let s = k;
      if (k - 1 >= np.w0 && /^(North|South|East|West|Central|Sub-Saharan|Northern|Southern|Eastern|Western)$/.test(p.words[k - 1].text)) s = k - 1;
      return { text: doc.text.slice(p.words[s].start, w.end), span: [p.words[s].start, w.end] };
    }
    // "Chechen-speaking fighters", "Uzbek-speaking recruits": the language community they come from
    const speaking = /^([A-Z][a-z]+)-speaking$/.exec(w.text);
    if (speaking && !/^(English|Arabic)$/.test(speaking[1])) return { text: speaking[1], span: [w.start, w.start + speaking[1].length] };
  }
  return undefined;
}

/** Common nouns that name a place on their own ("the border", "training camps", "the north"). */
export const PLACE_NOUNS = new Set([
  "village", "town", "city", "region", "province", "district", "area", "areas", "border", "borders", "country", "capital",
  "camp", "camps", "mountains", "mountain", "forest", "desert", "coast", "countryside", "valley", "airport", "port",
  "prison", "prisons", "north", "south", "east", "west", "northwest", "northeast", "southwest", "southeast", "outskirts",
  "zone", "frontier", "territory", "island", "islands", "governorate", "state", "county", "neighbourhood", "neighborhood",
  "suburb", "suburbs", "base", "front", "frontline", "front line", "sea", "river", "corridor", "enclave", "strip", "highlands",
  "forests", "deserts", "hills", "valleys", "villages", "towns", "cities", "regions", "provinces", "districts", "borderlands",
  "foothills", "marshes", "swamps", "plains", "lake", "rivers", "coastline", "basin", "delta", "peninsula", "bush", "shore", "shores",
]);
/** Last words of named sites that are places for an event ("Garissa University College"). */
const SITE_NAMES = new Set(["college", "university", "school", "academy", "hospital", "clinic", "mosque", "church", "cathedral", "market", "airport", "airbase", "stadium", "hotel", "barracks", "prison", "refinery", "bridge", "square", "mall"]);
/** Place nouns whose of-name is always a place, however an earlier stage typed the name ("the village of Arab Saeed"). */
const SETTLEMENT_NOUNS = new Set(["village", "town", "city", "district", "province", "region", "county", "governorate", "municipality", "island", "commune", "locality", "villages", "towns"]);
const PLACE_LINKS = new Set(["of", "in", "near", "around", "outside", "north of", "south of", "east of", "west of", "along", "at", "on"]);

/**
 * The phrase to argue a place role with: the phrase itself when it names a place, else a
 * place inside its attachments ("the village of Duisi" → Duisi, "pockets of territory in
 * Shabwa" → Shabwa), else the phrase when its head is a place noun; undefined when nothing
 * place-like is there ("a job", "our son" are no destinations).
 */
export function placeNP(doc: Doc, p: SentenceParse, id: number, depth = 0): number | undefined {
  const np = p.nps[id];
  if (np.conj) return np.conj.some((c) => placeNP(doc, p, c, depth + 1) != null) ? id : undefined;
  const head = p.words[np.head];
  const placeNoun = PLACE_NOUNS.has(head.lower) || PLACE_NOUNS.has(head.lemma);
  // "at Garissa University College", "near Al-Shifa Hospital": a named site is a place whatever it was typed
  if (head.tag === "PROPN" && SITE_NAMES.has(head.lower)) return id;
  // a bare place noun with attachments ("the village of X") gives way to the name inside; a named one ("the Foulsare forest near …") does not
  const namedHere = head.tag === "PROPN" || p.words.slice(np.w0, np.head).some((w) => /^[A-Z]/.test(w.text) && !w.poss);
  if (isPlaceish(doc, p, np) && !(placeNoun && !namedHere && (np.pps.length || p.nps.some((x) => x.hostNP === id)))) return id;
  // attachments recorded on the phrase, or only as its host link (the verb group took the PP)
  const pps = np.pps.length ? np.pps : p.nps.filter((x) => x.hostNP === id && x.prep).map((x) => ({ prep: x.prep!, np: x.id, at: x.w0 - 1 }));
  let common: number | undefined;
  if (depth < 3) for (const pp of pps) {
    if (!PLACE_LINKS.has(pp.prep)) continue;
    const inner = placeNP(doc, p, pp.np, depth + 1);
    if (inner != null && (isPlaceish(doc, p, p.nps[inner]) || p.nps[inner].conj)) return inner;
    common ??= inner;
    // "the village of Arab Saeed": the name after a place noun is the place, whatever an earlier stage typed it
    const named = p.nps[pp.np];
    if (pp.prep === "of" && placeNoun && p.words[named.head].tag === "PROPN" && (SETTLEMENT_NOUNS.has(head.lower) && !named.conj
      || !isGroupish(doc, p, named) && !mentionsWithin(doc, named.start, named.end).some((m) => m.type === "person"))) return named.id;
  }
  // "the capital, Sanaa": the name in apposition
  if (placeNoun && np.appos != null && isPlaceish(doc, p, p.nps[np.appos])) return np.appos;
  // "the capital, Sanaa, and …": a name right after the comma
  if (placeNoun && np.appos == null && p.words[np.w1]?.lower === ",") {
    const next = p.npAt[np.w1 + 1] ?? -1;
    if (next >= 0 && p.nps[next].w0 === np.w1 + 1 && p.words[p.nps[next].head].tag === "PROPN" && isPlaceish(doc, p, p.nps[next])) return next;
  }
  if (isPlaceish(doc, p, np) || placeNoun) return id;
  // "parts of the camp": a place noun inside the phrase
  if (common != null) return common;
  // a one-word name in a place slot that an upstream stage typed otherwise ("from Dagestan")
  if (np.w1 - np.w0 === 1 && head.tag === "PROPN" && !CALENDAR_WORDS.has(head.lower) && !isGroupish(doc, p, np)
    && !doc.times.some((t) => t.start <= np.start && np.end <= t.end)) return id;
  return undefined;
}
