// Stage "modality": how certain the text makes each claim, from the cues that govern its
// predicate: the verb group's modals, negation and adverbs (inherited across coordinated
// verb phrases and from the verb an infinitive depends on), the speech crediting it when
// the cue itself hedges ("reported that", "accused of"), and an approximate count. Merely
// crediting a source ("according to X", "X said") leaves a claim asserted.
import type { Claim, Modality } from "../contract.js";
import type { Doc } from "../doc.js";
import { registerStage, type Stage } from "../stage.js";
import { parseOf, type SentenceParse, type VG } from "../claims/parse.js";
import { isDenialReaction } from "../claims/speech-verbs.js";

const RANK: Modality[] = ["negated", "alleged", "possible", "reported", "estimated", "asserted"];
const POSSIBLE_MODALS = new Set(["may", "might", "could"]);
const ADVERBS: Record<string, Modality> = {
  reportedly: "reported", purportedly: "reported", allegedly: "alleged", supposedly: "alleged",
  possibly: "possible", perhaps: "possible", probably: "possible", likely: "possible", maybe: "possible", apparently: "reported",
  reputedly: "reported", never: "negated", estimated: "estimated", roughly: "estimated", approximately: "estimated",
};
/** Passive verbs that hedge the infinitive after them: "is said to", "is believed to", "is suspected of". */
const HEDGING_PASSIVES: Record<string, Modality> = {
  say: "reported", report: "reported", believe: "reported", think: "reported", suspect: "alleged", accuse: "alleged",
  allege: "alleged", rumor: "reported", rumour: "reported", estimate: "estimated", expect: "possible", feared: "possible",
};
const DENIALS = new Set(["deny", "disavow", "refute"]);
const SPEECH_CUES: Record<string, Modality> = {
  reported: "reported", reports: "reported", report: "reported", accused: "alleged", alleged: "alleged", alleges: "alleged",
  claimed: "alleged", claims: "alleged", estimated: "estimated", estimates: "estimated", denied: "negated",
  accuses: "alleged", accuse: "alleged", accusing: "alleged", blamed: "alleged", blames: "alleged", blaming: "alleged",
  alleging: "alleged", charging: "alleged", charged: "alleged", charges: "alleged", denies: "negated", deny: "negated",
};

export function claimModality(doc: Doc, claim: Claim, trigger: [number, number] | undefined, parses: SentenceParse[]): Modality {
  const cues = new Set<Modality>();
  const si = doc.sentences.findIndex((s) => s.start <= claim.evidence[0] && claim.evidence[0] < s.end);
  const p = si >= 0 ? parses[si] : undefined;
  if (p && trigger) {
    const chain = governingChain(p, trigger[0]);
    // "who were allegedly on their way to …": adverbs after a copula govern its predicate
    if (chain[0]?.copula) for (let k = chain[0].w1; k < p.words.length && p.words[k].start < trigger[0]; k++) {
      const a = ADVERBS[p.words[k].lower];
      if (p.words[k].tag === "ADV" && a) cues.add(a);
    }
    let coordinated = false;
    for (const [k, vg] of chain.entries()) {
      // "denied any link with", "rejected claims of": a verb of denial over the claim; not one the
      // claim's verb is merely coordinated with ("denied supporting the M23 and accuses Kinshasa of …")
      if (k > 0 && chain[k - 1].coordOf === vg.id) coordinated = true;
      if (vg.negated || DENIALS.has(vg.lemma) && !coordinated) cues.add("negated");
      if (vg.modals.some((m) => POSSIBLE_MODALS.has(m))) cues.add("possible");
      for (const a of vg.advs) if (ADVERBS[a]) cues.add(ADVERBS[a]);
      if (vg.passive && HEDGING_PASSIVES[vg.lemma] && vg.complements.length) cues.add(HEDGING_PASSIVES[vg.lemma]);
    }
    // "denied that", "no longer"
    const before = doc.text.slice(doc.sentences[si].start, trigger[0]).toLowerCase();
    if (/\bno longer\b/.test(before.slice(-40))) cues.add("negated");
    // "four suspected members of", "an alleged recruiter": the adjective over the claim's own word
    if (/\b(suspected|alleged|purported)\s+(\S+\s+)?$/.test(before.slice(-40))) cues.add("alleged");
    if (/\b(accused of|suspected of|alleged to|on suspicion of|charged with|convicted of)\b/.test(before.slice(-80))) cues.add("alleged");
    // "…, a charge the coalition has denied", "…, which the company denied": a disputed claim stays alleged
    if (p.vgs.some((v) => v.start >= trigger[1] && isDenialReaction(p, v))) cues.add("alleged");
    if (/\baccording to (media |press |news )?reports\b/.test(doc.text.slice(doc.sentences[si].start, doc.sentences[si].end).toLowerCase())) cues.add("reported");
  }
  // the speech that credits the claim, when its cue hedges
  const at = trigger ?? claim.evidence;
  for (const sp of doc.speeches) {
    if (sp.scope[0] > at[0] || at[1] > sp.scope[1]) continue;
    const m = SPEECH_CUES[sp.cue.toLowerCase()];
    if (m) cues.add(m);
  }
  // an approximated count is estimated; a vague one ("hundreds of", "dozens of") is not
  if (claim.quantity && /\bbetween\b|\d\s*(?:to|–|-|and)\s*\d/i.test(claim.quantity.text) || claim.quantity && /\b(estimated|around|about|some|roughly|approximately|nearly|almost|an estimated|up to|as many as)\b|^(about|around|over|some)\s/i.test(claim.quantity.text)) cues.add("estimated");
  for (const m of RANK) if (cues.has(m)) return m;
  return "asserted";
}

/** The verb group holding (or governing) the offset, then the ones it depends on. */
function governingChain(p: SentenceParse, offset: number): VG[] {
  const k = p.words.findIndex((w) => w.start <= offset && offset < w.end);
  let vg: VG | undefined;
  if (k >= 0 && p.vgAt[k] >= 0) vg = p.vgs[p.vgAt[k]];
  if (!vg) {
    const npId = k >= 0 ? p.npAt[k] : -1;
    if (npId >= 0) {
      const within = (id: number | undefined) => id != null && p.nps[id].start <= offset && offset < p.nps[id].end;
      vg = p.vgs.find((v) => within(v.object) || within(v.predicate) || within(v.subject) || v.pps.some((pp) => within(pp.np)));
    }
  }
  if (!vg) for (const v of p.vgs) if (v.end <= offset) vg = v;
  const chain: VG[] = [];
  const seen = new Set<number>();
  while (vg && !seen.has(vg.id)) {
    seen.add(vg.id);
    chain.push(vg);
    const next: number | undefined = vg.coordOf ?? (vg.form === "infinitive" || vg.form === "gerund" ? vg.governor : undefined);
    vg = next != null ? p.vgs[next] : undefined;
  }
  return chain;
}

export function assignModality(doc: Doc): void {
  const parses = parseOf(doc);
  const traces = new Map(doc.traces.map((t) => [t.claimId, t]));
  for (const c of doc.claims) c.modality = claimModality(doc, c, traces.get(c.id)?.trigger, parses);
}

registerStage("modality", (): Stage => ({ name: "modality", run: assignModality }));
