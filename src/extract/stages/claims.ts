// Stage "claims": frame instances over each sentence's shallow parse become claims, each tied
// to its sentence, with the people or item count and the time found in the same sentence.
// A trace per claim (frame, pattern, trigger) feeds `dossier extract --explain`.
import { createHash } from "node:crypto";
import type { Arg, Claim } from "../contract.js";
import type { Doc } from "../doc.js";
import { registerStage, type Stage } from "../stage.js";
import { isBarePronoun, matchSentence, type Candidate } from "../claims/match.js";
import { parseOf } from "../claims/parse.js";
import { listMembers } from "../claims/list-members.js";
import { WORD_NUMBER_SRC, wordsValue } from "../quantity/number-words.js";
import type { ArgValue } from "../claims/roles.js";

/** Roles whose phrase carries the claim's count. */
const COUNTED_ROLES = ["people", "recruits", "victims", "trainees", "item", "target", "member", "subject", "actor", "group", "perpetrator"];

export function extractClaims(doc: Doc): void {
  const parses = parseOf(doc);
  const candidates: Candidate[] = [];
  for (const p of parses) if (!isHeading(doc, p.sentence)) candidates.push(...mergeCandidates(matchSentence(doc, p)));
  candidates.push(...listMembers(doc, parses, candidates));
  for (const c of candidates) {
    // an alliance with one side named ("collaborating with the enemy", "the region is united") records no tie
    if (c.type === "alliance" && argsOf(c.args.parties).length < 2) continue;
    const s = doc.sentences[c.sentence];
    const claim: Claim = {
      id: "",
      type: c.type,
      args: c.args,
      attribution: null,
      modality: "asserted",
      evidence: [s.start, s.end],
      confidence: Math.round(c.confidence * 100) / 100,
    };
    const q = quantityFor(doc, c);
    if (q) claim.quantity = q;
    const t = timeFor(doc, c);
    if (t) claim.time = t;
    claim.id = claimId(doc, claim, c.trigger);
    doc.claims.push(claim);
    doc.traces.push({ claimId: claim.id, frame: c.frame, pattern: c.pattern, trigger: c.trigger });
  }
}

/**
 * A title, subhead or byline: a sentence that is a whole short line with no closing punctuation. A
 * title restates the body ("The pipeline: how American guns reach Haiti's gangs"), and an analyst
 * records the body's claim. A sentence inside a hard-wrapped paragraph never fills its line exactly.
 */
function isHeading(doc: Doc, sentence: number): boolean {
  const s = doc.sentences[sentence];
  const text = doc.text;
  const from = text.lastIndexOf("\n", s.start - 1) + 1;
  let to = text.indexOf("\n", s.start);
  if (to < 0) to = text.length;
  const line = text.slice(from, to).trim();
  if (!line || text.slice(s.start, s.end).trim() !== line) return false;
  if (/[.!?"”’)\]:;]$/.test(line) || words(line) > 20) return false;
  // set apart from running text: a hard-wrapped sentence goes on in lower case on the next line, and
  // a title block is a blank line, the document's start, or a short unpunctuated line (kicker, byline)
  const prevEnd = text.lastIndexOf("\n", from - 2) + 1;
  const prev = from === 0 ? "" : text.slice(prevEnd, from).trim();
  const next = (text.slice(to + 1).split("\n")[0] ?? "").trim();
  const apartBefore = prev === "" || (!/[.!?"”’)\]:;,]$/.test(prev) && words(prev) <= 10);
  return apartBefore && (next === "" || /^[A-Z0-9"“(\[]/.test(next));
}
const words = (line: string): number => line.split(/\s+/).length;

const argKey = (a: ArgValue): string => (Array.isArray(a) ? a.map(argKey).join("+") : (a.entity ?? a.text.toLowerCase().replace(/^(the|a|an)\s+/, "")));
const argsOf = (a: ArgValue): Arg[] => (Array.isArray(a) ? a : [a]);
const overlapsArg = (a: ArgValue, b: ArgValue): boolean =>
  argsOf(a).some((x) => argsOf(b).some((y) => x.span[0] < y.span[1] && y.span[0] < x.span[1]) || (x.entity != null && argsOf(b).some((y) => y.entity === x.entity)));

/**
 * Two frames of one type in one sentence that agree on every role they share are one claim
 * ("lost soldiers who were killed"; "recruiting fighters …, urging them to go"). A membership
 * by joining, by the same people as a flow, is the flow's group ("travelled … and joined ISIS").
 */
export function mergeCandidates(cs: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const joins = cs.filter((c) => c.type === "membership" && c.pattern.includes('"join"'));
  for (const j of joins) {
    const flow = cs.find((f) => f.type === "flow" && f.args.people && j.args.member && overlapsArg(f.args.people, j.args.member));
    if (flow && j.args.group) { flow.args.group ??= j.args.group; cs = cs.filter((x) => x !== j); }
  }
  for (const c of cs) {
    const same = out.find((o) => o.type === c.type && compatible(o, c));
    if (!same) { out.push(c); continue; }
    for (const [role, a] of Object.entries(c.args)) if (!same.args[role]) { same.args[role] = a; if (c.roleNPs[role] != null) same.roleNPs[role] = c.roleNPs[role]; }
    same.confidence = Math.max(same.confidence, c.confidence);
  }
  return out;
}

function compatible(a: Candidate, b: Candidate): boolean {
  let shared = 0;
  for (const [role, x] of Object.entries(a.args)) {
    const y = b.args[role];
    if (!y) continue;
    if (argKey(x) !== argKey(y) && !overlapsArg(x, y) && !argsOf(x).some(isBarePronoun) && !argsOf(y).some(isBarePronoun)) return false;
    shared++;
  }
  // nothing in common but the type: merge only frames that share an agent-less patient
  return shared > 0;
}

function quantityFor(doc: Doc, c: Candidate): Claim["quantity"] | undefined {
  // a count ending the previous sentence ("… killing nine. ADF fighters …") is not this claim's
  const sentenceStart = doc.sentences[c.sentence].start;
  for (const role of COUNTED_ROLES) {
    const a = c.args[role];
    if (!a) continue;
    for (const x of argsOf(a)) {
      // the count sits inside the phrase, or right before it ("9,000 would-be fighters")
      const q = doc.quantities.find((q) => q.start >= sentenceStart && (q.end <= x.span[1] && q.end >= x.span[0] - 12 && q.start < x.span[0] && doc.text.slice(q.end, x.span[0]).trim().length < 12 || (q.start >= x.span[0] && q.end <= x.span[1])));
      if (q) { const { start: _s, end: _e, ...rest } = q; return rest; }
    }
  }
  // "one Rwandan soldier was wounded", "at least eight of them were killed": a small count the quantity layer leaves alone
  if (c.type === "casualties") { const q = countBefore(doc, c.args.victims, sentenceStart); if (q) return q; }
  // "documented 17 cases of recruitment of children": the count of cases counts the claim
  const before = doc.text.slice(Math.max(sentenceStart, c.trigger[0] - 40), c.trigger[0]);
  const cases = /(\S+)\s+(?:cases|incidents|instances)\s+of\s+$/.exec(before);
  if (cases) {
    const at = c.trigger[0] - before.length + cases.index;
    const q = doc.quantities.find((x) => x.start <= at && x.end >= at + cases[1].length);
    if (q) { const { start: _s, end: _e, ...rest } = q; return rest; }
  }
  return undefined;
}

const BOUND_WORDS: Record<string, "at_least" | "at_most" | "about"> = { "at least": "at_least", "more than": "at_least", "over": "at_least", "at most": "at_most", "up to": "at_most", "fewer than": "at_most", "about": "about", "around": "about", "some": "about", "nearly": "about", "roughly": "about" };
const COUNT_BEFORE = new RegExp(`(?:\\b(at least|more than|over|at most|up to|fewer than|about|around|some|nearly|roughly)\\s+)?\\b(${WORD_NUMBER_SRC}|\\d{1,3}(?:,\\d{3})*)\\s+(?:of\\s+)?$`, "i");
/** A count written right before the victims ("one Rwandan soldier", "eight of them"), read when no quantity was found. */
function countBefore(doc: Doc, victims: ArgValue | undefined, sentenceStart: number): Claim["quantity"] | undefined {
  const x = victims == null ? undefined : argsOf(victims)[0];
  if (!x) return undefined;
  const before = doc.text.slice(Math.max(sentenceStart, x.span[0] - 30), x.span[0]);
  const m = COUNT_BEFORE.exec(before);
  if (!m) return undefined;
  const value = /\d/.test(m[2]) ? Number(m[2].replace(/,/g, "")) : wordsValue(m[2]);
  if (value == null) return undefined;
  const bound = m[1] ? BOUND_WORDS[m[1].toLowerCase()] : undefined;
  return { value, low: null, high: null, approx: bound === "about", bound: bound ?? "exact", unit: "people", text: m[0].trim().replace(/\s+of$/i, "") } as Claim["quantity"];
}

function timeFor(doc: Doc, c: Candidate): Claim["time"] | undefined {
  const s = doc.sentences[c.sentence];
  let best: (typeof doc.times)[number] | undefined;
  let bestD = Infinity;
  for (const t of doc.times) {
    if (t.start < s.start || t.end > s.end) continue;
    const d = t.end <= c.trigger[0] ? c.trigger[0] - t.end : Math.max(0, t.start - c.trigger[1]);
    if (d < bestD) { best = t; bestD = d; }
  }
  if (!best) return undefined;
  const { start: _s, end: _e, ...rest } = best;
  return rest;
}

/** Stable across runs: the type, the evidence, the trigger and where each role sits, hashed. */
function claimId(doc: Doc, claim: Claim, trigger: [number, number]): string {
  const h = createHash("sha1").update(`${doc.id}|${claim.type}|${claim.evidence.join(":")}|${trigger.join(":")}|${Object.keys(claim.args).sort().map((r) => `${r}@${argsOf(claim.args[r] as ArgValue)[0]?.span.join(":")}`).join(",")}`).digest("hex");
  return `c-${h.slice(0, 12)}`;
}

registerStage("claims", (): Stage => ({ name: "claims", run: extractClaims }));
