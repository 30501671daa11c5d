// Applies the frame lexicon to one sentence's parse: verb frames over verb groups (with
// voice, control and coordination already resolved by the parser), noun frames over
// nominalisations and agent nouns, and a few phrase-internal patterns ("the ISIS caliph
// Abu Bakr al-Baghdadi", "al Qaeda affiliate AST", "a joint AST-ISIS operation",
// "X is in charge of Y", "together with").
import type { ClaimType } from "../contract.js";
import type { Doc, Mention } from "../doc.js";
import { FACILITY_NOUNS, GENERIC_HEADS, ITEM_HEADS, GROUP_NOUNS, IRREALIS_GOVERNORS, LEADER_TITLES, NOUN_FRAMES, PEOPLE_NOUNS, URGE_VERBS, VERB_FRAMES, type NounFrame, type VerbFrame } from "./frames.js";
import { ROLE_NOUNS, type NP, type SentenceParse, type VG } from "./parse.js";
import type { Word } from "./words.js";
import { PLACE_NOUNS, isGroupish, isPlaceish, placeNP, mentionsWithin, npArg, originFromNationality, preferName, spanArg, withoutPossessive, type ArgValue } from "./roles.js";
import { countryOfDemonym, isCountryName } from "./nationality.js";
import { dropUnfounded, matchPhraseReadings } from "./phrase-readings.js";

export interface Candidate {
  type: ClaimType;
  args: Record<string, ArgValue>;
  /** NP ids behind the roles, for quantities. */
  roleNPs: Record<string, number>;
  sentence: number;
  trigger: [number, number];
  frame: string;
  pattern: string;
  confidence: number;
  /** Verb group whose cues govern the claim (modality). */
  vg?: number;
  kind?: "verb" | "noun" | "phrase";
}

const REPORTING = new Set(["report", "say", "announce", "claim", "state", "tell", "confirm", "add", "note", "explain", "insist", "acknowledge", "admit", "warn", "reveal", "disclose"]);
/** Nouns that take "they" though singular in form. */
const COLLECTIVE = new Set(["police", "authorities", "forces", "military", "army", "officials", "security", "troops", "people", "militants", "rebels"]);
const PRONOUN_RE = /^(he|she|it|they|them|him|his|her|its|their|we|us|i|me)$/i;
/** A pronoun argument without a known referent agrees with anything (merging). */
export const isBarePronoun = (a: { text: string; entity?: string }): boolean => PRONOUN_RE.test(a.text) && a.entity == null;

const verbIndex = new Map<string, VerbFrame[]>();
for (const f of VERB_FRAMES) for (const l of f.lemmas) verbIndex.set(l, [...(verbIndex.get(l) ?? []), f]);
const nounIndex = new Map<string, NounFrame[]>();
for (const f of NOUN_FRAMES) for (const h of f.heads) nounIndex.set(h, [...(nounIndex.get(h) ?? []), f]);

/** Lemma candidates for a verb whose lemma the tagger left inflected ("smuggled"). */
function lemmaCandidates(w: { lemma: string; lower: string }): string[] {
  const out = [w.lemma];
  const l = w.lower;
  if (l === w.lemma) {
    if (l.endsWith("ied")) out.push(l.slice(0, -3) + "y");
    if (l.endsWith("ed")) { out.push(l.slice(0, -2), l.slice(0, -1)); if (/(.)\1ed$/.test(l)) out.push(l.slice(0, -3)); }
    if (l.endsWith("ing")) { out.push(l.slice(0, -3), l.slice(0, -3) + "e"); }
    if (l.endsWith("s")) out.push(l.slice(0, -1));
  }
  return out;
}
/** Noun frames whose agent a light verb's subject supplies ("launched a recruitment campaign", "running training"). */
const LIGHT_VERB_TYPES = new Set(["training", "recruitment", "supply", "conflict", "alliance"]);
/** Verbs that end a tie rather than report one ("cut his ties with al Qaeda"). */
/** Verbs whose "as" phrase describes someone ("described as", "identified as", "served as"). */
const AS_VERBS = new Set(["know", "describe", "name", "serve", "act", "identify", "list", "regard", "consider", "see", "appoint", "install", "confirm"]);
/** Adjectives after a copula that carry a verb frame of the same name. */
const PREDICATE_ADJS = new Set(["present", "active"]);
/** Participles that hand an act to its doer ("attacks attributed to the ADF"). */
const ATTRIBUTING = new Set(["attribute", "blame", "claim", "ascribe", "carry", "conduct", "perpetrate", "stage", "launch"]);
const MEMBERSHIP_VERBS = new Set(["join", "enter", "belong", "defect", "rejoin"]);
const BREAK_VERBS = new Set(["cut", "sever", "break", "end", "renounce"]);
/** Units of an armed group that a name premodifier identifies ("the Domingo Laín front of the ELN"). */
const UNIT_NOUNS = new Set(["front", "brigade", "battalion", "bloc", "division", "column", "office", "wing", "branch", "cell", "unit", "faction", "chapter", "committee", "council", "network"]);
const nounKey = (w: { lemma: string; lower: string }) => [w.lower, w.lemma];
/** Nouns for a group's fighting strength ("in its ranks", "with 4,000 troops"). */
const RANK_NOUNS = new Set(["ranks", "rank", "fighters", "members", "militants", "forces", "troops", "fold", "army"]);
const STRENGTH_NOUNS = new Set(["fighter", "fighters", "member", "members", "troop", "troops", "militant", "militants", "men", "soldier", "soldiers", "combatant", "combatants", "gunmen", "followers", "recruits"]);
/** Words that make a group noun an armed group ("the dominant armed group", "a jihadist faction"). */
const ARMED_MODIFIERS = new Set(["armed", "militant", "jihadist", "jihadi", "rebel", "insurgent", "extremist", "terrorist", "islamist", "separatist", "paramilitary", "guerrilla", "criminal"]);
const ARMED_HEADS = new Set(["militia", "militias", "faction", "brigade", "insurgency", "army", "affiliate", "branch", "rebels", "insurgents", "militants", "jihadists"]);
/** Verbs that, done "together" by coordinated groups, make an alliance. */
const TOGETHER_VERBS = new Set(["fight", "operate", "work", "act", "attack", "train", "plan", "rule", "govern", "hold", "control", "campaign", "stand", "sit"]);
/** Means of recruiting that stand as a subject ("his sermons drew hundreds", "the group's propaganda lures"). */
const CHANNEL_NOUNS = new Set(["sermon", "sermons", "propaganda", "video", "videos", "message", "messages", "post", "posts", "preaching", "broadcast", "broadcasts", "website", "magazine", "song", "songs", "lecture", "lectures", "campaign", "appeal", "appeals", "recording", "recordings", "channel", "channels"]);
/** Verbs that report an attack as done: their object needs no named target ("carried out attacks"). */
const ACT_VERBS = new Set(["carry", "launch", "conduct", "resume", "stage", "mount", "intensify", "step", "escalate", "perpetrate", "execute", "unleash"]);
/** Verbs that observe or report a fight rather than wage it ("our monitors recorded clashes"). */
const OBSERVING_VERBS = new Set(["record", "report", "document", "register", "see", "note", "observe", "describe", "witness", "count", "monitor", "confirm", "deny", "condemn", "investigate", "verify", "track", "log", "cite", "attribute", "blame", "mention", "list", "tally"]);
/** A state's forces: counted where they are, they are its presence, not a flow of foreigners. */
const STATE_FORCES = new Set(["soldier", "soldiers", "troop", "troops", "police", "policemen", "officer", "officers", "peacekeeper", "peacekeepers", "army", "forces", "personnel", "marines", "gendarmes", "advisers", "advisors", "contractors", "mercenaries"]);
/** Means of transport: "by boat", "by road" say how, not who. */
const TRANSPORT_NOUNS = new Set(["boat", "boats", "road", "sea", "air", "plane", "bus", "buses", "car", "cars", "truck", "trucks", "foot", "land", "dhow", "dhows", "motorbike", "motorbikes", "train", "canoe", "canoes", "ship", "ferry", "lorry", "lorries", "donkey", "camel", "camels"]);
/** Nouns of fighting between sides, which need no named attacker ("clashes in Mweso"). */
const RECIPROCAL_FIGHTS = new Set(["fighting", "clashes", "clash", "battles", "battle", "hostilities", "combat", "skirmishes", "gunfights", "firefights", "gun battles"]);
/** Nouns for an attack that can be the subject of "killed". */
const ATTACK_HEADS = new Set(["bombing", "bombings", "attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "blast", "explosion", "ambush", "raid", "assault", "shelling", "bomb", "ied", "missile", "rocket", "mortar", "shooting", "massacre", "operation", "offensive", "barrage"]);
/** Verbs whose subject owns the attack that is their object ("claimed", "carried out", "launched"). */
const ATTACK_CLAIMERS = new Set(["claim", "carry", "launch", "conduct", "stage", "mount", "perpetrate", "commit", "orchestrate", "mastermind", "plan", "execute", "order"]);
/** Roles whose coordinated members, each with its own count, make one claim each. */
const SPLIT_ROLES = ["victims", "people", "recruits", "trainees", "member"];
/** Prepositions of a journey under way ("on their way to", "en route to", "bound for"). */
const WAY_PREPS = new Set(["on their way to", "on the way to", "on his way to", "on her way to", "en route to", "bound for", "headed for", "heading for"]);
/** Count nouns that stand for people already named ("a smaller number", "hundreds more"). */
const ANAPHORIC_COUNTS = new Set(["half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths", "number", "handful", "majority", "minority", "dozens", "hundreds", "thousands", "scores", "most", "many", "several", "others", "some", "few", "more"]);
/** Heads that carry the action named by their modifier. */
const CARRIER_NOUNS = new Set(["campaign", "drive", "effort", "network", "video", "operation", "cell", "ring", "route", "pipeline", "push", "program", "programme", "scheme"]);

const PLACE_ROLES = new Set(["destination", "origin", "via", "location"]);
/** Roles that take a group: a leader title stands for its group there. */
const GROUP_ROLES = new Set(["group", "previous", "parties", "authority", "actor", "perpetrator"]);

/** What the section matchers share: the document, the sentence's parse and words, the candidates so far. */
interface Ctx { doc: Doc; p: SentenceParse; W: Word[]; out: Candidate[] }
/** What someone will, should or must do is not a reported event. */
const isDeontic = (v: VG): boolean => v.modals.some((m) => /^(will|ll|would|should|must|shall|have to|ought to)$/.test(m));

export function matchSentence(doc: Doc, p: SentenceParse): Candidate[] {
  const cx: Ctx = { doc, p, W: p.words, out: [] };
  matchStrength(cx);
  matchJourneyUnderWay(cx);
  matchCountedFighters(cx);
  matchNationalityShares(cx);
  matchLeftDead(cx);
  matchVerbFrames(cx);
  mergeRouteLegs(cx);
  splitCountedConjuncts(cx);
  matchNounFrames(cx);
  matchInChargeAndAlongside(cx);
  matchActingTogether(cx);
  matchPresenceByApposition(cx);
  matchBasedModifier(cx);
  placeAttackedTargets(cx);
  placeAdjunctEvents(cx);
  matchShareInPlace(cx);
  placeSupplyEnds(cx);
  matchPhraseReadings(doc, p, cx.out);
  const out = dropUnfounded(doc, cx.out);
  // a light verb's frame already read its noun ("accepted allegiance from …")
  return out.filter((c) => c.kind !== "noun" || !out.some((v) => v.kind === "verb" && v.type === c.type && v.vg === c.vg));
}

// ---- strength: "200 Mauritanians may still be in their ranks", "2,000 fighters are still loyal to Hurras"
function matchStrength(cx: Ctx): void {
  const { doc, p, W } = cx;
  for (const vg of p.vgs) {
    if (!vg.copula || vg.subject == null || vg.modals.some((m) => /^(will|would|should|must)$/.test(m))) continue;
    const subj = p.nps[vg.subject];
    if (subj.pron || !peopleLike(cx, subj)) continue;
    let groupId: number | undefined, how = "";
    for (const pp of vg.pps) {
      const np = p.nps[pp.np], h = W[np.head].lower;
      if ((pp.prep === "in" || pp.prep === "among" || pp.prep === "within") && RANK_NOUNS.has(h)) { groupId = np.possessor ?? np.of ?? np.id; how = `"${pp.prep} ${h}"`; break; }
      if (pp.prep === "to" && vg.predAdj === "loyal") { groupId = np.id; how = `"loyal to"`; break; }
    }
    if (groupId == null) continue;
    const c = { args: {} as Record<string, ArgValue>, roleNPs: {} as Record<string, number> };
    const inner = subj.partitive && subj.of != null ? p.nps[subj.of] : subj;
    const from = inner.pps.find((pp) => pp.prep === "from");
    const o = from ? npArg(doc, p, placeNP(doc, p, from.np)) : originFromNationality(doc, p, inner);
    if (o) { setArg(cx, c, "people", vg.subject, vg); c.args.origin = o; setArg(cx, c, "group", groupId, vg, true); }
    else { setArg(cx, c, "member", vg.subject, vg); setArg(cx, c, "group", groupId, vg, true); }
    add(cx, { type: o ? "flow" : "membership", args: c.args, roleNPs: c.roleNPs, trigger: wordSpan(cx, vg.head), frame: o ? "flow" : "membership", pattern: `copula + ${how}: ${o ? "foreigners counted by origin" : "a group's strength"}`, confidence: 0.55, vg: vg.id, kind: "phrase" });
  }
}
// ---- "men who were on their way to Somalia", "fighters en route to Idlib": a journey under way
function matchJourneyUnderWay(cx: Ctx): void {
  const { doc, p } = cx;
  for (const vg of p.vgs) {
    if (!vg.copula || vg.subject == null) continue;
    const way = vg.pps.find((pp) => WAY_PREPS.has(pp.prep));
    if (!way || !peopleLike(cx, p.nps[vg.subject])) continue;
    const c = { args: {} as Record<string, ArgValue>, roleNPs: {} as Record<string, number> };
    setArg(cx, c, "people", vg.subject, vg);
    setArg(cx, c, "destination", way.np, vg);
    const from = vg.pps.find((pp) => pp.prep === "from");
    if (from) setArg(cx, c, "origin", from.np, vg);
    if (!c.args.destination) continue;
    if (!c.args.origin) { const o = originFromNationality(doc, p, p.nps[vg.subject]); if (o) c.args.origin = o; }
    add(cx, { type: "flow", args: c.args, roleNPs: c.roleNPs, trigger: wordSpan(cx, way.at), frame: "flow", pattern: `copula + "${way.prep}": a journey under way`, confidence: 0.6, vg: vg.id, kind: "phrase" });
  }
}
// "the ambush left at least eight soldiers dead", "the blast left 40 people wounded": casualties told by their result
const RESULT_STATES = new Set(["dead", "wounded", "injured", "killed", "missing"]);
function matchLeftDead(cx: Ctx): void {
  const { doc, p, W } = cx;
  for (const vg of p.vgs) {
    if (vg.lemma !== "leave" || vg.object == null || vg.negated || vg.passive) continue;
    const obj = p.nps[vg.object];
    const state = W[obj.w1];
    if (!state || !RESULT_STATES.has(state.lower) || !peopleLike(cx, obj)) continue;
    const c = { args: {} as Record<string, ArgValue>, roleNPs: {} as Record<string, number> };
    setArg(cx, c, "victims", obj.id, vg);
    const subj = vg.subject != null ? p.nps[vg.subject] : undefined;
    // the subject is the attack ("the ambush left …"): its owner is the perpetrator; else the subject itself
    if (subj && ATTACK_HEADS.has(headLower(cx, subj))) { const who = attackAgent(cx, subj); if (who) c.args.perpetrator = who; const at = subj.pps.find((pp) => /^(in|at|near|on)$/.test(pp.prep) && !isTimeNP(cx, p.nps[pp.np])); if (at) setArg(cx, c, "location", at.np, vg); }
    else if (subj) setArg(cx, c, "perpetrator", subj.id, vg, true);
    if (!c.args.location) { const place = placeDownClause(cx, obj.w1 + 1); if (place != null) setArg(cx, c, "location", place, vg); }
    add(cx, { type: "casualties", args: c.args, roleNPs: c.roleNPs, trigger: [W[vg.head].start, state.end], frame: "casualties", pattern: `"leave" + victims + "${state.lower}"`, confidence: 0.6, vg: vg.id, kind: "verb" });
  }
}

// "Roughly a third are thought to be Nigerien or Chadian", "most of the recruits were Tajik": a
// contingent described by its nationality is a flow from that country
function matchNationalityShares(cx: Ctx): void {
  const { doc, p, W } = cx;
  for (const vg of p.vgs) {
    if (!vg.copula || vg.subject == null || vg.negated) continue;
    const subj = p.nps[vg.subject];
    if (subj.pron || !peopleLike(cx, subj)) continue;
    let origin: ArgValue | undefined;
    if (vg.predicate != null) {
      const pred = p.nps[vg.predicate];
      const parts = pred.conj ? pred.conj.map((id) => p.nps[id]) : [pred];
      // the nationality is the predicate's own word ("Nigerien", "mostly Tajik"), not a modifier of another noun
      const found = parts.filter((x) => x.w1 - x.w0 <= 2 && /^[A-Z]/.test(W[x.head].text) && !x.pps.length).map((x) => originFromNationality(doc, p, x)).filter((x): x is NonNullable<typeof x> => x != null);
      // every part a nationality ("Nigerien or Chadian"), not "fighters from Niger" or a job
      if (found.length === parts.length) origin = found.length === 1 ? found[0] : found.flatMap((x) => argList(x));
    }
    if (!origin) continue;
    const c = { args: {} as Record<string, ArgValue>, roleNPs: {} as Record<string, number> };
    setArg(cx, c, "people", vg.subject, vg);
    c.args.origin = origin;
    add(cx, { type: "flow", args: c.args, roleNPs: c.roleNPs, trigger: wordSpan(cx, vg.head), frame: "flow", pattern: "copula + nationality: a contingent counted by origin", confidence: 0.5, vg: vg.id, kind: "phrase" });
  }
}

// "a mostly Uighur group with an estimated 1,500 fighters in Jisr al-Shughur", "far smaller, with 250 to 500 members"
function matchCountedFighters(cx: Ctx): void {
  const { doc, p, W } = cx;
  for (const np of p.nps) {
    if (np.prep !== "with" || np.conj && !np.conj.length) continue;
    let first = np.conj ? p.nps[np.conj[0]] : np;
    // "with an estimated 1,500 to 2,000 fighters": the range's second half carries the noun
    if (W[first.head].tag === "NUM") {
      const to = first.pps.find((pp) => pp.prep === "to");
      if (to) { const x = p.nps[to.np]; first = x.conj ? p.nps[x.conj[0]] : x; }
    }
    const siblings = first.inCoord != null ? p.nps[first.inCoord].conj!.map((id) => p.nps[id]) : [];
    const h = W[first.head];
    if (!(STRENGTH_NOUNS.has(h.lower) || STRENGTH_NOUNS.has(h.lemma)) || !doc.quantities.some((q) => q.start >= np.start && q.end <= first.end)) continue;
    let host: number | undefined = np.hostNP;
    // "is far smaller, with 250 to 500 members": the copula whose phrases hold it
    const hostVG = np.hostVG ?? p.vgs.find((v) => v.pps.some((pp) => pp.np === np.id))?.id;
    if (host == null && hostVG != null) { const v = p.vgs[hostVG]; host = v.copula ? v.subject : undefined; }
    if (host == null) { const prevNP = np.w0 - 2 >= 0 ? p.npAt[np.w0 - 2] : -1; if (prevNP >= 0 && W[np.w0 - 1].lower === ",") host = prevNP; }
    if (host == null) continue;
    let hnp = p.nps[host];
    while (hnp.inCoord != null) hnp = p.nps[hnp.inCoord];
    if (hnp.appos != null && W[p.nps[hnp.appos].head].tag === "PROPN" && W[hnp.head].tag !== "PROPN") hnp = p.nps[hnp.appos];
    if (!isGroupish(doc, p, hnp) && !hasGroupPremod(cx, hnp)) continue;
    const c = { args: {} as Record<string, ArgValue>, roleNPs: {} as Record<string, number> };
    setArg(cx, c, "group", hnp.id, undefined, true);
    const placePP = [...first.pps, ...np.pps, ...siblings.flatMap((x) => x.pps)].find((pp) => pp.prep === "in" || pp.prep === "across" || pp.prep === "around" || pp.prep === "throughout");
    if (placePP) setArg(cx, c, "location", placePP.np);
    if (c.args.location) { setArg(cx, c, "people", first.id); c.roleNPs.member = first.id; }
    else setArg(cx, c, "member", first.id);
    add(cx, { type: c.args.location ? "presence" : "membership", args: c.args, roleNPs: c.roleNPs, trigger: wordSpan(cx, first.head), frame: c.args.location ? "presence" : "membership", pattern: `"with" + a count of fighters after a group${c.args.location ? " and a place" : ""}`, confidence: 0.55, vg: governingVG(cx, np)?.id, kind: "phrase" });
  }
}
// ---- verb frames
function matchVerbFrames(cx: Ctx): void {
  const { doc, p, W } = cx;
  for (const vg of p.vgs) {
    const hw = W[vg.head];
    if (vg.copula && !(vg.predAdj && PREDICATE_ADJS.has(vg.predAdj))) continue;
    // a capitalised verb form inside a sentence belongs to a name or title ("Specially Designated Global Terrorist")
    if (vg.head > 0 && /^[A-Z]/.test(hw.text) && /^[A-Za-z]/.test(W[vg.head - 1].text)) continue;
    const governor = vg.governor != null ? p.vgs[vg.governor] : undefined;
    const irrealis = governor != null && IRREALIS_GOVERNORS.has(governor.lemma) && (vg.form === "infinitive" || vg.form === "gerund" && governor.pps.every((pp) => pp.at < vg.w0 - 1));
    const forTo = vg.form === "infinitive" && W[vg.w0 - 1] && p.npAt[vg.w0 - 1] >= 0 && p.nps[p.npAt[vg.w0 - 1]].prep === "for";
    // urging someone to go, join or pledge: recruitment
    if (URGE_VERBS.has(hw.lemma) || URGE_VERBS.has(vg.lemma)) {
      for (const cid of vg.complements) {
        const comp = p.vgs[cid];
        const cf = verbIndex.get(comp.lemma)?.find((f) => f.type === "flow" || f.name === "join" || f.name === "pledge-allegiance" || f.type === "conflict");
        if (!cf) continue;
        const c = { args: {} as Record<string, ArgValue>, roleNPs: {} as Record<string, number> };
        const subj = vg.subject != null ? p.nps[vg.subject] : undefined;
        if (subj && isGroupish(doc, p, subj)) setArg(cx, c, "group", vg.subject, vg, true);
        setArg(cx, c, "recruiter", vg.subject, vg);
        setArg(cx, c, "recruits", vg.object ?? comp.subject, vg);
        for (const pp of comp.pps) {
          if (pp.prep === "to" && (cf.type === "flow")) setArg(cx, c, "destination", pp.np, comp);
          if (pp.prep === "to" && cf.name === "pledge-allegiance") setArg(cx, c, "group", pp.np, comp, true);
        }
        if (cf.name === "join") setArg(cx, c, "group", comp.object, comp, true);
        if (vg.lemma === "recruit" || vg.lemma === "rally") continue; // the recruit frame below takes the destination
        add(cx, { type: "recruitment", args: c.args, roleNPs: c.roleNPs, trigger: [W[vg.head].start, W[comp.head].end], frame: "recruitment", pattern: `"${hw.lemma}" + infinitive "${comp.lemma}": object→recruits, complement's destination`, confidence: 0.7, vg: vg.id });
      }
    }
    if (irrealis || forTo) continue;
    // "banned its citizens from travelling to Russia", "stopped them from crossing": a barred journey did not happen
    if (vg.form === "gerund" && vg.prepBefore === "from" && p.vgs.some((v) => BARRING_VERBS.has(v.lemma) && v.object != null && v.w0 < vg.w0 && barredJourney(cx, v) === vg)) continue;
    // what someone will, should or must do, or would do if, is not a reported event
    if (isDeontic(vg) || (governor && (vg.form === "infinitive" || vg.form === "gerund") && isDeontic(governor)) || inConditional(cx, vg)) continue;
    // a phrasal verb ("push back", "break up") before the bare verb
    // "pushed it out of Mukalla": the particle inside a compound preposition
    const particle = vg.particle ?? (vg.pps.find((pp) => pp.prep === "out of" && pp.at <= vg.w1 + 3) ? "out" : undefined);
    const frames = [...(particle ? verbIndex.get(`${lemmaCandidates(hw)[0]} ${particle}`) ?? [] : []), ...lemmaCandidates(hw).flatMap((l) => verbIndex.get(l) ?? [])];
    // "were present in Rutshuru", "to be active in the district": a copula's adjective carries the frame
    if (vg.copula && vg.predAdj && PREDICATE_ADJS.has(vg.predAdj)) frames.push(...(verbIndex.get(vg.predAdj) ?? []));
    const seen = new Set<string>();
    const patientNP = vg.passive ? vg.subject : vg.object;
    for (const f of frames) {
      if (seen.has(f.type)) continue;
      const patient = patientNP;
      if (f.objHeads) {
        if (patient == null) continue;
        // any member of a coordination will do ("messages and money", "cash and weapons")
        const inner = innerNP(cx, p.nps[patient]);
        const members = inner.conj ? inner.conj.map((id) => p.nps[id]) : [p.nps[patient]];
        if (!members.some((np) => f.objHeads!.includes(headLemma(cx, np)) || f.objHeads!.includes(headLower(cx, np)))) continue;
      }
      if (f.objNotHeads && patient != null && (f.objNotHeads.includes(headLemma(cx, p.nps[patient])) || f.objNotHeads.includes(headLower(cx, p.nps[patient])))) continue;
      if (f.subjHeads) {
        const subj = vg.passive ? undefined : vg.subject;
        if (subj == null) continue;
        const np = p.nps[subj];
        if (!f.subjHeads.includes(headLemma(cx, np)) && !f.subjHeads.includes(headLower(cx, np))) continue;
      }
      // "were held at the camp": only people held, and only in the passive ("holds territory" is presence)
      if (f.name === "held" && (!vg.passive || vg.subject == null || !peopleLike(cx, p.nps[vg.subject]))) continue;
      const offer = f.name === "offer-inducement" ? inducement(cx, vg) : undefined;
      if (f.name === "offer-inducement" && !offer) continue;
      const againstPP = vg.pps.some((pp) => pp.prep === "against");
      // "rifles left behind by the army": what is left is abandoned; nobody travels
      if (f.name === "leave" && vg.passive) continue;
      // "estimated last month that … were fighting": a date is never the one attacked
      if (f.type === "conflict" && vg.object != null && isTimeNP(cx, p.nps[vg.object]) && !vg.passive) continue;
      if (f.needPP && !vg.pps.some((pp) => f.needPP!.includes(pp.prep)) && !(againstPP && (f.name === "send" || f.type === "flow"))) {
        if (!(f.type === "presence" && vg.whereNP != null)) continue;
      }
      // "fought together", "fought alongside X": the same side, not a fight between them
      if (f.type === "conflict" && (W[vg.w1]?.lower === "together" || vg.pps.some((pp) => pp.prep === "alongside" || pp.prep === "together with") && !vg.pps.some((pp) => pp.prep === "against"))) continue;
      const c = { args: {} as Record<string, ArgValue>, roleNPs: {} as Record<string, number> };
      let type: ClaimType = f.type;
      const against = vg.pps.find((pp) => pp.prep === "against");
      if ((f.name === "send" || f.type === "flow") && against) {
        type = "conflict";
        setArg(cx, c, "actor", f.name === "send" ? vg.object ?? vg.subject : vg.subject, vg);
        setArg(cx, c, "target", against.np, vg);
        add(cx, { type, args: c.args, roleNPs: c.roleNPs, trigger: wordSpan(cx, vg.head), frame: "conflict", pattern: `"${hw.lemma}" … against: mover→actor, against→target`, confidence: 0.6, vg: vg.id });
        seen.add(f.type);
        continue;
      }
      const agentRole = f.subj, patientRole = vg.passive ? (f.pass ?? f.obj) : f.obj;
      const objIsRole = f.obj != null;
      if (!vg.passive) {
        if (agentRole) setArg(cx, c, agentRole, vg.subject, vg, GROUP_ROLES.has(agentRole));
        if (patientRole && objIsRole) setArg(cx, c, patientRole, vg.object, vg, GROUP_ROLES.has(patientRole));
      } else {
        if (patientRole && (objIsRole || f.pass)) setArg(cx, c, patientRole, vg.subject, vg, GROUP_ROLES.has(patientRole));
        const by = vg.pps.find((pp) => pp.prep === "by");
        const byRole = f.by ?? f.subj;
        // "brought across the river by boat": a means of transport is no agent
        if (by && byRole && !TRANSPORT_NOUNS.has(headLower(cx, p.nps[by.np]))) { if (byRole === "parties") addParty(cx, c, by.np); else setArg(cx, c, byRole, by.np, vg, GROUP_ROLES.has(byRole)); }
      }
      // "offer them a motorbike": the inducement is the channel, the ones offered it the recruits
      if (offer) {
        delete c.args.channel; delete c.roleNPs.channel; delete c.args.recruits; delete c.roleNPs.recruits;
        setArg(cx, c, "channel", offer.offered, vg);
        if (offer.recipient != null) setArg(cx, c, "recruits", offer.recipient, vg);
        // "offers salaries and protection in places …" is governance: an inducement is offered to people
        if (c.roleNPs.recruits == null || isPlaceish(doc, p, p.nps[c.roleNPs.recruits])) continue;
      }
      // a light verb's noun carries the phrases ("pledging allegiance to X"), when the verb group has none of its own
      const lightPPs = f.objHeads && patientNP != null ? p.nps[patientNP].pps.filter((x) => !vg.pps.some((y) => y.np === x.np)) : [];
      for (const pp of [...vg.pps, ...lightPPs]) {
        if (pp.prep === "by" && vg.passive) continue;
        const role = f.pp?.[pp.prep];
        if (!role) continue;
        if (role === "parties") { addParty(cx, c, pp.np); continue; }
        const np = p.nps[pp.np];
        // "pledged allegiance to X, to Y and to Z": every to-phrase names a group
        if (role === "group" && f.type === "allegiance" && c.args.group) { const a = groupArg(cx, pp.np); if (a) c.args.group = [...argList(c.args.group), ...argList(a)]; continue; }
        // a place after "in" is a location, not a group or destination, only when it is a place;
        // allegiance may go to a person ("pledged allegiance to Abu Bakr al-Baghdadi")
        if (role === "group" && !isGroupish(doc, p, np) && f.type !== "membership" && !(f.type === "allegiance" && isPersonNP(cx, np))) continue;
        if ((role === "destination" || role === "origin" || role === "location" || role === "via") && isTimeNP(cx, np)) continue;
        // "fly to Nairobi and then to Mogadishu": an earlier destination is a stage on the way
        if (role === "destination" && f.type === "flow" && c.args.destination && (pp.prep === "to" || pp.prep === "into" || pp.prep === "on to")) {
          const prev = c.args.destination;
          delete c.args.destination;
          setArg(cx, c, "destination", pp.np, vg);
          if (c.args.destination) c.args.via = [...argList(c.args.via), ...argList(prev)];
          else c.args.destination = prev;
          continue;
        }
        setArg(cx, c, role, pp.np, vg, GROUP_ROLES.has(role));
        // "weapons come from the Nigerian army": a supply's source need not be a place
        if (f.type === "supply" && role === "origin" && !c.args.origin) { const a = npArg(doc, p, pp.np); if (a) { c.args.origin = a; c.roleNPs.origin = pp.np; } }
      }
      if (vg.whereNP != null) {
        const role = f.pp?.in ?? f.pp?.to;
        if (role) setArg(cx, c, role, vg.whereNP, vg);
      }
      if (f.subj === "parties" && c.args.parties && !Array.isArray(c.args.parties) && vg.object != null) addParty(cx, c, vg.object);
      // "four groups merged into a single organisation, JNIM": the merged groups become its members
      if (f.type === "alliance" && /^(merge|unite|fold|federate)$/.test(vg.lemma)) {
        const into = vg.pps.find((pp) => pp.prep === "into" || pp.prep === "under" || pp.prep === "as");
        if (into && W[p.nps[into.np].head].tag !== "PROPN" || into && isGroupish(doc, p, p.nps[into.np])) {
          const m = { args: {} as Record<string, ArgValue>, roleNPs: {} as Record<string, number> };
          setArg(cx, m, "member", vg.subject, vg, true);
          setArg(cx, m, "group", into!.np, vg, true);
          if (m.args.member && m.args.group && into!.prep === "into") {
            add(cx, { type: "membership", args: m.args, roleNPs: m.roleNPs, trigger: wordSpan(cx, vg.head), frame: "membership", pattern: `verb "${hw.lemma}" + "into": the merged become members`, confidence: 0.6, vg: vg.id, kind: "verb" });
            seen.add(f.type);
            continue;
          }
        }
      }
      // per-frame sanity: a leader leads a group; control of territory needs a place
      const ledGroup = vg.passive ? vg.subject : vg.object;
      const resolvedGroup = c.args.group != null && !Array.isArray(c.args.group) && c.args.group.entity != null && p.nps[ledGroup ?? 0]?.pron;
      // "al-Hol, which is run by the SDF": a group that runs a place is present there
      if (f.name === "lead" && ledGroup != null && c.roleNPs.leader != null && !p.nps[ledGroup].pron && heldPlace(cx, p.nps[ledGroup]) && !isGroupish(doc, p, p.nps[ledGroup]) && isGroupish(doc, p, p.nps[c.roleNPs.leader])) {
        const m = { args: {} as Record<string, ArgValue>, roleNPs: {} as Record<string, number> };
        setArg(cx, m, "group", c.roleNPs.leader, vg, true);
        setArg(cx, m, "location", ledGroup, vg);
        if (m.args.group && m.args.location) add(cx, { type: "presence", args: m.args, roleNPs: m.roleNPs, trigger: wordSpan(cx, vg.head), frame: "presence", pattern: `verb "${hw.lemma}" over a place: the group that runs it is there`, confidence: 0.55, vg: vg.id, kind: "verb" });
        continue;
      }
      // "Al-Shabaab's finance office is headed by X": a unit of a named group; the group is its owner, the unit the role
      if (f.name === "lead" && ledGroup != null && !groupHead(cx, p.nps[ledGroup]) && UNIT_NOUNS.has(W[p.nps[ledGroup].head].lower) && p.nps[ledGroup].possessor != null) {
        const owner = p.nps[p.nps[ledGroup].possessor!];
        const g = groupHead(cx, owner) ? npArg(doc, p, owner.id) : undefined;
        if (g && !Array.isArray(g)) { c.args.group = withoutPossessive(g); c.args.role = spanArg(doc, owner.end, p.nps[ledGroup].end)!; }
        else continue;
      } else
      if (f.name === "lead" && (ledGroup == null || !(groupHead(cx, p.nps[ledGroup]) || resolvedGroup))) continue;
      // "controls large parts of Rutshuru", "They control the capital, Sanaa": a place, or a place inside the object; a group or a pronoun holds it
      if ((f.name === "control-territory" || f.name === "take-place") && (patientNP == null || !heldPlace(cx, p.nps[patientNP], f.name === "take-place"))) continue;
      // "Fighting … has not stopped": an act is not the one who stops or arrests
      // "the war does not stop at the river", "he stopped in January": stopping nobody and nothing is no interdiction
      if (f.type === "interdiction" && patientNP == null && !c.args.people) continue;
      // "banned its citizens from travelling to Russia": a journey barred gives where they were going; banning alone ("banned the party") is no interdiction
      if (f.type === "interdiction" && !vg.passive && vg.object != null) {
        const barred = barredJourney(cx, vg);
        if (barred) for (const pp of barred.pps) { const role = pp.prep === "to" || pp.prep === "into" ? "destination" : pp.prep === "from" ? "origin" : undefined; if (role && !c.args[role]) setArg(cx, c, role, pp.np, barred); }
        else if (/^(ban|prohibit|forbid)$/.test(vg.lemma)) continue;
      }
      if (f.type === "interdiction" && vg.subject != null && !vg.passive && (ATTACK_HEADS.has(headLower(cx, p.nps[vg.subject])) || RECIPROCAL_FIGHTS.has(headLower(cx, p.nps[vg.subject])))) continue;
      if (f.name === "control-territory" && (vg.passive || vg.subject == null || !(isGroupish(doc, p, p.nps[vg.subject]) || p.nps[vg.subject].pron && /^(it|they)$/i.test(W[p.nps[vg.subject].head].text)))) continue;
      // "the two factions clashed": a reciprocal fight names its sides as actors
      // "took back several villages … in Maguindanao": a named place rather than the bare place noun
      if (f.name === "take-place" && c.roleNPs.location != null && !isPlaceish(doc, p, p.nps[c.roleNPs.location])) {
        const named = vg.pps.find((pp) => /^(in|near|around)$/.test(pp.prep) && isPlaceish(doc, p, p.nps[pp.np]));
        if (named) { delete c.args.location; delete c.roleNPs.location; setArg(cx, c, "location", named.np, vg); }
      }
      if (f.type === "conflict" && !c.args.target && !(f.name === "take-place" && c.args.location) && !(/^(clash|fight|battle)$/.test(vg.lemma) && !vg.passive && vg.object == null && c.args.actor && c.roleNPs.actor != null && !isTimeNP(cx, p.nps[c.roleNPs.actor]) && !nounIndex.get(headLower(cx, p.nps[c.roleNPs.actor]))?.some((x) => x.type === "conflict"))) continue;
      if (f.name === "fight-abroad" && (c.roleNPs.people == null || !originFromNationality(doc, p, innerNP(cx, p.nps[c.roleNPs.people])))) continue;
      if (f.name === "fight-abroad" && (!c.args.destination && !c.args.group || W[innerNP(cx, p.nps[c.roleNPs.people]).head].tag === "PROPN" && isGroupish(doc, p, innerNP(cx, p.nps[c.roleNPs.people])))) continue;
      // "200 Tanzanians were fighting with the group": foreigners fighting for a side are not its enemy
      if (f.type === "conflict" && seen.has("flow") && /^(fight|serve)$/.test(vg.lemma) && !vg.pps.some((pp) => pp.prep === "against")) continue;
      // "2,600 Iraqi children remain in al-Hol", "fighters from Cameroon are present on the islands": foreigners
      // counted where they are have travelled there (a state's own soldiers there are its presence)
      if (f.name === "based" && !vg.passive && vg.subject != null && c.roleNPs.location != null) {
        const subj = p.nps[vg.subject];
        const inner = subj.partitive && subj.of != null ? p.nps[subj.of] : subj;
        if (!subj.pron && peopleLike(cx, subj) && !STATE_FORCES.has(W[inner.head].lower) && W[inner.head].tag !== "PROPN") {
          const from = [...subj.pps, ...inner.pps].find((pp) => pp.prep === "from");
          const o = from ? npArg(doc, p, placeNP(doc, p, from.np)) : originFromNationality(doc, p, inner);
          if (o) {
            const m = { args: {} as Record<string, ArgValue>, roleNPs: {} as Record<string, number> };
            setArg(cx, m, "people", vg.subject, vg);
            m.args.origin = o;
            m.args.destination = c.args.location; m.roleNPs.destination = c.roleNPs.location;
            add(cx, { type: "flow", args: m.args, roleNPs: m.roleNPs, trigger: wordSpan(cx, vg.head), frame: "flow", pattern: `verb "${hw.lemma}" (${f.name}) by foreigners: a contingent counted by origin where it is`, confidence: 0.5, vg: vg.id, kind: "verb" });
            seen.add(f.type);
            continue;
          }
        }
      }
      if (f.name === "based" && (!c.args.location || !c.args.group)) continue;
      if (f.type === "presence" && c.roleNPs.location != null && !isPlaceish(doc, p, p.nps[c.roleNPs.location]) && !((f.name === "control-territory" || f.name === "hold-sway") && heldPlace(cx, p.nps[c.roleNPs.location]))) continue;
      if (f.type === "presence" && !c.args.location && !c.args.facility) continue;
      if (f.name === "belong" && vg.subject != null && FACILITY_NOUNS.has(headLemma(cx, p.nps[vg.subject]) + "") ) {
        type = "presence";
        c.args = { facility: c.args.member, group: c.args.group };
      }
      if (f.type === "training" && !c.args.location && !c.args.group) continue;
      if (f.type === "flow" && !c.args.people) continue;
      // "moved cash and weapons to the fighters": a mover with goods as object carries them, it does not travel
      if (f.name === "travel" && !vg.passive && vg.object != null && carriesGoods(cx, p.nps[vg.object])) continue;
      if (f.type === "flow" && vg.object != null && nounIndex.get(headLemma(cx, p.nps[vg.object]))?.some((x) => x.type === "flow")) continue;
      if (f.type === "supply" && !c.args.item && !c.args.recipient) continue;
      // "armed thousands of local volunteers", "armed a guard of 4,200 volunteers": arming people is raising a force of them
      if (f.name === "arm" && !vg.passive && vg.object != null && /^arm/.test(W[vg.head].lower)) {
        const obj = p.nps[vg.object], inner = innerNP(cx, obj);
        const ofPeople = obj.of != null && ARMED_PEOPLE(cx, p.nps[obj.of]) ? obj.of : undefined;
        if (ARMED_PEOPLE(cx, inner) || ofPeople != null) {
          const m = { args: {} as Record<string, ArgValue>, roleNPs: {} as Record<string, number> };
          setArg(cx, m, "recruiter", vg.subject, vg, true);
          setArg(cx, m, "recruits", ofPeople ?? vg.object, vg);
          if (ofPeople != null) setArg(cx, m, "group", vg.object, vg, true);
          const at = [...vg.pps, ...(ofPeople != null ? p.nps[ofPeople].pps : inner.pps)].find((pp) => pp.prep === "in" && !isTimeNP(cx, p.nps[pp.np]));
          if (at) setArg(cx, m, "location", at.np, vg);
          if (m.args.recruits) add(cx, { type: "recruitment", args: m.args, roleNPs: m.roleNPs, trigger: wordSpan(cx, vg.head), frame: "recruitment", pattern: `verb "arm" over people: a force raised from them`, confidence: 0.55, vg: vg.id, kind: "verb" });
          seen.add(f.type);
          continue;
        }
      }
      if (f.name === "based" && c.roleNPs.group != null && !isGroupish(doc, p, p.nps[c.roleNPs.group]) && !hasGroupPremod(cx, p.nps[c.roleNPs.group])) continue;
      if (f.name === "based" && c.roleNPs.group != null) c.args.group = groupArg(cx, c.roleNPs.group)!;
      // a person running a camp is no group's presence (the camp's own phrase names the group)
      if (f.type === "presence" && c.roleNPs.group != null && isPersonNP(cx, p.nps[c.roleNPs.group])) continue;
      if (f.name === "join" && (vg.object == null || !isGroupish(doc, p, p.nps[vg.object]))) continue;
      // foreigners joining a group are a flow counted by origin ("fighters from Mauritania … joined the groups")
      if (f.name === "join" && c.roleNPs.member != null && peopleLike(cx, p.nps[c.roleNPs.member])) {
        const member = p.nps[c.roleNPs.member];
        const inner = member.partitive && member.of != null ? p.nps[member.of] : member;
        const from = [...member.pps, ...inner.pps].find((pp) => pp.prep === "from");
        const o: ArgValue | undefined = from ? npArg(doc, p, placeNP(doc, p, from.np)) : originFromNationality(doc, p, inner);
        if (o) {
          add(cx, { type: "flow", args: { people: c.args.member, origin: o, group: c.args.group }, roleNPs: { people: c.roleNPs.member }, trigger: wordSpan(cx, vg.head), frame: "flow", pattern: `verb "join" by foreigners: member→people, their origin`, confidence: 0.6, vg: vg.id, kind: "verb" });
          seen.add(f.type);
          continue;
        }
      }
      if (f.name === "join" && c.roleNPs.member != null && !specific(cx, p.nps[c.roleNPs.member])) continue;
      if (f.type === "flow" && f.name !== "send" && f.name !== "bring-back" && vg.subject != null && !peopleLike(cx, p.nps[vg.subject])) continue;
      if (f.name === "bring-back" && (c.roleNPs.people == null || !peopleLike(cx, p.nps[c.roleNPs.people]))) continue;
      // "sending money to fighters" is supply, not a flow of people
      if (f.name === "send" && c.roleNPs.people != null && !peopleLike(cx, p.nps[c.roleNPs.people])) continue;
      // "move … to the Kidal region": a place that receives is a destination, not a recipient
      if (c.roleNPs.recipient != null && !c.args.destination && f.type === "supply") {
        const r = p.nps[c.roleNPs.recipient];
        // "… to beaches on the coast of Tigray": a thing that is neither group nor people, with a place in its attachments, is where it goes
        const known = mentionsWithin(doc, r.start, r.end).some((m) => m.type === "place" || m.type === "country") || PLACE_NOUNS.has(W[r.head].lower)
          || W[r.head].tag === "NOUN" && !GROUP_NOUNS.has(W[r.head].lower) && !STATE_FORCES.has(W[r.head].lower) && !peopleLike(cx, r) && r.pps.some((pp) => pp.prep === "on" || pp.prep === "along" || pp.prep === "near") && placeNP(doc, p, r.id) != null;
        if (known && !isGroupish(doc, p, r)) { const id = placeNP(doc, p, r.id); if (id != null) { c.args.destination = npArg(doc, p, id)!; c.roleNPs.destination = id; } delete c.args.recipient; delete c.roleNPs.recipient; }
      }
      if (f.type === "casualties" && f.name === "die" && vg.subject != null && !peopleLike(cx, p.nps[vg.subject])) continue;
      // "killed in two days of fighting near the village of X": the place further down the clause
      if (f.type === "casualties" && !c.args.location) { const place = placeDownClause(cx, vg.w1); if (place != null) setArg(cx, c, "location", place, vg); }
      // "the bombing … that killed 77 people", "a drone strike killed two commanders": the attack is
      // the instrument; its perpetrator is whoever claimed, carried out or owns it
      if (f.name === "kill" && !vg.passive) {
        const subj = vg.subject != null ? p.nps[vg.subject] : undefined;
        const attack = subj && ATTACK_HEADS.has(headLower(cx, subj)) ? subj
          : subj == null || isPlaceish(doc, p, subj) || PLACE_NOUNS.has(headLower(cx, subj)) || isTimeNP(cx, subj) || vg.subjectBy?.startsWith("relative") && !peopleLike(cx, subj) && !isGroupish(doc, p, subj) ? attackBefore(cx, vg) : undefined;
        // a date or a place that a relative clause landed on is never the killer
        if (!attack && subj && (isTimeNP(cx, subj) || isPlaceish(doc, p, subj) || PLACE_NOUNS.has(headLower(cx, subj)) || vg.subjectBy?.startsWith("relative") && !peopleLike(cx, subj) && !isGroupish(doc, p, subj))) { delete c.args.perpetrator; delete c.roleNPs.perpetrator; }
        if (attack) {
          delete c.args.perpetrator; delete c.roleNPs.perpetrator;
          const who = attackAgent(cx, attack);
          if (who) c.args.perpetrator = who;
          if (!c.args.location) { const at = attack.pps.find((pp) => /^(at|in|near|on)$/.test(pp.prep) && !isTimeNP(cx, p.nps[pp.np])); if (at) setArg(cx, c, "location", at.np, vg); }
        }
      }
      if (f.type === "recruitment") {
        // a recruiting group is also the group recruited for
        if (governor && vg.subjectBy?.startsWith("object control") && governor.subject != null && isGroupish(doc, p, p.nps[governor.subject])) { delete c.args.group; setArg(cx, c, "group", governor.subject, governor, true); }
        if (governor && vg.form === "infinitive") for (const pp of governor.pps) { const role = f.pp?.[pp.prep]; if (role === "channel") setArg(cx, c, role, pp.np, governor); }
        // "using deception to recruit foreigners", "exploits the conflict to recruit": the means employed is the channel
        if (governor && vg.form === "infinitive" && vg.subjectBy === "purpose clause" && MEANS_VERBS.has(governor.lemma) && governor.object != null && !c.args.channel) setArg(cx, c, "channel", governor.object, governor);
        // "Koufa's sermons have drawn hundreds": a means of recruiting is the channel, its owner the recruiter
        if (c.roleNPs.recruiter != null && CHANNEL_NOUNS.has(headLower(cx, p.nps[c.roleNPs.recruiter]))) {
          const means = p.nps[c.roleNPs.recruiter];
          delete c.args.recruiter; delete c.roleNPs.recruiter;
          if (!c.args.channel) { const a = spanArg(doc, means.possessor != null ? p.nps[means.possessor].end : means.start, means.end); if (a) c.args.channel = a; }
          if (means.possessor != null) setArg(cx, c, "recruiter", means.possessor, vg);
        }
        // "lured Cubans living in Russia into the army": the into-phrase went to the reduced relative on the recruits
        if (!c.args.group && c.roleNPs.recruits != null) {
          const rel = p.vgs.find((v) => v.subjectBy === "reduced relative" && v.subject === c.roleNPs.recruits && v.w0 > vg.w0);
          const into = rel?.pps.find((pp) => pp.prep === "into");
          if (into) setArg(cx, c, "group", into.np, rel, true);
        }
        const r = c.roleNPs.recruiter;
        if (r != null && !c.args.group && isGroupish(doc, p, p.nps[r])) setArg(cx, c, "group", r, vg, true);
        for (const cid of vg.complements) {
          const comp = p.vgs[cid];
          for (const pp of comp.pps) if (pp.prep === "to" && verbIndex.get(comp.lemma)?.some((x) => x.type === "flow")) setArg(cx, c, "destination", pp.np, comp);
          if (comp.lemma === "join") setArg(cx, c, "group", comp.object, comp, true);
        }
      }
      // "leaving Mombasa to join the group in Somalia": a purpose clause names the group and where it is
      if (type === "flow" && f.name !== "send") for (const cid of vg.complements) {
        const comp = p.vgs[cid];
        if (comp.form !== "infinitive" || !/^(join|fight|serve|enlist)$/.test(comp.lemma)) continue;
        if (comp.object != null && isGroupish(doc, p, p.nps[comp.object])) setArg(cx, c, "group", comp.object, comp, true);
        for (const pp of comp.pps) {
          if ((pp.prep === "in" || pp.prep === "for" || pp.prep === "with") && isGroupish(doc, p, p.nps[pp.np])) setArg(cx, c, "group", pp.np, comp, true);
          else if (pp.prep === "in" && !c.args.destination && !isTimeNP(cx, p.nps[pp.np])) setArg(cx, c, "destination", pp.np, comp);
        }
      }
      // "fighters from Russia's North Caucasus have travelled": the people's own from-phrase
      if (type === "flow" && c.roleNPs.people != null) {
        const people = p.nps[c.roleNPs.people];
        const inner = people.partitive && people.of != null ? p.nps[people.of] : people;
        for (const pp of [...people.pps, ...inner.pps]) if (pp.prep === "from" && !c.args.origin) setArg(cx, c, "origin", pp.np);
      }
      // the people's nationality is their origin
      if (type === "flow" && !c.args.origin && c.roleNPs.people != null) { const o = originFromNationality(doc, p, p.nps[c.roleNPs.people]); if (o) c.args.origin = o; }
      // "rifles from Venezuelan army stocks reach …": the items' own from-phrase, then their nationality
      if (type === "supply" && !c.args.origin && c.roleNPs.item != null) {
        const item = p.nps[c.roleNPs.item];
        const inner = item.partitive && item.of != null ? p.nps[item.of] : item;
        const members = [item, inner, ...(inner.conj ?? []).map((id) => p.nps[id])];
        // "Weapons and ammunition, including rifles from …": the examples listed after the items
        for (const v of p.vgs) if (v.lemma === "include" && v.w0 >= item.w1 && v.w0 <= item.w1 + 1 && v.object != null) members.push(p.nps[v.object]);
        const from = members.flatMap((x) => x.pps).find((pp) => pp.prep === "from" || pp.prep === "out of");
        if (from && !isTimeNP(cx, p.nps[from.np])) { const a = npArg(doc, p, from.np); if (a) { c.args.origin = a; c.roleNPs.origin = from.np; } }
      }
      if (type === "supply" && !c.args.origin && c.roleNPs.item != null) { const o = originFromNationality(doc, p, p.nps[c.roleNPs.item]); if (o) c.args.origin = o; }
      // "buying weapons for AQAP": bought on a group's behalf, the buyer supplies the group
      if (f.name === "buy" && !vg.passive) {
        const forPP = vg.pps.find((pp) => pp.prep === "for" && isGroupish(doc, p, p.nps[pp.np]));
        if (forPP && c.args.recipient) { c.args.supplier = c.args.recipient; if (c.roleNPs.recipient != null) c.roleNPs.supplier = c.roleNPs.recipient; delete c.args.recipient; delete c.roleNPs.recipient; setArg(cx, c, "recipient", forPP.np, vg, true); }
      }
      // "the group's rifles were taken from …": the items' owner received them
      if (type === "supply" && !c.args.recipient && !c.args.supplier && c.roleNPs.item != null) {
        const item = p.nps[c.roleNPs.item];
        const owner = item.possessor ?? (item.partitive && item.of != null ? p.nps[item.of].possessor : undefined);
        if (owner != null && isGroupish(doc, p, p.nps[owner])) {
          setArg(cx, c, "recipient", owner, vg, true);
          const r = c.args.recipient;
          if (r && !Array.isArray(r)) c.args.recipient = withoutPossessive(r);
        }
      }
      if (type === "recruitment" && !c.args.origin && c.roleNPs.recruits != null) { const o = originFromNationality(doc, p, p.nps[c.roleNPs.recruits]); if (o) c.args.origin = o; }
      // "young men in Mocímboa and Macomia were offered cash": where the recruits are is where recruiting happens
      if (type === "recruitment" && !c.args.location && c.roleNPs.recruits != null) {
        const at = p.nps[c.roleNPs.recruits].pps.find((pp) => pp.prep === "in" && !isTimeNP(cx, p.nps[pp.np]));
        if (at) setArg(cx, c, "location", at.np, vg);
      }
      seen.add(f.type);
      // "they field 2,000 fighters, most of them in Kidal": where the fighters are is the group's presence
      if (f.name === "strength" && c.args.location && c.args.group) {
        add(cx, { type: "presence", args: { group: c.args.group, location: c.args.location }, roleNPs: { location: c.roleNPs.location }, trigger: wordSpan(cx, vg.head), frame: "presence", pattern: `verb "${hw.lemma}" (strength) with a place: the fighters' presence`, confidence: 0.5, vg: vg.id, kind: "verb" });
        delete c.args.location;
      }
      // "the Islamic State may count 500 Chechen-speaking fighters in its ranks": a contingent counted by origin is a flow
      if (f.name === "strength" && c.roleNPs.member != null) {
        const member = p.nps[c.roleNPs.member];
        const inner = innerNP(cx, member);
        const from = [...member.pps, ...inner.pps].find((pp) => pp.prep === "from");
        const o = from ? npArg(doc, p, placeNP(doc, p, from.np)) : originFromNationality(doc, p, inner);
        if (o) {
          const args: Record<string, ArgValue> = { people: c.args.member, origin: o };
          if (c.args.group) args.group = c.args.group;
          add(cx, { type: "flow", args, roleNPs: { people: c.roleNPs.member }, trigger: wordSpan(cx, vg.head), frame: "flow", pattern: `verb "${hw.lemma}" (strength) of foreigners: a contingent counted by origin`, confidence: 0.5, vg: vg.id, kind: "verb" });
          continue;
        }
      }
      // "placed under U.S. sanctions", "on the UN sanctions list": the list's own name is the authority
      if (type === "designation" && !c.args.authority && c.roleNPs.list != null) {
        const list = p.nps[c.roleNPs.list];
        const names: number[] = [];
        for (let k = list.w0; k < list.head; k++) if (/^[A-Z]/.test(W[k].text) && (W[k].tag === "PROPN" || W[k].tag === "ADJ")) names.push(k);
        if (names.length) { const a = spanArg(doc, W[names[0]].start, W[names[names.length - 1]].end); if (a) c.args.authority = withoutPossessive(a); }
      }
      // "1,000 Rwandan soldiers arrived in the province", "whose first troops landed in Pemba": a state's forces arriving deploy there
      if (type === "flow" && (f.name === "arrive" || f.name === "travel" || f.name === "enter") && c.roleNPs.people != null && c.args.destination) {
        const people = p.nps[c.roleNPs.people];
        const first = innerNP(cx, people.conj ? p.nps[people.conj[0]] : people);
        if (STATE_FORCES.has(W[first.head].lower)) {
          const roleNPs: Record<string, number> = { group: c.roleNPs.people };
          if (c.roleNPs.destination != null) roleNPs.location = c.roleNPs.destination;
          add(cx, { type: "presence", args: { group: c.args.people, location: c.args.destination }, roleNPs, trigger: wordSpan(cx, vg.head), frame: "presence", pattern: `verb "${hw.lemma}" by a state's forces: deployed there`, confidence: 0.5, vg: vg.id, kind: "verb" });
          continue;
        }
      }
      const voice = vg.passive ? "passive" : "active";
      add(cx, { type, args: c.args, roleNPs: c.roleNPs, trigger: wordSpan(cx, vg.head), frame: f.type, pattern: `verb "${hw.lemma}" (${f.name}, ${voice}${vg.subjectBy ? `; subject by ${vg.subjectBy}` : ""})`, confidence: f.conf * (vg.subject != null ? 1 : 0.85), vg: vg.id, kind: "verb" });
    }
  }
}
// ---- "attacked the village of X, killing 26 people", "ambushed a convoy in Irumu, killing nine": an
// event told in a participle after the main clause happened where the main clause's event did
const PLACED_TYPES = new Set<ClaimType>(["casualties", "conflict", "interdiction"]);
function placeAdjunctEvents(cx: Ctx): void {
  const { p, out } = cx;
  for (const c of out) {
    if (c.vg == null || c.args.location || !PLACED_TYPES.has(c.type)) continue;
    const vg = p.vgs[c.vg];
    if (vg.subjectBy !== "adjunct participle" && vg.subjectBy !== "adjunct gerund") continue;
    let main: VG | undefined;
    for (const v of p.vgs) if (v.end <= vg.start && v.form === "finite" && v.subject === vg.subject) main = v;
    if (!main) continue;
    const from = out.find((o) => o.vg === main!.id && o.args.location && PLACED_TYPES.has(o.type));
    if (from) { c.args.location = from.args.location; if (from.roleNPs.location != null) c.roleNPs.location = from.roleNPs.location; continue; }
    const at = main.pps.find((pp) => /^(in|at|near|on|outside|around)$/.test(pp.prep) && !isTimeNP(cx, p.nps[pp.np]));
    if (at) setArg(cx, c, "location", at.np, main);
  }
}

// ---- where a supply starts and ends, read off its parties and its transit phrase:
// "sent money to fighters in Idlib" (the recipients' place is the destination), "bought ammunition
// from traders in Niger" (the supplier's place is the origin), "weapons reached the RSF through X"
// (a transit point is where the supply comes from, unless a from-phrase already says so)
function placeSupplyEnds(cx: Ctx): void {
  const { doc, p } = cx;
  const placeInside = (id: number | undefined): number | undefined => {
    if (id == null || p.nps[id].pron || isPlaceish(doc, p, p.nps[id])) return undefined;
    const at = placeNP(doc, p, id);
    return at != null && at !== id && isPlaceish(doc, p, p.nps[at]) && !isTimeNP(cx, p.nps[at]) ? at : undefined;
  };
  for (const c of cx.out) {
    // "recruited young French people for Syria": a country recruits are sent to is where they go, not their group
    if (c.type === "recruitment" && !c.args.destination && c.roleNPs.group != null) {
      const g = p.nps[c.roleNPs.group];
      if (/^(for|to)$/.test(g.prep ?? "") && isPlaceish(doc, p, g) && !isGroupish(doc, p, g)) {
        c.args.destination = c.args.group; c.roleNPs.destination = g.id;
        delete c.args.group; delete c.roleNPs.group;
      }
    }
    // the for-phrase may have attached to the recruits ("dozens of young Bosnians for Syria")
    if (c.type === "recruitment" && !c.args.destination && c.roleNPs.recruits != null) {
      const r = p.nps[c.roleNPs.recruits];
      const to = [...r.pps, ...innerNP(cx, r).pps].find((pp) => /^(for|to)$/.test(pp.prep) && isPlaceish(doc, p, p.nps[pp.np]) && !isGroupish(doc, p, p.nps[pp.np]));
      if (to) setArg(cx, c, "destination", to.np, c.vg != null ? p.vgs[c.vg] : undefined);
    }
    if (c.type !== "supply") continue;
    if (c.args.via) {
      const role = !c.args.origin ? "origin" : !c.args.destination ? "destination" : undefined;
      if (role) { c.args[role] = c.args.via; if (c.roleNPs.via != null) c.roleNPs[role] = c.roleNPs.via; }
      delete c.args.via; delete c.roleNPs.via;
    }
    const vg = c.vg != null ? p.vgs[c.vg] : undefined;
    if (!c.args.destination) setArg(cx, c, "destination", placeInside(c.roleNPs.recipient), vg);
    if (!c.args.origin) setArg(cx, c, "origin", placeInside(c.roleNPs.supplier), vg);
  }
}

// ---- "with 250 to 500 members, most of them in al-Bayda": where the counted fighters are is the group's presence
const SHARE_HEADS = new Set(["most", "many", "some", "half", "all", "majority", "bulk", "several", "much"]);
function matchShareInPlace(cx: Ctx): void {
  const { doc, p, W, out } = cx;
  for (const np of p.nps) {
    if (!np.partitive || np.of == null || !SHARE_HEADS.has(W[np.w0].lower) || !p.nps[np.of].pron || W[np.w0 - 1]?.lower !== ",") continue;
    const at = np.pps.find((pp) => /^(in|across|around|near)$/.test(pp.prep) && !isTimeNP(cx, p.nps[pp.np]));
    if (!at) continue;
    // the counted people it shares out: the last membership or flow whose members end before it
    let src: Candidate | undefined;
    for (const c of out) {
      const id = c.roleNPs.member ?? c.roleNPs.people;
      if ((c.type === "membership" || c.type === "flow") && id != null && p.nps[id].end <= np.start) src = c;
    }
    // else the fighters counted before it ("400 fighters were still active, most of them in …")
    let counted: NP | undefined;
    if (!src) for (const x of p.nps) if (x.end <= np.start && !x.prep && (STRENGTH_NOUNS.has(W[x.head].lower) || STRENGTH_NOUNS.has(W[x.head].lemma))) counted = x;
    if (!src && !counted) continue;
    const m = { args: {} as Record<string, ArgValue>, roleNPs: {} as Record<string, number> };
    setArg(cx, m, "location", at.np);
    if (!m.args.location || !isPlaceish(doc, p, p.nps[m.roleNPs.location])) continue;
    if (src) m.args.group = src.args.group ?? src.args.member ?? src.args.people;
    else setArg(cx, m, "group", counted!.id, undefined, true);
    if (!m.args.group) continue;
    add(cx, { type: "presence", args: m.args, roleNPs: m.roleNPs, trigger: wordSpan(cx, np.w0), frame: "presence", pattern: `", ${W[np.w0].lower} of them in PLACE" after a count of members`, confidence: 0.5, vg: src?.vg ?? governingVG(cx, np)?.id, kind: "phrase" });
  }
}

// ---- a route told in legs: "fly from Russia to Istanbul and then travel overland through Iran to
// Herat" is one journey from Russia to Herat via Istanbul and Iran
function mergeRouteLegs(cx: Ctx): void {
  const { p, W, out } = cx;
  for (let i = out.length - 1; i >= 0; i--) {
    const second = out[i];
    if (second.type !== "flow" || second.kind !== "verb" || second.vg == null) continue;
    const sv = p.vgs[second.vg];
    // "were flown to Istanbul before crossing into Syria": a gerund of time is the next leg ("after crossing …": the one before)
    const adjunct = sv.coordOf == null && sv.form === "gerund" && sv.subjectBy === "adjunct gerund" && sv.controller != null && (sv.prepBefore === "before" || sv.prepBefore === "after") ? sv.prepBefore : undefined;
    // "travel … to the border near Kiunga, where they are … walked into Somalia": a leg told in a where-clause on the last stop
    const root = sv.coordOf != null ? p.vgs[sv.coordOf] : sv;
    const whereNP = root.whereNP != null ? p.nps[root.whereNP] : undefined;
    const onward = whereNP && second.args.destination ? out.find((c) => c !== second && c.type === "flow" && c.kind === "verb" && c.vg !== second.vg && argList(c.args.destination).some((a) => a.span[0] >= whereNP.start && a.span[1] <= chainEnd(cx, whereNP))) : undefined;
    const first0 = onward ? onward.vg : sv.coordOf ?? (adjunct ? sv.controller : undefined);
    if (first0 == null) continue;
    let first = onward ?? out.find((c) => c !== second && c.type === "flow" && c.kind === "verb" && c.vg === first0);
    if (!first) continue;
    if (adjunct === "after") {
      // the gerund's leg came first: merge the main clause's leg into it, then keep it where the main clause's row was
      const main = first;
      first = second;
      const j = out.indexOf(main);
      const via = [...argList(first.args.via), ...(main.args.destination ? argList(first.args.destination) : []), ...argList(main.args.via)];
      if (main.args.destination) first.args.destination = main.args.destination;
      if (via.length) first.args.via = via.length === 1 ? via[0] : via;
      for (const role of ["origin", "group", "people"]) if (!first.args[role] && main.args[role]) first.args[role] = main.args[role];
      first.roleNPs = { ...main.roleNPs, ...first.roleNPs };
      first.pattern += ` + leg "${W[p.vgs[main.vg!].head].lower}" (after the gerund)`;
      out.splice(j, 1);
      continue;
    }
    const via = [...argList(first.args.via), ...(second.args.destination ? argList(first.args.destination) : []), ...argList(second.args.via)];
    if (second.args.destination) first.args.destination = second.args.destination;
    if (via.length) first.args.via = via.length === 1 ? via[0] : via;
    for (const role of ["origin", "group"]) if (!first.args[role] && second.args[role]) first.args[role] = second.args[role];
    first.trigger = [first.trigger[0], Math.max(first.trigger[1], second.trigger[1])];
    first.pattern += ` + leg "${W[p.vgs[second.vg].head].lower}" (coordinated)`;
    out.splice(i, 1);
  }
}
// ---- "killed 13 U.S. service members and around 170 Afghans": coordinated counts are separate rows
function splitCountedConjuncts(cx: Ctx): void {
  const { doc, p, out } = cx;
  for (let i = out.length - 1; i >= 0; i--) {
    const c = out[i];
    const role = SPLIT_ROLES.find((r) => c.roleNPs[r] != null && p.nps[c.roleNPs[r]].conj);
    if (!role) continue;
    const coord = p.nps[c.roleNPs[role]];
    const parts = coord.conj!.filter((id) => { const x = p.nps[id]; return doc.quantities.some((q) => q.start >= x.start && q.end <= x.end); });
    // uncounted conjuncts that are not people ("…, and the attack on the embassy") drop out
    if (parts.length < 2 || coord.conj!.some((id) => !parts.includes(id) && peopleLike(cx, p.nps[id]))) continue;
    const rows = parts.map((id) => {
      const a = npArg(doc, p, id);
      return a ? { ...c, args: { ...c.args, [role]: a }, roleNPs: { ...c.roleNPs, [role]: id }, pattern: `${c.pattern}; one row per counted conjunct` } : undefined;
    }).filter((x): x is Candidate => x != null);
    if (rows.length >= 2) out.splice(i, 1, ...rows);
  }
}
// ---- noun frames
function matchNounFrames(cx: Ctx): void {
  const { doc, p, W } = cx;
  for (const np of p.nps) {
    if (np.conj) continue;
    const keys = nounKey(W[np.head]);
    // "a recruitment campaign", "a smuggling network": the modifier names the action
    if (CARRIER_NOUNS.has(W[np.head].lemma) && np.head > np.w0 && nounIndex.has(W[np.head - 1].lower)) keys.push(W[np.head - 1].lower);
    let frames = keys.flatMap((k) => nounIndex.get(k) ?? []);
    // phrase-internal title + name ("the ISIS caliph Abu Bakr al-Baghdadi", "al Qaeda affiliate AST")
    const internal = internalTrigger(cx, np);
    if (internal) frames = [...frames, ...internal.frames.filter((f) => !frames.includes(f))];
    // "accused of smuggling weapons": an -ing action word opening the phrase, the rest its object
    let gerundObj: ArgValue | undefined;
    let gerundPPs: NP["pps"] = [];
    if (!internal && !frames.length && np.head > np.w0 && /ing$/.test(W[np.w0].lower) && nounIndex.has(W[np.w0].lower) && np.prep) {
      frames = nounIndex.get(W[np.w0].lower)!;
      gerundObj = spanArg(doc, W[np.w0 + 1].start, np.end);
      // "smuggling rifles and grenades to Ansar Dine": the coordination is the object, and its phrases are the act's
      if (np.inCoord != null && p.nps[np.inCoord].conj![0] === np.id) {
        const coord = p.nps[np.inCoord];
        gerundObj = spanArg(doc, W[np.w0 + 1].start, coord.end);
        gerundPPs = coord.pps;
      }
    }
    const seen = new Set<string>();
    for (const f of frames) {
      if (seen.has(f.name)) continue;
      const trig = gerundObj ? np.w0 : internal && internal.frames.includes(f) && !keys.some((k) => f.heads.includes(k)) ? internal.at : np.head;
      if (f.withModifier && !W.slice(np.w0, trig).some((w) => f.withModifier!.includes(w.lower))) continue;
      const c = { args: {} as Record<string, ArgValue>, roleNPs: {} as Record<string, number> };
      const gov = governingVG(cx, np);
      // the agent
      let agentFound = false, attributedAct = false, received = false;
      const agent = f.agent;
      if (agent) {
        if (internal && trig === internal.at && internal.name) { c.args[agent] = internal.name; agentFound = true; }
        // "38 attacks attributed to the ADF", "raids blamed on X", "an ambush claimed by Y": the doer
        if (!agentFound && f.type === "conflict") {
          const rr = p.vgs.find((v) => v.subject === np.id && v.subjectBy === "reduced relative" && ATTRIBUTING.has(v.lemma));
          const to = rr?.pps.find((pp) => pp.prep === "to" || pp.prep === "on" || pp.prep === "by");
          if (to) { setArg(cx, c, agent, to.np, rr, true); agentFound = attributedAct = c.args[agent] != null; }
        }
        if (!agentFound && f.name !== "affiliate-noun" && f.name !== "leader-noun" && np.possessor != null && !p.nps[np.possessor].pron) { setArg(cx, c, agent, np.possessor); agentFound = true; }
        if (!agentFound && f.name === "joint-operation") {
          const parties = hyphenParties(cx, np, trig);
          if (parties.length >= 2) { c.args.parties = parties; agentFound = true; }
        }
        if (!agentFound && (f.type === "presence" || f.type === "conflict" || f.type === "training" || f.type === "alliance")) {
          const name = premodNameBefore(cx, np, trig);
          // "the Hajj camp in Maiduguri": a camp's own name is no group's
          const named = name && !Array.isArray(name) && f.name === "presence-noun" && !name.entity && !/^[A-Z]{2,6}$/.test(name.text) && countryOfDemonym(name.text.split(/\s+/)[0]) == null ? undefined : name;
          if (named) { c.args[agent] = named; agentFound = true; }
        }
        if ((f.type === "leadership" || f.type === "membership") && f.name !== "link-noun" && np.possessor != null && !c.args.group) {
          // "al Qaeda's affiliate", "the Taliban's leader": the possessor is the group
          const g = possessorArg(cx, np);
          if (g) { c.args.group = Array.isArray(g) ? g : withoutPossessive(g); }
          // "Its leader, X": an unresolved "its" stands for the group in focus
          else if (p.nps[np.possessor].pron) setArg(cx, c, "group", np.possessor, gov, true);
        }
        if (!agentFound && np.appos != null && (f.type === "leadership" || f.type === "membership")) {
          const other = p.nps[np.appos];
          if (W[other.head].tag === "PROPN" || other.acronym) { setArg(cx, c, agent, other.id); agentFound = true; }
        }
        const cop = copulaOf(cx, np);
        // "whom it described as the group's wali", "identified X as a financial chief": the one described, not the describer
        const described = cop && !cop.copula && !cop.passive ? cop.object : cop?.subject;
        if (!agentFound && cop && described != null) { setArg(cx, c, agent, described, cop, GROUP_ROLES.has(agent)); agentFound = c.args[agent] != null; }
        // "its strength": a pronoun possessor stands for the group in focus
        if (!agentFound && f.name === "strength-noun" && np.possessor != null) { setArg(cx, c, agent, np.possessor, gov, true); agentFound = c.args[agent] != null; }
        if (f.name === "link-noun" && gov && BREAK_VERBS.has(gov.lemma)) continue;
        // "our monitors recorded clashes": a verb that reports a fight does not make its subject a side
        // "X's men received training … from fighters of Y": who receives training is trained; who gives it, the group
        if (!agentFound && f.type === "training" && gov && !gov.copula && gov.object === outerId(cx, np) && gov.subject != null && RECEIVING_VERBS.has(gov.lemma)) {
          const giver = [...np.pps, ...gov.pps].find((pp) => (pp.prep === "from" || pp.prep === "by") && !isTimeNP(cx, p.nps[pp.np]));
          // "We got weapons training": the ones trained, with nobody named as trainer
          setArg(cx, c, "trainees", gov.subject, gov);
          received = c.args.trainees != null;
          if (giver) {
            const g = p.nps[giver.np];
            setArg(cx, c, agent, g.of != null && PEOPLE_NOUNS.has(W[g.head].lower) && isGroupish(doc, p, p.nps[g.of]) ? g.of : giver.np, gov, true);
            agentFound = c.args[agent] != null;
          }
        }
        if (!agentFound && (LIGHT_VERB_TYPES.has(f.type) || f.name === "link-noun") && gov && !gov.copula && gov.object === outerId(cx, np) && gov.subject != null && !(f.type === "conflict" && OBSERVING_VERBS.has(gov.lemma)) && !(f.type === "supply" && observesSupply(gov)) && !(f.type === "training" && RECEIVING_VERBS.has(gov.lemma))) { setArg(cx, c, agent, gov.subject, gov, GROUP_ROLES.has(agent)); agentFound = c.args[agent] != null; }
        if (!agentFound && f.type !== "leadership" && f.type !== "membership" && f.type !== "presence" && f.type !== "alliance") {
          // "his responsibilities were recruitment of …": the possessor of a role noun in the clause
          for (const other of p.nps) {
            if (other.possessor == null || other.id === np.id) continue;
            if (!ROLE_NOUNS.has(W[other.head].lemma) && !ROLE_NOUNS.has(W[other.head].lower)) continue;
            if (Math.abs(other.start - np.start) > 80) continue;
            setArg(cx, c, agent, other.possessor); agentFound = true; break;
          }
        }
        // "X accused Y of trafficking arms": the accused is the doer
        if (!agentFound && np.prep === "of") {
          // "accused of recruiting", "was accused of running a camp and of recruiting": the accused
          let acc: VG | undefined;
          for (const v of p.vgs) if (v.end <= np.start && /^(accuse|suspect|charge|convict|arrest)$/.test(v.lemma)) acc = v;
          const who = acc ? (acc.passive ? acc.subject : acc.object) : undefined;
          if (acc && who != null) { setArg(cx, c, agent, who, acc); agentFound = c.args[agent] != null; }
        }
        if (!agentFound && (f.type === "supply") && gov && gov.subject != null && np.start > gov.start && !observesSupply(gov) && !ITEM_HEADS.includes(headLemma(cx, p.nps[gov.subject])) && !ITEM_HEADS.includes(headLower(cx, p.nps[gov.subject]))) { setArg(cx, c, agent, gov.subject, gov); agentFound = c.args[agent] != null; }
        // "under pressure from U.S. drone strikes": the from/by-phrase is the doer
        if (!agentFound && f.type === "conflict") {
          const src = np.pps.find((pp) => pp.prep === "from" || pp.prep === "by");
          if (src) { setArg(cx, c, agent, src.np, gov, true); agentFound = c.args[agent] != null; }
        }
      }
      // "The group has been under pressure/attack/fire from …": the copula's subject is the target
      if (f.type === "conflict" && np.prep === "under" && gov?.copula && gov.subject != null) setArg(cx, c, "target", gov.subject, gov, true);
      // "carried out attacks inside Kenya", "resumed strikes": an attack a light verb reports needs no named target
      const acted = f.type === "conflict" && agentFound && gov != null && gov.object === outerId(cx, np) && ACT_VERBS.has(gov.lemma) && !gov.negated && ATTACK_HEADS.has(W[np.head].lower) && W[np.head].lower !== "operation";
      // "four suspected members of the 10th Front", "fighters of the ADF": the people are the members
      if (f.name === "affiliate-noun" && !agentFound && np.of != null && trig === np.head && (PEOPLE_NOUNS.has(W[trig].lower) || PEOPLE_NOUNS.has(W[trig].lemma)) && namedGroup(cx, p.nps[np.of]) && !W.slice(np.w0, trig).some((w) => w.lower === "former") && !(gov && MEMBERSHIP_VERBS.has(gov.lemma))) { setArg(cx, c, agent!, np.id); agentFound = c.args[agent!] != null; }
      // "the Domingo Laín front of the ELN", "the group's Amniyat intelligence wing": a named unit of a group
      if (f.name === "affiliate-noun" && !agentFound && (np.of != null || np.possessor != null) && UNIT_NOUNS.has(W[trig].lower)) {
        const name = unitName(cx, np, trig);
        if (name) { c.args[agent!] = name; agentFound = true; }
      }
      // "clashes between the M23 and armed groups known as Wazalendo around Kitshanga": the place may hang off a side
      if (f.type === "conflict" && np.pps.some((pp) => pp.prep === "between")) { const place = placeDownClause(cx, np.w1); if (place != null) setArg(cx, c, "location", place, gov); }
      // "clashes between the M23 and Wazalendo": the sides of a fight named together
      if (f.type === "conflict" && !agentFound) {
        const between = np.pps.find((pp) => pp.prep === "between");
        const sides = between ? p.nps[between.np].conj : undefined;
        if (sides && sides.length >= 2) { setArg(cx, c, "actor", sides[0], gov, true); for (const id of sides.slice(1)) { const a = groupArg(cx, id); if (a) c.args.target = [...argList(c.args.target), ...argList(a)]; } agentFound = c.args.actor != null; }
      }
      // "repeated French raids": the nationality before the attack noun is the side that attacks
      if (f.type === "conflict" && !agentFound) {
        for (let k = np.w0; k < trig; k++) if (/^[A-Z]/.test(W[k].text) && originFromNationality(doc, p, { ...np, w0: k, w1: k + 1, start: W[k].start, end: W[k].end })) { const a = spanArg(doc, W[k].start, W[k].end); if (a) { c.args.actor = a; agentFound = attributedAct = true; } break; }
      }
      // "a French airstrike", "repeated Pakistani airstrikes": a state's attack needs no named target
      const own = c.args.actor && !Array.isArray(c.args.actor) ? c.args.actor : undefined;
      if (f.type === "conflict" && own && own.span[0] >= np.start && own.span[1] <= W[trig].start && countryOfDemonym(own.text) != null
        && !W.slice(np.w0, trig).some((w) => w.start >= own.span[1] && w.tag !== "ADJ" && w.tag !== "PROPN")) attributedAct = true;
      // "the Panel documented the supply of weapons from Yemen": a supply someone watched still happened, with no supplier named
      const watched = f.type === "supply" && gov != null && observesSupply(gov) && np.of != null && [...np.pps, ...p.nps[np.of].pps].some((pp) => /^(from|to|into)$/.test(pp.prep));
      if (f.needAgent && !agentFound && !watched && !received) {
        // "two days of fighting in the villages of X and Y": a fight between unnamed sides still happened there
        const reciprocal = f.type === "conflict" && RECIPROCAL_FIGHTS.has(W[trig].lower);
        if (!reciprocal) continue;
        for (const pp of np.pps) if (/^(in|around|near|across|at|throughout|outside)$/.test(pp.prep) && !isTimeNP(cx, p.nps[pp.np])) { setArg(cx, c, "location", pp.np, gov); if (c.args.location) break; }
        if (!c.args.location || !isPlaceish(doc, p, p.nps[c.roleNPs.location])) continue;
        attributedAct = true;
      }
      if (f.self) setArg(cx, c, f.self, np.id);
      if (f.of && np.of != null && trig === np.head && !(f.of === "group" && !isGroupish(doc, p, p.nps[np.of]) && W[p.nps[np.of].head].tag !== "PROPN")) setArg(cx, c, f.of, np.of, undefined, GROUP_ROLES.has(f.of));
      if (f.of && internal && trig === internal.at && internal.of) c.args[f.of] ??= internal.of;
      if (f.of && gerundObj) c.args[f.of] ??= gerundObj;
      // "recruitment of children by armed groups in Masisi": phrases after the of-complement belong to the nominalisation
      const ofPPs = f.of && np.of != null && trig === np.head ? p.nps[np.of].pps.filter((pp) => pp.prep !== "of" && f.pp?.[pp.prep]) : [];
      const pps = [...np.pps, ...ofPPs, ...gerundPPs, ...(gov && (gov.object === outerId(cx, np) || gov.predicate === outerId(cx, np)) ? gov.pps.filter((pp) => pp.at > np.end - 1 || p.words[pp.at].start >= np.end) : [])];
      for (const pp of pps) {
        if (pp.prep === "of" && f.of) continue;
        const role = f.pp?.[pp.prep];
        if (!role) continue;
        const target = p.nps[pp.np];
        if (isTimeNP(cx, target)) continue;
        if (role === "parties") { addParty(cx, c, pp.np); continue; }
        if (role === "group" && !isGroupish(doc, p, target)) continue;
        if (role === "destination" && f.name === "fighter-provider" && isGroupish(doc, p, target)) { setArg(cx, c, "group", pp.np, undefined, true); continue; }
        setArg(cx, c, role, pp.np, undefined, GROUP_ROLES.has(role));
      }
      // "recruitment of children by armed groups in Ouham": the place may hang off the last phrase of the chain
      if (!c.args.location && f.pp?.in === "location" && (f.type === "recruitment" || f.type === "training" || f.type === "casualties")) { const place = placeDownClause(cx, np.w1); if (place != null) setArg(cx, c, "location", place, gov); }
      // "the Tunisian desert has been home to training camps"
      if (np.prep === "to" && gov?.copula && gov.predicate != null && W[p.nps[gov.predicate].head].lower === "home" && gov.subject != null) setArg(cx, c, "location", gov.subject, gov);
      if (f.type === "flow") {
        if (f.name === "fighter-provider") {
          const people = c.roleNPs.people != null ? p.nps[c.roleNPs.people] : undefined;
          if (!people || !(PEOPLE_NOUNS.has(W[people.head].lower) || PEOPLE_NOUNS.has(W[people.head].lemma))) continue;
        }
        if (c.roleNPs.people != null && !c.args.origin) { const o = originFromNationality(doc, p, p.nps[c.roleNPs.people]); if (o) c.args.origin = o; }
        if (!c.args.destination && !c.args.origin && !c.args.group) continue;
      }
      if (f.type === "presence" && !c.args.location && !(f.heads.includes("presence") && c.args.group && gov?.whereNP != null)) {
        if (gov?.whereNP != null && c.args.group) setArg(cx, c, "location", gov.whereNP, gov); else continue;
      }
      if (f.type === "presence" && f.name === "presence-noun" && !c.args.group) continue;
      if (f.type === "presence" && f.name === "presence-noun" && np.prep === "to" && np.hostVG == null) continue;
      if (f.type === "conflict" && !c.args.target && !acted && !attributedAct) continue;
      if (f.type === "training" && !c.args.location && !c.args.group && !received) continue;
      if (f.type === "alliance" && (!c.args.parties || (!Array.isArray(c.args.parties)))) {
        if (gov?.subject != null && c.args.parties) { const a = c.args.parties; delete c.args.parties; setArg(cx, c, "parties", gov.subject, gov, true); if (c.args.parties) c.args.parties = [...argList(c.args.parties), ...argList(a)]; }
        if (!Array.isArray(c.args.parties)) continue;
      }
      if (f.type === "membership" && (!c.args.group || !c.args.member)) {
        if (!c.args.group) { const g = internal && trig === internal.at ? internal.before : premodNameBefore(cx, np, trig); if (g) c.args.group = g; }
        if (!c.args.group || !c.args.member) continue;
      }
      if (f.type === "membership") {
        // a unit is not its own member ("an ISKP cell": the name is the group, no second party)
        const m = c.args.member, g = c.args.group;
        if (m && g && !Array.isArray(m) && !Array.isArray(g) && (m.text === g.text || m.entity != null && m.entity === g.entity && !m.text.includes(g.text))) continue;
      }
      if (f.type === "leadership") {
        if (!c.args.group) { const g = internal && trig === internal.at ? internal.before : premodNameBefore(cx, np, trig); if (g) c.args.group = g; }
        if (!c.args.group) continue;
        c.args.role ??= spanArg(doc, W[trig].start, np.of != null && trig === np.head ? p.nps[np.of].end : W[trig].end)!;
        // "X, a former al-Mourabitoun commander": a past rank named by the group's name says X was in it, not that X leads it
        if (np.possessor == null && np.of == null && W.slice(np.w0, trig).some((w) => w.lower === "former") && c.args.leader) {
          add(cx, { type: "membership", args: { member: c.args.leader, group: c.args.group, role: c.args.role }, roleNPs: { member: c.roleNPs.leader ?? np.id }, trigger: wordSpan(cx, trig), frame: "membership", pattern: `noun "former … ${W[trig].lower}" after a name: a past rank in the group`, confidence: 0.55, vg: gov?.id, kind: "phrase" });
          continue;
        }
      }
      // "Afghan fighters of the Fatemiyoun Brigade": people of a group named by their nationality are a foreign contingent, a flow
      if (f.name === "affiliate-noun" && c.roleNPs.member === np.id && !Array.isArray(c.args.group)) {
        const o = originFromNationality(doc, p, np);
        if (o) {
          add(cx, { type: "flow", args: { people: c.args.member, origin: o, group: c.args.group }, roleNPs: { people: np.id }, trigger: wordSpan(cx, trig), frame: "flow", pattern: `noun "${W[trig].lower}" of a group, by nationality: a foreign contingent`, confidence: 0.5, vg: gov?.id, kind: "phrase" });
          seen.add(f.name);
          continue;
        }
      }
      if (f.type === "membership" && !c.args.role) c.args.role = spanArg(doc, W[trig].start, W[trig].end)!;
      seen.add(f.name);
      add(cx, { type: f.type, args: c.args, roleNPs: c.roleNPs, trigger: wordSpan(cx, trig), frame: f.type, pattern: `noun "${W[trig].lower}" (${f.name})`, confidence: f.conf, vg: gov?.id, kind: gov && (gov.object === outerId(cx, np) || gov.predicate === outerId(cx, np)) ? "noun" : "phrase" });
    }
    // "in charge of": leadership
    for (const pp of np.pps) {
      if (pp.prep !== "in charge of") continue;
      const obj = p.nps[pp.np];
      const c = { args: {} as Record<string, ArgValue>, roleNPs: {} as Record<string, number> };
      setArg(cx, c, "leader", np.id, copulaOf(cx, np));
      const g = isGroupish(doc, p, obj) ? npArg(doc, p, obj.id) : premodName(cx, obj);
      if (!g || !c.args.leader) continue;
      c.args.group = g;
      add(cx, { type: "leadership", args: c.args, roleNPs: c.roleNPs, trigger: wordSpan(cx, pp.at), frame: "leadership", pattern: `"in charge of" after a noun (${GENERIC_HEADS.has(W[np.head].lower) ? "generic noun: the clause's subject" : "the noun"})`, confidence: 0.6, vg: copulaOf(cx, np)?.id });
    }
  }
}
// copula + "in charge of" NP; "together with" alliances
function matchInChargeAndAlongside(cx: Ctx): void {
  const { doc, p } = cx;
  for (const vg of p.vgs) {
    for (const pp of vg.pps) {
      if (pp.prep === "in charge of" && vg.copula && vg.subject != null && p.words[pp.at - 1] && p.vgAt[pp.at - 1] === vg.id) {
        const obj = p.nps[pp.np];
        const g = isGroupish(doc, p, obj) ? npArg(doc, p, obj.id) : premodName(cx, obj);
        if (!g) continue;
        const c = { args: { group: g } as Record<string, ArgValue>, roleNPs: {} as Record<string, number> };
        setArg(cx, c, "leader", vg.subject, vg);
        add(cx, { type: "leadership", args: c.args, roleNPs: c.roleNPs, trigger: wordSpan(cx, pp.at), frame: "leadership", pattern: `copula + "in charge of"`, confidence: 0.65, vg: vg.id });
      }
      if (pp.prep === "together with" || pp.prep === "alongside" || pp.prep === "along with") {
        if (vg.subject == null) continue;
        const a = p.nps[vg.subject], b = p.nps[pp.np];
        // "Its fighters have fought alongside militias": a group's fighters stand for the group
        if (!(isGroupish(doc, p, a) || hasGroupPremod(cx, a) || a.pron || (a.possessor != null && p.nps[a.possessor].pron)) || !isGroupish(doc, p, b)) continue;
        const c = { args: {} as Record<string, ArgValue>, roleNPs: {} as Record<string, number> };
        addParty(cx, c, a.id); addParty(cx, c, b.id);
        add(cx, { type: "alliance", args: c.args, roleNPs: c.roleNPs, trigger: wordSpan(cx, pp.at), frame: "alliance", pattern: `"${pp.prep}" two groups`, confidence: 0.5, vg: vg.id });
      }
    }
  }
}
// "Ansar Dine and AQIM fought together", "the two groups operate jointly": coordinated sides acting as one
function matchActingTogether(cx: Ctx): void {
  const { p } = cx;
  for (const vg of p.vgs) {
    if (vg.subject == null || vg.negated || !TOGETHER_VERBS.has(vg.lemma)) continue;
    const subj = p.nps[vg.subject];
    const adv = p.words.slice(vg.w0, Math.min(p.words.length, vg.w1 + 2)).find((w) => w.lower === "together" || w.lower === "jointly");
    if (!adv || !subj.conj || subj.conj.length < 2) continue;
    const c = { args: {} as Record<string, ArgValue>, roleNPs: {} as Record<string, number> };
    for (const id of subj.conj) addParty(cx, c, id);
    const loc = vg.pps.find((pp) => pp.prep === "in" || pp.prep === "across");
    if (loc) setArg(cx, c, "location", loc.np, vg);
    add(cx, { type: "alliance", args: c.args, roleNPs: c.roleNPs, trigger: wordSpan(cx, vg.head), frame: "alliance", pattern: `coordinated subject + "${vg.lemma} ${adv.lower}"`, confidence: 0.55, vg: vg.id, kind: "verb" });
  }
}
// "HTS, the dominant armed group in Syria's northwest": a group described by where it is
// Also a copula or "become": "ISWAP has become the dominant jihadist force around Lake Chad".
function matchPresenceByApposition(cx: Ctx): void {
  const { doc, p, W } = cx;
  const described: [NP, NP, VG?][] = [];
  for (const np of p.nps) if (np.appos != null && np.appos > np.id) described.push([np, p.nps[np.appos]]);
  for (const v of p.vgs) {
    const d = v.predicate ?? (/^(become|remain)$/.test(v.lemma) ? v.object : undefined);
    if (v.subject != null && d != null && !v.negated) described.push([p.nps[v.subject], p.nps[d], v]);
  }
  for (const [np, d, v] of described) {
    if (W[np.head].tag !== "PROPN" && !np.acronym) continue;
    if (!GROUP_NOUNS.has(W[d.head].lower) || !isGroupish(doc, p, np) && !isGroupish(doc, p, d)) continue;
    // an armed group, not "a research group in Tbilisi"
    const armed = mentionsWithin(doc, np.start, np.end).some((m) => m.type === "armed_group") || W.slice(d.w0, d.head).some((w) => ARMED_MODIFIERS.has(w.lower)) || ARMED_HEADS.has(W[d.head].lower);
    if (!armed) continue;
    const placePP = (pp: { prep: string; at: number }) => (pp.prep === "in" || pp.prep === "across" || pp.prep === "throughout" || pp.prep === "around") && pp.at >= d.w1 - 1;
    const at = d.pps.find(placePP) ?? v?.pps.find((pp) => placePP(pp) && pp.at === d.w1);
    if (!at || isTimeNP(cx, p.nps[at.np])) continue;
    const c = { args: {} as Record<string, ArgValue>, roleNPs: {} as Record<string, number> };
    setArg(cx, c, "group", np.id, undefined, true);
    setArg(cx, c, "location", at.np);
    if (!c.args.group || !c.args.location) continue;
    add(cx, { type: "presence", args: c.args, roleNPs: c.roleNPs, trigger: wordSpan(cx, d.head), frame: "presence", pattern: `name + apposition "${W[d.head].lower} ${at.prep} PLACE"`, confidence: 0.55, vg: governingVG(cx, np)?.id, kind: "phrase" });
  }
}
// "X-based fighters": presence of a group
function matchBasedModifier(cx: Ctx): void {
  const { doc, p, W } = cx;
  for (const np of p.nps) {
    for (let k = np.w0; k < np.head; k++) {
      const m = /^(.+)-based$/i.exec(W[k].text);
      if (!m || !isGroupish(doc, p, np)) continue;
      // "the Bishkek-based Central Asia Security Institute" is no armed presence
      if (!isArmed(cx, np)) continue;
      const loc = spanArg(doc, W[k].start, W[k].start + m[1].length);
      const g = npArg(doc, p, np.id);
      if (!loc || !g) continue;
      add(cx, { type: "presence", args: { group: g, location: loc }, roleNPs: {}, trigger: wordSpan(cx, k), frame: "presence", pattern: `"X-based" modifier`, confidence: 0.6, vg: governingVG(cx, np)?.id });
    }
  }
}
// "attacked the village of Kalunguta", "stormed the town of Palma": an attacked place is where it happened
function placeAttackedTargets(cx: Ctx): void {
  const { doc, p, W, out } = cx;
  for (const c of out) {
    if (c.type !== "conflict" || c.args.location || c.roleNPs.target == null) continue;
    const t = p.nps[c.roleNPs.target];
    if (t.pron || t.conj) continue;
    const loc = placeNP(doc, p, t.id);
    const a = loc != null ? npArg(doc, p, loc) : undefined;
    if (a && loc != null && (loc !== t.id || PLACE_NOUNS.has(W[t.head].lower) || isPlaceish(doc, p, t))) { c.args.location = a; c.roleNPs.location = loc; }
  }
}

function wordSpan(cx: Ctx, k: number): [number, number] { const { W } = cx; return [W[k].start, W[k].end]; }
/** "barred its citizens from travelling to X": the motion gerund after "from" right behind the object. */
function barredJourney(cx: Ctx, vg: VG): VG | undefined {
  const { p } = cx;
  const obj = p.nps[vg.object!];
  let end = obj.w1;
  for (const pp of obj.pps) end = Math.max(end, p.nps[pp.np].w1);
  return p.vgs.find((v) => v.form === "gerund" && v.prepBefore === "from" && v.w0 >= end + 1 && v.w0 <= end + 2 && verbIndex.get(v.lemma)?.some((f) => f.type === "flow"));
}
/** Is the phrase (or a member of its coordination) a thing supplied: weapons, money, fuel? */
function carriesGoods(cx: Ctx, np: NP): boolean {
  const inner = innerNP(cx, np);
  const members = inner.conj ? inner.conj.map((id) => cx.p.nps[id]) : [inner];
  return members.some((x) => ITEM_HEADS.includes(headLemma(cx, x)) || ITEM_HEADS.includes(headLower(cx, x)));
}
/** Where a phrase and the prepositional phrases hanging from it end ("the border near Kiunga"). */
function chainEnd(cx: Ctx, np: NP): number {
  let end = np.end;
  for (const pp of np.pps) end = Math.max(end, chainEnd(cx, cx.p.nps[pp.np]));
  return end;
}
/** "investigators traced the shipment", "police seized a consignment": who finds, watches or stops a supply is not its supplier. */
const SUPPLY_WATCHERS = new Set(["trace", "track", "investigate", "monitor", "document", "report", "detect", "discover", "find", "uncover", "verify", "confirm", "deny", "examine", "study", "describe", "notice", "record", "photograph", "follow", "expose", "reveal", "condemn", "sanction", "target", "strike", "bomb", "hit", "destroy"]);
function observesSupply(gov: VG): boolean {
  return SUPPLY_WATCHERS.has(gov.lemma) || (verbIndex.get(gov.lemma)?.some((f) => f.type === "interdiction") ?? false);
}
/** People one arms into a force: volunteers, civilians, villagers — not an armed group already formed. */
const ARMED_PEOPLE_HEADS = new Set(["volunteer", "volunteers", "civilian", "civilians", "villager", "villagers", "vigilante", "vigilantes", "youth", "youths", "men", "boys", "herder", "herders", "farmer", "farmers", "hunter", "hunters", "tribesman", "tribesmen", "resident", "residents", "local", "locals", "recruit", "recruits", "student", "students", "citizen", "citizens"]);
function ARMED_PEOPLE(cx: Ctx, np: NP): boolean {
  const inner = innerNP(cx, np);
  return ARMED_PEOPLE_HEADS.has(cx.W[inner.head].lower);
}
/** Verbs whose subject undergoes what their object names ("received training"). */
const RECEIVING_VERBS = new Set(["receive", "get", "undergo", "attend", "complete", "undertake"]);
/** Verbs that keep someone from doing something ("barred them from leaving"). */
const BARRING_VERBS = new Set(["ban", "bar", "prevent", "stop", "block", "prohibit", "forbid", "keep", "deter", "dissuade", "discourage", "restrict"]);
/** Verbs whose object is the means of a purpose clause ("used social media to recruit"). */
const MEANS_VERBS = new Set(["use", "exploit", "employ", "leverage"]);
function headLemma(cx: Ctx, np: NP): string {
  const { p, W } = cx;
  const inner = np.partitive && np.of != null ? p.nps[np.of] : np;
  const target = inner.conj ? p.nps[inner.conj[0]] : inner;
  return W[target.head].lemma;
}
function headLower(cx: Ctx, np: NP): string { const { p, W } = cx; return W[(np.partitive && np.of != null ? p.nps[np.of] : np).head].lower; }
/** A pronoun or generic noun ("the man") standing for the clause's subject, resolved where the parse can. */
function resolveNP(cx: Ctx, id: number | undefined, vg?: VG): number | undefined {
  const { doc, p, W } = cx;
  if (id == null) return undefined;
  const np = p.nps[id];
  if (np.pron && (!mentionsWithin(doc, np.start, np.end).length || p.vgs.some((v) => v.subject === np.id))) {
    // "the government reported that it was able to …": the reporter of the clause whose subject the
    // pronoun is, whatever coreference chose (the reporting clause binds it more closely than any earlier name)
    // "police said on Friday (that) they had detained …": the nearest reporter before the pronoun
    const pl = W[np.head].lower;
    const plural = pl === "they" || pl === "them" || pl === "their";
    if (plural || pl === "it" || pl === "its") {
      let best: number | undefined;
      for (const v of p.vgs) {
        if (v.end > np.start || !REPORTING.has(v.lemma) || v.subject == null || v.passive) continue;
        const s = p.nps[v.subject];
        if (s.pron) continue;
        const sh = W[s.head];
        const many = s.conj != null || COLLECTIVE.has(sh.lower) || (sh.tag !== "PROPN" && sh.lower.endsWith("s") && !sh.lower.endsWith("ss"));
        const one = sh.tag === "PROPN" || !sh.lower.endsWith("s") || sh.lower.endsWith("ss") || isGroupish(doc, p, s);
        if (plural ? many || sh.tag === "PROPN" : one && !COLLECTIVE.has(sh.lower)) best = s.id;
      }
      if (best != null) return best;
    }
  }
  if (GENERIC_HEADS.has(W[np.head].lower) && vg) {
    const cop = copulaOf(cx, np);
    if (cop?.subject != null) return cop.subject;
  }
  return id;
}
// the verb group of which np (or the coordination/partitive holding it) is the predicate or the "as" complement
function copulaOf(cx: Ctx, np: NP): VG | undefined {
  const { p } = cx;
  const ids = new Set<number>([np.id]);
  let x = np;
  while (x.inCoord != null) { x = p.nps[x.inCoord]; ids.add(x.id); }
  for (const v of p.vgs) {
    if (v.predicate != null && ids.has(v.predicate)) return v;
    if (AS_VERBS.has(v.lemma) && v.pps.some((pp) => pp.prep === "as" && ids.has(pp.np))) return v;
  }
  return undefined;
}
function groupArg(cx: Ctx, id: number | undefined): ArgValue | undefined {
  const { doc, p, W } = cx;
  if (id == null) return undefined;
  const np = p.nps[id];
  if (W[np.head].tag === "PROPN") {
    // "the ISIS caliph Abu Bakr al-Baghdadi" stands for ISIS where a group is wanted
    for (let k = np.head - 1; k > np.w0; k--) {
      if (!LEADER_TITLES.has(W[k].lower) || W[k - 1].tag !== "PROPN") continue;
      let s = k - 1;
      while (s - 1 >= np.w0 && W[s - 1].tag === "PROPN") s--;
      return spanArg(doc, W[s].start, W[k - 1].end);
    }
  }
  if (np.conj || isGroupish(doc, p, np) || W[np.head].tag === "PROPN" || np.pron) return npArg(doc, p, id);
  const name = premodName(cx, np);
  return name ?? npArg(doc, p, id);
}
/** A name among the premodifiers of a head ("the local ISIS presence", "ISIS recruiters"). */
function premodName(cx: Ctx, np: NP): ArgValue | undefined {
  const { doc, p, W } = cx;
  let s = -1, e = -1;
  for (let k = np.w0; k < np.head; k++) {
    if (W[k].tag === "PROPN" && !(np.possessor != null && k < p.nps[np.possessor].w1)) { if (s < 0) s = k; e = k; }
    else if (s >= 0) break;
  }
  if (s < 0) return possessorArg(cx, np);
  return spanArg(doc, W[s].start, W[e].end);
}
function add(cx: Ctx, c: Omit<Candidate, "sentence">) { const { p, out } = cx; if (Object.keys(c.args).length) out.push({ ...c, sentence: p.sentence }); }
function setArg(cx: Ctx, c: { args: Record<string, ArgValue>; roleNPs: Record<string, number> }, role: string, id: number | undefined, vg?: VG, asGroup = false) {
  const { doc, p } = cx;
  if (id == null || c.args[role]) return;
  let rid = resolveNP(cx, id, vg);
  if (rid == null) return;
  if (PLACE_ROLES.has(role) && !p.nps[rid].pron) { rid = placeNP(doc, p, rid); if (rid == null) return; }
  // "it" is resolved by coreference alone (stages/coref.ts decides when it is expletive)
  const a = asGroup ? groupArg(cx, rid) : npArg(doc, p, rid);
  if (a) { c.args[role] = a; c.roleNPs[role] = rid; }
}
/** The attack noun a relative clause after a chain of phrases hangs from ("the bombing of a camp in Gao that killed"). */
function attackBefore(cx: Ctx, vg: VG): NP | undefined {
  const { p } = cx;
  for (let k = vg.w0 - 1; k >= 0; k--) {
    if (p.vgAt[k] >= 0) return undefined;
    const id = p.npAt[k];
    if (id >= 0 && ATTACK_HEADS.has(headLower(cx, p.nps[id]))) return p.nps[id];
  }
  return undefined;
}
/** Who an attack belongs to: its possessor or name premodifier, else the subject of "claimed/carried out …". */
function attackAgent(cx: Ctx, np: NP): ArgValue | undefined {
  const { doc, p, W } = cx;
  const own = premodNameBefore(cx, np, np.head);
  if (own) return own;
  // "a French airstrike": the nationality before the attack noun
  for (let k = np.w0; k < np.head; k++) if (/^[A-Z]/.test(W[k].text) && originFromNationality(doc, p, { ...np, w0: k, w1: k + 1, start: W[k].start, end: W[k].end })) return spanArg(doc, W[k].start, W[k].end);
  const id = outerId(cx, np);
  for (const v of p.vgs) {
    if (v.object !== id || !ATTACK_CLAIMERS.has(v.lemma)) continue;
    if (!v.passive && v.subject != null) return groupArg(cx, resolveNP(cx, v.subject, v));
  }
  for (const v of p.vgs) if (v.passive && v.subject === id && ATTACK_CLAIMERS.has(v.lemma)) { const by = v.pps.find((pp) => pp.prep === "by"); if (by) return groupArg(cx, by.np); }
  return undefined;
}
function inConditional(cx: Ctx, vg: VG): boolean {
  const { p, W } = cx;
  for (let k = vg.w0 - 1; k >= 0; k--) {
    if (/^(if|unless)$/.test(W[k].lower)) return true;
    if (p.boundaries.has(k) || W[k].lower === "," ) return false;
  }
  return false;
}
function addParty(cx: Ctx, c: { args: Record<string, ArgValue>; roleNPs: Record<string, number> }, id: number) {
  const a = groupArg(cx, id);
  if (!a) return;
  const list = c.args.parties ? (Array.isArray(c.args.parties) ? c.args.parties : [c.args.parties]) : [];
  c.args.parties = [...list, ...argList(a)];
}
/** A possessor as an argument; a pronoun only once coreference has resolved it. */
function possessorArg(cx: Ctx, np: NP): ArgValue | undefined {
  const { doc, p } = cx;
  if (np.possessor == null) return undefined;
  const poss = p.nps[np.possessor];
  const a = npArg(doc, p, poss.id);
  if (poss.pron && (!a || Array.isArray(a) || a.entity == null)) return undefined;
  return a;
}
/** The head itself names a group: a name, a group noun, or an armed-group mention over the head. */
function groupHead(cx: Ctx, np: NP): boolean {
  const { doc, W } = cx;
  const h = W[np.head];
  if (h.tag === "PROPN" || GROUP_NOUNS.has(h.lower)) return true;
  return mentionsWithin(doc, np.start, np.end).some((m) => (m.type === "armed_group" || m.type === "organization") && m.start <= h.start && h.end <= m.end);
}
/** A particular someone: a name, a known entity or a pronoun, not a bare "fighters". */
function specific(cx: Ctx, np: NP): boolean {
  const { doc, W } = cx;
  if (np.pron) return true;
  if (W.slice(np.w0, np.w1).some((w) => w.tag === "PROPN")) return true;
  return mentionsWithin(doc, np.start, np.end).some((m) => m.type !== "population");
}
function isPersonNP(cx: Ctx, np: NP): boolean {
  const { doc, W } = cx;
  const h = W[np.head];
  return mentionsWithin(doc, np.start, np.end).some((m) => m.type === "person" && m.start <= h.start && h.end <= m.end);
}
function hasGroupPremod(cx: Ctx, np: NP): boolean { return premodName(cx, np) != null; }
function peopleLike(cx: Ctx, np: NP): boolean {
  const { doc, p, W } = cx;
  const inner = np.partitive && np.of != null ? p.nps[np.of] : np;
  const h = W[inner.head];
  if (inner.pron || np.pron) return !/^(it|you)$/.test(h.lower);
  if (PEOPLE_NOUNS.has(h.lower) || PEOPLE_NOUNS.has(h.lemma)) return true;
  if (h.tag === "NUM" || np.partitive) return true;
  // "a smaller number fly to …", "hundreds more crossed": a quantity standing for people already named
  if (ANAPHORIC_COUNTS.has(h.lower) && inner.possessor == null) return true;
  if (originFromNationality(doc, p, inner)) return true;
  const ms = mentionsWithin(doc, inner.start, inner.end).filter((m) => m.start <= h.start && h.end <= m.end);
  if (ms.some((m) => m.type === "person" || m.type === "population" || m.type === "armed_group")) return true;
  return h.tag === "PROPN" && !isPlaceish(doc, p, inner);
}
/** The first named place in a locative phrase further down the clause from word k ("clashes between A and B around Kitshanga"). */
function placeDownClause(cx: Ctx, k0: number): number | undefined {
  const { doc, p, W } = cx;
  for (let k = k0; k < W.length && W[k].lower !== "," && W[k].lower !== ";" && !p.boundaries.has(k); k++) {
    const id = p.npAt[k];
    if (id < 0 || p.nps[id].w0 !== k || !/^(near|in|at|outside|around|across|throughout)$/.test(p.nps[id].prep ?? "") || isTimeNP(cx, p.nps[id])) continue;
    let top = p.nps[id];
    while (top.inCoord != null) top = p.nps[top.inCoord];
    const place = placeNP(doc, p, top.id);
    if (place != null && isPlaceish(doc, p, p.nps[place])) return place;
  }
  return undefined;
}
/** Things offered to draw recruits ("cash, motorbikes and the promise of jobs", "small loans"). */
const INDUCEMENTS = new Set(["cash", "money", "motorbike", "motorbikes", "motorcycle", "motorcycles", "job", "jobs", "salary", "salaries", "loan", "loans", "phone", "phones", "pesos", "dollars", "stipend", "stipends", "wage", "wages", "bonus", "bonuses", "payment", "payments", "wife", "wives", "food", "protection", "promise", "promises", "money", "shillings", "naira", "francs", "rupees"]);
/** What is offered and to whom: passive "were offered cash", double object "offer them a motorbike", "offers loans to traders". */
function inducement(cx: Ctx, vg: VG): { offered: number; recipient?: number } | undefined {
  const { p, W } = cx;
  const isInducement = (id: number | undefined) => { if (id == null) return false; const np = p.nps[id]; const first = np.conj ? p.nps[np.conj[0]] : np; return INDUCEMENTS.has(W[first.head].lower) || INDUCEMENTS.has(W[first.head].lemma); };
  if (vg.passive) {
    // "were offered cash, motorbikes and …": the retained object right after the verb
    let kept = vg.object ?? (p.npAt[vg.w1] >= 0 && p.nps[p.npAt[vg.w1]].w0 === vg.w1 && !p.nps[p.npAt[vg.w1]].prep ? p.npAt[vg.w1] : undefined);
    while (kept != null && p.nps[kept].inCoord != null) kept = p.nps[kept].inCoord!;
    return isInducement(kept) ? { offered: kept!, recipient: vg.subject } : undefined;
  }
  if (vg.object == null) return undefined;
  // a second object right after the first: "offer them a motorbike"
  const obj = p.nps[vg.object];
  const next = p.npAt[obj.w1] ?? -1;
  let second = next >= 0 && p.nps[next].w0 === obj.w1 && !p.nps[next].prep ? next : -1;
  while (second >= 0 && p.nps[second].inCoord != null) second = p.nps[second].inCoord!;
  if (second >= 0 && isInducement(second)) return { offered: second, recipient: obj.id };
  if (!isInducement(vg.object)) return undefined;
  const to = vg.pps.find((pp) => pp.prep === "to");
  return { offered: vg.object, recipient: to?.np };
}
/** An armed group, not a research centre or a ministry: an armed-group mention, or armed words in the phrase. */
function isArmed(cx: Ctx, np: NP): boolean {
  const { doc, W } = cx;
  if (mentionsWithin(doc, np.start, np.end).some((m) => m.type === "armed_group")) return true;
  return W.slice(np.w0, np.w1).some((w) => ARMED_MODIFIERS.has(w.lower) || ARMED_HEADS.has(w.lower));
}
/** The phrase a partitive counts ("Dozens of Chadian men" → "Chadian men"), else the phrase. */
function innerNP(cx: Ctx, np: NP): NP { return np.partitive && np.of != null ? cx.p.nps[np.of] : np; }
/** A place someone holds or takes: a named place, a place noun, or a place inside the phrase ("large parts of Rutshuru"). */
function heldPlace(cx: Ctx, np: NP, strict = false): boolean {
  const { doc, p, W } = cx;
  const inner = np.partitive && np.of != null ? p.nps[np.of] : np;
  if (isTimeNP(cx, inner) || isPersonNP(cx, inner)) return false;
  if (PLACE_NOUNS.has(W[inner.head].lower) || PLACE_NOUNS.has(W[inner.head].lemma)) return true;
  const h = W[inner.head];
  if (mentionsWithin(doc, inner.start, inner.end).some((m) => (m.type === "place" || m.type === "country") && m.start <= h.start && h.end <= m.end)) return true;
  // taking a place needs the place itself ("captured alias Caracho" is an arrest, "seized weapons depots in X" no capture of X)
  if (strict) return false;
  const id = placeNP(doc, p, inner.id);
  return id != null && isPlaceish(doc, p, p.nps[id]);
}
function isTimeNP(cx: Ctx, np: NP): boolean {
  const { doc, W } = cx;
  if (doc.times.some((t) => t.start < np.end && np.start < t.end)) return true;
  return /^(\d{4}|january|february|march|april|may|june|july|august|september|october|november|december|year|month|week|day|time|past|future)s?$/i.test(W[np.head].lower);
}
function outerId(cx: Ctx, np: NP): number { const { p } = cx; let x = np; while (x.inCoord != null) x = p.nps[x.inCoord]; return x.id; }
function governingVG(cx: Ctx, np: NP): VG | undefined {
  const { p } = cx;
  const id = outerId(cx, np);
  let host: NP = p.nps[id];
  while (host.hostNP != null && host.prep) host = p.nps[host.hostNP];
  for (const v of p.vgs) if (v.object === id || v.predicate === id || v.object === host.id || v.predicate === host.id || v.subject === host.id && v.start > np.end || v.pps.some((pp) => pp.np === id || pp.np === host.id)) return v;
  // the nearest verb group before it in the sentence
  let best: VG | undefined;
  for (const v of p.vgs) if (v.end <= np.start) best = v;
  return best;
}
function premodNameBefore(cx: Ctx, np: NP, trig: number): ArgValue | undefined {
  const { doc, W } = cx;
  // the last run of names before the trigger ("the al Qaeda loyalist faction")
  let s = -1, e = -1, cur = -1;
  for (let k = np.w0; k < trig; k++) {
    if (W[k].tag === "PROPN" && !W[k].poss) { if (cur < 0) cur = k; s = cur; e = k; }
    else cur = -1;
  }
  if (s < 0) return possessorArg(cx, np);
  return spanArg(doc, W[s].start, W[e].end);
}
/** The names between a possessor and the head ("the group's Amniyat intelligence wing" → Amniyat). */
function unitName(cx: Ctx, np: NP, trig: number): ArgValue | undefined {
  const { doc, p, W } = cx;
  const from = np.possessor != null ? p.nps[np.possessor].w1 : np.w0;
  let s = -1, e = -1;
  for (let k = from; k < trig; k++) {
    if (W[k].tag === "PROPN" && !W[k].poss) { if (s < 0) s = k; e = k; }
    else if (s >= 0) break;
  }
  if (s < 0) return undefined;
  // "AQIM's Sahara branch", "the Yemen branch": a branch named for its place is not a named unit
  if (mentionsWithin(doc, W[s].start, W[e].end).some((m) => m.type === "place" || m.type === "country" || m.type === "population") || countryOfDemonym(W[s].text) != null || isCountryName(W[s].text)) return undefined;
  return spanArg(doc, W[s].start, W[e].end);
}
/** A group named as such: a name or an armed-group mention over its head ("the 10th Front", not "an online cell"). */
function namedGroup(cx: Ctx, np: NP): boolean {
  const { doc, W } = cx;
  const h = W[np.head];
  if (GROUP_NOUNS.has(h.lower) || h.lower === "gang") { for (let k = np.w0; k < np.head; k++) if (W[k].tag === "PROPN" && !W[k].poss) return true; }
  return h.tag === "PROPN" || mentionsWithin(doc, np.start, np.end).some((m) => m.type === "armed_group" && m.start <= h.start && h.end <= m.end);
}
function hyphenParties(cx: Ctx, np: NP, trig: number): ArgValue[] & import("../contract.js").Arg[] {
  const { doc, W } = cx;
  for (let k = np.w0; k < trig; k++) {
    const w = W[k];
    if (w.tag === "PROPN" && /-/.test(w.text)) {
      const parts = w.text.split("-");
      if (parts.length !== 2 || !parts.every((x) => /^[A-Z]/.test(x))) continue;
      const a = spanArg(doc, w.start, w.start + parts[0].length), b = spanArg(doc, w.start + parts[0].length + 1, w.end);
      if (a && b) return [a, b];
    }
  }
  // "joint ISIS and AQIM operation" is rare; otherwise nothing
  return [];
}
/** A trigger noun inside a phrase headed by a name: "the ISIS caliph Abu Bakr al-Baghdadi". */
function internalTrigger(cx: Ctx, np: NP): { at: number; frames: NounFrame[]; name?: ArgValue; before?: ArgValue; of?: ArgValue } | undefined {
  const { doc, W } = cx;
  if (W[np.head].tag !== "PROPN") return undefined;
  for (let k = np.head - 1; k > np.w0 - 1; k--) {
    const w = W[k];
    if (w.tag !== "NOUN" || !/^[a-z]/.test(w.text)) continue;
    const frames = (nounIndex.get(w.lower) ?? nounIndex.get(w.lemma) ?? []).filter((f) => f.type === "leadership" || f.type === "membership");
    if (!frames.length) return undefined;
    // a name after the trigger and a name before it
    if (W[k + 1]?.tag !== "PROPN") return undefined;
    const name = spanArg(doc, W[k + 1].start, np.acronym ? W[np.head].end : np.end);
    let s = -1, e = -1;
    for (let j = np.w0; j < k; j++) if (W[j].tag === "PROPN" || (W[j].tag === "NOUN" && /^[a-z]/.test(W[j].text) && W[j + 1]?.tag === "PROPN" && W[j].lower === "al")) { if (s < 0) s = j; e = j; }
    const before = s >= 0 ? spanArg(doc, W[s].start, W[e].end) : undefined;
    return { at: k, frames, name, before };
  }
  return undefined;
}

const argList = (a: ArgValue | undefined): import("../contract.js").Arg[] => (a == null ? [] : Array.isArray(a) ? a : [a]);
/** Keeps people words in role checks (exported for tests of the lexicon). */
export const isPeopleNoun = (w: string): boolean => PEOPLE_NOUNS.has(w.toLowerCase());
export { preferName };
