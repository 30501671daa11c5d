// Claims read off the shape of noun phrases, at the level of words, where the verb and noun
// frames miss them because the chunker split or mistagged the phrase: titles in apposition
// ("X, the group's jailed leader", "Hezbollah's secretary-general, X", "whom the army identified
// as a financial chief of Y"), a group named by its leader ("the RSF of Hemedti"), sides named
// by a compound ("the al-Qaeda-aligned faction", "Iran-backed militias") or by a phrase ("in
// support of the M23", "fighting on its side"). Each reading holds for any group or title.
import type { Doc } from "../doc.js";
import type { Candidate } from "./match.js";
import type { NP, SentenceParse } from "./parse.js";
import type { Word } from "./words.js";
import { GROUP_NOUNS, LEADER_TITLES } from "./frames.js";
import { countryOfDemonym } from "./nationality.js";
import { isGroupish, mentionsWithin, npArg, spanArg, withoutPossessive, type ArgValue } from "./roles.js";

/** Words that name a rank over a group: the frames' titles and their compounds; a spokesman or a mufti leads no one. */
const TITLES = new Set([...LEADER_TITLES, "leaders", "co-founder", "governor", "secretary-general", "commander-in-chief", "second-in-command", "chieftain", "warlord"]
  .filter((t) => t !== "spokesman" && t !== "mufti"));
/** Verbs that say what someone is: "whom the army identified as", "described as". */
const DESCRIBING = new Set(["describe", "identify", "name", "appoint", "confirm", "list", "present"]);
/** Common nouns that stand for an armed group when they modify a title ("a bandit leader", "the rebel commander"). */
const GROUP_MODIFIERS = new Set(["bandit", "rebel", "militia", "gang", "insurgent", "jihadist", "guerrilla", "separatist", "pirate", "cartel"]);
/** Heads that make a phrase a unit someone can lead ("the katiba of Omar Omsen", "the gang of X"). */
const STATE_BODIES = new Set(["government", "regime", "state", "ministry", "council", "authorities", "police", "military", "army", "forces", "force"]);
const LED_UNITS = new Set([...[...GROUP_NOUNS].filter((g) => !STATE_BODIES.has(g)), "katiba", "unit", "band", "men", "fighters", "column", "wing", "loyalists", "followers"]);
/** Compounds naming a side by what links it to another: "Iran-backed", "al-Qaeda-aligned". */
const SIDE_COMPOUND = /^(.+?)-(backed|aligned|allied|supported|sponsored|affiliated)$/i;

const isName = (w: Word | undefined): boolean => w != null && w.tag === "PROPN" && /^[A-Z]/.test(w.text);
const trig = (w: Word): [number, number] => [w.start, w.end];

// Each reading runs only where its words occur in the sentence: one pass over the words with one map lookup each.
const TITLE = 1, MEMBER = 2, PIT = 4, SUPPORT = 8, LIST = 16, UNDER = 32, OF = 64, COMPOUND = 128;
const GATE = new Map<string, number>([
  ...[...TITLES, "second"].map((w) => [w, TITLE] as [string, number]),
  ["members", MEMBER], ["member", MEMBER], ["part", MEMBER], ["pit", PIT], ["pits", PIT], ["pitted", PIT], ["pitting", PIT],
  ["support", SUPPORT], ["in support of", SUPPORT], ["side", SUPPORT], ["list", LIST], ["subject", LIST], ["under", UNDER], ["of", OF],
]);

export function matchPhraseReadings(doc: Doc, p: SentenceParse, out: Candidate[]): void {
  let has = 0;
  for (const w of p.words) { has |= GATE.get(w.lower) ?? 0; if (w.text.length > 8 && w.text.includes("-")) has |= COMPOUND; }
  if (has & TITLE) titleAppositions(doc, p, out);
  if (has & LIST) onTheList(doc, p, out);
  if (has & UNDER) underControl(doc, p, out);
  if (has & MEMBER) membersByDescription(doc, p, out);
  if (has & PIT) pitAgainst(doc, p, out);
  if (has & OF) groupsOfLeaders(doc, p, out);
  if (has & COMPOUND) sideCompounds(doc, p, out);
  if (has & SUPPORT) supportPhrases(doc, p, out);
}

/** A person's name as a run of proper nouns ending at `e` (inclusive); undefined when it names a group or place. */
function personRunEndingAt(doc: Doc, W: Word[], e: number): [number, number] | undefined {
  if (!isName(W[e]) || W[e].poss) return undefined;
  let s = e;
  while (s - 1 >= 0 && (isName(W[s - 1]) || /^(al|bin|ibn|abu|ag|ould|el|da|de)$/i.test(W[s - 1].text)) && !W[s - 1].poss) s--;
  if (s > 0 && /^(alias|aka)$/i.test(W[s - 1].text)) { /* "alias Arturo" is the name */ }
  return personLike(doc, W, s, e) ? [s, e] : undefined;
}
function personRunStartingAt(doc: Doc, W: Word[], s: number): [number, number] | undefined {
  let k = s;
  if (W[k] && /^(alias|aka)$/i.test(W[k].text)) k++;
  if (!isName(W[k])) return undefined;
  let e = k;
  while (e + 1 < W.length && isName(W[e + 1]) && !W[e].poss) e++;
  return personLike(doc, W, k, e) ? [k, e] : undefined;
}
/** A name that is not a group, a country or a place, and not a bare demonym. */
function personLike(doc: Doc, W: Word[], s: number, e: number): boolean {
  const ms = mentionsWithin(doc, W[s].start, W[e].end);
  if (ms.some((m) => m.type === "person")) return true;
  // a name of several words in apposition with a title is a person's, even where an earlier stage typed it a place
  if (ms.some((m) => m.type === "armed_group" || m.type === "organization" || m.type === "country" || m.type === "population" || (m.type === "place" && e === s))) return false;
  // "on 2 March": a date is no one
  if (doc.times.some((t) => t.start < W[e].end && W[s].start < t.end)) return false;
  // an untyped name: two words or more, or one given as an alias ("alias Arturo")
  return e > s || (s > 0 && /^(alias|aka|“|"|‘)$/i.test(W[s - 1].text)) || /["“]\s*$/.test(doc.text.slice(Math.max(0, W[s].start - 2), W[s].start));
}

// ---- "X, the group's jailed leader", "Hezbollah's secretary-general, X", "X, head of the Y", "whom they described as ISKP's intelligence chief"
function titleAppositions(doc: Doc, p: SentenceParse, out: Candidate[]): void {
  const W = p.words;
  for (let k = 0; k < W.length; k++) {
    let titleEnd = k;
    const lower = W[k].lower;
    if (lower === "second" && W[k + 1]?.lower === "in" && W[k + 2]?.lower === "command") titleEnd = k + 2;
    else if (!TITLES.has(lower) || W[k].tag === "VERB" || W[k].tag === "AUX") continue;
    // the phrase before the title: modifiers, then a possessor or a determiner
    let j = k - 1, group: ArgValue | undefined, groupMod: [number, number] | undefined;
    let mods = 0;
    while (j >= 0 && mods < 3 && !W[j].poss && /^(ADJ|NOUN|VERB|PROPN)$/.test(W[j].tag) && !/^[,;:]$/.test(W[j].text) && !TITLES.has(W[j].lower)) { j--; mods++; }
    let s = j + 1;
    if (j >= 0 && W[j].poss) {
      let ps = j;
      while (ps - 1 >= 0 && isName(W[ps - 1]) && !W[ps - 1].poss) ps--;
      if (ps - 1 >= 0 && W[ps - 1].lower === "the") ps--;
      const a = spanArg(doc, W[ps].start, W[j].end);
      if (a) group = withoutPossessive(a);
      s = ps;
    } else if (j >= 0 && /^(its|their)$/.test(W[j].lower)) {
      // "its leader, X": the pronoun as coreference resolved it
      const id = p.npAt[j];
      group = id != null && id >= 0 ? npArg(doc, p, id) : undefined;
      s = j;
    } else if (j >= 0 && /^(the|a|an)$/.test(W[j].lower)) s = j;
    else if (j >= 0 && W[j].text !== "," && W[j].lower !== "as") continue;
    // "the Tuareg founder of Ansar Dine", "head of the army's Defence Industries System": the of-phrase is the group
    let e = titleEnd;
    if (W[titleEnd + 1]?.lower === "of") {
      const id = p.npAt[titleEnd + 2];
      if (id != null && id >= 0) {
        let np: NP = p.nps[id];
        while (np.inCoord != null) np = p.nps[np.inCoord];
        if (isGroupish(doc, p, np) || isName(W[np.head])) {
          // "head of the Front for Change and Concord": a group's name may run past the phrase the chunker closed
          const longer = mentionsWithin(doc, np.start, W[W.length - 1].end).filter((m) => (m.type === "armed_group" || m.type === "organization") && m.start <= W[np.head].start && m.end > np.end).sort((x, y) => y.end - x.end)[0];
          const end = longer ? longer.end : np.end;
          group = longer ? spanArg(doc, np.start, longer.end) : npArg(doc, p, np.id);
          e = p.words.findIndex((w) => w.start >= end) - 1; if (e < 0) e = W.length - 1;
        }
      }
    }
    // "ISKP's intelligence chief" (no possessor found), "the bandit leader": a name or a group word among the modifiers
    if (!group) {
      for (let m = j + 1; m < k; m++) {
        if (isName(W[m]) && mentionsWithin(doc, W[m].start, W[m].end).some((x) => x.type === "armed_group" || x.type === "organization")) { group = spanArg(doc, W[m].start, W[m].end); break; }
        if (GROUP_MODIFIERS.has(W[m].lower)) groupMod = [m, m];
      }
      if (!group && groupMod) group = spanArg(doc, W[groupMod[0]].start, W[groupMod[1]].end);
    }
    if (!group) continue;
    // the leader: a name in apposition after ("…'s emir, Ahmed Diriye") or before ("Joly Germine, the gang's leader"), or the one described
    let leader: [number, number] | undefined;
    if (W[e + 1]?.text === ",") leader = personRunStartingAt(doc, W, e + 2);
    if (!leader && s >= 2 && W[s - 1].text === ",") leader = personRunEndingAt(doc, W, s - 2);
    // "X, Hemedti's brother and the RSF's procurement chief": the title is the second of coordinated appositions
    if (!leader && s >= 2 && W[s - 1].lower === "and") {
      for (let b = s - 2, n = 0; b >= 1 && n < 7; b--, n++) {
        if (W[b].tag === "VERB" || W[b].tag === "AUX") break;
        if (W[b].text === ",") { leader = personRunEndingAt(doc, W, b - 1); break; }
      }
    }
    // "whom the army identified as a financial chief of …", "alias Arturo, described as the second in command of …"
    if (!leader && s >= 2 && W[s - 1].lower === "as" && DESCRIBING.has(W[s - 2].lemma)) {
      for (let b = s - 3, n = 0; b >= 1 && n < 6; b--, n++) {
        if (W[b].text === ",") { leader = personRunEndingAt(doc, W, b - 1); break; }
      }
    }
    if (!leader) continue;
    const who = spanArg(doc, W[leader[0]].start, W[leader[1]].end);
    const role = spanArg(doc, W[s].start, W[e].end);
    if (!who || !role) continue;
    const hasCopy = out.some((c) => c.type === "leadership" && c.args.leader && !Array.isArray(c.args.leader) && c.args.leader.span[0] === who.span[0] && c.args.group);
    if (hasCopy) continue;
    out.push({ type: "leadership", args: { leader: who, group, role }, roleNPs: {}, sentence: p.sentence, trigger: trig(W[k]), frame: "leadership", pattern: `title "${W.slice(k, titleEnd + 1).map((w) => w.lower).join(" ")}" in apposition with a name`, confidence: 0.6, kind: "phrase" });
  }
}

// ---- "officers are believed to be paid members of gangs", "the Wagner Group, now part of Russia's Africa Corps":
// a subject described as members of a group, a name in apposition with "part of" a group
const BE = new Set(["be", "is", "are", "was", "were", "been", "being", "become", "became", "remain", "remained"]);
function membersByDescription(doc: Doc, p: SentenceParse, out: Candidate[]): void {
  const W = p.words;
  for (let k = 1; k + 2 < W.length; k++) {
    const lower = W[k].lower;
    if (W[k + 1].lower !== "of" || !/^(members|member|part)$/.test(lower)) continue;
    const gid = p.npAt[k + 2];
    if (gid == null || gid < 0) continue;
    let gnp: NP = p.nps[gid];
    // the chunker may hold "members of gangs" as one phrase: the group is its of-complement
    if (gnp.w0 <= k) { if (gnp.of == null) continue; gnp = p.nps[gnp.of]; }
    while (gnp.inCoord != null) gnp = p.nps[gnp.inCoord];
    if (!isGroupish(doc, p, gnp) && !(W[gnp.head].tag === "NOUN" && LED_UNITS.has(W[gnp.head].lower))) continue;
    // walk back over modifiers ("paid", "active", "senior") and adverbs ("now") to a copula or an apposition's comma
    let j = k - 1;
    while (j >= 0 && j >= k - 3 && /^(ADJ|VERB|ADV|DET)$/.test(W[j].tag) && !BE.has(W[j].lower)) j--;
    let member: ArgValue | undefined, memberNP: number | undefined;
    if (j >= 0 && BE.has(W[j].lower)) {
      const v = p.vgs.find((x) => x.subject != null && W[x.head].start >= W[j].start - 1 && x.start <= W[k].start) ?? p.vgs.find((x) => x.subject != null && x.start <= W[j].start && W[j].start <= x.end);
      if (v?.subject != null) { memberNP = v.subject; member = npArg(doc, p, v.subject); }
    } else if (j >= 1 && W[j].text === "," && lower === "part") {
      const mid = p.npAt[j - 1];
      if (mid != null && mid >= 0 && isGroupish(doc, p, p.nps[mid])) { memberNP = mid; member = npArg(doc, p, mid); }
    }
    const group = npArg(doc, p, gnp.id);
    if (!member || !group || memberNP === gnp.id) continue;
    out.push({ type: "membership", args: { member, group, role: spanArg(doc, W[k].start, W[k].end)! }, roleNPs: memberNP != null ? { member: memberNP } : {}, sentence: p.sentence, trigger: trig(W[k]), frame: "membership", pattern: `"${lower} of G" said of a subject or a name`, confidence: 0.55, kind: "phrase" });
  }
}

// ---- "X is on the UN's sanctions list", "X has been on that list since 1997", "X is subject to UN and U.S. sanctions":
// a state of being listed is a designation of the copula's subject; the list's owner is the authority
const LIST_HEADS = new Set(["list", "blacklist", "register", "sanctions", "sanction"]);
function onTheList(doc: Doc, p: SentenceParse, out: Candidate[]): void {
  const W = p.words;
  for (const v of p.vgs) {
    if (!v.copula || v.subject == null || v.negated || !v.pps.length) continue;
    let listNP: NP | undefined, authority: ArgValue | undefined;
    const on = v.pps.find((pp) => pp.prep === "on" && W[p.nps[pp.np].head].lower === "list");
    if (on) {
      listNP = p.nps[on.np];
      if (listNP.possessor != null) { const a = npArg(doc, p, listNP.possessor); authority = a && !Array.isArray(a) ? withoutPossessive(a) : a; }
    }
    // "subject to UN and U.S. sanctions": the owners are named before the sanctions
    const subjectTo = v.predAdj === "subject" || W[v.head + 1]?.lower === "subject" ? v.pps.find((pp) => pp.prep === "to") : undefined;
    if (!listNP && subjectTo) {
      const end = W.findIndex((w, i) => i > subjectTo.at && LIST_HEADS.has(w.lower));
      if (end < 0) continue;
      const owners = W.slice(subjectTo.at + 1, end).filter((w) => isName(w));
      if (owners.length) authority = owners.map((w) => spanArg(doc, w.start, w.end)!).filter(Boolean);
      listNP = p.nps[p.npAt[end]] ?? undefined;
    }
    if (!listNP) continue;
    const target = npArg(doc, p, v.subject);
    if (!target) continue;
    // "that list": the authority of the designation told just before
    if (!authority) {
      const prev = out.filter((c) => c.type === "designation" && c.args.authority).pop();
      authority = prev?.args.authority;
    }
    const args: Record<string, ArgValue> = { target };
    if (authority && (!Array.isArray(authority) || authority.length)) args.authority = authority;
    const list = npArg(doc, p, listNP.id);
    if (list) args.list = list;
    out.push({ type: "designation", args, roleNPs: { target: v.subject }, sentence: p.sentence, trigger: [W[v.head].start, listNP.end], frame: "designation", pattern: `copula + "${on ? "on the list" : "subject to sanctions"}": the subject is listed`, confidence: 0.6, vg: v.id, kind: "phrase" });
  }
}

// ---- "areas under its control in the Juba valley", "villages under the group's control": the group holds the place
function underControl(doc: Doc, p: SentenceParse, out: Candidate[]): void {
  const W = p.words;
  for (const np of p.nps) {
    if (np.prep !== "under" || np.hostNP == null || !/^(control|rule|sway|occupation)$/.test(W[np.head].lower) || np.possessor == null) continue;
    const group = npArg(doc, p, np.possessor);
    if (!group) continue;
    // the place: one named after the phrase ("in the Juba valley"), else the host when it names a place
    const after = np.pps.find((pp) => pp.prep === "in" || pp.prep === "across" || pp.prep === "around");
    const host = p.nps[np.hostNP];
    const placeId = after ? after.np : host.id;
    const place = p.nps[placeId];
    let location = npArg(doc, p, placeId);
    // "the Juba and Shabelle valleys": the chunker may leave the second conjunct outside the phrase
    if (after && W[place.w1]?.lower === "and") { const next = p.npAt[place.w1 + 1]; if (next != null && next >= 0) location = spanArg(doc, place.start, p.nps[next].end); }
    if (!location) continue;
    out.push({ type: "presence", args: { group, location }, roleNPs: {}, sentence: p.sentence, trigger: [W[np.w0].start, np.end], frame: "presence", pattern: `"under X's ${W[np.head].lower}": the group holds the place`, confidence: 0.55, kind: "phrase" });
  }
}

// ---- "the war pits A against B", "the fighting pitted A against B": read off the words, as "pits" is often tagged a noun
const FIGHT_NOUNS = new Set(["war", "fighting", "conflict", "clashes", "battle", "violence", "feud", "rivalry", "insurgency", "offensive"]);
function pitAgainst(doc: Doc, p: SentenceParse, out: Candidate[]): void {
  const W = p.words;
  for (let k = 1; k + 1 < W.length; k++) {
    if (!/^(pits|pitted|pit|pitting)$/.test(W[k].lower) || !FIGHT_NOUNS.has(W[k - 1].lower)) continue;
    const against = W.findIndex((w, i) => i > k && w.lower === "against");
    if (against < 0) continue;
    const side = (at: number) => { let id = p.npAt[at]; if (id == null || id < 0) return undefined; while (p.nps[id].inCoord != null) id = p.nps[id].inCoord!; return id; };
    const a = side(k + 1), b = side(against + 1);
    if (a == null || b == null) continue;
    const actor = npArg(doc, p, a), target = npArg(doc, p, b);
    if (!actor || !target) continue;
    out.push({ type: "conflict", args: { actor, target }, roleNPs: { actor: a, target: b }, sentence: p.sentence, trigger: trig(W[k]), frame: "conflict", pattern: `"${W[k - 1].lower} ${W[k].lower} A against B"`, confidence: 0.55, kind: "phrase" });
  }
}

// ---- "the RSF of Mohamed Hamdan Dagalo", "the gang of Kachalla Danladi Maigemu", "the French-speaking katiba of Omar Omsen"
function groupsOfLeaders(doc: Doc, p: SentenceParse, out: Candidate[]): void {
  const W = p.words;
  for (const np of p.nps) {
    if (np.of == null || np.partitive || np.pron) continue;
    const head = W[np.head];
    if (TITLES.has(head.lower)) continue;
    const unit = LED_UNITS.has(head.lower) || head.tag === "PROPN" && mentionsWithin(doc, np.start, np.end).some((m) => m.type === "armed_group" && m.end >= head.end);
    if (!unit) continue;
    const of = p.nps[np.of];
    if (of.conj || !isName(W[of.head])) continue;
    // the leader is a person: "the village of Arab Saeed", "the army of Mali" are no leaderships
    const inner = mentionsWithin(doc, of.start, of.end);
    // a name of several words the recogniser guessed a place (not one the gazetteer knows) may still be a person's
    const guessed = (m: (typeof inner)[number]) => m.type === "person" || (m.type === "place" && m.source === "ner");
    const named = inner.some((m) => m.type === "person") || (of.head - of.w0 >= 1 && W.slice(of.w0, of.w1).every((w) => isName(w) || /^(al|bin|ibn|abu|ag|ould)$/i.test(w.text)) && inner.every(guessed));
    if (!named) continue;
    const leader = npArg(doc, p, of.id);
    const group = spanArg(doc, np.start, np.end, head.start);
    if (!leader || !group) continue;
    out.push({ type: "leadership", args: { leader, group }, roleNPs: {}, sentence: p.sentence, trigger: trig(head), frame: "leadership", pattern: `"${head.lower} of PERSON": a group named by its leader`, confidence: 0.55, kind: "phrase" });
  }
}

// ---- "the al-Qaeda-aligned faction", "Iran-backed militias", "U.S.-supported forces": the compound names an ally
function sideCompounds(doc: Doc, p: SentenceParse, out: Candidate[]): void {
  const W = p.words;
  for (const np of p.nps) {
    for (let k = np.w0; k < np.head; k++) {
      const m = W[k].text.length > 8 && W[k].text.includes("-") ? SIDE_COMPOUND.exec(W[k].text) : null;
      if (!m || !/^[A-Z]/.test(m[1].replace(/^al-/i, "A"))) continue;
      const other = spanArg(doc, W[k].start, W[k].start + m[1].length);
      // the phrase itself, or the name it stands in apposition with ("Ansaru, the al-Qaeda-aligned faction")
      const host = np.appos != null && isName(W[p.nps[np.appos].head]) ? p.nps[np.appos] : np;
      if (!isGroupish(doc, p, host) && !isGroupish(doc, p, np)) continue;
      const self = host === np ? spanArg(doc, W[k + 1].start, np.end, W[np.head].start) : npArg(doc, p, host.id);
      if (!other || !self) continue;
      out.push({ type: "alliance", args: { parties: [self as import("../contract.js").Arg, other].flat() }, roleNPs: {}, sentence: p.sentence, trigger: trig(W[k]), frame: "alliance", pattern: `"X-${m[2].toLowerCase()}" compound`, confidence: 0.55, kind: "phrase" });
    }
  }
}

// ---- "deployed troops in support of the M23", "are fighting on its side", "fought on the side of X": the subject sides with X
function supportPhrases(doc: Doc, p: SentenceParse, out: Candidate[]): void {
  const W = p.words;
  for (const v of p.vgs) {
    if (v.subject == null || v.negated) continue;
    for (const pp of v.pps) {
      let ally: number | undefined;
      const np = p.nps[pp.np];
      if (pp.prep === "in support of") ally = pp.np;
      else if (pp.prep === "in" && W[np.head].lower === "support" && np.of != null) ally = np.of;
      else if (pp.prep === "on" && W[np.head].lower === "side") ally = np.possessor ?? np.of;
      if (ally == null) continue;
      const subj = p.nps[v.subject];
      const a = npArg(doc, p, subj.id), b = npArg(doc, p, ally);
      if (!a || !b || !(isGroupish(doc, p, subj) || subj.pron) || !(isGroupish(doc, p, p.nps[ally]) || p.nps[ally].pron)) continue;
      // a pronoun that coreference bound to the subject itself names no second side
      if (!Array.isArray(a) && !Array.isArray(b) && a.entity != null && a.entity === b.entity) continue;
      out.push({ type: "alliance", args: { parties: [a, b].flat() }, roleNPs: { parties: subj.id }, sentence: p.sentence, trigger: [W[pp.at].start, np.end], frame: "alliance", pattern: `"${pp.prep} … ${W[np.head].lower}" after a verb: the subject takes a side`, confidence: 0.55, vg: v.id, kind: "phrase" });
    }
  }
}

/** Readings that name no one: a leader that is a nationality ("commanders, a Jordanian and a Yemeni"). */
export function dropUnfounded(doc: Doc, out: Candidate[]): Candidate[] {
  return out.filter((c) => {
    // "fighting on its side" is no fight against the side
    if (c.type === "conflict" && c.args.target && !Array.isArray(c.args.target) && /\bside$/i.test(c.args.target.text)) return false;
    // a side with neither an enemy nor a place: "men are fighting for money" serve someone, "the Syrian war" names a country's war
    if (c.type === "conflict" && !c.args.target && !c.args.location) {
      const trigger = doc.text.slice(c.trigger[0], c.trigger[1]).toLowerCase();
      if (/^(war|wars|conflict|crisis)$/.test(trigger) || /^(fight|fought|fighting|fights)$/.test(trigger) && /^\s+(?:\w+\s+)?for\b/i.test(doc.text.slice(c.trigger[1], c.trigger[1] + 20))) return false;
      if (c.args.actor && !Array.isArray(c.args.actor) && /^(share|number|men|people)$/i.test(c.args.actor.text.split(/\s+/).pop()!)) return false;
    }
    // "Afghan fighters of the Fatemiyoun Brigade": a contingent counted by its origin is a flow, not a membership row
    if (c.type === "membership" && c.args.member && !Array.isArray(c.args.member) && /^(fighters|members|militants|volunteers)$/i.test(c.args.role && !Array.isArray(c.args.role) ? c.args.role.text : "")
      && countryOfDemonym(c.args.member.text.split(/\s+/)[0]) != null) return false;
    // "its Arauca front": a unit named for a place is no member of its own
    if (c.type === "membership" && c.args.member && !Array.isArray(c.args.member) && !/\s/.test(c.args.member.text.trim())
      && mentionsWithin(doc, c.args.member.span[0], c.args.member.span[1]).some((m) => m.type === "place" || m.type === "country")) return false;
    if (c.type !== "leadership") return true;
    const l = c.args.leader;
    const ls = l == null ? [] : Array.isArray(l) ? l : [l];
    return !(ls.length && ls.every((x) => countryOfDemonym(x.text) != null));
  });
}
