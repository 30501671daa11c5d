// A shallow, rule-based parse of each sentence over the universal POS tags of the segment
// stage: noun-phrase chunks (with partitives, coordination, apposition, possessors and
// prepositional attachments) and verb groups (auxiliaries, modals, negation, voice), then
// the grammatical relations the claim frames need: subject, object, predicate, prepositional
// phrases, relative-clause antecedents, control of infinitives and participles, and
// coordination of verb phrases. It is deliberately greedy and local: conflict reporting is
// written in a narrow register, and every relation keeps the span it came from so that
// `--explain` can show why a role was filled.
import type { Doc } from "../doc.js";
import { isParticiple, sentenceWords, type Word } from "./words.js";
import { GROUP_NOUNS, PEOPLE_NOUNS } from "./frames.js";
import { SPEECH_VERBS } from "./speech-verbs.js";

export interface NP {
  id: number;
  /** Word range [w0, w1) and character span. */
  w0: number;
  w1: number;
  start: number;
  end: number;
  /** Head word index (the last noun of the chunk; for a partitive, the head of its "of" part). */
  head: number;
  /** Conjunct NP ids when this NP is a coordination ("Iraq and Syria"). */
  conj?: number[];
  /** Id of the coordination this NP is a conjunct of. */
  inCoord?: number;
  possessor?: number;
  /** The NP after "of" (complement of a nominalisation, or the inner NP of a partitive). */
  of?: number;
  partitive?: boolean;
  /** NP in apposition ("AST, an al Qaeda affiliate"; "The leader of X, NAME"). */
  appos?: number;
  /** Preposition governing this NP, when it is a prepositional object. */
  prep?: string;
  /** The NP or verb group the prepositional phrase hangs from. */
  hostNP?: number;
  hostVG?: number;
  /** Prepositional phrases hanging from this NP, in order. */
  pps: PP[];
  /** Acronym in parentheses right after the name ("(AST)"). */
  acronym?: [number, number];
  pron?: boolean;
  /** A relative pronoun standing for this NP (set on the antecedent): the verb group it serves. */
}

export interface PP { prep: string; np: number; /** Word index of the preposition. */ at: number }

export type VerbForm = "finite" | "infinitive" | "gerund" | "participle";

export interface VG {
  id: number;
  w0: number;
  w1: number;
  start: number;
  end: number;
  /** Head word index (the main verb, or the copula). */
  head: number;
  lemma: string;
  form: VerbForm;
  passive: boolean;
  copula: boolean;
  negated: boolean;
  modals: string[];
  /** Lower-cased adverbs inside or right before the group ("reportedly", "allegedly"). */
  advs: string[];
  particle?: string;
  subject?: number;
  object?: number;
  /** Predicate nominal of a copula. */
  predicate?: number;
  /** Predicate adjective of a copula ("able", "involved"). */
  predAdj?: string;
  pps: PP[];
  /** The verb group this one's subject comes from (control, coordination, adjuncts). */
  controller?: number;
  /** First conjunct when this verb phrase is coordinated ("trained … and then sent"). */
  coordOf?: number;
  /** Verb group whose infinitive or gerund complement this is. */
  governor?: number;
  /** How the subject was found, for --explain. */
  subjectBy?: string;
  /** Antecedent of "where" introducing this clause. */
  whereNP?: number;
  relative?: boolean;
  /** A preposition introducing this gerund ("of procuring"). */
  prepBefore?: string;
  /** For the matrix verb of a that-clause or a complement: its complement's verb groups. */
  complements: number[];
}

export interface SentenceParse {
  sentence: number;
  words: Word[];
  nps: NP[];
  vgs: VG[];
  /** Per word: the NP id covering it, or -1. */
  npAt: Int32Array;
  /** Per word: the VG id covering it, or -1. */
  vgAt: Int32Array;
  /** Word indices of clause boundaries (relative pronouns, subordinators, semicolons). */
  boundaries: Set<number>;
}

const QUANT_HEADS = new Set([
  "many", "much", "some", "most", "several", "few", "all", "both", "none", "one", "lot", "lots", "number", "majority",
  "dozens", "hundreds", "thousands", "scores", "tens", "part", "rest", "half", "members", "each", "two", "three",
  "minority", "handful", "group", "wave", "batch", "contingent", "millions", "band", "squad", "team", "cohort", "crowd",
]);
const POSS_PRONOUNS = new Set(["his", "her", "its", "their", "our", "my", "your"]);
const PERSONAL = new Set(["he", "she", "it", "they", "them", "him", "we", "us", "i", "me", "you", "her"]);
const RELATIVES = new Set(["who", "whom", "which", "that"]);
const SUBORDINATORS = new Set(["when", "after", "before", "because", "while", "although", "though", "if", "since", "until", "as", "whereas", "unless", "once"]);
/** Verbs whose object (or prepositional object) is the subject of their infinitive complement. */
export const OBJECT_CONTROL = new Set([
  "urge", "ask", "call", "encourage", "persuade", "convince", "force", "order", "tell", "allow", "help", "recruit",
  "rely", "count", "send", "push", "pressure", "invite", "incite", "instruct", "lure", "train", "enable", "direct",
  "inspire", "entice", "command", "expect", "want", "need", "pay", "use", "mobilize", "mobilise", "rally",
  "accuse", "suspect", "charge", "convict", "arrest", "lead", "deploy", "dispatch",
]);
const PLAN_NOUNS = new Set(["strategy", "plan", "goal", "aim", "objective", "intention", "effort", "attempt", "bid", "policy", "mission", "priority", "role", "task", "job"]);
const VERBAL_TAGS = new Set(["VERB", "AUX"]);
const TIME_ADJ = new Set(["last", "next", "late", "early", "earlier", "later", "this", "previous", "past"]);
/** -ing forms that modify nouns rather than head verb phrases ("training camps", "fighting forces"). */
const ING_NOUNS = new Set(["training", "fighting", "bombing", "shooting", "smuggling", "trafficking", "kidnapping", "killing", "funding", "financing", "recruiting", "suicide", "landing", "ruling", "opening", "building", "meeting", "gathering", "offering"]);
/** Nouns whose possessor is the agent of an action named beside them ("his responsibilities were recruitment …"). */
export const ROLE_NOUNS = new Set(["strategy", "plan", "goal", "aim", "objective", "intention", "effort", "attempt", "bid", "policy", "mission", "priority", "role", "task", "job", "responsibility", "responsibilities", "duty", "duties", "tasks"]);
/** Person-role nouns a following name stands in apposition to ("The leader of X, NAME"). */
const PERSON_ROLES = new Set(["leader", "head", "chief", "commander", "founder", "spokesman", "spokesperson", "member", "emir", "amir", "caliph", "deputy", "official", "militant", "fighter", "brother", "son", "father", "wife", "cleric", "preacher", "recruiter", "financier", "facilitator", "operative", "man", "woman", "citizen", "national", "resident", "director", "minister", "president", "governor", "general", "colonel", "analyst", "fellow", "researcher", "expert"]);

// Every NP and VG is made with all its fields (unset ones undefined): one object shape each,
// so the many property reads of the parser and the frame matcher stay monomorphic.
function makeNP(id: number, w0: number, w1: number, start: number, end: number, head: number, pps: PP[]): NP {
  return {
    id, w0, w1, start, end, head, conj: undefined, inCoord: undefined, possessor: undefined, of: undefined, partitive: undefined,
    appos: undefined, prep: undefined, hostNP: undefined, hostVG: undefined, pps, acronym: undefined, pron: undefined,
  };
}

export function parseSentence(doc: Doc, sentence: number): SentenceParse {
  const words = sentenceWords(doc, sentence);
  const n = words.length;
  const npAt = new Int32Array(n).fill(-1);
  const vgAt = new Int32Array(n).fill(-1);
  const nps: NP[] = [];
  const vgs: VG[] = [];
  const boundaries = new Set<number>();
  const tag = (i: number): string => words[i]?.tag ?? "";
  const low = (i: number): string => words[i]?.lower ?? "";

  // ---- noun-phrase chunks
  const newNP = (w0: number, w1: number, head: number): NP => {
    const np = makeNP(nps.length, w0, w1, words[w0].start, words[w1 - 1].end, head, []);
    nps.push(np);
    for (let k = w0; k < w1; k++) npAt[k] = np.id;
    return np;
  };
  const nominal = (t: string) => t === "NOUN" || t === "PROPN" || t === "NUM" || t === "X";
  let i = 0;
  while (i < n) {
    const w = words[i];
    const t = w.tag;
    if (t === "PRON" && PERSONAL.has(w.lower) && !(w.lower === "her" && nominal(tag(i + 1)))) {
      const np = newNP(i, i + 1, i); np.pron = true; i++; continue;
    }
    const startsNP = t === "DET" || t === "QUANT" || t === "ADJ" || nominal(t) ||
      (t === "PRON" && POSS_PRONOUNS.has(w.lower)) ||
      (t === "ADV" && /^(ADJ)$/.test(tag(i + 1)) && nominal(tag(i + 2))) ||
      (t === "VERB" && ING_NOUNS.has(w.lower) && i > 0 && /^(ADP|DET)$/.test(tag(i - 1)) && /^(NOUN|PROPN)$/.test(tag(i + 1)));
    if (!startsNP || (t === "DET" && RELATIVES.has(w.lower) && VERBAL_TAGS.has(tag(i + 1)))) { i++; continue; }
    if (t === "DET" && (w.lower === "that" || w.lower === "this" || w.lower === "these" || w.lower === "those") && !/^(NOUN|PROPN|ADJ|NUM)$/.test(tag(i + 1))) {
      const np = newNP(i, i + 1, i); np.pron = true; i++; continue;
    }
    let j = i;
    let head = -1;
    while (j < n) {
      const tj = tag(j), wj = words[j];
      if (j > i && (tj === "DET" && !(tag(j - 1) === "QUANT"))) break;
      if (j > i && tj === "PRON") break;
      // a range is one count: "between 1,500 and 2,000 fighters", "1,500 to 2,000 fighters"
      if (tj === "NUM" && tag(j + 2) === "NUM" && (low(j + 1) === "to" || low(j + 1) === "-" || low(j + 1) === "–" || (low(j + 1) === "and" && j > i && low(j - 1) === "between"))) { head = j + 2; j += 3; continue; }
      if (nominal(tj)) {
        head = j;
        // a name right after a common noun and before a finite verb starts a new clause
        // ("the propaganda ISIS pushes")
        if (tj === "PROPN" && j > i && tag(j - 1) === "NOUN" && /^[a-z]/.test(words[j - 1].text)) {
          let e = j + 1;
          while (e < n && tag(e) === "PROPN" && !words[e - 1].poss) e++;
          if (tag(e) === "VERB" && /s$|ed$/.test(low(e))) { head = j - 1; break; }
        }
        if (wj.poss) { j++; break; }
        j++; continue;
      }
      // after a head an adjective starts something else ("fighters late last year", "Pakistan last year")
      if (tj === "ADJ" && head >= 0 && (tag(head) === "NOUN" || TIME_ADJ.has(wj.lower)) && head === j - 1) break;
      // "al-Baghdadi late last year": a time phrase after a name is not part of it
      if (tj === "ADV" && head >= 0 && head === j - 1 && TIME_ADJ.has(wj.lower) && /^(ADJ|DET)$/.test(tag(j + 1))) break;
      if (tj === "ADJ" || tj === "QUANT" || tj === "DET" || (tj === "PRON" && j === i)) { j++; continue; }
      if (tj === "ADV" && tag(j + 1) === "ADJ" && !(head >= 0 && tag(head) === "NOUN")) { j++; continue; }
      // "a mostly Uighur group", "a largely Tuareg movement": an adverb between the article and a name
      if (tj === "ADV" && head < 0 && j > i && tag(j - 1) === "DET" && /ly$/.test(wj.lower) && tag(j + 1) === "PROPN" && tag(j + 2) === "NOUN") { j++; continue; }
      if (tj === "VERB" && j > i && (/ing$|ed$/.test(wj.lower) || isParticiple(wj.lower)) && /^(NOUN|PROPN|ADJ)$/.test(tag(j + 1)) && /^(DET|ADJ|PROPN|NOUN|QUANT|NUM)$/.test(tag(j - 1)) && !(tag(j - 1) === "NOUN" || tag(j - 1) === "PROPN")) { j++; continue; }
      if (tj === "VERB" && j === i && ING_NOUNS.has(wj.lower)) { j++; continue; }

      break;
    }
    if (head < 0) {
      // a bare quantifier ("Many of them") or adjective: a noun phrase only before "of"
      const last = j - 1;
      if (j > i && (QUANT_HEADS.has(low(last)) || tag(last) === "NUM") && (low(j) === "of" || VERBAL_TAGS.has(tag(j)))) head = last;
      else { i = Math.max(j, i + 1); continue; }
    }
    const end = Math.max(head + 1, words[head].poss ? head + 1 : head + 1);
    const np = newNP(i, end, head);
    if (np.w1 - np.w0 === 1 && tag(i) === "PRON") np.pron = true;
    // acronym in parentheses
    if (low(end) === "(" && tag(end + 1) === "PROPN" && low(end + 2) === ")") {
      np.acronym = [words[end + 1].start, words[end + 1].end];
      np.end = words[end + 2].end; np.w1 = end + 3;
      for (let k = end; k < end + 3; k++) npAt[k] = np.id;
      i = end + 3;
    } else i = end;
    if (words[head].poss) {
      // the possessor opens the next noun phrase
      const nextNP = i;
      if (nextNP < n && /^(NOUN|PROPN|ADJ|NUM|VERB|ADV)$/.test(tag(nextNP))) np.possessor = -2; // marked, linked below
    }
  }
  // link possessors: a possessive NP owns the NP starting right after it
  for (const np of nps) {
    if (np.possessor !== -2) continue;
    np.possessor = undefined;
    const at = tag(np.w1) === "ADV" && npAt[np.w1] < 0 ? np.w1 + 1 : np.w1;
    const owned = npAt[at] >= 0 ? nps[npAt[at]] : undefined;
    if (owned) {
      owned.possessor = np.id;
      owned.w0 = np.w0; owned.start = np.start;
      for (let k = np.w0; k < np.w1; k++) npAt[k] = owned.id;
    }
  }
  for (const np of nps) {
    const first = words[np.w0];
    if (first.tag === "PRON" && POSS_PRONOUNS.has(first.lower) && np.w1 - np.w0 > 1) {
      // "his responsibilities": the pronoun is a possessor NP of its own
      const poss = makeNP(nps.length, np.w0, np.w0 + 1, first.start, first.end, np.w0, []);
      poss.pron = true;
      nps.push(poss);
      np.possessor = poss.id;
    }
  }

  // ---- partitives: "a lot of Tunisian soldiers", "one of those camps", "Many of them"
  for (const np of [...nps]) {
    if (np.w1 - np.w0 > 3 && !QUANT_HEADS.has(low(np.head))) continue;
    if (!(QUANT_HEADS.has(low(np.head)) || tag(np.head) === "NUM")) continue;
    if (low(np.w1) !== "of") continue;
    const inner = npAt[np.w1 + 1] >= 0 ? nps[npAt[np.w1 + 1]] : undefined;
    if (!inner || inner.w0 !== np.w1 + 1 || inner.pron && !/^(them|us|those|these)$/.test(low(inner.w0))) continue;
    np.partitive = true; np.of = inner.id;
    np.w1 = inner.w1; np.end = inner.end;
    npAt[np.w1 - (inner.w1 - inner.w0) - 1] = np.id; // the "of"
    for (let k = inner.w0; k < inner.w1; k++) npAt[k] = np.id;
    inner.hostNP = np.id; inner.prep = "of";
  }

  // ---- verb groups
  i = 0;
  while (i < n) {
    if (npAt[i] >= 0) { i++; continue; }
    const t = tag(i);
    const isTo = low(i) === "to" && t === "PART" && VERBAL_TAGS.has(tag(i + 1));
    if (!(VERBAL_TAGS.has(t) || isTo || (t === "PART" && /^(not|n’t|n't)$/.test(low(i)) && VERBAL_TAGS.has(tag(i + 1))))) { i++; continue; }
    let j = i;
    const modals: string[] = [], advs: string[] = [];
    let negated = false, sawBe = false, head = -1, infinitive = false;
    while (j < n && npAt[j] < 0) {
      const tj = tag(j), lj = low(j);
      if (lj === "to" && tj === "PART") { if (j === i) infinitive = true; else if (head >= 0 && words[head].tag === "AUX" && /^(have|ought|use)$/.test(words[head].lemma)) { if (words[head].lemma !== "use") modals.push(`${words[head].lemma} to`); } else break; j++; continue; }
      if (tj === "AUX") {
        if (/^(may|might|could|can|would|should|must|will|shall|’ll|'ll)$/.test(lj)) modals.push(lj.replace(/^[’']/, ""));
        if (words[j].lemma === "be" || words[j].lemma === "get" && false) sawBe = true;
        head = j; j++; continue;
      }
      if (tj === "PART" && /^(not|n’t|n't|never)$/.test(lj)) { negated = true; j++; continue; }
      if (tj === "ADV" && head >= 0 && VERBAL_TAGS.has(tag(j + 1))) { advs.push(lj); if (lj === "never") negated = true; j++; continue; }
      if (tj === "ADV" && head >= 0 && words[head].tag === "AUX" && lj === "never") { negated = true; j++; continue; }
      if (tj === "VERB") {
        // two lexical verbs in a row are two groups ("begun recruiting"), except after "be"/"have"
        if (head >= 0 && words[head].tag === "VERB") break;
        head = j; j++;
        if (tag(j) === "PRT") { j++; }
        break;
      }
      break;
    }
    if (head < 0) { i = j > i ? j : i + 1; continue; }
    const hw = words[head];
    const lemma = hw.tag === "AUX" ? hw.lemma : hw.lemma;
    const copula = hw.tag === "AUX" && (hw.lemma === "be" || hw.lemma === "become");
    const passive = sawBe && hw.tag === "VERB" && isParticiple(hw.lower) && !/ing$/.test(hw.lower);
    let form: VerbForm = "finite";
    let hasAux = false;
    for (let k = i; k < head; k++) if (words[k].tag === "AUX") { hasAux = true; break; }
    if (infinitive) form = "infinitive";
    else if (!hasAux && /ing$/.test(hw.lower) && hw.tag === "VERB") form = "gerund";
    else if (hw.tag === "AUX" && /ing$/.test(hw.lower) && !hasAux) form = "gerund";
    else if (!hasAux && hw.tag === "VERB" && isParticiple(hw.lower)) form = "participle"; // decided below
    // adverbs right before the group ("reportedly switched", "allegedly redirected")
    for (let k = i - 1; k >= 0 && tag(k) === "ADV" && npAt[k] < 0; k--) advs.unshift(low(k));
    const vg: VG = {
      id: vgs.length, w0: i, w1: j, start: words[i].start, end: words[j - 1].end, head, lemma, form,
      passive, copula, negated, modals, advs, particle: undefined, subject: undefined, object: undefined, predicate: undefined,
      predAdj: undefined, pps: [], controller: undefined, coordOf: undefined, governor: undefined, subjectBy: undefined,
      whereNP: undefined, relative: undefined, prepBefore: undefined, complements: [],
    };
    if (tag(j - 1) === "PRT") vg.particle = low(j - 1);
    vgs.push(vg);
    for (let k = i; k < j; k++) vgAt[k] = vg.id;
    i = j;
  }

  // "After the caliph accepted …": a preposition opening a clause is a subordinator
  for (let k = 0; k < n; k++) {
    if (tag(k) !== "ADP" || !SUBORDINATORS.has(low(k)) || npAt[k + 1] < 0) continue;
    const np = nps[npAt[k + 1]];
    let e = np.w1;
    while (e < n && tag(e) === "ADV") e++;
    const v = vgAt[e] >= 0 ? vgs[vgAt[e]] : undefined;
    if (v && v.form !== "gerund" && v.form !== "infinitive" && !(v.form === "participle" && tag(e + 1) === "ADP")) words[k].tag = "SCONJ";
  }
  // ---- clause boundaries
  for (let k = 0; k < n; k++) {
    const w = words[k];
    if ((RELATIVES.has(w.lower) && (w.tag === "PRON" || w.tag === "SCONJ" || w.tag === "DET") && npAt[k] < 0) || w.lower === "where" ||
      (w.tag === "SCONJ") || (SUBORDINATORS.has(w.lower) && w.tag !== "ADP") || w.lower === ";" || w.lower === ":") boundaries.add(k);
  }

  // ---- prepositional phrases: attach to the nearest preceding NP or verb group
  for (let k = 0; k < n; k++) {
    if (tag(k) !== "ADP" || npAt[k] >= 0) continue;
    const objId = npAt[k + 1];
    if (objId < 0) continue;
    let obj = nps[objId];
    if (obj.w0 !== k + 1) continue;
    obj.prep = low(k);
    const pp: PP = { prep: low(k), np: obj.id, at: k };
    // host: walk left over commas? no: nearest unit
    let h = k - 1;
    while (h >= 0 && (tag(h) === "ADV" || tag(h) === "PRT")) h--;
    if (h >= 0 && npAt[h] >= 0) {
      const host = nps[npAt[h]];
      obj.hostNP = host.id; host.pps.push(pp);
      // a noun phrase's own attachments also count for the verb it belongs to
    } else if (h >= 0 && vgAt[h] >= 0) { obj.hostVG = vgAt[h]; }
    void obj;
  }
  for (const np of nps) if (!np.partitive) { const ofPP = np.pps.find((p) => p.prep === "of"); if (ofPP) np.of = ofPP.np; }

  // ---- coordination of noun phrases: NP (, NP)* (,)? and|or NP
  const sameClass = (a: NP, b: NP): boolean => {
    const ca = tag(a.head) === "PROPN" ? "P" : a.pron ? "R" : "N";
    const cb = tag(b.head) === "PROPN" ? "P" : b.pron ? "R" : "N";
    if (ca === cb) return true;
    // "jihadist group and al Qaeda affiliate Ansar al-Sharia": bare descriptions of one kind
    return ca !== "R" && cb !== "R" && tag(a.w0) !== "DET" && tag(b.w0) !== "DET" && !a.pron && !b.pron && a.w1 - a.w0 > 1 && b.w1 - b.w0 > 1;
  };
  const nextUnitNP = (k: number): NP | undefined => (npAt[k] >= 0 && nps[npAt[k]].w0 === k ? nps[npAt[k]] : undefined);
  for (let k = 0; k < n; k++) {
    if (tag(k) !== "CCONJ" || !/^(and|or|as well as)$/.test(low(k))) continue;
    const right = nextUnitNP(k + 1);
    let lk = k - 1;
    const comma = low(lk) === ",";
    if (comma) lk--;
    if (!right || lk < 0 || npAt[lk] < 0) continue;
    let left = nps[npAt[lk]];
    while (left.inCoord != null) left = nps[left.inCoord];
    if (left.partitive && left.of != null && !sameClass(left, right)) left = nps[left.of];
    // "the emir of suicide bombers and the man in charge": coordinate the heads
    if (left.prep === "of" && left.hostNP != null && tag(right.w0) === "DET" && tag(left.w0) !== "DET" && tag(nps[left.hostNP].w0) === "DET") {
      left.prep = undefined as unknown as string; // reattached below
      const host = nps[left.hostNP];
      left.prep = "of";
      left = host;
      if (left.w1 < lk + 1) { /* the host ends before the of-phrase; the coordination spans both */ }
      const coord = makeNP(nps.length, left.w0, right.w1, left.start, right.end, left.head, right.pps);
      coord.conj = [left.id, right.id]; coord.prep = left.prep; coord.hostNP = left.hostNP; coord.hostVG = left.hostVG;
      nps.push(coord); left.inCoord = coord.id; right.inCoord = coord.id;
      continue;
    }
    if (left.w1 !== lk + 1 && !left.partitive) continue;
    // "between the M23 and armed groups": "between" always takes two sides
    if (!sameClass(left.conj ? nps[left.conj[0]] : left, right) && !(left.prep === "between" && !comma)) continue;
    // a comma before "and" and a verb after the right NP: two clauses, not a list
    const afterRight = right.w1;
    if (comma && vgAt[afterRight] >= 0 && !left.conj) continue;
    if (right.prep) continue;
    // gather earlier comma-separated conjuncts: "weapons, money and fighters"
    const parts: NP[] = left.conj ? left.conj.map((c) => nps[c]) : [left];
    if (!left.conj) {
      let p = left.w0 - 1;
      while (low(p) === "," && npAt[p - 1] >= 0) {
        const prevNP = nps[npAt[p - 1]];
        // "from Mauritania, Niger and Burkina Faso": the preposition before the first conjunct governs them all
        if (!sameClass(prevNP, left) || (left.prep != null && prevNP.prep !== left.prep)) break;
        parts.unshift(prevNP);
        p = prevNP.w0 - 1;
      }
    }
    parts.push(right);
    const first = parts[0];
    const coord = makeNP(nps.length, first.w0, right.w1, first.start, right.end, first.head, right.pps);
    coord.conj = parts.map((x) => x.id); coord.prep = first.prep; coord.hostNP = first.hostNP; coord.hostVG = first.hostVG;
    nps.push(coord);
    for (const p of parts) p.inCoord = coord.id;
    if (left.conj) { left.inCoord = coord.id; }
  }
  // the coordination replaces its first conjunct in its host's attachments
  for (const np of nps) {
    if (!np.conj) continue;
    const first = nps[np.conj[0]];
    if (first.hostNP != null) for (const pp of nps[first.hostNP].pps) if (pp.np === first.id) pp.np = np.id;
    if (nps[first.hostNP ?? -1]?.of === first.id) nps[first.hostNP!].of = np.id;
  }
  const top = (id: number): NP => { let x = nps[id]; while (x.inCoord != null) x = nps[x.inCoord]; return x; };
  // rebuild npAt to point to the outermost NP where words are covered by a coordination
  const topAt = (k: number): NP | undefined => (npAt[k] >= 0 ? top(npAt[k]) : undefined);
  /** The phrase an adjective phrase describes: "A faction still loyal to X's line" → "A faction". */
  const describedHost = (np: NP): NP => {
    let x = np;
    while (x.w0 > 0 && tag(x.w0 - 1) === "ADP") {
      let k = x.w0 - 2;
      if (k < 0 || tag(k) !== "ADJ") break;
      while (k >= 0 && (tag(k) === "ADJ" || tag(k) === "ADV")) k--;
      const host = k >= 0 ? topAt(k) : undefined;
      if (!host || host.w1 !== k + 1) break;
      x = host;
    }
    return x;
  };

  // ---- apposition: NP , NP (, | end | dash | verb)
  for (let k = 0; k < n; k++) {
    if (low(k) !== ",") continue;
    const left = topAt(k - 1), right = nextUnitNP(k + 1) ? top(npAt[k + 1]) : undefined;
    if (!left || !right || left === right || right.prep || right.pron) continue;
    let afterRight = Math.max(right.w1, lastOfChain(right));
    // "the dominant armed group in Syria’s northwest,": a stray word or two the chunker left out
    for (let j = afterRight; j < n && j < afterRight + 2 && npAt[j] < 0 && /^(ADV|ADJ|NOUN)$/.test(tag(j)); j++) if (low(j + 1) === ",") afterRight = j + 1;
    const after = low(afterRight);
    const closes = afterRight >= n || after === "," || after === "." || after === "--" || after === "–" || after === "—" || after === ")" || boundaries.has(afterRight);
    if (!closes || (tag(afterRight) === "CCONJ")) continue;
    // a fronted phrase ("For Tunisians, the journey …") is not in apposition, except a source
    {
      let top0 = left;
      while (top0.hostNP != null && top0.prep) top0 = nps[top0.hostNP];
      if (top0.prep && top0.prep !== "according to" && top0.w0 <= 2) continue;
    }
    const rightIsName = tag(right.head) === "PROPN";
    const rightDescr = (tag(right.w0) === "DET" && /^(a|an|the)$/.test(low(right.w0))) || (right.possessor != null && tag(right.head) === "NOUN");
    // "The leader of X, NAME": the name is in apposition with the head of the chain
    let l = left;
    while (l.hostNP != null && l.prep) l = top(l.hostNP);
    if (rightIsName && tag(l.head) !== "PROPN" && PERSON_ROLES.has(words[l.head].lemma) && !l.prep) { l.appos = right.id; right.appos = l.id; continue; }
    if (rightDescr && (tag(left.head) === "PROPN" || left.acronym)) { left.appos = right.id; right.appos = left.id; continue; }
    if (rightIsName && tag(left.head) === "PROPN" && (after === "." || afterRight >= n || after === ",")) { left.appos = right.id; right.appos = left.id; continue; }
    // "merged into a single organisation, Jama'at Nusrat al-Islam wal-Muslimin": a group noun, then its name
    if (rightIsName && tag(left.head) === "NOUN" && GROUP_NOUNS.has(low(left.head)) && /^(a|an|the)$/.test(low(left.w0)) && (after === "." || after === "," || afterRight >= n)) { left.appos = right.id; right.appos = left.id; }
  }
  function lastOfChain(np: NP): number {
    let end = np.w1;
    for (const pp of np.pps) end = Math.max(end, lastOfChain(nps[pp.np]));
    return end;
  }

  // ---- relations of each verb group
  const isBoundary = (k: number) => boundaries.has(k);
  const finiteSeen: number[] = []; // ids of finite VGs in order
  for (const vg of vgs) {
    const prevWord = vg.w0 - 1;
    // object / predicate
    let k = vg.w1;
    while (k < n && (tag(k) === "ADV" || tag(k) === "PRT")) k++;
    // "fought both the Houthis and AQAP": "both"/"either" opens a coordination
    if ((low(k) === "both" || low(k) === "either") && npAt[k] < 0 && npAt[k + 1] >= 0) k++;
    const after = topAt(k);
    if (after && after.w0 <= k && !after.prep) {
      if (vg.copula) vg.predicate = after.id; else if (!vg.passive) vg.object = after.id;
    } else if (vg.copula && tag(k) === "ADJ") vg.predAdj = low(k);
    // prepositional phrases until the next clause
    for (let m = vg.w1; m < n; m++) {
      if (vgAt[m] >= 0 && vgAt[m] !== vg.id && m !== vg.w1) {
        // a participle or gerund modifying a noun does not end the clause's attachments
        break;
      }
      if (isBoundary(m) && m !== vg.w1) break;
      if (tag(m) === "ADP" && npAt[m] < 0 && npAt[m + 1] >= 0) {
        const np = top(npAt[m + 1]);
        if (np.w0 === m + 1 || nps[npAt[m + 1]].w0 === m + 1) vg.pps.push({ prep: low(m), np: np.id, at: m });
      }
      if (low(m) === "--" || low(m) === "–" || low(m) === "—") break;
    }
    // subject
    const prev = (() => { let p = prevWord; while (p >= 0 && (tag(p) === "ADV" || (tag(p) === "PART" && low(p) !== "to"))) p--; return p; })();
    if (vg.form === "infinitive") {
      resolveInfinitive(vg, prev);
      vg.subjectBy ??= "none";
    } else if (prev >= 0 && tag(prev) === "CCONJ" && (vgAt[prev - 1] >= 0 || lastVGBefore(prev) != null)) {
      const first = firstConjunct(prev);
      if (first) {
        vg.coordOf = first.id; vg.subject = first.subject; vg.controller = first.controller ?? first.id; vg.subjectBy = "coordination";
        vg.relative = first.relative;
        if (vg.form === "participle" && first.passive) { vg.passive = true; vg.form = "finite"; }
        if (vg.form === "participle" && !first.passive) vg.form = "finite";
        if (first.advs.length) vg.advs = [...first.advs.filter((a) => /ly$/.test(a)), ...vg.advs];
        if (!vg.modals.length && first.modals.length && !vg.w0 /* never */) vg.modals = first.modals;
      }
    }
    // "to raise funds, recruit fighters and buy weapons": a bare verb after a comma continues the list of infinitives
    if (vg.subject == null && vg.subjectBy == null && vg.form !== "infinitive" && prev >= 0 && low(prev) === "," && words[vg.head].lemma === low(vg.head)) {
      const before = lastVGBefore(prev);
      const first = before && (before.coordOf != null ? vgs[before.coordOf] : before);
      if (first && first.form === "infinitive" && ![...Array(prev - first.w1).keys()].some((j) => isBoundary(first.w1 + j))) {
        vg.coordOf = first.id; vg.subject = first.subject; vg.controller = first.controller ?? first.id; vg.subjectBy = "coordination"; vg.form = "infinitive";
        vg.governor = first.governor;
      }
    }
    if (vg.subject == null && vg.subjectBy == null) {
      const sayer = prev >= 0 && vgAt[prev] >= 0 ? vgs[vgAt[prev]] : undefined;
      const sayerSubj = sayer?.subject != null && /^(say|claim|believe|think|allege|report|suspect|fear|estimate)$/.test(sayer.lemma) ? nps[sayer.subject] : undefined;
      if (sayerSubj && sayerSubj.w1 <= sayer!.w0 && RELATIVES.has(low(sayerSubj.w0 - 1)) && npAt[sayerSubj.w0 - 1] < 0) {
        // "a preacher who HTS says recruited young Syrians": the relative's antecedent, past the parenthetical speaker
        vg.relative = true;
        const ante = antecedentOf(sayerSubj.w0 - 1);
        if (ante) { vg.subject = ante.id; vg.subjectBy = "relative pronoun (past a parenthetical speaker)"; vg.governor = sayer!.id; sayer!.complements.push(vg.id); }
        if (vg.form === "participle") vg.form = "finite";
      } else if (prev >= 0 && RELATIVES.has(low(prev)) && npAt[prev] < 0) {
        vg.relative = true;
        const ante = antecedentOf(prev);
        if (ante) { vg.subject = ante.id; vg.subjectBy = "relative pronoun"; }
        if (vg.form === "participle") vg.form = "finite";
      } else if (prev >= 0 && npAt[prev] >= 0 && (RELATIVES.has(low(top(npAt[prev]).w0 - 1)) || low(top(npAt[prev]).w0 - 1) === "where")) {
        // object relative or "where" clause: "which it opposes", "where ISIS has its base"
        const subj = top(npAt[prev]);
        const rel = subj.w0 - 1;
        vg.relative = true;
        vg.subject = subj.id; vg.subjectBy = "subject of relative clause";
        const ante = antecedentOf(rel);
        if (ante) { if (low(rel) === "where") vg.whereNP = ante.id; else if (vg.object == null) vg.object = ante.id; }
        if (vg.form === "participle") vg.form = "finite";
      } else if (vg.form === "gerund") {
        resolveGerund(vg, prev);
      } else if (vg.form === "participle") {
        // "HTS, led by Abu Mohammad al-Jolani, …": a participle with a by-phrase after a comma
        // (also "founded in 2019 by X"); the host is the phrase an adjective phrase describes
        // ("A faction still loyal to X's line, led by …" → the faction)
        if (low(prev) === "," && (low(vg.w1) === "by" || vg.pps.some((pp) => pp.prep === "by")) && npAt[prev - 1] >= 0) {
          vg.subject = describedHost(topAt(prev - 1)!).id; vg.passive = true; vg.subjectBy = "reduced relative"; continue;
        }
        let host = prev >= 0 ? topAt(prev) : undefined;
        // "three men near Agadez accused of …", "two brothers from Lamu suspected of …": a charge describes the people, not the place
        if (host && /^(accuse|suspect|charge|convict|want|sentence|arrest|detain)$/.test(vg.lemma)) while (host.prep && host.hostNP != null && host.prep !== "of") host = top(host.hostNP);
        // "the Eastern Bloc once commanded by X": a participle right after a phrase, with its by-phrase
        if (host && host.w1 === prev + 1 && low(vg.w1) === "by" && tag(vg.w1 + 1) === "PROPN" && !RELATIVES.has(low(host.w0 - 1))) { vg.subject = host.id; vg.passive = true; vg.subjectBy = "reduced relative"; continue; }
        const clauseHasFinite = lastFiniteInClause(vg.w0) != null;
        // a participle taking a direct object is a finite past tense ("ISIS released a video"),
        // except verbs of naming ("a citizen named X")
        const takesObject = vg.object != null && !/^(name|call|title|dub|label|entitle|know|nickname)$/.test(vg.lemma);
        // "…, Souddi said." : a name opening a clause after a comma
        // (also "…, the chief of defence staff said in September.": only adjuncts after the verb of saying)
        let speaker = host;
        while (speaker?.prep && speaker.hostNP != null) speaker = top(speaker.hostNP);
        const opens = (np: NP | undefined) => np != null && (np.w0 === 0 || /^(,|--|–|—)$/.test(low(np.w0 - 1)));
        const clauseOpening = opens(host) && (vg.w1 >= n || /^(,|\.)$/.test(low(vg.w1)))
          || opens(speaker) && SPEECH_VERBS.has(vg.lemma) && vg.object == null && !vgs.some((v) => v.w0 >= vg.w1 && !Array.from({ length: v.w0 - vg.w1 }, (_, j) => low(vg.w1 + j)).includes(";"));
        // "officials say 420 Belgians travelled to Syria": a phrase right after a verb of saying or
        // believing opens its reported clause, so the -ed verb after it is that clause's past tense
        const sayer = host ? lastFiniteInClause(host.w0) : undefined;
        const reportedClause = sayer != null && sayer.w1 === host!.w0 && /^(say|claim|believe|think|allege|report|suspect|fear|estimate|tell|confirm|know|acknowledge|admit|insist|warn|add)$/.test(sayer.lemma)
          && !vgs.some((v) => v.w0 >= vg.w1 && v.form === "finite" && v.coordOf == null && lastFiniteInClause(v.w0) === sayer);
        // "at least 12 men recruited in a prison had left for Syria": a participle right after its phrase,
        // with the clause's own finite verb still to come, describes the phrase, which is that verb's subject
        const mainAfter = host && !clauseHasFinite && !takesObject && host.w1 === vg.w0 && !host.prep
          ? vgs.find((v) => v.w0 >= vg.w1 && v.form === "finite" && v.subject == null && v.subjectBy == null && !/^(and|or|but)$/.test(low(v.w0 - 1)) && !Array.from({ length: v.w0 - vg.w1 }, (_, j) => vg.w1 + j).some((k) => isBoundary(k) || /^(,|;|and|or|but|that|who|which)$/.test(low(k)) || vgAt[k] >= 0 && vgAt[k] !== v.id))
          : undefined;
        if (mainAfter) { vg.subject = host!.id; vg.passive = true; vg.subjectBy = "reduced relative"; mainAfter.subject = host!.id; mainAfter.subjectBy = "past a reduced relative"; }
        else if (host && clauseHasFinite && !takesObject && !clauseOpening && !reportedClause) { vg.subject = host.id; vg.passive = true; vg.subjectBy = "reduced relative"; }
        else { vg.form = "finite"; findSubject(vg); }
      } else findSubject(vg);
    }
    if (vg.form === "finite") finiteSeen.push(vg.id);
  }

  // "killed or captured 20 militants": the first verb shares the second's object
  for (const vg of vgs) {
    if (vg.object != null || vg.copula || vg.passive) continue;
    const cc = vg.w1;
    if (tag(cc) !== "CCONJ" || vgAt[cc + 1] < 0) continue;
    const second = vgs[vgAt[cc + 1]];
    if (second.object != null && second.coordOf === vg.id) { vg.object = second.object; for (const pp of second.pps) vg.pps.push(pp); }
  }
  function antecedentOf(rel: number): NP | undefined {
    let p = rel - 1;
    while (p >= 0 && (low(p) === "," || low(p) === "--" || low(p) === "–" || low(p) === "—")) p--;
    let np = topAt(p);
    if (!np) return undefined;
    // "the bombing of a camp in Gao in January that killed": not the date
    while (np.prep && np.hostNP != null && /^(in|on|at|since|during)$/.test(np.prep) && /^(\d{4}|january|february|march|april|may|june|july|august|september|october|november|december|year|month|week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(low(np.head))) np = top(np.hostNP);
    // "12 young men on a bus near Lamu who were …": "who" wants a person, so a place or thing
    // at the end of a chain of prepositional phrases gives way to the phrase it hangs from
    if (low(rel) === "who" || low(rel) === "whom") {
      let x: NP = np;
      while (x.prep && x.hostNP != null && !animate(x)) x = top(x.hostNP);
      if (animate(x)) np = x;
    }
    // "a Tunisian citizen named X, who": the name is the antecedent
    if (np.appos != null && tag(np.head) !== "PROPN" && tag(nps[np.appos].head) === "PROPN") return nps[np.appos];
    // "X, described by the Treasury as a financier who used …": the one described is the antecedent
    if ((low(rel) === "who" || low(rel) === "whom") && np.prep === "as" && tag(np.head) !== "PROPN") {
      const named = vgs.find((v) => v.passive && v.subject != null && v.pps.some((pp) => pp.prep === "as" && pp.np === np!.id) && /^(describe|identify|list|designate|portray|present)$/.test(v.lemma));
      if (named) return nps[named.subject!];
    }
    return np;
  }
  function animate(x: NP): boolean {
    const h = words[x.head];
    if (PEOPLE_NOUNS.has(h.lower) || PERSON_ROLES.has(h.lemma) || PERSON_ROLES.has(h.lower)) return true;
    if (h.tag !== "PROPN") return false;
    return doc.mentions.some((m) => m.start <= h.start && h.end <= m.end && (m.type === "person" || m.type === "population" || m.type === "armed_group" || m.type === "organization"));
  }
  function lastVGBefore(k: number): VG | undefined {
    for (let p = k - 1; p >= 0; p--) if (vgAt[p] >= 0) return vgs[vgAt[p]];
    return undefined;
  }
  function firstConjunct(cc: number): VG | undefined {
    // the verb group this one is coordinated with: the last one before "and" not inside a
    // subordinate clause opened after it
    let v = lastVGBefore(cc);
    if (!v) return undefined;
    // skip participles/gerunds modifying nouns in between ("flush with weapons smuggled out")
    while (v && v.subjectBy === "reduced relative" && v.coordOf == null) { const before = lastVGBefore(v.w0); if (!before) break; v = before; }
    while (v && v.coordOf != null) v = vgs[v.coordOf];
    return v;
  }
  function lastFiniteInClause(k: number): VG | undefined {
    for (let p = k - 1; p >= 0; p--) {
      if (isBoundary(p)) return undefined;
      if (vgAt[p] >= 0 && vgs[vgAt[p]].form === "finite") return vgs[vgAt[p]];
    }
    return undefined;
  }
  function findSubject(vg: VG): void {
    let p = vg.w0 - 1;
    // "…,” said Ahmed Maiga": a verb right after a closing quotation has its subject after it
    if (p >= 0 && low(p) === "," && /[”"]/.test(doc.text.slice(words[p].end, vg.start))) return;
    let depthDash = false;
    while (p >= 0) {
      const l = low(p);
      if (l === "--" || l === "–" || l === "—") {
        // skip a dash-enclosed parenthetical
        let q = p - 1;
        while (q >= 0 && !/^(--|–|—)$/.test(low(q))) q--;
        if (q >= 0 && !depthDash) { p = q - 1; continue; }
        break;
      }
      if (l === ",") {
        // skip a comma-enclosed relative clause: "Tunisia, where …, has emerged"
        let q = p - 1;
        while (q > 0 && low(q) !== ",") q--;
        if (q > 0 && (RELATIVES.has(low(q + 1)) || low(q + 1) === "where") && npAt[q - 1] >= 0) { p = q - 1; continue; }
        // … whose own list has commas: "The MNJTF, which brings together troops from Nigeria, Niger, Chad and Benin, launched"
        let r = q, hops = 0;
        while (r > 0 && hops < 8 && npAt[r + 1] >= 0 && vgAt[r - 1] < 0) { r--; while (r > 0 && low(r) !== ",") r--; hops++; }
        if (r > 0 && r < q && (RELATIVES.has(low(r + 1)) || low(r + 1) === "where") && npAt[r - 1] >= 0) { p = r - 1; continue; }
        // … or an apposition holding a relative clause: "The ADF, a Ugandan-led group that has operated in X, pledged"
        if (q > 0 && npAt[q - 1] >= 0 && npAt[q + 1] >= 0 && nps[npAt[q + 1]].w0 === q + 1 && /^(a|an|the)$/.test(low(q + 1))) {
          let rel = false;
          for (let k = q + 2; k < p; k++) if (RELATIVES.has(low(k)) && tag(k) !== "DET" && npAt[k - 1] >= 0) { rel = true; break; }
          if (rel) { p = q - 1; continue; }
        }
        // … or a participial phrase: "Al-Shabaab, led by X since 2014, has pledged"; "The Houthis, formally known as Y, are led"
        const pw = tag(q + 1) === "ADV" ? q + 2 : q + 1;
        if (q > 0 && npAt[q - 1] >= 0 && tag(pw) === "VERB" && isParticiple(low(pw)) && !/ing$/.test(low(pw))) { p = q - 1; continue; }
        // … or a description of a name the apposition pass left unpaired: "The Wagner Group, now part of Russia's Africa Corps, supplied"
        if (q > 0 && q + 1 < p && npAt[q - 1] >= 0 && tag(topAt(q - 1)!.head) === "PROPN" && !topAt(q - 1)!.prep && asideNP(q + 1, p)) { p = q - 1; continue; }
        // … or an aside counting part of them: "Chadian fighters, many of them from tribes that straddle the border, have crossed"
        if (q > 0 && npAt[q - 1] >= 0 && /^(many|most|some|several|all|both|one|two|three|half|none|few)$/.test(low(q + 1)) && low(q + 2) === "of" && /^(them|whom)$/.test(low(q + 3))) { p = q - 1; continue; }
        // … or an aside that lists examples: "Weapons, including rifles from army stocks, reach the group"
        if (q > 0 && npAt[q - 1] >= 0 && /^(including|notably|especially|mainly|mostly|chiefly|such)$/.test(low(q + 1))) { p = q - 1; continue; }
      }
      // "women who passed through X were arrested": a restrictive relative clause ends at its antecedent, the main verb's subject
      if ((low(p) === "who" || low(p) === "which") && p > 0 && npAt[p - 1] >= 0 && vg.form === "finite" && !vg.relative) {
        const ante = topAt(p - 1)!;
        if (!ante.prep && !ante.pron && vgs.every((v) => v === vg || v.w0 < p || v.w0 > vg.w0 || v.form !== "finite" || v.subjectBy?.startsWith("relative"))) { vg.subject = ante.id; vg.subjectBy = "antecedent of a relative clause"; return; }
      }
      if (isBoundary(p)) break;
      if (vgAt[p] >= 0) {
        // … reached from inside the clause: its verb's antecedent is the subject ("women who passed through X last year were arrested")
        const rv = vgs[vgAt[p]];
        if (rv.subjectBy?.startsWith("relative pronoun") && rv.subject != null && vg.form === "finite" && !vg.relative && !nps[rv.subject].prep && !nps[rv.subject].pron) { vg.subject = rv.subject; vg.subjectBy = "antecedent of a relative clause"; return; }
        break;
      }
      if (npAt[p] >= 0) {
        const np = topAt(p)!;
        // "women who passed through X last year were arrested": a date phrase is never the subject
        if (!np.prep && np.w0 > 0 && doc.times.some((t) => t.start <= np.start && np.end <= t.end)) { p = np.w0 - 1; continue; }
        let cand = np;
        if (np.prep) {
          // inside a prepositional phrase: climb to its host noun phrase
          let h = np;
          while (h.prep && h.hostNP != null) h = top(h.hostNP);
          if (h.prep) { p = Math.min(np.w0, h.w0) - 2; continue; }
          cand = h;
        }
        if (cand.appos != null && cand.w0 > nps[cand.appos].w0 && tag(cand.head) !== "PROPN") cand = top(cand.appos);
        // "the men who recruited them were released": the relative clause's object is not the main subject
        const rel = vgs.find((v) => v.object === cand.id && v.subject != null && v.subjectBy?.startsWith("relative pronoun") && v.w1 <= cand.w0);
        if (rel && vg.form === "finite" && !vg.relative && !nps[rel.subject!].prep && !nps[rel.subject!].pron) { vg.subject = rel.subject; vg.subjectBy = "antecedent of a relative clause"; return; }
        vg.subject = cand.id; vg.subjectBy = "nearest noun phrase";
        return;
      }
      p--;
    }
  }
  /** Words [a, b) are one noun phrase with its attachments, perhaps after an adverb: no verb, no clause boundary. */
  function asideNP(a: number, b: number): boolean {
    let k = a;
    while (k < b && tag(k) === "ADV") k++;
    if (k >= b || npAt[k] < 0 || RELATIVES.has(low(k))) return false;
    for (let j = k; j < b; j++) if (vgAt[j] >= 0 || isBoundary(j) || (npAt[j] < 0 && /^(VERB|AUX|PRON|SCONJ|PUNCT)$/.test(tag(j)))) return false;
    return true;
  }
  function resolveInfinitive(vg: VG, prev: number): void {
    // prev: word before "to" (skipping adverbs)
    if (prev < 0) return;
    if (vgAt[prev] >= 0) {
      const gov = vgs[vgAt[prev]];
      vg.governor = gov.id; gov.complements.push(vg.id);
      if (gov.copula) { setFromCopula(vg, gov); return; }
      vg.subject = gov.subject; vg.controller = gov.id; vg.subjectBy = "subject control"; return;
    }
    if (tag(prev) === "ADJ" && vgAt[prev - 1] >= 0) {
      const gov = vgs[vgAt[prev - 1]];
      vg.governor = gov.id; gov.complements.push(vg.id);
      vg.subject = gov.subject; vg.controller = gov.id; vg.subjectBy = `"${low(prev)} to"`; return;
    }
    const np = topAt(prev);
    if (!np) return;
    // the verb the NP belongs to
    let h = np;
    while (h.prep && h.hostNP != null) h = top(h.hostNP);
    let gov: VG | undefined;
    for (const v of vgs) {
      if (v.id === vg.id) continue;
      if (v.object === h.id || v.predicate === h.id || v.pps.some((pp) => pp.np === h.id || pp.np === np.id)) { gov = v; }
    }
    if (!gov && h.hostVG != null) gov = vgs[h.hostVG];
    if (!gov) return;
    vg.governor = gov.id; gov.complements.push(vg.id);
    if (gov.predicate === h.id) { setFromCopula(vg, gov); return; }
    // "used children to carry weapons" is object control, "used deception to recruit" a means the subject employs
    const meansOnly = gov.lemma === "use" && gov.object != null && !PEOPLE_NOUNS.has(low(nps[gov.object].head)) && !nps[gov.object].pron;
    if (OBJECT_CONTROL.has(gov.lemma) && !meansOnly) {
      const viaPP = /^(rely|count|call|depend|prevail)$/.test(gov.lemma) ? gov.pps.find((pp) => pp.np === h.id && /^(on|upon)$/.test(pp.prep)) : undefined;
      const obj = gov.object != null ? gov.object : viaPP?.np;
      if (obj != null) { vg.subject = obj; vg.controller = gov.id; vg.subjectBy = `object control by "${gov.lemma}"`; return; }
    }
    vg.subject = gov.subject; vg.controller = gov.id; vg.subjectBy = "purpose clause";
  }
  function setFromCopula(vg: VG, cop: VG): void {
    let s = cop.subject != null ? nps[cop.subject] : undefined;
    if (s && s.possessor != null && PLAN_NOUNS.has(words[s.head].lemma)) { vg.subject = s.possessor; vg.subjectBy = "possessor of a plan"; vg.controller = cop.id; return; }
    if (s) { vg.subject = s.id; vg.subjectBy = "subject of the copula"; vg.controller = cop.id; }
    void s;
  }
  function resolveGerund(vg: VG, prev: number): void {
    if (prev < 0) return;
    if (vgAt[prev] >= 0) { const gov = vgs[vgAt[prev]]; vg.governor = gov.id; gov.complements.push(vg.id); vg.subject = gov.subject; vg.controller = gov.id; vg.subjectBy = "subject control"; return; }
    if (tag(prev) === "ADP") {
      vg.prepBefore = low(prev);
      const host = prev - 1 >= 0 ? (vgAt[prev - 1] >= 0 ? vgs[vgAt[prev - 1]] : undefined) : undefined;
      if (host) {
        vg.governor = host.id; host.complements.push(vg.id);
        if (OBJECT_CONTROL.has(host.lemma) && host.object != null) { vg.subject = host.object; vg.subjectBy = `object of "${host.lemma}"`; return; }
        if (host.copula && host.subject != null) { vg.subject = host.subject; vg.subjectBy = "subject of the copula"; return; }
        vg.subject = host.subject; vg.subjectBy = "subject control"; return;
      }
      // "…, before pledging allegiance to X": an adjunct gerund after a comma shares the main clause's subject
      if (prev - 1 >= 0 && low(prev - 1) === "," && /^(before|after|while|since|without|by|upon|despite|instead of)$/.test(low(prev))) {
        const main = finiteSeen.length ? vgs[finiteSeen[0]] : undefined;
        if (main && main.subject != null) { vg.subject = main.subject; vg.controller = main.id; vg.subjectBy = "adjunct gerund"; return; }
      }
      // "accused of running a camp and of recruiting young men": the second gerund shares the first's subject
      if (prev - 1 >= 0 && /^(and|or)$/.test(low(prev - 1))) {
        let first: VG | undefined;
        for (let q = vg.id - 1; q >= 0; q--) if (vgs[q].form === "gerund" && vgs[q].prepBefore === vg.prepBefore) { first = vgs[q]; break; }
        if (first) {
          vg.governor = first.governor; if (first.governor != null) vgs[first.governor].complements.push(vg.id);
          vg.subject = first.subject; vg.coordOf = first.id; vg.subjectBy = "coordinated gerund"; return;
        }
      }
      const hostNP = topAt(prev - 1);
      // "were flown to Istanbul before crossing into Syria": after a clause's prepositional phrase, a time adjunct shares the clause's subject
      if (hostNP && hostNP.prep && /^(before|after|upon|while|without)$/.test(low(prev))) {
        const main = lastVGBefore(prev);
        if (main && main.subject != null && main.form === "finite") { vg.subject = main.subject; vg.controller = main.id; vg.subjectBy = "adjunct gerund"; return; }
      }
      if (hostNP) {
        // "the man in charge of procuring": the noun, or the copula's subject for "was in charge of"
        vg.subject = hostNP.id; vg.subjectBy = "noun before the preposition"; return;
      }
      // "was in charge of procuring": preposition right after a copula
      const cop = lastVGBefore(prev);
      if (cop && cop.w1 === prev) { vg.governor = cop.id; vg.subject = cop.subject; vg.subjectBy = "subject of the copula"; }
      return;
    }
    if (low(prev) === "," || low(prev) === "--") {
      // an adjunct participle shares the main clause's subject
      const main = finiteSeen.length ? vgs[finiteSeen[finiteSeen.length - 1]] : undefined;
      let m = main;
      while (m && m.relative && m.coordOf == null && finiteSeen.length > 1) { const idx = finiteSeen.indexOf(m.id); m = idx > 0 ? vgs[finiteSeen[idx - 1]] : undefined; }
      m = m ?? main;
      if (m) { vg.subject = m.subject; vg.controller = m.id; vg.subjectBy = "adjunct participle"; }
      return;
    }
    const host = topAt(prev);
    if (host) { vg.subject = host.id; vg.subjectBy = "reduced relative"; }
  }

  // resolve coordinations in npAt views: keep npAt pointing at innermost chunks
  return { sentence, words, nps, vgs, npAt, vgAt, boundaries };
}

/** The parse of every sentence, computed once per Doc and kept on it (layer `parse`). */
export function parseOf(doc: Doc): SentenceParse[] {
  if (!doc.parse || doc.parse.length !== doc.sentences.length) {
    doc.parse = doc.sentences.map((_, si) => parseSentence(doc, si));
  }
  return doc.parse;
}

/** The outermost NP containing `id` (its coordination if any). */
export function outer(p: SentenceParse, id: number): NP {
  let x = p.nps[id];
  while (x.inCoord != null) x = p.nps[x.inCoord];
  return x;
}
