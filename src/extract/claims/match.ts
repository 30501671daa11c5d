// Applies the frame lexicon to one sentence's parse: verb frames over verb groups (with
// voice, control and coordination already resolved by the parser), noun frames over
// nominalisations and agent nouns, and a few phrase-internal patterns ("the ISIS caliph
// Abu Bakr al-Baghdadi", "al Qaeda affiliate AST", "a joint AST-ISIS operation",
// "X is in charge of Y", "together with").
import type { ClaimType } from "../contract.js";
import type { Doc, Mention } from "../doc.js";
import { FACILITY_NOUNS, GENERIC_HEADS, ITEM_HEADS, GROUP_NOUNS, IRREALIS_GOVERNORS, LEADER_TITLES, NOUN_FRAMES, PEOPLE_NOUNS, URGE_VERBS, VERB_FRAMES, type NounFrame, type VerbFrame } from "./frames.js";
import { ROLE_NOUNS, type NP, type SentenceParse, type VG } from "./parse.js";
import { PLACE_NOUNS, isGroupish, isPlaceish, placeNP, mentionsWithin, npArg, originFromNationality, preferName, spanArg, withoutPossessive, type ArgValue } from "./roles.js";
import { countryOfDemonym, isCountryName } from "./nationality.js";

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
/** Nouns for an attack that can be the subject of "killed". */
const ATTACK_HEADS = new Set(["bombing", "bombings", "attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "blast", "explosion", "ambush", "raid", "assault", "shelling", "bomb", "ied", "missile", "rocket", "mortar", "shooting", "massacre", "operation", "offensive", "barrage"]);
/** Verbs whose subject owns the attack that is their object ("claimed", "carried out", "launched"). */
const ATTACK_CLAIMERS = new Set(["claim", "carry", "launch", "conduct", "stage", "mount", "perpetrate", "commit", "orchestrate", "mastermind", "plan", "execute", "order"]);
/** Roles whose coordinated members, each with its own count, make one claim each. */
const SPLIT_ROLES = ["victims", "people", "recruits", "trainees", "member"];
/** Prepositions of a journey under way ("on their way to", "en route to", "bound for"). */
const WAY_PREPS = new Set(["on their way to", "on the way to", "on his way to", "on her way to", "en route to", "bound for", "headed for", "heading for"]);
/** Count nouns that stand for people already named ("a smaller number", "hundreds more"). */
const ANAPHORIC_COUNTS = new Set(["number", "handful", "majority", "minority", "dozens", "hundreds", "thousands", "scores", "most", "many", "several", "others", "some", "few", "more"]);
/** Heads that carry the action named by their modifier. */
const CARRIER_NOUNS = new Set(["campaign", "drive", "effort", "network", "video", "operation", "cell", "ring", "route", "pipeline", "push", "program", "programme", "scheme"]);

export function matchSentence(doc: Doc, p: SentenceParse): Candidate[] {
  const out: Candidate[] = [];
  const W = p.words;
  const wordSpan = (k: number): [number, number] => [W[k].start, W[k].end];
  const headLemma = (np: NP): string => {
    const inner = np.partitive && np.of != null ? p.nps[np.of] : np;
    const target = inner.conj ? p.nps[inner.conj[0]] : inner;
    return W[target.head].lemma;
  };
  const headLower = (np: NP): string => W[(np.partitive && np.of != null ? p.nps[np.of] : np).head].lower;

  /** A pronoun or generic noun ("the man") standing for the clause's subject, resolved where the parse can. */
  const resolveNP = (id: number | undefined, vg?: VG): number | undefined => {
    if (id == null) return undefined;
    const np = p.nps[id];
    if (np.pron && !mentionsWithin(doc, np.start, np.end).length) {
      // "the government reported that it was able to …": the reporter, before coreference knows better
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
      const cop = copulaOf(np);
      if (cop?.subject != null) return cop.subject;
    }
    return id;
  };
  // the verb group of which np (or the coordination/partitive holding it) is the predicate or the "as" complement
  const copulaOf = (np: NP): VG | undefined => {
    const ids = new Set<number>([np.id]);
    let x = np;
    while (x.inCoord != null) { x = p.nps[x.inCoord]; ids.add(x.id); }
    for (const v of p.vgs) {
      if (v.predicate != null && ids.has(v.predicate)) return v;
      if (AS_VERBS.has(v.lemma) && v.pps.some((pp) => pp.prep === "as" && ids.has(pp.np))) return v;
    }
    return undefined;
  };
  const groupArg = (id: number | undefined): ArgValue | undefined => {
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
    const name = premodName(np);
    return name ?? npArg(doc, p, id);
  };
  /** A name among the premodifiers of a head ("the local ISIS presence", "ISIS recruiters"). */
  const premodName = (np: NP): ArgValue | undefined => {
    let s = -1, e = -1;
    for (let k = np.w0; k < np.head; k++) {
      if (W[k].tag === "PROPN" && !(np.possessor != null && k < p.nps[np.possessor].w1)) { if (s < 0) s = k; e = k; }
      else if (s >= 0) break;
    }
    if (s < 0) return possessorArg(np);
    return spanArg(doc, W[s].start, W[e].end);
  };
  const add = (c: Omit<Candidate, "sentence">) => { if (Object.keys(c.args).length) out.push({ ...c, sentence: p.sentence }); };
  const setArg = (c: { args: Record<string, ArgValue>; roleNPs: Record<string, number> }, role: string, id: number | undefined, vg?: VG, asGroup = false) => {
    if (id == null || c.args[role]) return;
    let rid = resolveNP(id, vg);
    if (rid == null) return;
    if (PLACE_ROLES.has(role) && !p.nps[rid].pron) { rid = placeNP(doc, p, rid); if (rid == null) return; }
    let a = asGroup ? groupArg(rid) : npArg(doc, p, rid);
    // "it"/"its" where a group is wanted and coreference left it open: the group in focus
    if (a && !Array.isArray(a) && a.entity == null && (asGroup || role === "target") && /^(it|its)$/i.test(a.text)) {
      const m = groupInFocus(doc, p, p.nps[rid], vg);
      if (m) a = { ...a, entity: m.entityId };
    }
    if (a) { c.args[role] = a; c.roleNPs[role] = rid; }
  };
  const PLACE_ROLES = new Set(["destination", "origin", "via", "location"]);
  const GROUP_ROLES = new Set(["group", "previous", "parties", "authority", "actor", "perpetrator"]);

  // ---- strength: "200 Mauritanians may still be in their ranks", "2,000 fighters are still loyal to Hurras"
  for (const vg of p.vgs) {
    if (!vg.copula || vg.subject == null || vg.modals.some((m) => /^(will|would|should|must)$/.test(m))) continue;
    const subj = p.nps[vg.subject];
    if (subj.pron || !peopleLike(subj)) continue;
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
    if (o) { setArg(c, "people", vg.subject, vg); c.args.origin = o; setArg(c, "group", groupId, vg, true); }
    else { setArg(c, "member", vg.subject, vg); setArg(c, "group", groupId, vg, true); }
    add({ type: o ? "flow" : "membership", args: c.args, roleNPs: c.roleNPs, trigger: wordSpan(vg.head), frame: o ? "flow" : "membership", pattern: `copula + ${how}: ${o ? "foreigners counted by origin" : "a group's strength"}`, confidence: 0.55, vg: vg.id, kind: "phrase" });
  }
  // ---- "men who were on their way to Somalia", "fighters en route to Idlib": a journey under way
  for (const vg of p.vgs) {
    if (!vg.copula || vg.subject == null) continue;
    const way = vg.pps.find((pp) => WAY_PREPS.has(pp.prep));
    if (!way || !peopleLike(p.nps[vg.subject])) continue;
    const c = { args: {} as Record<string, ArgValue>, roleNPs: {} as Record<string, number> };
    setArg(c, "people", vg.subject, vg);
    setArg(c, "destination", way.np, vg);
    const from = vg.pps.find((pp) => pp.prep === "from");
    if (from) setArg(c, "origin", from.np, vg);
    if (!c.args.destination) continue;
    if (!c.args.origin) { const o = originFromNationality(doc, p, p.nps[vg.subject]); if (o) c.args.origin = o; }
    add({ type: "flow", args: c.args, roleNPs: c.roleNPs, trigger: wordSpan(way.at), frame: "flow", pattern: `copula + "${way.prep}": a journey under way`, confidence: 0.6, vg: vg.id, kind: "phrase" });
  }
  // "a mostly Uighur group with an estimated 1,500 fighters in Jisr al-Shughur", "far smaller, with 250 to 500 members"
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
    if (host == null && np.hostVG != null) { const v = p.vgs[np.hostVG]; host = v.copula ? v.subject : undefined; }
    if (host == null) { const prevNP = np.w0 - 2 >= 0 ? p.npAt[np.w0 - 2] : -1; if (prevNP >= 0 && W[np.w0 - 1].lower === ",") host = prevNP; }
    if (host == null) continue;
    let hnp = p.nps[host];
    while (hnp.inCoord != null) hnp = p.nps[hnp.inCoord];
    if (hnp.appos != null && W[p.nps[hnp.appos].head].tag === "PROPN" && W[hnp.head].tag !== "PROPN") hnp = p.nps[hnp.appos];
    if (!isGroupish(doc, p, hnp) && !hasGroupPremod(hnp)) continue;
    const c = { args: {} as Record<string, ArgValue>, roleNPs: {} as Record<string, number> };
    setArg(c, "group", hnp.id, undefined, true);
    const placePP = [...first.pps, ...np.pps, ...siblings.flatMap((x) => x.pps)].find((pp) => pp.prep === "in" || pp.prep === "across" || pp.prep === "around" || pp.prep === "throughout");
    if (placePP) setArg(c, "location", placePP.np);
    if (c.args.location) { setArg(c, "people", first.id); c.roleNPs.member = first.id; }
    else setArg(c, "member", first.id);
    add({ type: c.args.location ? "presence" : "membership", args: c.args, roleNPs: c.roleNPs, trigger: wordSpan(first.head), frame: c.args.location ? "presence" : "membership", pattern: `"with" + a count of fighters after a group${c.args.location ? " and a place" : ""}`, confidence: 0.55, vg: governingVG(np)?.id, kind: "phrase" });
  }

  // ---- verb frames
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
        if (subj && isGroupish(doc, p, subj)) setArg(c, "group", vg.subject, vg, true);
        setArg(c, "recruiter", vg.subject, vg);
        setArg(c, "recruits", vg.object ?? comp.subject, vg);
        for (const pp of comp.pps) {
          if (pp.prep === "to" && (cf.type === "flow")) setArg(c, "destination", pp.np, comp);
          if (pp.prep === "to" && cf.name === "pledge-allegiance") setArg(c, "group", pp.np, comp, true);
        }
        if (cf.name === "join") setArg(c, "group", comp.object, comp, true);
        if (vg.lemma === "recruit" || vg.lemma === "rally") continue; // the recruit frame below takes the destination
        add({ type: "recruitment", args: c.args, roleNPs: c.roleNPs, trigger: [W[vg.head].start, W[comp.head].end], frame: "recruitment", pattern: `"${hw.lemma}" + infinitive "${comp.lemma}": object→recruits, complement's destination`, confidence: 0.7, vg: vg.id });
      }
    }
    if (irrealis || forTo) continue;
    // what someone will, should or must do, or would do if, is not a reported event
    const deontic = (v: VG) => v.modals.some((m) => /^(will|ll|would|should|must|shall|have to|ought to)$/.test(m));
    if (deontic(vg) || (governor && (vg.form === "infinitive" || vg.form === "gerund") && deontic(governor)) || inConditional(vg)) continue;
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
        const np = p.nps[patient];
        if (!f.objHeads.includes(headLemma(np)) && !f.objHeads.includes(headLower(np))) continue;
      }
      if (f.subjHeads) {
        const subj = vg.passive ? undefined : vg.subject;
        if (subj == null) continue;
        const np = p.nps[subj];
        if (!f.subjHeads.includes(headLemma(np)) && !f.subjHeads.includes(headLower(np))) continue;
      }
      const againstPP = vg.pps.some((pp) => pp.prep === "against");
      // "estimated last month that … were fighting": a date is never the one attacked
      if (f.type === "conflict" && vg.object != null && isTimeNP(p.nps[vg.object]) && !vg.passive) continue;
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
        setArg(c, "actor", f.name === "send" ? vg.object ?? vg.subject : vg.subject, vg);
        setArg(c, "target", against.np, vg);
        add({ type, args: c.args, roleNPs: c.roleNPs, trigger: wordSpan(vg.head), frame: "conflict", pattern: `"${hw.lemma}" … against: mover→actor, against→target`, confidence: 0.6, vg: vg.id });
        seen.add(f.type);
        continue;
      }
      const agentRole = f.subj, patientRole = vg.passive ? (f.pass ?? f.obj) : f.obj;
      const objIsRole = f.obj != null;
      if (!vg.passive) {
        if (agentRole) setArg(c, agentRole, vg.subject, vg, GROUP_ROLES.has(agentRole));
        if (patientRole && objIsRole) setArg(c, patientRole, vg.object, vg, GROUP_ROLES.has(patientRole));
      } else {
        if (patientRole && (objIsRole || f.pass)) setArg(c, patientRole, vg.subject, vg, GROUP_ROLES.has(patientRole));
        const by = vg.pps.find((pp) => pp.prep === "by");
        const byRole = f.by ?? f.subj;
        if (by && byRole) setArg(c, byRole, by.np, vg, GROUP_ROLES.has(byRole));
      }
      // a light verb's noun carries the phrases ("pledging allegiance to X"), when the verb group has none of its own
      const lightPPs = f.objHeads && patientNP != null ? p.nps[patientNP].pps.filter((x) => !vg.pps.some((y) => y.np === x.np)) : [];
      for (const pp of [...vg.pps, ...lightPPs]) {
        if (pp.prep === "by" && vg.passive) continue;
        const role = f.pp?.[pp.prep];
        if (!role) continue;
        if (role === "parties") { addParty(c, pp.np); continue; }
        const np = p.nps[pp.np];
        // "pledged allegiance to X, to Y and to Z": every to-phrase names a group
        if (role === "group" && f.type === "allegiance" && c.args.group) { const a = groupArg(pp.np); if (a) c.args.group = [...argList(c.args.group), ...argList(a)]; continue; }
        // a place after "in" is a location, not a group or destination, only when it is a place;
        // allegiance may go to a person ("pledged allegiance to Abu Bakr al-Baghdadi")
        if (role === "group" && !isGroupish(doc, p, np) && f.type !== "membership" && !(f.type === "allegiance" && isPersonNP(np))) continue;
        if ((role === "destination" || role === "origin" || role === "location" || role === "via") && isTimeNP(np)) continue;
        // "fly to Nairobi and then to Mogadishu": an earlier destination is a stage on the way
        if (role === "destination" && f.type === "flow" && c.args.destination && (pp.prep === "to" || pp.prep === "into" || pp.prep === "on to")) {
          const prev = c.args.destination;
          delete c.args.destination;
          setArg(c, "destination", pp.np, vg);
          if (c.args.destination) c.args.via = [...argList(c.args.via), ...argList(prev)];
          else c.args.destination = prev;
          continue;
        }
        setArg(c, role, pp.np, vg, GROUP_ROLES.has(role));
      }
      if (vg.whereNP != null) {
        const role = f.pp?.in ?? f.pp?.to;
        if (role) setArg(c, role, vg.whereNP, vg);
      }
      if (f.subj === "parties" && c.args.parties && !Array.isArray(c.args.parties) && vg.object != null) addParty(c, vg.object);
      // "four groups merged into a single organisation, JNIM": the merged groups become its members
      if (f.type === "alliance" && /^(merge|unite|fold|federate)$/.test(vg.lemma)) {
        const into = vg.pps.find((pp) => pp.prep === "into" || pp.prep === "under" || pp.prep === "as");
        if (into && W[p.nps[into.np].head].tag !== "PROPN" || into && isGroupish(doc, p, p.nps[into.np])) {
          const m = { args: {} as Record<string, ArgValue>, roleNPs: {} as Record<string, number> };
          setArg(m, "member", vg.subject, vg, true);
          setArg(m, "group", into!.np, vg, true);
          if (m.args.member && m.args.group && into!.prep === "into") {
            add({ type: "membership", args: m.args, roleNPs: m.roleNPs, trigger: wordSpan(vg.head), frame: "membership", pattern: `verb "${hw.lemma}" + "into": the merged become members`, confidence: 0.6, vg: vg.id, kind: "verb" });
            seen.add(f.type);
            continue;
          }
        }
      }
      // per-frame sanity: a leader leads a group; control of territory needs a place
      const ledGroup = vg.passive ? vg.subject : vg.object;
      const resolvedGroup = c.args.group != null && !Array.isArray(c.args.group) && c.args.group.entity != null && p.nps[ledGroup ?? 0]?.pron;
      // "Al-Shabaab's finance office is headed by X": a unit of a named group; the group is its owner, the unit the role
      if (f.name === "lead" && ledGroup != null && !groupHead(p.nps[ledGroup]) && UNIT_NOUNS.has(W[p.nps[ledGroup].head].lower) && p.nps[ledGroup].possessor != null) {
        const owner = p.nps[p.nps[ledGroup].possessor!];
        const g = groupHead(owner) ? npArg(doc, p, owner.id) : undefined;
        if (g && !Array.isArray(g)) { c.args.group = withoutPossessive(g); c.args.role = spanArg(doc, owner.end, p.nps[ledGroup].end)!; }
        else continue;
      } else
      if (f.name === "lead" && (ledGroup == null || !(groupHead(p.nps[ledGroup]) || resolvedGroup))) continue;
      if (f.name === "control-territory" && (vg.object == null || !isPlaceish(doc, p, p.nps[vg.object]) || vg.subject == null || !isGroupish(doc, p, p.nps[vg.subject]))) continue;
      // "the two factions clashed": a reciprocal fight names its sides as actors
      if (f.type === "conflict" && !c.args.target && !(/^(clash|fight|battle)$/.test(vg.lemma) && !vg.passive && vg.object == null && c.args.actor && c.roleNPs.actor != null && !isTimeNP(p.nps[c.roleNPs.actor]) && !nounIndex.get(headLower(p.nps[c.roleNPs.actor]))?.some((x) => x.type === "conflict"))) continue;
      if (f.name === "fight-abroad" && (c.roleNPs.people == null || !originFromNationality(doc, p, p.nps[c.roleNPs.people]))) continue;
      if (f.name === "based" && (!c.args.location || !c.args.group)) continue;
      if (f.type === "presence" && c.roleNPs.location != null && !isPlaceish(doc, p, p.nps[c.roleNPs.location])) continue;
      if (f.type === "presence" && !c.args.location && !c.args.facility) continue;
      if (f.name === "belong" && vg.subject != null && FACILITY_NOUNS.has(headLemma(p.nps[vg.subject]) + "") ) {
        type = "presence";
        c.args = { facility: c.args.member, group: c.args.group };
      }
      if (f.type === "training" && !c.args.location && !c.args.group) continue;
      if (f.type === "flow" && !c.args.people) continue;
      if (f.type === "flow" && vg.object != null && nounIndex.get(headLemma(p.nps[vg.object]))?.some((x) => x.type === "flow")) continue;
      if (f.type === "supply" && !c.args.item && !c.args.recipient) continue;
      if (f.name === "based" && c.roleNPs.group != null && !isGroupish(doc, p, p.nps[c.roleNPs.group]) && !hasGroupPremod(p.nps[c.roleNPs.group])) continue;
      if (f.name === "based" && c.roleNPs.group != null) c.args.group = groupArg(c.roleNPs.group)!;
      // a person running a camp is no group's presence (the camp's own phrase names the group)
      if (f.type === "presence" && c.roleNPs.group != null && isPersonNP(p.nps[c.roleNPs.group])) continue;
      if (f.name === "join" && (vg.object == null || !isGroupish(doc, p, p.nps[vg.object]))) continue;
      // foreigners joining a group are a flow counted by origin ("fighters from Mauritania … joined the groups")
      if (f.name === "join" && c.roleNPs.member != null && peopleLike(p.nps[c.roleNPs.member])) {
        const member = p.nps[c.roleNPs.member];
        const inner = member.partitive && member.of != null ? p.nps[member.of] : member;
        const from = [...member.pps, ...inner.pps].find((pp) => pp.prep === "from");
        const o: ArgValue | undefined = from ? npArg(doc, p, placeNP(doc, p, from.np)) : originFromNationality(doc, p, inner);
        if (o) {
          add({ type: "flow", args: { people: c.args.member, origin: o, group: c.args.group }, roleNPs: { people: c.roleNPs.member }, trigger: wordSpan(vg.head), frame: "flow", pattern: `verb "join" by foreigners: member→people, their origin`, confidence: 0.6, vg: vg.id, kind: "verb" });
          seen.add(f.type);
          continue;
        }
      }
      if (f.name === "join" && c.roleNPs.member != null && !specific(p.nps[c.roleNPs.member])) continue;
      if (f.type === "flow" && f.name !== "send" && vg.subject != null && !peopleLike(p.nps[vg.subject])) continue;
      // "sending money to fighters" is supply, not a flow of people
      if (f.name === "send" && c.roleNPs.people != null && !peopleLike(p.nps[c.roleNPs.people])) continue;
      // "move … to the Kidal region": a place that receives is a destination, not a recipient
      if (c.roleNPs.recipient != null && !c.args.destination && f.type === "supply") {
        const r = p.nps[c.roleNPs.recipient];
        const known = mentionsWithin(doc, r.start, r.end).some((m) => m.type === "place" || m.type === "country") || PLACE_NOUNS.has(W[r.head].lower);
        if (known && !isGroupish(doc, p, r)) { const id = placeNP(doc, p, r.id); if (id != null) { c.args.destination = npArg(doc, p, id)!; c.roleNPs.destination = id; } delete c.args.recipient; delete c.roleNPs.recipient; }
      }
      if (f.type === "casualties" && f.name === "die" && vg.subject != null && !peopleLike(p.nps[vg.subject])) continue;
      // "killed in two days of fighting near the village of X": the place further down the clause
      if (f.type === "casualties" && !c.args.location) {
        for (let k = vg.w1; k < W.length && W[k].lower !== "," && !p.boundaries.has(k); k++) {
          const id = p.npAt[k];
          if (id < 0 || p.nps[id].w0 !== k || !/^(near|in|at|outside|around)$/.test(p.nps[id].prep ?? "") || isTimeNP(p.nps[id])) continue;
          const place = placeNP(doc, p, id);
          if (place != null && isPlaceish(doc, p, p.nps[place])) { setArg(c, "location", place, vg); break; }
        }
      }
      // "the bombing … that killed 77 people", "a drone strike killed two commanders": the attack is
      // the instrument; its perpetrator is whoever claimed, carried out or owns it
      if (f.name === "kill" && !vg.passive) {
        const subj = vg.subject != null ? p.nps[vg.subject] : undefined;
        const attack = subj && ATTACK_HEADS.has(headLower(subj)) ? subj
          : subj == null || isPlaceish(doc, p, subj) || isTimeNP(subj) ? attackBefore(vg) : undefined;
        if (attack) {
          delete c.args.perpetrator; delete c.roleNPs.perpetrator;
          const who = attackAgent(attack);
          if (who) c.args.perpetrator = who;
          if (!c.args.location) { const at = attack.pps.find((pp) => /^(at|in|near|on)$/.test(pp.prep) && !isTimeNP(p.nps[pp.np])); if (at) setArg(c, "location", at.np, vg); }
        }
      }
      if (f.type === "recruitment") {
        // a recruiting group is also the group recruited for
        if (governor && vg.subjectBy?.startsWith("object control") && governor.subject != null && isGroupish(doc, p, p.nps[governor.subject])) { delete c.args.group; setArg(c, "group", governor.subject, governor, true); }
        if (governor && vg.form === "infinitive") for (const pp of governor.pps) { const role = f.pp?.[pp.prep]; if (role === "channel") setArg(c, role, pp.np, governor); }
        // "Koufa's sermons have drawn hundreds": a means of recruiting is the channel, its owner the recruiter
        if (c.roleNPs.recruiter != null && CHANNEL_NOUNS.has(headLower(p.nps[c.roleNPs.recruiter]))) {
          const means = p.nps[c.roleNPs.recruiter];
          delete c.args.recruiter; delete c.roleNPs.recruiter;
          if (!c.args.channel) { const a = spanArg(doc, means.possessor != null ? p.nps[means.possessor].end : means.start, means.end); if (a) c.args.channel = a; }
          if (means.possessor != null) setArg(c, "recruiter", means.possessor, vg);
        }
        const r = c.roleNPs.recruiter;
        if (r != null && !c.args.group && isGroupish(doc, p, p.nps[r])) setArg(c, "group", r, vg, true);
        for (const cid of vg.complements) {
          const comp = p.vgs[cid];
          for (const pp of comp.pps) if (pp.prep === "to" && verbIndex.get(comp.lemma)?.some((x) => x.type === "flow")) setArg(c, "destination", pp.np, comp);
          if (comp.lemma === "join") setArg(c, "group", comp.object, comp, true);
        }
      }
      // "leaving Mombasa to join the group in Somalia": a purpose clause names the group and where it is
      if (type === "flow" && f.name !== "send") for (const cid of vg.complements) {
        const comp = p.vgs[cid];
        if (comp.form !== "infinitive" || !/^(join|fight|serve|enlist)$/.test(comp.lemma)) continue;
        if (comp.object != null && isGroupish(doc, p, p.nps[comp.object])) setArg(c, "group", comp.object, comp, true);
        for (const pp of comp.pps) {
          if ((pp.prep === "in" || pp.prep === "for" || pp.prep === "with") && isGroupish(doc, p, p.nps[pp.np])) setArg(c, "group", pp.np, comp, true);
          else if (pp.prep === "in" && !c.args.destination && !isTimeNP(p.nps[pp.np])) setArg(c, "destination", pp.np, comp);
        }
      }
      // "fighters from Russia's North Caucasus have travelled": the people's own from-phrase
      if (type === "flow" && c.roleNPs.people != null) {
        const people = p.nps[c.roleNPs.people];
        const inner = people.partitive && people.of != null ? p.nps[people.of] : people;
        for (const pp of [...people.pps, ...inner.pps]) if (pp.prep === "from" && !c.args.origin) setArg(c, "origin", pp.np);
      }
      // the people's nationality is their origin
      if (type === "flow" && !c.args.origin && c.roleNPs.people != null) { const o = originFromNationality(doc, p, p.nps[c.roleNPs.people]); if (o) c.args.origin = o; }
      if (type === "supply" && !c.args.origin && c.roleNPs.item != null) { const o = originFromNationality(doc, p, p.nps[c.roleNPs.item]); if (o) c.args.origin = o; }
      if (type === "recruitment" && !c.args.origin && c.roleNPs.recruits != null) { const o = originFromNationality(doc, p, p.nps[c.roleNPs.recruits]); if (o) c.args.origin = o; }
      seen.add(f.type);
      // "they field 2,000 fighters, most of them in Kidal": where the fighters are is the group's presence
      if (f.name === "strength" && c.args.location && c.args.group) {
        add({ type: "presence", args: { group: c.args.group, location: c.args.location }, roleNPs: { location: c.roleNPs.location }, trigger: wordSpan(vg.head), frame: "presence", pattern: `verb "${hw.lemma}" (strength) with a place: the fighters' presence`, confidence: 0.5, vg: vg.id, kind: "verb" });
        delete c.args.location;
      }
      const voice = vg.passive ? "passive" : "active";
      add({ type, args: c.args, roleNPs: c.roleNPs, trigger: wordSpan(vg.head), frame: f.type, pattern: `verb "${hw.lemma}" (${f.name}, ${voice}${vg.subjectBy ? `; subject by ${vg.subjectBy}` : ""})`, confidence: f.conf * (vg.subject != null ? 1 : 0.85), vg: vg.id, kind: "verb" });
    }
  }

  /** The attack noun a relative clause after a chain of phrases hangs from ("the bombing of a camp in Gao that killed"). */
  function attackBefore(vg: VG): NP | undefined {
    for (let k = vg.w0 - 1; k >= 0; k--) {
      if (p.vgAt[k] >= 0) return undefined;
      const id = p.npAt[k];
      if (id >= 0 && ATTACK_HEADS.has(headLower(p.nps[id]))) return p.nps[id];
    }
    return undefined;
  }
  /** Who an attack belongs to: its possessor or name premodifier, else the subject of "claimed/carried out …". */
  function attackAgent(np: NP): ArgValue | undefined {
    const own = premodNameBefore(np, np.head);
    if (own) return own;
    // "a French airstrike": the nationality before the attack noun
    for (let k = np.w0; k < np.head; k++) if (/^[A-Z]/.test(W[k].text) && originFromNationality(doc, p, { ...np, w0: k, w1: k + 1, start: W[k].start, end: W[k].end })) return spanArg(doc, W[k].start, W[k].end);
    const id = outerId(np);
    for (const v of p.vgs) {
      if (v.object !== id || !ATTACK_CLAIMERS.has(v.lemma)) continue;
      if (!v.passive && v.subject != null) return groupArg(resolveNP(v.subject, v));
    }
    for (const v of p.vgs) if (v.passive && v.subject === id && ATTACK_CLAIMERS.has(v.lemma)) { const by = v.pps.find((pp) => pp.prep === "by"); if (by) return groupArg(by.np); }
    return undefined;
  }
  function inConditional(vg: VG): boolean {
    for (let k = vg.w0 - 1; k >= 0; k--) {
      if (/^(if|unless)$/.test(W[k].lower)) return true;
      if (p.boundaries.has(k) || W[k].lower === "," ) return false;
    }
    return false;
  }
  function addParty(c: { args: Record<string, ArgValue>; roleNPs: Record<string, number> }, id: number) {
    const a = groupArg(id);
    if (!a) return;
    const list = c.args.parties ? (Array.isArray(c.args.parties) ? c.args.parties : [c.args.parties]) : [];
    c.args.parties = [...list, ...argList(a)];
  }
  /** A possessor as an argument; a pronoun only once coreference has resolved it. */
  function possessorArg(np: NP): ArgValue | undefined {
    if (np.possessor == null) return undefined;
    const poss = p.nps[np.possessor];
    const a = npArg(doc, p, poss.id);
    if (poss.pron && (!a || Array.isArray(a) || a.entity == null)) return undefined;
    return a;
  }
  /** The head itself names a group: a name, a group noun, or an armed-group mention over the head. */
  function groupHead(np: NP): boolean {
    const h = W[np.head];
    if (h.tag === "PROPN" || GROUP_NOUNS.has(h.lower)) return true;
    return mentionsWithin(doc, np.start, np.end).some((m) => (m.type === "armed_group" || m.type === "organization") && m.start <= h.start && h.end <= m.end);
  }
  /** A particular someone: a name, a known entity or a pronoun, not a bare "fighters". */
  function specific(np: NP): boolean {
    if (np.pron) return true;
    if (W.slice(np.w0, np.w1).some((w) => w.tag === "PROPN")) return true;
    return mentionsWithin(doc, np.start, np.end).some((m) => m.type !== "population");
  }
  function isPersonNP(np: NP): boolean {
    const h = W[np.head];
    return mentionsWithin(doc, np.start, np.end).some((m) => m.type === "person" && m.start <= h.start && h.end <= m.end);
  }
  function hasGroupPremod(np: NP): boolean { return premodName(np) != null; }
  function peopleLike(np: NP): boolean {
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
  function isTimeNP(np: NP): boolean {
    if (doc.times.some((t) => t.start < np.end && np.start < t.end)) return true;
    return /^(\d{4}|january|february|march|april|may|june|july|august|september|october|november|december|year|month|week|day|time|past|future)s?$/i.test(W[np.head].lower);
  }

  // ---- a route told in legs: "fly from Russia to Istanbul and then travel overland through Iran to
  // Herat" is one journey from Russia to Herat via Istanbul and Iran
  for (let i = out.length - 1; i >= 0; i--) {
    const second = out[i];
    if (second.type !== "flow" || second.kind !== "verb" || second.vg == null) continue;
    const first0 = p.vgs[second.vg].coordOf;
    if (first0 == null) continue;
    const first = out.find((c) => c !== second && c.type === "flow" && c.kind === "verb" && c.vg === first0);
    if (!first) continue;
    const via = [...argList(first.args.via), ...(second.args.destination ? argList(first.args.destination) : []), ...argList(second.args.via)];
    if (second.args.destination) first.args.destination = second.args.destination;
    if (via.length) first.args.via = via.length === 1 ? via[0] : via;
    for (const role of ["origin", "group"]) if (!first.args[role] && second.args[role]) first.args[role] = second.args[role];
    first.trigger = [first.trigger[0], Math.max(first.trigger[1], second.trigger[1])];
    first.pattern += ` + leg "${W[p.vgs[second.vg].head].lower}" (coordinated)`;
    out.splice(i, 1);
  }

  // ---- "killed 13 U.S. service members and around 170 Afghans": coordinated counts are separate rows
  for (let i = out.length - 1; i >= 0; i--) {
    const c = out[i];
    const role = SPLIT_ROLES.find((r) => c.roleNPs[r] != null && p.nps[c.roleNPs[r]].conj);
    if (!role) continue;
    const coord = p.nps[c.roleNPs[role]];
    const parts = coord.conj!.filter((id) => { const x = p.nps[id]; return doc.quantities.some((q) => q.start >= x.start && q.end <= x.end); });
    // uncounted conjuncts that are not people ("…, and the attack on the embassy") drop out
    if (parts.length < 2 || coord.conj!.some((id) => !parts.includes(id) && peopleLike(p.nps[id]))) continue;
    const rows = parts.map((id) => {
      const a = npArg(doc, p, id);
      return a ? { ...c, args: { ...c.args, [role]: a }, roleNPs: { ...c.roleNPs, [role]: id }, pattern: `${c.pattern}; one row per counted conjunct` } : undefined;
    }).filter((x): x is Candidate => x != null);
    if (rows.length >= 2) out.splice(i, 1, ...rows);
  }

  // ---- noun frames
  for (const np of p.nps) {
    if (np.conj) continue;
    const keys = nounKey(W[np.head]);
    // "a recruitment campaign", "a smuggling network": the modifier names the action
    if (CARRIER_NOUNS.has(W[np.head].lemma) && np.head > np.w0 && nounIndex.has(W[np.head - 1].lower)) keys.push(W[np.head - 1].lower);
    let frames = keys.flatMap((k) => nounIndex.get(k) ?? []);
    // phrase-internal title + name ("the ISIS caliph Abu Bakr al-Baghdadi", "al Qaeda affiliate AST")
    const internal = internalTrigger(np);
    if (internal) frames = [...frames, ...internal.frames.filter((f) => !frames.includes(f))];
    // "accused of smuggling weapons": an -ing action word opening the phrase, the rest its object
    let gerundObj: ArgValue | undefined;
    if (!internal && !frames.length && np.head > np.w0 && /ing$/.test(W[np.w0].lower) && nounIndex.has(W[np.w0].lower) && np.prep) {
      frames = nounIndex.get(W[np.w0].lower)!;
      gerundObj = spanArg(doc, W[np.w0 + 1].start, np.end);
    }
    const seen = new Set<string>();
    for (const f of frames) {
      if (seen.has(f.name)) continue;
      const trig = gerundObj ? np.w0 : internal && internal.frames.includes(f) && !keys.some((k) => f.heads.includes(k)) ? internal.at : np.head;
      if (f.withModifier && !W.slice(np.w0, trig).some((w) => f.withModifier!.includes(w.lower))) continue;
      const c = { args: {} as Record<string, ArgValue>, roleNPs: {} as Record<string, number> };
      const gov = governingVG(np);
      // the agent
      let agentFound = false, attributedAct = false;
      const agent = f.agent;
      if (agent) {
        if (internal && trig === internal.at && internal.name) { c.args[agent] = internal.name; agentFound = true; }
        // "38 attacks attributed to the ADF", "raids blamed on X", "an ambush claimed by Y": the doer
        if (!agentFound && f.type === "conflict") {
          const rr = p.vgs.find((v) => v.subject === np.id && v.subjectBy === "reduced relative" && ATTRIBUTING.has(v.lemma));
          const to = rr?.pps.find((pp) => pp.prep === "to" || pp.prep === "on" || pp.prep === "by");
          if (to) { setArg(c, agent, to.np, rr, true); agentFound = attributedAct = c.args[agent] != null; }
        }
        if (!agentFound && f.name !== "affiliate-noun" && f.name !== "leader-noun" && np.possessor != null && !p.nps[np.possessor].pron) { setArg(c, agent, np.possessor); agentFound = true; }
        if (!agentFound && f.name === "joint-operation") {
          const parties = hyphenParties(np, trig);
          if (parties.length >= 2) { c.args.parties = parties; agentFound = true; }
        }
        if (!agentFound && (f.type === "presence" || f.type === "conflict" || f.type === "training" || f.type === "alliance")) {
          const name = premodNameBefore(np, trig);
          if (name) { c.args[agent] = name; agentFound = true; }
        }
        if ((f.type === "leadership" || f.type === "membership") && f.name !== "link-noun" && np.possessor != null && !c.args.group) {
          // "al Qaeda's affiliate", "the Taliban's leader": the possessor is the group
          const g = possessorArg(np);
          if (g) { c.args.group = Array.isArray(g) ? g : withoutPossessive(g); }
          // "Its leader, X": an unresolved "its" stands for the group in focus
          else if (p.nps[np.possessor].pron) setArg(c, "group", np.possessor, gov, true);
        }
        if (!agentFound && np.appos != null && (f.type === "leadership" || f.type === "membership")) {
          const other = p.nps[np.appos];
          if (W[other.head].tag === "PROPN" || other.acronym) { setArg(c, agent, other.id); agentFound = true; }
        }
        const cop = copulaOf(np);
        // "whom it described as the group's wali", "identified X as a financial chief": the one described, not the describer
        const described = cop && !cop.copula && !cop.passive ? cop.object : cop?.subject;
        if (!agentFound && cop && described != null) { setArg(c, agent, described, cop, GROUP_ROLES.has(agent)); agentFound = c.args[agent] != null; }
        // "its strength": a pronoun possessor stands for the group in focus
        if (!agentFound && f.name === "strength-noun" && np.possessor != null) { setArg(c, agent, np.possessor, gov, true); agentFound = c.args[agent] != null; }
        if (f.name === "link-noun" && gov && BREAK_VERBS.has(gov.lemma)) continue;
        if (!agentFound && (LIGHT_VERB_TYPES.has(f.type) || f.name === "link-noun") && gov && !gov.copula && gov.object === outerId(np) && gov.subject != null) { setArg(c, agent, gov.subject, gov, GROUP_ROLES.has(agent)); agentFound = c.args[agent] != null; }
        if (!agentFound && f.type !== "leadership" && f.type !== "membership" && f.type !== "presence" && f.type !== "alliance") {
          // "his responsibilities were recruitment of …": the possessor of a role noun in the clause
          for (const other of p.nps) {
            if (other.possessor == null || other.id === np.id) continue;
            if (!ROLE_NOUNS.has(W[other.head].lemma) && !ROLE_NOUNS.has(W[other.head].lower)) continue;
            if (Math.abs(other.start - np.start) > 80) continue;
            setArg(c, agent, other.possessor); agentFound = true; break;
          }
        }
        // "X accused Y of trafficking arms": the accused is the doer
        if (!agentFound && np.prep === "of") {
          // "accused of recruiting", "was accused of running a camp and of recruiting": the accused
          let acc: VG | undefined;
          for (const v of p.vgs) if (v.end <= np.start && /^(accuse|suspect|charge|convict|arrest)$/.test(v.lemma)) acc = v;
          const who = acc ? (acc.passive ? acc.subject : acc.object) : undefined;
          if (acc && who != null) { setArg(c, agent, who, acc); agentFound = c.args[agent] != null; }
        }
        if (!agentFound && (f.type === "supply") && gov && gov.subject != null && np.start > gov.start && !ITEM_HEADS.includes(headLemma(p.nps[gov.subject])) && !ITEM_HEADS.includes(headLower(p.nps[gov.subject]))) { setArg(c, agent, gov.subject, gov); agentFound = c.args[agent] != null; }
        // "under pressure from U.S. drone strikes": the from/by-phrase is the doer
        if (!agentFound && f.type === "conflict") {
          const src = np.pps.find((pp) => pp.prep === "from" || pp.prep === "by");
          if (src) { setArg(c, agent, src.np, gov, true); agentFound = c.args[agent] != null; }
        }
      }
      // "The group has been under pressure/attack/fire from …": the copula's subject is the target
      if (f.type === "conflict" && np.prep === "under" && gov?.copula && gov.subject != null) setArg(c, "target", gov.subject, gov, true);
      // "carried out attacks inside Kenya", "resumed strikes": an attack a light verb reports needs no named target
      const acted = f.type === "conflict" && agentFound && gov != null && gov.object === outerId(np) && ACT_VERBS.has(gov.lemma) && !gov.negated && ATTACK_HEADS.has(W[np.head].lower) && W[np.head].lower !== "operation";
      // "four suspected members of the 10th Front", "fighters of the ADF": the people are the members
      if (f.name === "affiliate-noun" && !agentFound && np.of != null && trig === np.head && (PEOPLE_NOUNS.has(W[trig].lower) || PEOPLE_NOUNS.has(W[trig].lemma)) && namedGroup(p.nps[np.of]) && !W.slice(np.w0, trig).some((w) => w.lower === "former") && !(gov && MEMBERSHIP_VERBS.has(gov.lemma))) { setArg(c, agent!, np.id); agentFound = c.args[agent!] != null; }
      // "the Domingo Laín front of the ELN", "the group's Amniyat intelligence wing": a named unit of a group
      if (f.name === "affiliate-noun" && !agentFound && (np.of != null || np.possessor != null) && UNIT_NOUNS.has(W[trig].lower)) {
        const name = unitName(np, trig);
        if (name) { c.args[agent!] = name; agentFound = true; }
      }
      if (f.needAgent && !agentFound) continue;
      if (f.self) setArg(c, f.self, np.id);
      if (f.of && np.of != null && trig === np.head && !(f.of === "group" && !isGroupish(doc, p, p.nps[np.of]) && W[p.nps[np.of].head].tag !== "PROPN")) setArg(c, f.of, np.of, undefined, GROUP_ROLES.has(f.of));
      if (f.of && internal && trig === internal.at && internal.of) c.args[f.of] ??= internal.of;
      if (f.of && gerundObj) c.args[f.of] ??= gerundObj;
      const pps = [...np.pps, ...(gov && (gov.object === outerId(np) || gov.predicate === outerId(np)) ? gov.pps.filter((pp) => pp.at > np.end - 1 || p.words[pp.at].start >= np.end) : [])];
      for (const pp of pps) {
        if (pp.prep === "of" && f.of) continue;
        const role = f.pp?.[pp.prep];
        if (!role) continue;
        const target = p.nps[pp.np];
        if (isTimeNP(target)) continue;
        if (role === "parties") { addParty(c, pp.np); continue; }
        if (role === "group" && !isGroupish(doc, p, target)) continue;
        if (role === "destination" && f.name === "fighter-provider" && isGroupish(doc, p, target)) { setArg(c, "group", pp.np, undefined, true); continue; }
        setArg(c, role, pp.np, undefined, GROUP_ROLES.has(role));
      }
      // "the Tunisian desert has been home to training camps"
      if (np.prep === "to" && gov?.copula && gov.predicate != null && W[p.nps[gov.predicate].head].lower === "home" && gov.subject != null) setArg(c, "location", gov.subject, gov);
      if (f.type === "flow") {
        if (f.name === "fighter-provider") {
          const people = c.roleNPs.people != null ? p.nps[c.roleNPs.people] : undefined;
          if (!people || !(PEOPLE_NOUNS.has(W[people.head].lower) || PEOPLE_NOUNS.has(W[people.head].lemma))) continue;
        }
        if (c.roleNPs.people != null && !c.args.origin) { const o = originFromNationality(doc, p, p.nps[c.roleNPs.people]); if (o) c.args.origin = o; }
        if (!c.args.destination && !c.args.origin && !c.args.group) continue;
      }
      if (f.type === "presence" && !c.args.location && !(f.heads.includes("presence") && c.args.group && gov?.whereNP != null)) {
        if (gov?.whereNP != null && c.args.group) setArg(c, "location", gov.whereNP, gov); else continue;
      }
      if (f.type === "presence" && f.name === "presence-noun" && !c.args.group) continue;
      if (f.type === "presence" && f.name === "presence-noun" && np.prep === "to" && np.hostVG == null) continue;
      if (f.type === "conflict" && !c.args.target && !acted && !attributedAct) continue;
      if (f.type === "training" && !c.args.location && !c.args.group) continue;
      if (f.type === "alliance" && (!c.args.parties || (!Array.isArray(c.args.parties)))) {
        if (gov?.subject != null && c.args.parties) { const a = c.args.parties; delete c.args.parties; setArg(c, "parties", gov.subject, gov, true); if (c.args.parties) c.args.parties = [...argList(c.args.parties), ...argList(a)]; }
        if (!Array.isArray(c.args.parties)) continue;
      }
      if (f.type === "membership" && (!c.args.group || !c.args.member)) {
        if (!c.args.group) { const g = internal && trig === internal.at ? internal.before : premodNameBefore(np, trig); if (g) c.args.group = g; }
        if (!c.args.group || !c.args.member) continue;
      }
      if (f.type === "membership") {
        // a unit is not its own member ("an ISKP cell": the name is the group, no second party)
        const m = c.args.member, g = c.args.group;
        if (m && g && !Array.isArray(m) && !Array.isArray(g) && (m.text === g.text || m.entity != null && m.entity === g.entity && !m.text.includes(g.text))) continue;
      }
      if (f.type === "leadership") {
        if (!c.args.group) { const g = internal && trig === internal.at ? internal.before : premodNameBefore(np, trig); if (g) c.args.group = g; }
        if (!c.args.group) continue;
        c.args.role ??= spanArg(doc, W[trig].start, np.of != null && trig === np.head ? p.nps[np.of].end : W[trig].end)!;
      }
      if (f.type === "membership" && !c.args.role) c.args.role = spanArg(doc, W[trig].start, W[trig].end)!;
      seen.add(f.name);
      add({ type: f.type, args: c.args, roleNPs: c.roleNPs, trigger: wordSpan(trig), frame: f.type, pattern: `noun "${W[trig].lower}" (${f.name})`, confidence: f.conf, vg: gov?.id, kind: gov && (gov.object === outerId(np) || gov.predicate === outerId(np)) ? "noun" : "phrase" });
    }
    // "in charge of": leadership
    for (const pp of np.pps) {
      if (pp.prep !== "in charge of") continue;
      const obj = p.nps[pp.np];
      const c = { args: {} as Record<string, ArgValue>, roleNPs: {} as Record<string, number> };
      setArg(c, "leader", np.id, copulaOf(np));
      const g = isGroupish(doc, p, obj) ? npArg(doc, p, obj.id) : premodName(obj);
      if (!g || !c.args.leader) continue;
      c.args.group = g;
      add({ type: "leadership", args: c.args, roleNPs: c.roleNPs, trigger: wordSpan(pp.at), frame: "leadership", pattern: `"in charge of" after a noun (${GENERIC_HEADS.has(W[np.head].lower) ? "generic noun: the clause's subject" : "the noun"})`, confidence: 0.6, vg: copulaOf(np)?.id });
    }
  }
  // copula + "in charge of" NP; "together with" alliances
  for (const vg of p.vgs) {
    for (const pp of vg.pps) {
      if (pp.prep === "in charge of" && vg.copula && vg.subject != null && p.words[pp.at - 1] && p.vgAt[pp.at - 1] === vg.id) {
        const obj = p.nps[pp.np];
        const g = isGroupish(doc, p, obj) ? npArg(doc, p, obj.id) : premodName(obj);
        if (!g) continue;
        const c = { args: { group: g } as Record<string, ArgValue>, roleNPs: {} as Record<string, number> };
        setArg(c, "leader", vg.subject, vg);
        add({ type: "leadership", args: c.args, roleNPs: c.roleNPs, trigger: wordSpan(pp.at), frame: "leadership", pattern: `copula + "in charge of"`, confidence: 0.65, vg: vg.id });
      }
      if (pp.prep === "together with" || pp.prep === "alongside" || pp.prep === "along with") {
        if (vg.subject == null) continue;
        const a = p.nps[vg.subject], b = p.nps[pp.np];
        // "Its fighters have fought alongside militias": a group's fighters stand for the group
        if (!(isGroupish(doc, p, a) || hasGroupPremod(a) || a.pron || (a.possessor != null && p.nps[a.possessor].pron)) || !isGroupish(doc, p, b)) continue;
        const c = { args: {} as Record<string, ArgValue>, roleNPs: {} as Record<string, number> };
        addParty(c, a.id); addParty(c, b.id);
        add({ type: "alliance", args: c.args, roleNPs: c.roleNPs, trigger: wordSpan(pp.at), frame: "alliance", pattern: `"${pp.prep}" two groups`, confidence: 0.5, vg: vg.id });
      }
    }
  }
  // "Ansar Dine and AQIM fought together", "the two groups operate jointly": coordinated sides acting as one
  for (const vg of p.vgs) {
    if (vg.subject == null || vg.negated || !TOGETHER_VERBS.has(vg.lemma)) continue;
    const subj = p.nps[vg.subject];
    const adv = p.words.slice(vg.w0, Math.min(p.words.length, vg.w1 + 2)).find((w) => w.lower === "together" || w.lower === "jointly");
    if (!adv || !subj.conj || subj.conj.length < 2) continue;
    const c = { args: {} as Record<string, ArgValue>, roleNPs: {} as Record<string, number> };
    for (const id of subj.conj) addParty(c, id);
    const loc = vg.pps.find((pp) => pp.prep === "in" || pp.prep === "across");
    if (loc) setArg(c, "location", loc.np, vg);
    add({ type: "alliance", args: c.args, roleNPs: c.roleNPs, trigger: wordSpan(vg.head), frame: "alliance", pattern: `coordinated subject + "${vg.lemma} ${adv.lower}"`, confidence: 0.55, vg: vg.id, kind: "verb" });
  }
  // "HTS, the dominant armed group in Syria's northwest": a group described by where it is
  for (const np of p.nps) {
    if (np.appos == null || np.appos < np.id) continue;
    const d = p.nps[np.appos];
    if (W[np.head].tag !== "PROPN" && !np.acronym) continue;
    if (!GROUP_NOUNS.has(W[d.head].lower) || !isGroupish(doc, p, np) && !isGroupish(doc, p, d)) continue;
    // an armed group, not "a research group in Tbilisi"
    const armed = mentionsWithin(doc, np.start, np.end).some((m) => m.type === "armed_group") || W.slice(d.w0, d.head).some((w) => ARMED_MODIFIERS.has(w.lower)) || ARMED_HEADS.has(W[d.head].lower);
    if (!armed) continue;
    const at = d.pps.find((pp) => pp.prep === "in" || pp.prep === "across" || pp.prep === "throughout" || pp.prep === "around");
    if (!at || isTimeNP(p.nps[at.np])) continue;
    const c = { args: {} as Record<string, ArgValue>, roleNPs: {} as Record<string, number> };
    setArg(c, "group", np.id, undefined, true);
    setArg(c, "location", at.np);
    if (!c.args.group || !c.args.location) continue;
    add({ type: "presence", args: c.args, roleNPs: c.roleNPs, trigger: wordSpan(d.head), frame: "presence", pattern: `name + apposition "${W[d.head].lower} ${at.prep} PLACE"`, confidence: 0.55, vg: governingVG(np)?.id, kind: "phrase" });
  }
  // "X-based fighters": presence of a group
  for (const np of p.nps) {
    for (let k = np.w0; k < np.head; k++) {
      const m = /^(.+)-based$/i.exec(W[k].text);
      if (!m || !isGroupish(doc, p, np)) continue;
      const loc = spanArg(doc, W[k].start, W[k].start + m[1].length);
      const g = npArg(doc, p, np.id);
      if (!loc || !g) continue;
      add({ type: "presence", args: { group: g, location: loc }, roleNPs: {}, trigger: wordSpan(k), frame: "presence", pattern: `"X-based" modifier`, confidence: 0.6, vg: governingVG(np)?.id });
    }
  }
  // "attacked the village of Kalunguta", "stormed the town of Palma": an attacked place is where it happened
  for (const c of out) {
    if (c.type !== "conflict" || c.args.location || c.roleNPs.target == null) continue;
    const t = p.nps[c.roleNPs.target];
    if (t.pron || t.conj) continue;
    const loc = placeNP(doc, p, t.id);
    const a = loc != null ? npArg(doc, p, loc) : undefined;
    if (a && loc != null && (loc !== t.id || PLACE_NOUNS.has(W[t.head].lower) || isPlaceish(doc, p, t))) { c.args.location = a; c.roleNPs.location = loc; }
  }
  // a light verb's frame already read its noun ("accepted allegiance from …")
  return out.filter((c) => c.kind !== "noun" || !out.some((v) => v.kind === "verb" && v.type === c.type && v.vg === c.vg));

  function outerId(np: NP): number { let x = np; while (x.inCoord != null) x = p.nps[x.inCoord]; return x.id; }
  function governingVG(np: NP): VG | undefined {
    const id = outerId(np);
    let host: NP = p.nps[id];
    while (host.hostNP != null && host.prep) host = p.nps[host.hostNP];
    for (const v of p.vgs) if (v.object === id || v.predicate === id || v.object === host.id || v.predicate === host.id || v.subject === host.id && v.start > np.end || v.pps.some((pp) => pp.np === id || pp.np === host.id)) return v;
    // the nearest verb group before it in the sentence
    let best: VG | undefined;
    for (const v of p.vgs) if (v.end <= np.start) best = v;
    return best;
  }
  function premodNameBefore(np: NP, trig: number): ArgValue | undefined {
    // the last run of names before the trigger ("the al Qaeda loyalist faction")
    let s = -1, e = -1, cur = -1;
    for (let k = np.w0; k < trig; k++) {
      if (W[k].tag === "PROPN" && !W[k].poss) { if (cur < 0) cur = k; s = cur; e = k; }
      else cur = -1;
    }
    if (s < 0) return possessorArg(np);
    return spanArg(doc, W[s].start, W[e].end);
  }
  /** The names between a possessor and the head ("the group's Amniyat intelligence wing" → Amniyat). */
  function unitName(np: NP, trig: number): ArgValue | undefined {
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
  function namedGroup(np: NP): boolean {
    const h = W[np.head];
    if (GROUP_NOUNS.has(h.lower) || h.lower === "gang") { for (let k = np.w0; k < np.head; k++) if (W[k].tag === "PROPN" && !W[k].poss) return true; }
    return h.tag === "PROPN" || mentionsWithin(doc, np.start, np.end).some((m) => m.type === "armed_group" && m.start <= h.start && h.end <= m.end);
  }
  function hyphenParties(np: NP, trig: number): ArgValue[] & import("../contract.js").Arg[] {
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
  function internalTrigger(np: NP): { at: number; frames: NounFrame[]; name?: ArgValue; before?: ArgValue; of?: ArgValue } | undefined {
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
}

const argList = (a: ArgValue | undefined): import("../contract.js").Arg[] => (a == null ? [] : Array.isArray(a) ? a : [a]);
const FOCUS_TYPES = new Set(["armed_group", "organization"]);
/**
 * The group an unresolved "it" stands for: the group named as a subject in this sentence
 * before the pronoun (not the subject of the pronoun's own clause), else in the previous two
 * sentences (their subject first, then the last group named). Coreference leaves "it is …" and
 * "it was …" open as expletive, which also drops "It is led by X": this reads them in a claim's role.
 */
function groupInFocus(doc: Doc, p: SentenceParse, pron: NP, vg: VG | undefined): Mention | undefined {
  const parses = doc.parse ?? [];
  const own = vg?.subject != null ? p.nps[vg.subject] : undefined;
  for (let si = p.sentence; si >= 0 && si >= p.sentence - 2; si--) {
    const q = si === p.sentence ? p : parses[si];
    if (!q) return undefined;
    const s = doc.sentences[si];
    const limit = si === p.sentence ? pron.start : s.end;
    const ms = mentionsWithin(doc, s.start, limit).filter((m) => FOCUS_TYPES.has(m.type) && !(own && m.start >= own.start && m.end <= own.end));
    if (!ms.length) continue;
    // a subject first: "Hurras al-Din was formed in 2018 … It is led by …"
    for (const v of q.vgs) {
      if (v.subject == null) continue;
      const sub = q.nps[v.subject];
      if (own && sub.id === own.id && si === p.sentence) continue;
      const m = ms.find((x) => x.start >= sub.start && x.end <= sub.end);
      if (m) return m;
    }
    return ms[ms.length - 1];
  }
  return undefined;
}

/** Keeps people words in role checks (exported for tests of the lexicon). */
export const isPeopleNoun = (w: string): boolean => PEOPLE_NOUNS.has(w.toLowerCase());
export { preferName };
