// Words: the segment stage's tokens regrouped for chunking. Hyphen-glued tokens become one
// word ("U.S.-led", "AST-ISIS", "al-Baghdadi"), multi-word prepositions one preposition
// ("according to", "in charge of"), possessive markers a flag on the possessor, quotation
// marks are dropped, and a few systematic tagging slips of the lite model are repaired.
import type { Doc, Token } from "../doc.js";
import { GROUP_NOUNS, ITEM_HEADS, PEOPLE_NOUNS, VERB_FRAMES } from "./frames.js";
import { SAYING_PRESENT_FORMS } from "./speech-verbs.js";

export interface Word {
  /** Index in the sentence's word list. */
  w: number;
  /** First and one-past-last token index in doc.tokens. */
  t0: number;
  t1: number;
  start: number;
  end: number;
  text: string;
  lower: string;
  lemma: string;
  tag: string;
  /** Followed by a possessive marker ("Tunisia’s", "ISIS’"). */
  poss?: boolean;
  /** Preceded by a comma, a dash, a colon or a parenthesis (kept as its own word too). */
}

const QUOTES = new Set(["“", "”", "\"", "‘", "«", "»", "„"]);
const PARTICLES = new Set(["out", "up", "down", "back", "off", "away"]);
/** Past participles that do not end in -ed. */
export const IRREGULAR_PARTICIPLES = new Set([
  "known", "shot", "sent", "taken", "held", "seen", "given", "caught", "built", "led", "brought", "fought",
  "hit", "made", "found", "put", "set", "struck", "kept", "left", "drawn", "thrown", "done", "born", "sworn",
  "sold", "bought", "told", "said", "won", "beaten", "driven", "hidden", "stolen", "slain", "overrun",
  "run", "paid", "spent", "lost", "fled", "bled", "met", "sought", "taught", "blown", "shown", "arisen",
  "begun", "gone", "come", "become", "written", "forbidden", "withdrawn", "undertaken", "mistaken", "freed",
  "spread", "cast", "shut", "cut", "bound", "sped", "fed", "dealt", "ridden", "sunk", "torn", "worn", "flown", "grown",
  "understood", "forgotten", "overseen", "upheld", "withheld", "laid", "hung", "stuck", "swept", "split", "beset",
]);
const NAME_PARTICLES = new Set(["da", "de", "do", "dos", "das", "al", "el", "bin", "ibn", "abu", "abou", "bint", "ould", "ag", "ben", "abd", "ad", "as", "ar", "ash", "an", "az"]);
/** Multi-word prepositions, longest first. */
const COMPOUND_PREPS: string[][] = [
  ["on", "behalf", "of"], ["in", "charge", "of"], ["en", "route", "to"], ["in", "support", "of"],
  ["according", "to"], ["together", "with"], ["out", "of"], ["because", "of"], ["along", "with"],
  ["alongside"], ["such", "as"], ["by", "way", "of"], ["on", "their", "way", "to"], ["on", "his", "way", "to"], ["as", "well", "as"], ["instead", "of"], ["on", "the", "way", "to"],
  ["from", "across"], ["from", "throughout"], ["from", "all", "over"],
];
/** Compounds that read as their first preposition ("recruits from across East Africa" → from). */
const READ_AS_FIRST = new Set(["from across", "from throughout", "from all over"]);
const PREP_STARTS = new Set(COMPOUND_PREPS.map((cp) => cp[0]));
const APPROX_BEFORE_NUM = new Set(["around", "about", "some", "nearly", "almost", "over", "roughly", "approximately", "up", "more", "fewer", "less", "at", "between"]);

export const isParticiple = (lower: string): boolean =>
  (lower.endsWith("ed") && lower.length > 3) || IRREGULAR_PARTICIPLES.has(lower);

/** The sentence's words in order. */
// One shape for every word (poss always a boolean), so the parser's accesses stay monomorphic.
const mk = (t: Token): Word => ({
  w: 0, t0: t.i, t1: t.i + 1, start: t.start, end: t.end, text: t.text, lower: t.lower, lemma: t.lemma, tag: t.pos, poss: false,
});
const HYPHENS = new Set(["-", "‐", "‑"]);
const POSS_NEXT_TAGS = new Set(["NOUN", "ADJ", "PROPN", "ADV"]);
const ADJ_TAGS = new Set(["VERB", "ADJ", "AUX", "ADV"]);
const OUT_OBJECT_TAGS = new Set(["DET", "PROPN", "NOUN", "ADJ", "NUM", "PRON"]);

/** Does the compound preposition start at word i? */
function compoundAt(words: Word[], i: number, cp: string[]): boolean {
  if (i + cp.length > words.length) return false;
  for (let j = 0; j < cp.length; j++) if (words[i + j].lower !== cp[j]) return false;
  return true;
}

export function sentenceWords(doc: Doc, sentence: number): Word[] {
  const s = doc.sentences[sentence];
  const tokens = doc.tokens;
  const first = s.firstToken;
  const count = s.endToken - first;
  const words: Word[] = [];
  for (let k = 0; k < count; k++) {
    const t = tokens[first + k];
    const prev = words[words.length - 1];
    if (QUOTES.has(t.text)) continue;
    // possessive markers
    if ((t.lower === "’s" || t.lower === "'s") && t.pos === "PART" && prev) { prev.poss = true; prev.t1 = t.i + 1; prev.end = t.end; continue; }
    if ((t.text === "’" || t.text === "'") && prev && prev.end === t.start && /s$/i.test(prev.text)) {
      const next = k + 1 < count ? tokens[first + k + 1] : undefined;
      if (next && next.start > t.end && POSS_NEXT_TAGS.has(next.pos)) { prev.poss = true; prev.t1 = t.i + 1; prev.end = t.end; continue; }
    }
    if (t.text === "'" || t.text === "’") {
      // an apostrophe glued to the next name ("Al 'Awni") belongs to it
      const next = k + 1 < count ? tokens[first + k + 1] : undefined;
      if (next && next.start === t.end && t.start > (prev?.end ?? -1)) continue;
      continue;
    }
    // hyphen-glued compounds
    if (HYPHENS.has(t.text) && prev && prev.end === t.start) {
      const next = k + 1 < count ? tokens[first + k + 1] : undefined;
      if (next && next.start === t.end && !QUOTES.has(next.text)) {
        const nextTag = next.pos;
        prev.t1 = next.i + 1; prev.end = next.end;
        prev.text = doc.text.slice(prev.start, prev.end); prev.lower = prev.text.toLowerCase();
        prev.lemma = prev.lower;
        if (ADJ_TAGS.has(nextTag)) prev.tag = "ADJ";
        else if (nextTag === "PROPN" || prev.tag === "PROPN") prev.tag = nextTag === "NOUN" && prev.tag !== "PROPN" ? "NOUN" : "PROPN";
        else prev.tag = nextTag === "NUM" ? "NUM" : "NOUN";
        k++;
        continue;
      }
    }
    words.push(mk(t));
  }
  // compound prepositions
  const out: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    let matched = 0;
    if (PREP_STARTS.has(words[i].lower)) for (const cp of COMPOUND_PREPS) {
      if (compoundAt(words, i, cp)) { matched = cp.length; break; }
    }
    // "out of" only as a preposition before a noun phrase
    if (matched >= 2 && words[i].lower === "out" && !(i + 2 < words.length && OUT_OBJECT_TAGS.has(words[i + 2].tag))) matched = 0;
    if (matched >= 2 && words[i].lower === "as" && words[i + 1]?.lower === "well") { // "as well as" coordinates
      const first = words[i], last = words[i + matched - 1];
      out.push({ ...first, t1: last.t1, end: last.end, text: "as well as", lower: "as well as", lemma: "and", tag: "CCONJ" });
      i += matched - 1;
      continue;
    }
    if (matched >= 1) {
      const first = words[i], last = words[i + matched - 1];
      let lower = words[i].lower;
      for (let j = 1; j < matched; j++) lower += " " + words[i + j].lower;
      if (READ_AS_FIRST.has(lower)) lower = words[i].lower;
      out.push({ ...first, t1: last.t1, end: last.end, text: lower, lower, lemma: lower, tag: "ADP", poss: false });
      i += matched - 1;
      continue;
    }
    out.push(words[i]);
  }
  // tag repairs
  for (let i = 0; i < out.length; i++) {
    const w = out[i], prev = out[i - 1], next = out[i + 1];
    if (NAME_PARTICLES.has(w.lower) && w.tag !== "ADP" && next?.tag === "PROPN" && (prev?.tag === "PROPN" || /^[A-Z]/.test(w.text) || w.lower === "al")) w.tag = "PROPN";
    if (w.tag === "NOUN" && prev?.tag === "PROPN" && !prev.poss && /^[A-Z]/.test(w.text)) w.tag = "PROPN";
    // "to training camps": an -ing noun after "to" is not an infinitive
    if (w.lower === "to" && w.tag === "PART" && next && /ing$/.test(next.lower) && /^(NOUN|PROPN)$/.test(out[i + 2]?.tag ?? "")) w.tag = "ADP";
    if (w.lower === "to" && w.tag === "PART" && next && /^(DET|NUM|PROPN|NOUN|ADJ)$/.test(next.tag)) w.tag = "ADP";
    // "sold rifles to gangs": an infinitive is never an -s form, so "to" + plural is a preposition and its noun
    if (w.lower === "to" && w.tag === "PART" && next?.tag === "VERB" && /[^su]s$/.test(next.lower) && next.lemma !== next.lower && !/^(VERB|AUX|DET|PRON)$/.test(out[i + 2]?.tag ?? "")) {
      w.tag = "ADP"; next.tag = "NOUN"; next.lemma = next.lower.replace(/ies$/, "y").replace(/s$/, "");
    }
    // "short-range ballistic missiles": a hyphened compound before an adjective and its noun modifies them
    if (w.tag === "NOUN" && /[a-z]-[a-z]/i.test(w.text) && next && (next.tag === "ADJ" || next.tag === "VERB" && /ed$/.test(next.lower)) && /^(NOUN|PROPN)$/.test(out[i + 2]?.tag ?? "")) { w.tag = "ADJ"; next.tag = "ADJ"; }
    // participles mis-tagged as nouns or adjectives after a form of "be"/"have"
    if ((w.tag === "NOUN" || w.tag === "ADJ") && isParticiple(w.lower) && prev && prev.tag === "AUX" && /^(be|have|get)$/.test(prev.lemma)) w.tag = "VERB";
    if (w.tag === "ADJ" && /ed$/.test(w.lower) && prev && /^(NOUN|PROPN)$/.test(prev.tag) && next && (next.tag === "ADP" || PARTICLES.has(next.lower))) w.tag = "VERB";
    // "an estimated 3,000", "the designated list": participles inside a noun phrase
    if (w.tag === "VERB" && prev?.tag === "DET" && next && /^(NUM|NOUN|ADJ|PROPN)$/.test(next.tag)) w.tag = "ADJ";
    // "despite repeated airstrikes", "amid renewed clashes": a participle between a preposition and its noun
    if (w.tag === "VERB" && /ed$/.test(w.lower) && prev?.tag === "ADP" && !PARTICLES.has(prev.lower) && next && /^(NOUN|PROPN|ADJ)$/.test(next.tag) && prev.lower !== "by") w.tag = "ADJ";
    // "around a thousand", "some 500": approximators belong to the number's noun phrase
    // "between 1,500 and 2,000", not "between the two factions"
    if (APPROX_BEFORE_NUM.has(w.lower) && (next?.tag === "NUM" || (next?.tag === "DET" && out[i + 2]?.tag === "NUM")) && (w.lower !== "between" || out.slice(i + 2, i + 5).some((x) => x.lower === "and" || x.lower === "to"))) w.tag = "QUANT";
    if (w.lower === "least" || w.lower === "than") if (prev && (prev.lower === "at" || prev.lower === "more" || prev.lower === "fewer" || prev.lower === "less") && (next?.tag === "NUM" || next?.tag === "DET")) { w.tag = "QUANT"; prev.tag = "QUANT"; }
    if (w.lower === "at" && next?.lower === "least") w.tag = "QUANT";
    if (w.lower === "least" && prev?.lower === "at") w.tag = "QUANT";
    if (PARTICLES.has(w.lower) && w.tag === "ADP" && prev && prev.tag === "VERB" && (!next || !/^(DET|PROPN|NUM)$/.test(next.tag) || w.lower !== "out")) w.tag = "PRT";
    if (w.lower === "there" && prev?.tag === "VERB") w.tag = "ADV";
    // "from the Myanmar military itself": an adjective that ends its phrase is the noun
    if (w.tag === "ADJ" && /^(military|militant|rebel|elite|regular|irregular)$/.test(w.lower) && prev && /^(DET|PROPN|ADJ)$/.test(prev.tag) && (!next || !/^(NOUN|PROPN|ADJ|NUM)$/.test(next.tag))) w.tag = "NOUN";
    // "in northeast Syria", "from southern Libya": a compass word before a name belongs to the name's phrase
    if (/^(north|south|east|west|northeast|northwest|southeast|southwest|northeastern|northwestern|southeastern|southwestern|northern|southern|eastern|western|central)$/.test(w.lower) && w.tag !== "ADJ" && w.tag !== "PROPN" && next?.tag === "PROPN" && prev?.tag === "ADP") w.tag = "ADJ";
    // "took back several villages", "pushed them back": "back" after a verb is its particle
    if (w.lower === "back" && w.tag === "ADV" && prev?.tag === "VERB") w.tag = "PRT";
    // "en route to that camp": a demonstrative, not a complementiser
    if (w.lower === "that" && w.tag === "SCONJ" && prev?.tag === "ADP" && next && /^(NOUN|ADJ)$/.test(next.tag)) w.tag = "DET";
    // "to the cause", "a think tank": a verb right after an article is a noun
    if (w.tag === "VERB" && prev && /^(the|a|an)$/.test(prev.lower) && (!next || !/^(NOUN|PROPN|ADJ|NUM)$/.test(next.tag))) w.tag = "NOUN";
    if (w.lower === "think" && next?.lower.startsWith("tank")) w.tag = "NOUN";
    // "on the lake shore in April": a bare verb form after a singular noun after an article is a compound noun
    if (w.tag === "VERB" && w.lemma === w.lower && !/(s|ed|ing)$/.test(w.lower) && prev?.tag === "NOUN" && !/s$/.test(prev.lower) && out[i - 2] && /^(the|a|an)$/.test(out[i - 2].lower) && next?.tag === "ADP") w.tag = "NOUN";
    // "New recruits, some as young as fifteen, are …": a sentence-opening adjective and plural before a comma
    if (i === 1 && w.tag === "VERB" && /s$/.test(w.lower) && prev && /^(ADJ|NOUN|PROPN)$/.test(prev.tag) && /^[A-Z]/.test(prev.text) && next?.lower === ",") { w.tag = "NOUN"; prev.tag = prev.tag === "PROPN" ? "ADJ" : prev.tag; }
    // "among its fighters today": a day word closes the phrase rather than heading it
    if (/^(today|yesterday|tonight)$/.test(w.lower) && !w.poss && prev && /^(NOUN|PROPN)$/.test(prev.tag)) w.tag = "ADV";
    // "a third are Nigerien", "one quarter of the recruits": a fraction is a noun
    if (/^(half|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths)$/.test(w.lower) && prev && (prev.tag === "DET" || prev.tag === "NUM") && w.tag !== "NOUN") { w.tag = "NOUN"; w.lemma = w.lower; }
    // "fighting between X and Y", "days of fighting in Z": the fight as a noun
    if (w.lower === "fighting" && w.tag === "VERB" && (next?.lower === "between" || prev?.lower === "of")) { w.tag = "NOUN"; w.lemma = "fighting"; }
    // "his last group of recruits left", "the flow of supplies": a present-tense -s form right after "of" is a plural noun
    if (w.tag === "VERB" && /s$/.test(w.lower) && !/ss$/.test(w.lower) && prev?.lower === "of") { w.tag = "NOUN"; w.lemma = w.lower.replace(/ies$/, "y").replace(/s$/, ""); }
    // "is believed to have attacked", "may have joined": "have" before a participle is the perfect's auxiliary
    if (w.tag === "VERB" && w.lemma === "have" && next?.tag === "VERB" && isParticiple(next.lower) && !/ing$/.test(next.lower)) w.tag = "AUX";
    // "holds sway over": the idiom's noun, not a second verb
    if (w.lower === "sway" && prev?.lemma === "hold") { w.tag = "NOUN"; w.lemma = "sway"; }
    // "are part of the force": "part" before "of" is a noun
    if (w.lower === "part" && next?.lower === "of" && w.tag === "VERB") { w.tag = "NOUN"; w.lemma = "part"; }
    // "Recruits fly from …": a sentence-opening plural before a verb is a noun
    if (i === 0 && w.tag === "VERB" && /s$/.test(w.lower) && /^[A-Z]/.test(w.text) && next && (/^(VERB|AUX)$/.test(next.tag) || (next.tag === "ADV" && /^(VERB|AUX)$/.test(out[i + 2]?.tag ?? "")))) w.tag = "NOUN";
    // "Koufa's sermons, spread on cassettes …, have drawn": a participle opening a comma phrase
    if ((w.tag === "NOUN" || w.tag === "ADJ") && prev?.lower === "," && isParticiple(w.lower) && (next?.tag === "ADP" || next?.lower === "dead")) w.tag = "VERB";
    // "its recruits", "their supplies": a word after a possessive determiner is a noun
    if (w.tag === "VERB" && prev?.tag === "PRON" && POSS_DETS.has(prev.lower) && !/ing$/.test(w.lower)) { w.tag = "NOUN"; if (/[^s]s$/.test(w.lower)) w.lemma = w.lower.slice(0, -1); }
    // "Most travelled by bus …", "Many crossed at night": a quantifier opening the sentence before its verb stands for people
    if (i === 0 && /^(most|many|some|several|few|others|dozens|hundreds|thousands)$/.test(w.lower) && w.tag !== "NOUN" && next && (next.tag === "VERB" || next.tag === "ADV" && out[i + 2]?.tag === "VERB") && /(ed|[^s]s)$/.test(next.tag === "VERB" ? next.lower : out[i + 2].lower)) { w.tag = "NOUN"; w.lemma = w.lower; }
    // "Former Colombian soldiers …": a capitalised common adjective opening the sentence is no part of a name
    if (i === 0 && w.tag === "PROPN" && OPENING_ADJS.has(w.lower) && next && /^(PROPN|NOUN|ADJ)$/.test(next.tag)) { w.tag = "ADJ"; w.lemma = w.lower; }
    // "Weapons continue to reach …", "Arms, ammunition and fuel …": a capitalised common noun opening the sentence
    if (i === 0 && w.tag === "PROPN" && next?.tag !== "PROPN" && COMMON_OPENERS.has(w.lower)) { w.tag = "NOUN"; w.lemma = w.lower.replace(/ies$/, "y").replace(/s$/, ""); }
    // "denied arming the Houthis", "admitted smuggling rifles": a gerund complement read as a noun
    if (w.tag === "NOUN" && prev?.tag === "VERB" && next && /ing$/.test(w.lower) && /^(DET|PROPN|NUM|PRON)$/.test(next.tag)) {
      const stem = w.lower.slice(0, -3);
      if (FRAME_LEMMAS.has(stem) || FRAME_LEMMAS.has(stem + "e")) w.tag = "VERB";
    }
    // "Recruits travel by bus …": an opening plural read as a verb, with the verb after it read as a noun
    if (i === 0 && w.tag === "VERB" && /s$/.test(w.lower) && /^[A-Z]/.test(w.text) && next?.tag === "NOUN" && (VERBISH.has(next.lower) || MOTION_BASES.has(next.lower)) && /^(ADP|DET|ADV|PRT)$/.test(out[i + 2]?.tag ?? "")) { w.tag = "NOUN"; next.tag = "VERB"; next.lemma = next.lower; }
    // "the Houthis recruit boys": a verb read as a noun between a plural name and its object,
    // when the clause has no verb yet
    if (w.tag === "NOUN" && prev && prev.tag === "PROPN" && !prev.poss && (/s$/.test(prev.lower) || next?.tag === "DET") && next && /^(DET|NUM|NOUN|ADJ|PROPN)$/.test(next.tag) && VERBISH.has(w.lower) && !clauseHasVerb(out, i)) w.tag = "VERB";
    // "Katiba Macina trains its recruits": a third-person verb read as a noun after a name, before a determiner
    else if (w.tag === "NOUN" && prev?.tag === "PROPN" && !prev.poss && /[^s]s$/.test(w.lower) && (VERBISH.has(w.lower.slice(0, -1)) || FRAME_LEMMAS.has(w.lower.slice(0, -1))) && next && (next.tag === "DET" || next.tag === "PRON" && POSS_DETS.has(next.lower) || next.tag === "ADP" && PREP_VERBS.has(w.lower.slice(0, -1))) && !clauseHasVerb(out, i)) { w.tag = "VERB"; w.lemma = w.lower.slice(0, -1); }
    // "Volunteers travel by boat", "a smaller number sail to", "the Mai-Mai recruit boys": a base-form
    // verb read as a noun after the clause's plural or named subject, while the clause has no verb
    else if (w.tag === "NOUN" && prev && !prev.poss && (VERBISH.has(w.lower) || MOTION_BASES.has(w.lower)) && next && (/^(DET|NUM|NOUN|ADJ|PROPN|ADP)$/.test(next.tag) || next.tag === "PRON" && POSS_DETS.has(next.lower))
      && (prev.tag === "PROPN" || prev.tag === "NOUN" && (/[^s]s$/.test(prev.lower) || COUNT_HEADS.has(prev.lower) || out[i - 2]?.tag === "CCONJ")) && !clauseHasVerb(out, i)) { w.tag = "VERB"; w.lemma = w.lower; }
    // "Nigeria’s chief of defence staff", "the chief of staff said": an adjective after a possessor or
    // an article with nothing to modify is the phrase's noun
    if (w.tag === "ADJ" && (prev?.poss || prev && /^(the|a|an)$/.test(prev.lower)) && next && /^(ADP|VERB|AUX|PUNCT|CCONJ)$/.test(next.tag) && !/^(most|least|more|less|same|other|first|last|next|latter|former)$/.test(w.lower)) w.tag = "NOUN";
    // "UNICEF estimates that …", "French officials estimate that …": a verb of saying read as a noun
    // between its subject and the complementiser "that", while the clause has no verb yet
    if (w.tag === "NOUN" && prev && !prev.poss && /^(NOUN|PROPN)$/.test(prev.tag) && next?.lower === "that" && SAYING_PRESENT_FORMS.has(w.lower) && !clauseHasVerb(out, i)) { w.tag = "VERB"; w.lemma = w.lower.replace(/s$/, ""); }
    // "The group exploits local grievances": a third-person verb read as a noun after "the/a" + singular noun, before its object
    if (w.tag === "NOUN" && /[^s]s$/.test(w.lower) && prev?.tag === "NOUN" && !/s$/.test(prev.lower) && !prev.poss && /^(the|a|an)$/.test(out[i - 2]?.lower ?? "")
      && (FRAME_LEMMAS.has(w.lower.slice(0, -1)) || VERBISH.has(w.lower.slice(0, -1)) || MEANS_BASES.has(w.lower.slice(0, -1)))
      && next && (/^(DET|ADJ|NUM)$/.test(next.tag) || next.tag === "PRON" && POSS_DETS.has(next.lower) || next.tag === "NOUN" && !verbAfterNouns(out, i + 1)) && !clauseHasVerb(out, i)) { w.tag = "VERB"; w.lemma = w.lower.slice(0, -1); }
    // "to raise funds, recruit fighters and buy weapons": a base form after a comma continues a list of infinitives
    if (w.tag === "NOUN" && prev?.lower === "," && w.lemma === w.lower && FRAME_LEMMAS.has(w.lower) && next && /^(NOUN|DET|ADJ|NUM)$/.test(next.tag) && infinitiveBefore(out, i)) w.tag = "VERB";
    // "the U.S. Designated Terrorist List": a capitalised participle between names is part of the name;
    // "Ansar Dine and AQIM": a capitalised word after a name, inside a sentence, is the name's end
    if (w.tag === "VERB" && /^[A-Z]/.test(w.text) && prev?.tag === "PROPN" && (next?.tag === "PROPN" || !/^[A-Z]+$/.test(w.text) && (!next || /^(CCONJ|PUNCT|VERB|AUX|ADP|PART)$/.test(next.tag)))) w.tag = "PROPN";
  }
  for (let i = 0; i < out.length; i++) out[i].w = i;
  return out;
}

/** Base forms that the tagger sometimes reads as nouns after a plural name ("the Houthis recruit boys"). */
const VERBISH = new Set(["squeeze", "pressure", "storm", "besiege", "bomb", "ambush", "kidnap", "recruit", "attack", "control", "fund", "arm", "train", "fight", "raid", "shell", "target", "hold", "smuggle", "supply", "run", "lead", "claim", "deny", "operate", "support", "back", "use", "estimate", "put"]);
/** Verbs that take a preposition rather than an object ("the 10th Front answers to the Eastern Bloc"). */
const PREP_VERBS = new Set(["answer", "belong", "report", "operate", "defect", "swear", "side"]);
const POSS_DETS = new Set(["its", "their", "his", "her", "our", "my"]);
/** Common nouns a sentence may open with, capitalised and so read as names. */
const COMMON_OPENERS = new Set([...PEOPLE_NOUNS, ...GROUP_NOUNS, ...ITEM_HEADS, ...ITEM_HEADS.map((h) => h + "s")]);
/** Verb lemmas of the frame lexicon, for gerunds read as nouns. */
const FRAME_LEMMAS = new Set(VERB_FRAMES.flatMap((f) => f.lemmas));
/** Base forms of motion verbs the tagger reads as nouns after an opening plural ("Recruits travel …"). */
const MOTION_BASES = new Set(["travel", "move", "cross", "return", "head", "journey", "transit", "fly", "flow", "pass", "trek", "join", "leave", "stream", "report", "sail", "walk", "drive", "sneak", "slip", "go", "arrive"]);
/** Count nouns that stand as a plural subject ("a smaller number sail to …"). */
const COUNT_HEADS = new Set(["number", "handful", "majority", "minority", "group", "few", "dozen", "hundred", "thousand"]);
/** Verbs whose complement clause opens without "that" ("groups say the Houthis recruit boys"). */
const CLAUSE_TAKERS = new Set(["say", "says", "said", "claim", "claims", "claimed", "believe", "believes", "believed", "think", "report", "reported", "allege", "alleged", "insist", "warn", "fear", "suggest", "note", "noted", "told", "tell", "add", "added", "estimate", "estimated", "admit", "admitted", "deny", "denied"]);
/** Common adjectives that open sentences about people ("Former Colombian soldiers", "Suspected ISWAP fighters"). */
const OPENING_ADJS = new Set(["former", "retired", "foreign", "local", "young", "suspected", "alleged", "armed", "senior", "veteran", "ex", "other", "new", "rival", "several"]);
/** Verbs of using a means, whose -s forms the tagger reads as nouns ("exploits local grievances"). */
const MEANS_BASES = new Set(["use", "exploit", "employ", "leverage"]);
/** Does a verb follow the run of nouns and adjectives from i ("the group recruits were" is a noun phrase)? */
function verbAfterNouns(ws: Word[], i: number): boolean {
  let k = i;
  while (k < ws.length && /^(NOUN|ADJ)$/.test(ws[k].tag)) k++;
  return k < ws.length && /^(VERB|AUX)$/.test(ws[k].tag) && !(ws[k - 1]?.lower === "to");
}
/** Is there a "to" + verb earlier in the clause, so a comma-listed base form continues it? */
function infinitiveBefore(ws: Word[], i: number): boolean {
  for (let k = i - 2; k >= 0; k--) {
    if (/^(;|:|that|which|who|because|but)$/.test(ws[k].lower)) return false;
    if (ws[k].lower === "to" && ws[k].tag === "PART" && ws[k + 1]?.tag === "VERB") return true;
  }
  return false;
}
function clauseHasVerb(ws: Word[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    if ((ws[k].tag === "VERB" || ws[k].tag === "AUX") && CLAUSE_TAKERS.has(ws[k].lower)) return false;
    if (ws[k].tag === "VERB" || ws[k].tag === "AUX") return true;
    if (ws[k].lower === "," || ws[k].lower === ";" || ws[k].lower === "that") return false;
  }
  return false;
}
