// What a number counts: the head noun after it. Counts of persons are normalised to "people"
// whatever the noun ("3,000 Tunisians", "540 recruits") so flows add up; the claim's roles
// keep the noun itself. Other nouns stay as written ("weapons", "tonnes"); money is a currency
// code. Reads the segment stage's tokens (POS) and, where present, population mentions.
import type { Doc, Token } from "../doc.js";

/** Nouns (lemmas or plurals as written) that count persons. */
const PEOPLE = new Set([
  "people", "person", "persons", "individual", "fighter", "soldier", "troop", "troops", "militant", "recruit",
  "civilian", "member", "child", "children", "woman", "women", "man", "men", "refugee", "migrant", "jihadist",
  "jihadi", "insurgent", "rebel", "volunteer", "combatant", "mercenary", "detainee", "prisoner", "hostage",
  "casualty", "victim", "youth", "adult", "student", "citizen", "national", "resident", "inhabitant", "officer",
  "policeman", "policemen", "police", "personnel", "guard", "commander", "leader", "follower", "supporter",
  "adherent", "adept", "sympathizer", "sympathiser", "operative", "extremist", "terrorist", "suspect", "defector",
  "deserter", "returnee", "worker", "boy", "girl", "teenager", "minor", "foreigner", "conscript", "trainee",
  "gunman", "gunmen", "attacker", "bomber", "protester", "protestor", "demonstrator", "worshipper", "pilgrim",
  "villager", "death", "fatality", "body", "bodies", "dead", "wounded", "injured", "killed", "missing", "displaced",
  "agent", "spy", "informant", "contractor", "advisor", "adviser", "trainer", "instructor", "cadre", "loyalist",
  "militiaman", "militiamen", "jihadis", "mujahideen", "mujahedeen", "sunnis", "shiites", "kurds", "yazidis",
  "herder", "smuggler", "trafficker", "preacher", "imam", "cleric", "farmer", "fisherman", "fishermen", "trader",
  "pilot", "sailor", "crew", "staff", "driver", "doctor", "nurse", "journalist", "activist", "official", "diplomat",
  "minister", "judge", "lawyer", "teacher", "tribesman", "tribesmen", "clansman", "clansmen", "elder", "expatriate",
  "emigrant", "immigrant", "peacekeeper", "marine", "paratrooper", "assailant", "kidnapper", "pirate", "abductee",
  "captive", "convict", "inmate", "veteran", "widow", "orphan", "pupil", "seeker", "survivor", "evacuee", "deportee",
  "schoolgirl", "schoolboy", "schoolchild", "schoolchildren", "returnee",
]);

/** "children under 5": an age limit after a people noun, not a count. */
const AGE_LIMIT_BEFORE = /\b(?:children|boys|girls|men|women|people|adults|minors|youths|those)\s+(?:under|over|aged|below|above|older than|younger than)\s+$/i;

/** True when the number at `start` is an age limit ("children under 5"). */
export function ageLimitBefore(doc: Doc, start: number): boolean {
  return AGE_LIMIT_BEFORE.test(doc.text.slice(Math.max(0, start - 30), start));
}

/** Collective nouns whose "of N" counts people: "a crew of five", "a cell of 12". */
const PEOPLE_COLLECTIVES = /\b(?:crew|team|cell|group|family|squad|unit|band|delegation|contingent|detachment|battalion|company|platoon|gang|network)\s+of\s+$/i;

/** Nouns that make the number a duration or a frequency, not a count ("four years into a war"). */
const TIME_UNITS = new Set([
  "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes",
  "second", "seconds", "decade", "decades", "century", "centuries", "night", "nights", "time", "times", "fold",
]);

const CURRENCY_NOUNS: Record<string, string> = {
  dollar: "USD", dollars: "USD", euro: "EUR", euros: "EUR", usd: "USD", eur: "EUR", gbp: "GBP",
};

/** Weekdays and months end a noun run: "3,000 fighters Tuesday" counts fighters. */
const NOT_A_HEAD = /^(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|january|february|march|april|may|june|july|august|september|october|november|december)$/;

/** Adjectives and participles that say what the count turned out to be: "30 dead", "540 killed". */
const PEOPLE_PREDICATES = new Set(["dead", "killed", "wounded", "injured", "missing", "arrested", "detained", "executed", "captured"]);

export interface Head {
  /** The normalised unit: "people", a currency code, or the noun as written, lower-case. */
  unit: string;
  /** The head noun's span, when there is one. */
  span?: [number, number];
  /** The number is a duration or frequency, not a count. */
  timeUnit: boolean;
  /** The noun is singular, so a number other than one labels it ("the 1267 committee"). */
  label?: boolean;
}

/** Nouns whose plural is the singular: "15 aircraft", "3,000 militia". */
const SAME_IN_PLURAL = new Set(["aircraft", "militia", "police", "personnel", "staff", "crew", "sheep", "cattle", "livestock", "infantry", "cavalry", "artillery", "offspring", "fish", "deer"]);

/** The unit a noun before the number gives an elided count ("its crew of five"), if any. */
export function unitBefore(doc: Doc, start: number): string | undefined {
  return PEOPLE_COLLECTIVES.test(doc.text.slice(Math.max(0, start - 24), start)) ? "people" : undefined;
}

/** The head of the noun phrase that follows offset `from`, or undefined when no noun follows. */
export function headAfter(doc: Doc, from: number): Head | undefined {
  const text = doc.text;
  let p = from;
  // "dozens of fighters", "3,000 of the recruits": the count is of what follows "of"
  const of = /^\s+of\s+(?:the\s+|these\s+|those\s+|its\s+|their\s+|his\s+|her\s+)?/i.exec(text.slice(p, p + 24));
  if (of) {
    if (/^\s+of\s+(?:them|whom|us|those\s+who)\b/i.test(text.slice(p, p + 24))) return undefined;
    p += of[0].length;
  }
  let i = firstTokenAt(doc, p);
  if (i < 0) return wordHead(text, p);
  let head: Token | undefined;
  let firstCommon: Token | undefined;
  for (let steps = 0; i < doc.tokens.length && steps < 8; steps++) {
    const t = doc.tokens[i];
    if (steps === 0 && t.start - p > 2) return undefined;
    const next = doc.tokens[i + 1];
    // a hyphenated modifier ("would-be", "pick-up", "Syria-based") reads as one word
    if (next && next.text === "-" && next.start === t.end && doc.tokens[i + 2]?.start === next.end) {
      if (firstCommon) break;
      i += 3;
      continue;
    }
    if (NOT_A_HEAD.test(t.lower)) break;
    if (t.pos === "NOUN" || readsAsNoun(t)) {
      head = t;
      firstCommon ??= t;
      // a compound runs on from a singular noun ("oil tankers"), not from a plural ("fighters en route")
      if (doc.tokens[i + 1]?.pos !== "NOUN" || t.lemma !== t.lower) break;
    } else if (t.pos === "PROPN") {
      if (firstCommon) break;
      head = t;
      // a plural people name ends the phrase: "300 Uzbeks fight…" (the tagger may call "fight" a noun)
      if (/^[A-Z][a-z]+s$/.test(t.text)) break;
    } else if (t.pos === "ADJ" || (t.pos === "VERB" && /ed$/.test(t.lower) && doc.tokens[i + 1]?.pos === "NOUN")) {
      if (firstCommon) break;
      // "30 dead", "540 killed" with nothing after: the count is of people
      if (PEOPLE_PREDICATES.has(t.lower) && doc.tokens[i + 1]?.pos !== "NOUN" && doc.tokens[i + 1]?.pos !== "PROPN" && doc.tokens[i + 1]?.pos !== "ADJ") {
        return { unit: "people", span: [t.start, t.end], timeUnit: false };
      }
    } else if (t.pos === "CCONJ" && !firstCommon && /^(?:ADJ|PROPN)$/.test(doc.tokens[i + 1]?.pos ?? "")) {
      // "40 Russian and Azerbaijani citizens": coordinated modifiers before the noun
    } else if (t.pos === "VERB" && PEOPLE_PREDICATES.has(t.lower)) {
      return { unit: "people", span: [t.start, t.end], timeUnit: false };
    } else {
      break;
    }
    i++;
  }
  if (!head) return undefined;
  return classify(doc, head);
}

/**
 * The tagger reads some plurals after a number as verbs ("60 would-be recruits"). A count is
 * plural, so its verb never takes -s: a known person noun, or an -s word, is the noun.
 */
function readsAsNoun(t: Token): boolean {
  if (t.pos !== "VERB" || PEOPLE_PREDICATES.has(t.lower)) return false;
  return PEOPLE.has(t.lemma) || PEOPLE.has(t.lower) || /[^s]s$/.test(t.lower);
}

function classify(doc: Doc, head: Token): Head | undefined {
  const lower = head.lower, lemma = head.lemma;
  const span: [number, number] = [head.start, head.end];
  if (TIME_UNITS.has(lower) || TIME_UNITS.has(lemma)) return { unit: lower, span, timeUnit: true };
  if (CURRENCY_NOUNS[lower]) return { unit: CURRENCY_NOUNS[lower], span, timeUnit: false };
  if (PEOPLE.has(lemma) || PEOPLE.has(lower) || PEOPLE.has(lower.replace(/s$/, "")) || PEOPLE.has(lower.replace(/es$/, ""))) return { unit: "people", span, timeUnit: false };
  // a people-group mention ("Tunisians") or a capitalised plural after a number is a demonym
  const population = doc.mentions.some((m) => m.type === "population" && m.start <= head.start && m.end >= head.end);
  if (population || (/^[A-Z][a-z]+s$/.test(head.text) && head.pos === "PROPN")) return { unit: "people", span, timeUnit: false };
  // "300 ISIS": a name is no unit; the count's noun was left out
  if (head.pos === "PROPN") return undefined;
  const label = lemma === lower && !/s$/.test(lower) && lower.length > 3 && !SAME_IN_PLURAL.has(lower);
  return { unit: lower, span, timeUnit: false, label };
}

/** Index of the first token starting at or after `offset`, or -1 when the Doc has no tokens. */
function firstTokenAt(doc: Doc, offset: number): number {
  if (!doc.tokens.length) return -1;
  let lo = 0, hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < doc.tokens.length ? lo : -1;
}

/** Without tokens: the next word, if it is a plural-looking word. */
function wordHead(text: string, from: number): Head | undefined {
  const m = /^\s+([A-Za-z]+)/.exec(text.slice(from, from + 40));
  if (!m) return undefined;
  const w = m[1], lower = w.toLowerCase();
  const span: [number, number] = [from + m.index + m[0].length - w.length, from + m[0].length];
  if (TIME_UNITS.has(lower)) return { unit: lower, span, timeUnit: true };
  if (CURRENCY_NOUNS[lower]) return { unit: CURRENCY_NOUNS[lower], span, timeUnit: false };
  if (PEOPLE.has(lower) || PEOPLE.has(lower.replace(/s$/, "")) || /^[A-Z][a-z]+s$/.test(w)) return { unit: "people", span, timeUnit: false };
  return /s$/.test(lower) ? { unit: lower, span, timeUnit: false } : undefined;
}
