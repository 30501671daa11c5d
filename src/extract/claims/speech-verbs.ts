// Verbs that make their subject a source, shared by the parse (which reads "…, X said on Monday"
// and the tagger's slips) and the attribution stage (which credits claims to the speaker).
import type { SentenceParse, VG } from "./parse.js";

/** Verbs of saying and charging: their subject (or, inverted, their object) is a speaker. */
export const SPEECH_VERBS = new Set([
  "say", "tell", "report", "state", "claim", "announce", "add", "note", "explain", "insist", "confirm", "warn",
  "write", "argue", "allege", "accuse", "blame", "charge", "estimate", "acknowledge", "admit", "reveal", "disclose", "describe", "deny", "contend", "assert",
]);

/** Verbs of judging and finding: a source only when a clause follows ("investigators found that …",
 *  "intelligence reports suggest its men …") or when they close it ("…, the panel believes"). */
export const JUDGING_VERBS = new Set(["suggest", "indicate", "believe", "assess", "find", "fear", "conclude", "concede", "maintain", "stress", "testify", "recount", "observe", "calculate"]);

/** Those whose present forms the tagger reads as nouns before "that" ("UNICEF estimates that",
 *  "officials estimate that"); "states", "notes of" and the like are left out as too often nouns. */
const MISTAGGED = ["estimate", "report", "claim", "say", "warn", "suggest", "believe", "note", "allege", "assess", "fear", "argue", "insist"];
export const SAYING_PRESENT_FORMS = new Set(MISTAGGED.flatMap((l) => [l, /s$/.test(l) ? l + "es" : l + "s"]));

/**
 * A denial answering what came before it ("…, which the company denied", "…, a charge the
 * coalition has denied"): no speech over the claim, which stays its accuser's and is disputed.
 */
export function isDenialReaction(p: SentenceParse, vg: VG): boolean {
  if (!/^(deny|reject|dismiss|refute)$/.test(vg.lemma) || vg.subject == null) return false;
  // what is denied stands before its subject: "which", or a word for a charge (with or without "that")
  const at = p.nps[vg.subject].w0 - 1, before = p.words[at]?.lower ?? "";
  const charge = (w: string | undefined) => /^(charge|claim|accusation|allegation|account|version|report)s?$/.test(w ?? "");
  return before === "which" || charge(before) || before === "that" && charge(p.words[at - 1]?.lower);
}
