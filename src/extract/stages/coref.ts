// Within-document coreference: a later surname or partial name is the person last named in
// full ("Harzi" → "Tariq … Al Harzi"), "the group" is the armed group last mentioned, and
// "he"/"him"/"his" is the person last mentioned, preferring the subject of the previous
// sentence and skipping people named inside quotations; "they"/"their" is a group or people
// and "it"/"its" a group or organisation named just before, or nothing when none fits. Each coreferent mention keeps its own
// span, takes its antecedent's entity, and is marked source "coref" with `antecedent` set.
import type { EntityType } from "../contract.js";
import { sentenceAt, type Doc, type Mention, type Token } from "../doc.js";
import { registerStage, type Stage } from "../stage.js";
import { DETERMINERS, ORG_HEADS } from "../ner/lexicon.js";
import { nameListedEntities } from "../linking/display-name.js";
import { namedId } from "../entity-id.js";
import { referenceData } from "../gazetteer/reference-data.js";
import { stateName } from "./names.js";

const countryNameOf = (iso2: string): string | undefined => referenceData().countries.find((c) => c.iso2 === iso2)?.name;

/** Parts of Arabic and European names that do not identify a person on their own. */
const PARTICLES = new Set(["al", "el", "bin", "ibn", "bint", "abu", "umm", "ben", "de", "van", "von", "der", "la", "le", "mr", "mrs", "ms", "dr"]);
const PERSON_PRONOUNS = new Set(["he", "him", "his", "himself", "she", "her", "hers", "herself"]);
/** The speaker: the person who said it. */
const SPEAKER_PRONOUNS = new Set(["i", "me", "my", "myself"]);
/** The speaker's side: the government, command or organisation speaking. */
const VOICE_PRONOUNS = new Set(["we", "our"]);
/** "They", "their": a group or people named in the same or the previous sentence ("them" and "us" are too often anyone). */
const PLURAL_PRONOUNS = new Set(["they", "their"]);
const ORG_TYPES: EntityType[] = ["organization", "armed_group"];
/** "It", "its": a group or organisation named just before, when the pronoun stands for one. */
const SINGULAR_PRONOUNS = new Set(["it", "its"]);
/** Adjectives whose clause "it" stands in for: "it is likely that …", "it is important to …", "made it clear that". */
const EXTRAPOSING = new Set(["likely", "unlikely", "clear", "unclear", "important", "essential", "necessary", "vital", "imperative",
  "crucial", "critical", "possible", "impossible", "probable", "evident", "obvious", "apparent", "true", "certain", "uncertain",
  "difficult", "hard", "easy", "right", "wrong", "worth", "notable", "significant", "surprising", "unsurprising", "striking",
  "noteworthy", "appropriate", "unacceptable", "regrettable", "doubtful", "understandable", "plausible", "telling",
  "time", "high", "too", "early", "premature", "encouraging", "worrying", "alarming", "disturbing"]);
/** Of these, the ones that may say something of a group before "to": "it is likely to attack again". */
const RAISING = new Set(["likely", "unlikely", "certain", "sure"]);
/** Participles of report and belief: "it is reported that …" stands for nothing, "it is believed to have …" for the group. */
const REPORTED = new Set(["reported", "believed", "thought", "said", "estimated", "expected", "feared", "known", "alleged", "claimed",
  "understood", "hoped", "assumed", "rumoured", "rumored", "suspected", "noted", "agreed", "announced", "confirmed", "recalled"]);
/** Nouns a clause follows in "it is time to …", "it is no secret that …", "it was the first time that …". */
const CLAUSE_NOUNS = new Set(["time", "secret", "surprise", "shame", "pity", "matter", "question", "case", "fact", "wonder", "coincidence", "mistake"]);
const CLAUSE_OPENERS = new Set(["that", "whether", "to", "for", "if", "how", "what", "why", "when", "who", "which", ",", "."]);

/**
 * Whether the "it" at token i stands for nothing: before a clause it announces ("it is likely that",
 * "it is important to", "it was reported that", "it seems that", "it took two years to"), in a cleft
 * ("it was not until …", "it was ISIS that …"), or after "make"/"find" ("made it clear that"). "It was
 * able to stop 9,000", "it is led by", "it is a splinter group" stand for the group or body named before; any
 * other predicate noun leaves "it" alone ("it is a fight we must win").
 */
export function expletiveIt(doc: Doc, i: number): boolean {
  const toks = doc.tokens, end = doc.sentences[toks[i].sentence].endToken;
  const at = (k: number): Token | undefined => (k < end ? toks[k] : undefined);
  const prev = i > 0 ? toks[i - 1] : undefined;
  if (prev && /^(make|find|consider|deem|think)$/.test(prev.lemma.toLowerCase()) && EXTRAPOSING.has(at(i + 1)?.lower ?? "")) return true;
  let j = i + 1, be = false;
  // auxiliaries, modals, "not" and adverbs before the verb or adjective: "it has also been", "it may well be"
  for (; j < end && j - i <= 5; j++) {
    const t = toks[j];
    if (t.lemma.toLowerCase() === "be") { be = true; continue; }
    if (t.pos === "AUX" || t.pos === "ADV" || (t.pos === "PART" && t.lower !== "to")) continue;
    break;
  }
  const w = at(j);
  if (!w) return false;
  const next = at(j + 1)?.lower ?? ".";
  const verb = w.lemma.toLowerCase();
  if (!be) {
    if (verb === "seem" || verb === "appear") return next !== "to";
    if (verb === "take") return /^(\d.*|a|an|several|many|years?|months?|weeks?|days?|hours?|time|longer|more|less|until)$/.test(next);
    return verb === "mean" && next === "that";
  }
  if (EXTRAPOSING.has(w.lower)) return !(RAISING.has(w.lower) && next === "to") && CLAUSE_OPENERS.has(next);
  if (REPORTED.has(w.lower)) return next === "that" || next === "," || next === "." || next === "in";
  if (w.lower === "until") return true;
  // "it is time to", "it is no secret that", "it was the first time that", and clefts: "it was ISIS that claimed …"
  for (let k = j; k < end && k - j <= 4; k++) {
    const t = toks[k], after = at(k + 1)?.lower ?? ".";
    if (CLAUSE_NOUNS.has(t.lower) && CLAUSE_OPENERS.has(after) && after !== "," && after !== ".") return true;
    if (t.pos === "PROPN" && (after === "that" || after === "who")) return true;
    if (t.pos === "VERB" || t.pos === "ADP" || t.text === ",") break;
  }
  // "it is a fight we must win", "it would be the site of …": a predicate noun says what "it" is, and
  // is seldom a body; only "it is a group/movement/…" is read as one
  if (w.pos === "DET" || w.pos === "NOUN" || w.pos === "PROPN" || w.pos === "NUM" || w.pos === "PRON") {
    // the predicate's own noun phrase: "a splinter group", not "a fight the army must win"
    let k = j;
    while (k < end && toks[k].pos === "DET") k++;
    for (; k < end && /^(ADJ|NOUN|PROPN|NUM|ADV)$/.test(toks[k].pos); k++) if (BODY_NOUNS.has(toks[k].lower)) return false;
    return true;
  }
  return false;
}
/** Nouns that make a predicate a body: "it is a splinter group of …", "it was an affiliate of …". */
const BODY_NOUNS = new Set(["group", "organisation", "organization", "movement", "militia", "faction", "network", "affiliate", "branch",
  "offshoot", "splinter", "coalition", "alliance", "force", "army", "party", "wing", "franchise", "province"]);
/** Plural nouns for people: "the fighters … they" is the fighters, not a group named before them. */
const PEOPLE_PLURALS = new Set(["fighters", "militants", "rebels", "insurgents", "soldiers", "troops", "civilians", "residents", "villagers",
  "officials", "members", "recruits", "gunmen", "attackers", "jihadists", "combatants", "commanders", "leaders", "refugees", "people",
  "men", "women", "children", "families", "police", "policemen", "authorities", "migrants", "workers", "students", "volunteers", "defectors",
  "hostages", "detainees", "prisoners", "smugglers", "traffickers", "farmers", "herders", "mercenaries", "operatives", "supporters"]);
/** Verbs whose subject a following "it" or "they" usually is: "the ministry said it would …". */
const REPORTING_VERBS = new Set(["say", "report", "announce", "state", "claim", "add", "warn", "note", "confirm", "deny", "insist",
  "argue", "explain", "tell", "declare", "acknowledge", "admit", "estimate", "believe", "fear", "allege"]);
/** Antecedents "they" and "their" fit first: bodies of many people (armed groups, peoples). */
const PLURAL_TYPES: EntityType[] = ["armed_group", "population"];
/** An organisation cited as a source or a speaker's employer ("according to the Centre", "a fellow at the Institute"). */
const CITED_BEFORE = /(?:according\s+to|at|of|from|with|by|told|for)\s+(?:the\s+)?$/i;
const CITED_AFTER = /^\s*(?:['’]s\s+\w+\s+)?(?:said|says|told|reported|noted|estimated|warned|wrote|found|stated|added)\b/i;
/** "the group", "the militant group", "this organisation", "the militia" … */
const GROUP_NOUN = /^(?:the|this|that)\s+(?:(?:militant|terrorist|extremist|jihadist|jihadi|armed|rebel|insurgent|islamist|terror)\s+)?(group|organi[sz]ation|militia|movement|faction|network)\b/i;
/** "the militants", "these terrorists": the group's people, written for the group itself. */
const GROUP_PEOPLE = /^(?:the|these|those)\s+(?:(?:armed|islamist|jihadist|suspected|foreign)\s+)?(militants|terrorists|extremists|jihadists|jihadis|insurgents)\b/i;
/** "the government", "the authorities": the government of the country the report is about. */
const GOVERNMENT_NOUN = /^the\s+(government|authorities)\b/i;
/** How many sentences back a pronoun or "the group" may reach. */
const REACH = 3;
/** "the city", "the town": the place last named. */
const PLACE_NOUN = /^(?:the|this|that)\s+(city|town|village)\b/i;
/** "the regime", "the coalition", "the command": a name ending in that word, named before. */
const DEFINITE = /^(?:the|this|that)\s+([a-z]+)\b/i;
/** Words too general to stand for a name ending in them. */
const GENERIC_HEADS = new Set(["people", "state", "forces", "force", "government", "states", "group", "groups", "country", "region", "area",
  "city", "province", "war", "conflict", "attack", "attacks", "president", "minister", "secretary", "office", "department", "party"]);


const nameWords = (text: string): string[] =>
  text.toLowerCase().replace(/['’]s$/, "").split(/[\s\-‐]+/).map((w) => w.replace(/[^\p{L}\p{N}'’]/gu, "")).filter((w) => w && !PARTICLES.has(w));

/** Character ranges inside quotation marks, paragraph by paragraph. */
function quotedRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /“[^”\n]*”|"[^"\n]*"/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}
const inside = (ranges: [number, number][], at: number): boolean => ranges.some(([s, e]) => at >= s && at < e);

export function resolveCoreference(doc: Doc): void {
  const mentions = doc.mentions;
  const sentenceOf = (offset: number): number => sentenceAt(doc, offset);
  const quotes = quotedRanges(doc.text);

  // 1. partial names: a person mention whose words all belong to an earlier, longer person name
  const fullNames: { k: number; words: string[]; length: number }[] = [];
  const length = (text: string): number => text.split(/[\s\-‐]+/).filter(Boolean).length;
  // organisations by their name without head words: "the Wagner Group" → "wagner"
  const shortNames = new Map<string, number>();
  mentions.forEach((m, k) => {
    if (m.source === "coref") return;
    const words = nameWords(m.text);
    if (!words.length) return;
    const single = words.length === 1 && /^\p{Lu}/u.test(m.text);
    // a lone capitalised word that a list or the recogniser took for a place may be a surname ("Davis")
    const retypable = m.source === "ner" || m.source === "pattern" || (m.source === "gazetteer" && m.type === "place");
    if (ORG_TYPES.includes(m.type)) {
      const rest = words.filter((w) => !DETERMINERS.has(w) && !ORG_HEADS.has(w));
      if (rest.length === 1 && rest.length < words.length) shortNames.set(rest[0], k);
    } else if (single && retypable && (m.type === "person" || m.type === "place") && shortNames.has(words[0])) {
      // "Wagner" after "the Wagner Group" is the group, whatever the recogniser made of it
      relink(doc, k, shortNames.get(words[0])!);
      return;
    }
    // the recogniser's "Ag Ghaly" read as an organisation is still the surname of "Iyad Ag Ghaly"
    if (m.type === "person" || (single && retypable) || ((m.source === "ner" || m.source === "pattern") && words.length <= 3)) {
      for (let f = fullNames.length - 1; f >= 0; f--) {
        const full = fullNames[f];
        const antecedent = mentions[full.k];
        if (antecedent.entityId === m.entityId || full.length <= length(m.text)) continue;
        if (!words.every((w) => full.words.includes(w))) continue;
        // a lone word must be the surname or a given name, not a stray link word
        relink(doc, k, full.k);
        return;
      }
    }
    if (m.type === "person" && length(m.text) >= 2) fullNames.push({ k, words, length: length(m.text) });
  });

  // 2. surnames the recogniser left untagged: a capitalised word equal to the last word of a person named before
  const surnames = new Map<string, number>(); // surname → mention index of the latest full name
  const covered = new Uint8Array(doc.tokens.length);
  // tokens under a mention, found by binary search rather than a scan per mention
  for (const m of mentions) {
    let lo = 0, hi = doc.tokens.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (doc.tokens[mid].start < m.start) lo = mid + 1; else hi = mid; }
    for (let i = lo; i < doc.tokens.length && doc.tokens[i].end <= m.end; i++) covered[i] = 1;
  }
  const added: Mention[] = [];
  let next = 0;
  const byStart = mentions.map((m, k) => ({ m, k })).sort((a, b) => a.m.start - b.m.start);
  for (const t of doc.tokens) {
    while (next < byStart.length && byStart[next].m.start <= t.start) {
      const { m, k } = byStart[next++];
      const words = nameWords(m.text);
      if (m.type === "person" && m.source !== "coref" && words.length >= 2) surnames.set(words[words.length - 1], k);
    }
    if (covered[t.i] || !/^\p{Lu}\p{Ll}/u.test(t.text)) continue;
    const k = surnames.get(t.lower);
    if (k === undefined) continue;
    const a = mentions[k];
    added.push({ start: t.start, end: t.end, text: t.text, type: a.type, entityId: a.entityId, source: "coref", antecedent: k });
  }

  // surnames found so are antecedents too ("Ghaly …, and he is on the list. His lieutenants …")
  mentions.push(...added.splice(0));

  // 3. "the group" and person pronouns, against the mentions before them
  const ordered = [...mentions.map((m, k) => ({ m, k }))].sort((a, b) => a.m.start - b.m.start);
  const latest = (before: number, sentence: number, types: EntityType[], skipQuoted: boolean): number | undefined => {
    // the previous sentence's first fitting mention is its likely subject; otherwise the nearest before
    let nearest: number | undefined;
    for (let i = ordered.length - 1; i >= 0; i--) {
      const { m, k } = ordered[i];
      if (m.end > before || !types.includes(m.type)) continue;
      if (skipQuoted && inside(quotes, m.start)) continue;
      const s = sentenceOf(m.start);
      if (sentence - s > REACH) break;
      if (s === sentence) return k;
      nearest = k;
      if (s < sentence) {
        let subject = k;
        for (let j = i - 1; j >= 0 && sentenceOf(ordered[j].m.start) === s; j--) {
          if (types.includes(ordered[j].m.type) && !(skipQuoted && inside(quotes, ordered[j].m.start))) subject = ordered[j].k;
        }
        return s === sentence - 1 ? subject : nearest;
      }
    }
    return nearest;
  };
  // the organisation speaking: the latest one named that is not on a sanctions list (a statement's
  // "we" is not the group it condemns), else the first one the document names
  const voice = (before: number): number | undefined => {
    // inside a quotation "we" is the speaker's side: an organisation named in the quotation or its attribution
    const q = quotes.find(([s, e]) => before >= s && before < e);
    if (q) {
      const fits = ({ m }: { m: Mention }): boolean => ORG_TYPES.includes(m.type) && m.source !== "list" && !listed(doc, m.entityId);
      // the paragraph holding the quotation, up to the pronoun: "… of U.S. Central Command said, “We …"
      const paragraph = doc.text.lastIndexOf("\n", q[0]) + 1;
      const within = ordered.filter((o) => fits(o) && o.m.start >= paragraph && o.m.end <= before);
      if (within.length) return within[within.length - 1].k;
      return ordered.find((o) => fits(o) && o.m.start >= q[1] && o.m.start - q[1] < 250 && !/\n/.test(doc.text.slice(q[1], o.m.start)))?.k;
    }
    let first: number | undefined;
    for (let i = ordered.length - 1; i >= 0; i--) {
      const { m, k } = ordered[i];
      if (!ORG_TYPES.includes(m.type) || m.source === "list" || listed(doc, m.entityId)) continue;
      if (m.end <= before) return k;
      first = k;
    }
    return first;
  };
  // the person speaking: after a quotation ("…," he said / said Col. X) or the latest named before
  const speaker = (at: number): number | undefined => {
    const q = quotes.find(([s, e]) => at >= s && at < e);
    if (q) {
      const after = ordered.find(({ m }) => m.type === "person" && m.start >= q[1] && m.start - q[1] < 80 && m.source !== "coref");
      if (after) return after.k;
    }
    for (let i = ordered.length - 1; i >= 0; i--) {
      const { m, k } = ordered[i];
      if (m.type === "person" && m.end <= (q ? q[0] : at) && !inside(quotes, m.start)) return k;
    }
    return undefined;
  };
  // an organisation a report cites is seldom what "they" or "it" stands for, nor a speaker's what "they" stands for
  // ("the ministry said it would …" is the ministry itself)
  const cited = (m: Mention, plural: boolean): boolean => m.type === "organization" && (
    CITED_BEFORE.test(doc.text.slice(Math.max(0, m.start - 20), m.start)) || (plural && CITED_AFTER.test(doc.text.slice(m.end, m.end + 30))));
  // the group or body a pronoun stands for: the preferred kinds first, then an organisation not cited
  // as a source, named in this sentence or the one before; none when nothing fits
  const bodyBefore = (at: number, sentence: number, preferred: EntityType[]): number | undefined => {
    const near = (k: number | undefined): k is number => k !== undefined && sentence - sentenceOf(mentions[k].start) <= 1;
    const plural = preferred === PLURAL_TYPES;
    // in the pronoun's own sentence its subject comes first: "ISIS may be training with al Qaeda, which it opposes"
    const subject = ordered.find(({ m }) => preferred.includes(m.type) && m.end <= at && sentenceOf(m.start) === sentence && !inside(quotes, m.start));
    if (subject && !cited(subject.m, plural)) return subject.k;
    const first = latest(at, sentence, preferred, true);
    if (near(first) && !cited(mentions[first], plural)) return first;
    const fallback = latest(at, sentence, ["organization"], true);
    if (near(fallback) && !cited(mentions[fallback], plural)) return fallback;
    return undefined;
  };
  // the nearest uncovered plural noun for people after offset `after`, in this sentence or the one before
  const peopleNounBefore = (i: number, after: number): number | undefined => {
    const first = doc.sentences[Math.max(0, doc.tokens[i].sentence - 1)].firstToken;
    for (let j = i - 1; j >= first && doc.tokens[j].start >= after; j--) {
      const w = doc.tokens[j];
      if (!covered[j] && PEOPLE_PLURALS.has(w.lower) && w.pos === "NOUN" && !inside(quotes, w.start)) return j;
    }
    return undefined;
  };
  // the subject noun of a reporting verb just before the pronoun in its sentence ("the ministry said (that) it …")
  const reporterBefore = (i: number): number | undefined => {
    const first = doc.sentences[doc.tokens[i].sentence].firstToken;
    let j = i - 1;
    if (j >= first && doc.tokens[j].lower === "that") j--;
    if (j < first || !REPORTING_VERBS.has(doc.tokens[j].lemma.toLowerCase())) return undefined;
    const n = j - 1;
    return n >= first && doc.tokens[n].pos === "NOUN" && !covered[n] ? n : undefined;
  };
  // the group or people a noun for people belongs to: "ADF fighters", "the ADF's fighters", "fighters of the ADF"
  const ownerOf = (j: number): number | undefined => {
    const w = doc.tokens[j];
    const fits = ({ m }: { m: Mention }): boolean => PLURAL_TYPES.includes(m.type) || m.type === "organization";
    const before = ordered.find((o) => fits(o) && o.m.end <= w.start && /^\s*(?:['’]s\s+)?$/.test(doc.text.slice(o.m.end, w.start)));
    if (before) return before.k;
    const after = ordered.find((o) => fits(o) && o.m.start >= w.end && /^\s+of\s+(?:the\s+)?$/i.test(doc.text.slice(w.end, o.m.start)));
    return after?.k;
  };
  const opensSentence = (k: number): boolean => {
    const s = sentenceOf(mentions[k].start);
    return !ordered.some(({ m }) => m.start < mentions[k].start && m.source !== "coref" && sentenceOf(m.start) === s);
  };
  const push = (start: number, end: number, k: number | undefined): void => {
    if (k === undefined) return;
    const a = mentions[k];
    added.push({ start, end, text: doc.text.slice(start, end), type: a.type, entityId: a.entityId, source: "coref", antecedent: k });
  };
  // the country a report is about so far: the one it names most (itself or its people), the latest on a tie
  const focusCountry = (before: number): number | undefined => {
    // the sentence's own first country or people comes first ("For Tunisians, … after the government began …")
    const sentence = sentenceOf(before);
    const own = ordered.find(({ m }) => m.end <= before && sentenceOf(m.start) === sentence && (m.type === "country" || m.type === "population")
      && !!doc.entities.get(m.entityId)?.country);
    if (own) return own.k;
    const count = new Map<string, number>();
    let best: number | undefined, bestCount = 0;
    for (const { m, k } of ordered) {
      if (m.end > before) break;
      // a country, its people, or its government already named ("the Iraqi government")
      if (m.type !== "country" && m.type !== "population" && !m.entityId.startsWith("org:government-of-")) continue;
      const cc = doc.entities.get(m.entityId)?.country;
      if (!cc) continue;
      const n = (count.get(cc) ?? 0) + 1;
      count.set(cc, n);
      if (n >= bestCount) { bestCount = n; best = k; }
    }
    return best;
  };
  const namesByHead = new Map<string, number[]>(); // last word of a name → its mentions, in order
  for (const { m, k } of ordered) {
    if (m.source === "coref" || !/\s/.test(m.text)) continue;
    const head = m.text.toLowerCase().split(/\s+/).pop()!.replace(/[’']s$/, "");
    if (GENERIC_HEADS.has(head)) continue;
    const list = namesByHead.get(head) ?? [];
    list.push(k);
    namesByHead.set(head, list);
  }
  for (const t of doc.tokens) {
    if (covered[t.i]) continue;
    if (SPEAKER_PRONOUNS.has(t.lower) && t.text !== "i") { push(t.start, t.end, speaker(t.start)); continue; }
    if (VOICE_PRONOUNS.has(t.lower)) { push(t.start, t.end, voice(t.start)); continue; }
    if (PLURAL_PRONOUNS.has(t.lower)) {
      if (inside(quotes, t.start)) continue;
      const k = bodyBefore(t.start, t.sentence, PLURAL_TYPES);
      // "the fighters … they": a plural noun for people nearer than the name is what "they" stands for;
      // it is a body's only when the noun says whose ("ADF fighters", "fighters of the ADF")
      const noun = peopleNounBefore(t.i, k === undefined ? -1 : mentions[k].end);
      push(t.start, t.end, noun === undefined ? k : ownerOf(noun));
      continue;
    }
    if (SINGULAR_PRONOUNS.has(t.lower)) {
      if (inside(quotes, t.start) || (t.lower === "it" && expletiveIt(doc, t.i))) continue;
      const k = bodyBefore(t.start, t.sentence, ORG_TYPES);
      // "the government reported that it was able to …": the reporter is "it"; a reporter that names no
      // entity leaves "it" open rather than giving it to a group named before
      const reporter = reporterBefore(t.i);
      if (reporter !== undefined && (k === undefined || doc.tokens[reporter].start >= mentions[k].end)) {
        // a reporter resolved here ("the government reported that it was able to …") is what "it" is
        const r = doc.tokens[reporter];
        const said = added.find((a) => a.start <= r.start && r.end <= a.end && a.type === "organization");
        if (said) added.push({ ...said, start: t.start, end: t.end, text: t.text });
        continue;
      }
      // "it" may be a country or town named since: only a group that opens its sentence outranks them
      if (k !== undefined && !opensSentence(k) && ordered.some(({ m }) => (m.type === "country" || m.type === "place") && m.start >= mentions[k].end && m.end <= t.start)) continue;
      push(t.start, t.end, k);
      continue;
    }
    if (PERSON_PRONOUNS.has(t.lower)) {
      // inside a quotation "he" may be anyone the speaker talks of; leave it
      if (inside(quotes, t.start)) continue;
      // "“…,” he said" after a long quotation: the person named before the quotation
      const closed = quotes.find(([, e]) => e <= t.start && /^[\s,]*$/.test(doc.text.slice(e, t.start)));
      if (closed) {
        const k = ordered.filter(({ m }) => m.type === "person" && m.end <= closed[0] && !inside(quotes, m.start)).pop()?.k;
        if (k !== undefined && sentenceOf(closed[0]) - sentenceOf(mentions[k].start) <= REACH) { push(t.start, t.end, k); continue; }
      }
      push(t.start, t.end, latest(t.start, t.sentence, ["person"], true));
      continue;
    }
    if (t.lower !== "the" && t.lower !== "this" && t.lower !== "that") continue;
    const window = doc.text.slice(t.start, t.start + 60);
    const m = GROUP_NOUN.exec(window);
    if (m) {
      const end = t.start + m[0].length;
      // "the group Islamic State" names its group; the name is its own mention
      if (/^\s\p{Lu}/u.test(doc.text.slice(end, end + 2))) continue;
      const types: EntityType[] = /organi/i.test(m[1]) ? ["armed_group", "organization"] : ["armed_group"];
      push(t.start, end, latest(t.start, t.sentence, types, false));
      continue;
    }
    const people = GROUP_PEOPLE.exec(window);
    if (people) {
      // "the militants" after "ISIS …": the group in focus within three sentences; none, nothing
      const end = t.start + people[0].length;
      if (/^\s+(?:of|from|in)\b/.test(doc.text.slice(end, end + 6))) continue; // "the militants of X" names its own
      push(t.start, end, latest(t.start, t.sentence, ["armed_group"], false));
      continue;
    }
    const government = GOVERNMENT_NOUN.exec(window);
    if (government) {
      const end = t.start + government[0].length;
      // "the government of Iraq", "the government in Tripoli" name their own
      if (/^\s+(?:of|in)\b|^\s\p{Lu}/u.test(doc.text.slice(end, end + 5))) continue;
      governmentMention(doc, t.start, end, focusCountry(t.start), added);
      continue;
    }
    const place = PLACE_NOUN.exec(window);
    if (place) {
      const end = t.start + place[0].length;
      if (/^\s(?:of\b|\p{Lu})/u.test(doc.text.slice(end, end + 4))) continue;
      push(t.start, end, latest(t.start, t.sentence, ["place"], false));
      continue;
    }
    // "the regime" after "the Asad regime": the latest name ending in the same word
    const d = DEFINITE.exec(window);
    if (!d) continue;
    const end = t.start + d[0].length;
    if (/^\s\p{Lu}/u.test(doc.text.slice(end, end + 2)) || /^[’']s?\s+\p{Lu}/u.test(doc.text.slice(end, end + 4))) continue;
    const before = (namesByHead.get(d[1].toLowerCase()) ?? []).filter((k) => mentions[k].end <= t.start);
    if (before.length && t.sentence - sentenceOf(mentions[before[before.length - 1]].start) <= 2 * REACH) push(t.start, end, before[before.length - 1]);
  }
  mentions.push(...added);
}

/**
 * "the government" as a mention of the government of the country mention k names: the entity a
 * country acting as a state is (names.ts), made here when the document has not named it yet.
 */
function governmentMention(doc: Doc, start: number, end: number, k: number | undefined, added: Mention[]): void {
  if (k === undefined) return;
  const country = doc.entities.get(doc.mentions[k].entityId);
  const cc = country?.country;
  if (!country || !cc) return;
  const countryName = country.type === "country" ? country.name : doc.entities.get(`country:${cc}`)?.name ?? countryNameOf(cc);
  if (!countryName) return;
  const name = stateName(countryName);
  const id = namedId("organization", name);
  let info = doc.entities.get(id);
  if (!info) {
    info = { id, type: "organization", name, aliases: [], country: cc };
    doc.entities.set(id, info);
  }
  added.push({ start, end, text: doc.text.slice(start, end), type: info.type, entityId: info.id, source: "coref", antecedent: k });
}

/** Whether the entity is on a sanctions list or designated. */
function listed(doc: Doc, id: string): boolean {
  const e = doc.entities.get(id);
  return !!e && (!!e.designations?.length || Object.keys(e.refs ?? {}).length > 0);
}

/** Point mention k at the antecedent's entity, dropping the entity it leaves if nothing else names it. */
function relink(doc: Doc, k: number, antecedent: number): void {
  const m = doc.mentions[k], a = doc.mentions[antecedent];
  const old = m.entityId;
  m.entityId = a.entityId;
  m.type = a.type;
  m.source = "coref";
  m.antecedent = antecedent;
  const info = doc.entities.get(a.entityId);
  if (info && m.text !== info.name && !info.aliases.includes(m.text)) info.aliases.push(m.text);
  if (!doc.mentions.some((x) => x.entityId === old)) doc.entities.delete(old);
}

registerStage("coref", (): Stage => ({
  name: "coref",
  // once every mention has its entity, a listed person or group is shown by the name the report uses
  run: (doc) => { resolveCoreference(doc); nameListedEntities(doc); },
}));
