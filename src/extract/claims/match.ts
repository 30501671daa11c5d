// Applies the frame lexicon to one sentence's parse: verb frames over verb groups (with
// voice, control and coordination already resolved by the parser), noun frames over
// nominalisations and agent nouns, and a few phrase-internal patterns ("the ISIS caliph
// Abu Bakr al-Baghdadi", "al Qaeda affiliate AST", "a joint AST-ISIS operation",
// "X is in charge of Y", "together with").
import type { ClaimType } from "../contract.js";
import type { Doc } from "../doc.js";
import { FACILITY_NOUNS, GENERIC_HEADS, GROUP_NOUNS, IRREALIS_GOVERNORS, LEADER_TITLES, NOUN_FRAMES, PEOPLE_NOUNS, URGE_VERBS, VERB_FRAMES, type NounFrame, type VerbFrame } from "./frames.js";
import { ROLE_NOUNS, type NP, type SentenceParse, type VG } from "./parse.js";
import { isGroupish, isPlaceish, placeNP, mentionsWithin, npArg, originFromNationality, preferName, spanArg, type ArgValue } from "./roles.js";

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
const nounKey = (w: { lemma: string; lower: string }) => [w.lower, w.lemma];
/** Nouns for a group's fighting strength ("in its ranks", "with 4,000 troops"). */
const RANK_NOUNS = new Set(["ranks", "rank", "fighters", "members", "militants", "forces", "troops", "fold", "army"]);
const STRENGTH_NOUNS = new Set(["fighter", "fighters", "member", "members", "troop", "troops", "militant", "militants", "men", "soldier", "soldiers", "combatant", "combatants", "gunmen", "followers", "recruits"]);
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
      if ((v.lemma === "know" || v.lemma === "describe" || v.lemma === "name" || v.lemma === "serve" || v.lemma === "act") && v.pps.some((pp) => pp.prep === "as" && ids.has(pp.np))) return v;
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
    const a = asGroup ? groupArg(rid) : npArg(doc, p, rid);
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
  // "a mostly Uighur group with an estimated 1,500 fighters in Jisr al-Shughur", "far smaller, with 250 to 500 members"
  for (const np of p.nps) {
    if (np.prep !== "with" || np.conj && !np.conj.length) continue;
    const first = np.conj ? p.nps[np.conj[0]] : np;
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
    const placePP = [...first.pps, ...np.pps].find((pp) => pp.prep === "in" || pp.prep === "across" || pp.prep === "around" || pp.prep === "throughout");
    if (placePP) setArg(c, "location", placePP.np);
    if (c.args.location) { setArg(c, "people", first.id); c.roleNPs.member = first.id; }
    else setArg(c, "member", first.id);
    add({ type: c.args.location ? "presence" : "membership", args: c.args, roleNPs: c.roleNPs, trigger: wordSpan(first.head), frame: c.args.location ? "presence" : "membership", pattern: `"with" + a count of fighters after a group${c.args.location ? " and a place" : ""}`, confidence: 0.55, vg: governingVG(np)?.id, kind: "phrase" });
  }

  // ---- verb frames
  for (const vg of p.vgs) {
    const hw = W[vg.head];
    if (vg.copula) continue;
    const governor = vg.governor != null ? p.vgs[vg.governor] : undefined;
    const irrealis = governor != null && IRREALIS_GOVERNORS.has(governor.lemma) && vg.form === "infinitive";
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
    if (deontic(vg) || (governor && vg.form === "infinitive" && deontic(governor)) || inConditional(vg)) continue;
    // a phrasal verb ("push back", "break up") before the bare verb
    const frames = [...(vg.particle ? verbIndex.get(`${lemmaCandidates(hw)[0]} ${vg.particle}`) ?? [] : []), ...lemmaCandidates(hw).flatMap((l) => verbIndex.get(l) ?? [])];
    const seen = new Set<string>();
    for (const f of frames) {
      if (seen.has(f.type)) continue;
      const patient = vg.passive ? vg.subject : vg.object;
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
      if (f.needPP && !vg.pps.some((pp) => f.needPP!.includes(pp.prep)) && !(againstPP && (f.name === "send" || f.type === "flow"))) {
        if (!(f.type === "presence" && vg.whereNP != null)) continue;
      }
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
      for (const pp of vg.pps) {
        if (pp.prep === "by" && vg.passive) continue;
        const role = f.pp?.[pp.prep];
        if (!role) continue;
        if (role === "parties") { addParty(c, pp.np); continue; }
        const np = p.nps[pp.np];
        // a place after "in" is a location, not a group or destination, only when it is a place
        if (role === "group" && !isGroupish(doc, p, np) && f.type !== "membership") continue;
        if ((role === "destination" || role === "origin" || role === "location" || role === "via") && isTimeNP(np)) continue;
        setArg(c, role, pp.np, vg, GROUP_ROLES.has(role));
      }
      if (vg.whereNP != null) {
        const role = f.pp?.in ?? f.pp?.to;
        if (role) setArg(c, role, vg.whereNP, vg);
      }
      if (f.subj === "parties" && c.args.parties && !Array.isArray(c.args.parties) && vg.object != null) addParty(c, vg.object);
      // per-frame sanity: a leader leads a group; control of territory needs a place
      const ledGroup = vg.passive ? vg.subject : vg.object;
      if (f.name === "lead" && (ledGroup == null || !groupHead(p.nps[ledGroup]))) continue;
      if (f.name === "control-territory" && (vg.object == null || !isPlaceish(doc, p, p.nps[vg.object]) || vg.subject == null || !isGroupish(doc, p, p.nps[vg.subject]))) continue;
      // "the two factions clashed": a reciprocal fight names its sides as actors
      if (f.type === "conflict" && !c.args.target && !(/^(clash|fight|battle)$/.test(vg.lemma) && !vg.passive && vg.object == null && c.args.actor)) continue;
      if (f.name === "fight-abroad" && (c.roleNPs.people == null || !originFromNationality(doc, p, p.nps[c.roleNPs.people]))) continue;
      if (f.name === "based" && !c.args.location) continue;
      if (f.type === "presence" && c.roleNPs.location != null && !isPlaceish(doc, p, p.nps[c.roleNPs.location])) continue;
      if (f.name === "belong" && vg.subject != null && FACILITY_NOUNS.has(headLemma(p.nps[vg.subject]) + "") ) {
        type = "presence";
        c.args = { facility: c.args.member, group: c.args.group };
      }
      if (f.name === "join" && c.roleNPs.member != null && !specific(p.nps[c.roleNPs.member])) continue;
      if (f.type === "training" && !c.args.location && !c.args.group) continue;
      if (f.type === "flow" && !c.args.people) continue;
      if (f.type === "flow" && vg.object != null && nounIndex.get(headLemma(p.nps[vg.object]))?.some((x) => x.type === "flow")) continue;
      if (f.type === "supply" && !c.args.item && !c.args.recipient) continue;
      if (f.name === "based" && c.roleNPs.group != null && !isGroupish(doc, p, p.nps[c.roleNPs.group]) && !hasGroupPremod(p.nps[c.roleNPs.group])) continue;
      if (f.name === "based" && c.roleNPs.group != null) c.args.group = groupArg(c.roleNPs.group)!;
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
      if (f.type === "flow" && f.name !== "send" && vg.subject != null && !peopleLike(p.nps[vg.subject])) continue;
      if (f.type === "casualties" && f.name === "die" && vg.subject != null && !peopleLike(p.nps[vg.subject])) continue;
      if (f.type === "recruitment") {
        // a recruiting group is also the group recruited for
        if (governor && vg.subjectBy?.startsWith("object control") && governor.subject != null && isGroupish(doc, p, p.nps[governor.subject])) { delete c.args.group; setArg(c, "group", governor.subject, governor, true); }
        if (governor && vg.form === "infinitive") for (const pp of governor.pps) { const role = f.pp?.[pp.prep]; if (role === "channel") setArg(c, role, pp.np, governor); }
        const r = c.roleNPs.recruiter;
        if (r != null && !c.args.group && isGroupish(doc, p, p.nps[r])) setArg(c, "group", r, vg, true);
        for (const cid of vg.complements) {
          const comp = p.vgs[cid];
          for (const pp of comp.pps) if (pp.prep === "to" && verbIndex.get(comp.lemma)?.some((x) => x.type === "flow")) setArg(c, "destination", pp.np, comp);
          if (comp.lemma === "join") setArg(c, "group", comp.object, comp, true);
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
      const voice = vg.passive ? "passive" : "active";
      add({ type, args: c.args, roleNPs: c.roleNPs, trigger: wordSpan(vg.head), frame: f.type, pattern: `verb "${hw.lemma}" (${f.name}, ${voice}${vg.subjectBy ? `; subject by ${vg.subjectBy}` : ""})`, confidence: f.conf * (vg.subject != null ? 1 : 0.85), vg: vg.id, kind: "verb" });
    }
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
    c.args.parties = [...list, ...(Array.isArray(a) ? a : [a])];
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
  function hasGroupPremod(np: NP): boolean { return premodName(np) != null; }
  function peopleLike(np: NP): boolean {
    const inner = np.partitive && np.of != null ? p.nps[np.of] : np;
    const h = W[inner.head];
    if (inner.pron || np.pron) return !/^(it|you)$/.test(h.lower);
    if (PEOPLE_NOUNS.has(h.lower) || PEOPLE_NOUNS.has(h.lemma)) return true;
    if (h.tag === "NUM" || np.partitive) return true;
    if (originFromNationality(doc, p, inner)) return true;
    const ms = mentionsWithin(doc, inner.start, inner.end).filter((m) => m.start <= h.start && h.end <= m.end);
    if (ms.some((m) => m.type === "person" || m.type === "population" || m.type === "armed_group")) return true;
    return h.tag === "PROPN" && !isPlaceish(doc, p, inner);
  }
  function isTimeNP(np: NP): boolean {
    if (doc.times.some((t) => t.start < np.end && np.start < t.end)) return true;
    return /^(\d{4}|january|february|march|april|may|june|july|august|september|october|november|december|year|month|week|day|time|past|future)s?$/i.test(W[np.head].lower);
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
      let agentFound = false;
      const agent = f.agent;
      if (agent) {
        if (internal && trig === internal.at && internal.name) { c.args[agent] = internal.name; agentFound = true; }
        if (!agentFound && f.name !== "affiliate-noun" && f.name !== "leader-noun" && np.possessor != null && !p.nps[np.possessor].pron) { setArg(c, agent, np.possessor); agentFound = true; }
        if (!agentFound && f.name === "joint-operation") {
          const parties = hyphenParties(np, trig);
          if (parties.length >= 2) { c.args.parties = parties; agentFound = true; }
        }
        if (!agentFound && (f.type === "presence" || f.type === "conflict" || f.type === "training" || f.type === "alliance")) {
          const name = premodNameBefore(np, trig);
          if (name) { c.args[agent] = name; agentFound = true; }
        }
        if ((f.type === "leadership" || f.type === "membership") && np.possessor != null && !c.args.group) {
          // "al Qaeda's affiliate", "the Taliban's leader": the possessor is the group
          const g = possessorArg(np);
          if (g) { c.args.group = g; }
        }
        if (!agentFound && np.appos != null && (f.type === "leadership" || f.type === "membership")) {
          const other = p.nps[np.appos];
          if (W[other.head].tag === "PROPN" || other.acronym) { setArg(c, agent, other.id); agentFound = true; }
        }
        const cop = copulaOf(np);
        if (!agentFound && cop && cop.subject != null) { setArg(c, agent, cop.subject, cop, GROUP_ROLES.has(agent)); agentFound = true; }
        if (!agentFound && LIGHT_VERB_TYPES.has(f.type) && gov && !gov.copula && gov.object === outerId(np) && gov.subject != null) { setArg(c, agent, gov.subject, gov, GROUP_ROLES.has(agent)); agentFound = c.args[agent] != null; }
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
        if (!agentFound && gov && np.prep === "of" && /^(accuse|suspect|charge|convict|arrest)$/.test(gov.lemma) && gov.object != null) { setArg(c, agent, gov.object, gov); agentFound = c.args[agent] != null; }
        if (!agentFound && (f.type === "supply") && gov && gov.subject != null && np.start > gov.start) { setArg(c, agent, gov.subject, gov); agentFound = c.args[agent] != null; }
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
      if (f.type === "conflict" && !c.args.target) continue;
      if (f.type === "training" && !c.args.location && !c.args.group) continue;
      if (f.type === "alliance" && (!c.args.parties || (!Array.isArray(c.args.parties)))) {
        if (gov?.subject != null && c.args.parties) { const a = c.args.parties; delete c.args.parties; setArg(c, "parties", gov.subject, gov, true); if (c.args.parties) c.args.parties = [...(Array.isArray(c.args.parties) ? c.args.parties : [c.args.parties]), ...(Array.isArray(a) ? a : [a])]; }
        if (!Array.isArray(c.args.parties)) continue;
      }
      if (f.type === "membership" && (!c.args.group || !c.args.member)) {
        if (!c.args.group) { const g = internal && trig === internal.at ? internal.before : premodNameBefore(np, trig); if (g) c.args.group = g; }
        if (!c.args.group || !c.args.member) continue;
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
        if (!isGroupish(doc, p, a) || !isGroupish(doc, p, b)) continue;
        const c = { args: {} as Record<string, ArgValue>, roleNPs: {} as Record<string, number> };
        addParty(c, a.id); addParty(c, b.id);
        add({ type: "alliance", args: c.args, roleNPs: c.roleNPs, trigger: wordSpan(pp.at), frame: "alliance", pattern: `"${pp.prep}" two groups`, confidence: 0.5, vg: vg.id });
      }
    }
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

/** Keeps people words in role checks (exported for tests of the lexicon). */
export const isPeopleNoun = (w: string): boolean => PEOPLE_NOUNS.has(w.toLowerCase());
export { preferName };
