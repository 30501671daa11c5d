// Stage "attribution": who the text credits. Finds speeches ("according to X", "X said",
// "said X", "the government reported that …", "X accused Y of …", quotations with their
// speaker before or after, quotations running over several sentences or paragraphs, "he
// said" through coreference or the last named speaker), then credits each claim to the
// innermost speech whose scope holds the claim's trigger. Claims outside any speech keep
// the document's own voice (null).
import type { Span } from "../contract.js";
import type { Doc, Speech } from "../doc.js";
import { registerStage, type Stage } from "../stage.js";
import { parseOf, type NP, type SentenceParse } from "../claims/parse.js";
import { sentenceAt } from "../doc.js";
import { isDenialReaction, JUDGING_VERBS, SPEECH_VERBS } from "../claims/speech-verbs.js";

/** Nouns for a text that speaks for its author: "a report by Amnesty International" is Amnesty's. */
const DOCUMENT_NOUNS = /^(report|study|investigation|inquiry|statement|assessment|survey|analysis|audit|review|letter|memo|communiqu[eé]|document|dossier|briefing|brief|paper|filing|indictment|complaint|release|bulletin|update|tally|count|estimate|findings?)$/;
/** Verbs of charging whose participle after a comma reports its clause's subject's charge
 *  ("… issued a statement, accusing the RSF of shelling a market"). */
const CHARGING = /^(accuse|blame|charge)$/;
/** Objects of "claim" that make it a claim of responsibility. */
const CLAIMED_ACTS = /^(responsibility|credit|attacks?|bombings?|strikes?|killings?|ambush(es)?|raids?|assaults?|blasts?|explosions?|kidnappings?|abductions?|assassinations?|massacres?|shootings?|operations?)$/;
const OPEN = new Set(["“", "\"", "«"]);
const CLOSE = new Set(["”", "\"", "»"]);
const DASHES = /^(--|–|—)$/;

interface Quote { start: number; end: number; paragraph: number }

export function findQuotes(text: string): Quote[] {
  const quotes: Quote[] = [];
  let open = -1, paragraph = 0, openPara = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\n") {
      paragraph++;
      // an open quote runs on only when the next paragraph opens with a quotation mark
      if (open >= 0) {
        let j = i + 1;
        while (j < text.length && /\s/.test(text[j])) j++;
        if (!OPEN.has(text[j])) { open = -1; }
        else { i = j; continue; }
      }
      continue;
    }
    if (open < 0 && OPEN.has(ch) && (ch !== "\"" || i === 0 || /[\s(\[—–-]/.test(text[i - 1]))) { open = i; openPara = paragraph; continue; }
    if (open >= 0 && CLOSE.has(ch)) { quotes.push({ start: open + 1, end: i, paragraph: openPara }); open = -1; }
  }
  return quotes;
}

export function findSpeeches(doc: Doc): Speech[] {
  const parses = parseOf(doc);
  const speeches: Speech[] = [];
  const quotes = findQuotes(doc.text);
  const inQuote = (off: number) => quotes.some((q) => q.start <= off && off < q.end);
  let lastSpeaker: { speech: Speech; paragraph: number } | undefined;
  // newline offsets once, then a binary search: counting newlines per speech was quadratic
  const newlines: number[] = [];
  for (let i = doc.text.indexOf("\n"); i >= 0; i = doc.text.indexOf("\n", i + 1)) newlines.push(i);
  const paragraphOf = (off: number) => { let lo = 0, hi = newlines.length; while (lo < hi) { const mid = (lo + hi) >> 1; if (newlines[mid] < off) lo = mid + 1; else hi = mid; } return lo; };

  const speakerOf = (p: SentenceParse, np: NP): Pick<Speech, "speaker" | "speakerSpan" | "entityId"> => {
    // the name phrase without its apposition; a pronoun through coreference or the last speaker
    const span: Span = [np.start, np.end];
    // the mention over the head: "His family" is the family, not the man "his" stands for
    const head = p.words[np.head];
    const m = doc.mentions.filter((x) => x.start >= np.start && x.end <= np.end && (np.pron || (x.start <= head.start && head.end <= x.end))).sort((a, b) => (b.end - b.start) - (a.end - a.start))[0];
    if (np.pron) {
      if (m) { const e = doc.entities.get(m.entityId); return { speaker: e?.name ?? m.text, speakerSpan: span, entityId: m.entityId }; }
      if (lastSpeaker) return { speaker: lastSpeaker.speech.speaker, speakerSpan: span, entityId: lastSpeaker.speech.entityId };
      return { speaker: doc.text.slice(np.start, np.end), speakerSpan: span };
    }
    // "the head of the UN mission", "a report by Amnesty International": the phrase runs on through
    // its "of" complement, and a document's through its author, who is then the entity credited
    let end = np.end, author: typeof m | undefined;
    for (const pp of np.pps) {
      const inner = p.nps[pp.np];
      if (inner.w0 !== p.words.findIndex((w) => w.start >= end) + 1) break;
      const byAuthor = (pp.prep === "by" || pp.prep === "from") && DOCUMENT_NOUNS.test(head.lower.replace(/s$/, ""));
      if (pp.prep !== "of" && !byAuthor) break;
      end = inner.end;
      if (byAuthor) author = doc.mentions.filter((x) => x.start >= inner.start && x.end <= inner.end).sort((a, b) => (b.end - b.start) - (a.end - a.start))[0];
    }
    let text = doc.text.slice(np.start, end).replace(/^[“”"'\s]+|[“”"',\s]+$/g, "");
    if (author) return { speaker: text, speakerSpan: [np.start, end], entityId: author.entityId };
    if (m) {
      const e = doc.entities.get(m.entityId);
      // a person's full name when the text only gives the surname
      if (e && e.type === "person" && e.name.length > text.length) text = e.name;
      return { speaker: text, speakerSpan: span, entityId: m.entityId };
    }
    return { speaker: text, speakerSpan: span };
  };

  for (const p of parses) {
    const s = doc.sentences[p.sentence];
    const W = p.words;
    // "according to X"
    for (let k = 0; k < W.length; k++) {
      if (W[k].lower !== "according to" || p.npAt[k + 1] < 0) continue;
      const np = p.nps[p.npAt[k + 1]];
      const sp = speakerOf(p, np);
      const speech: Speech = { scope: [s.start, s.end], cue: "according to", ...sp };
      speeches.push(speech);
      if (!np.pron) lastSpeaker = { speech, paragraph: paragraphOf(s.start) };
    }
    // reporting verbs
    for (const vg of p.vgs) {
      if (inQuote(vg.start)) continue;
      if (CHARGING.test(vg.lemma) && vg.form === "gerund" && W[vg.w0 - 1]?.text === ",") {
        // the charge is the main clause's subject's, whatever the participle's own subject came out as
        const main = p.vgs.find((v) => v.w1 <= vg.w0 && v.form === "finite" && !v.relative && v.subject != null && p.nps[v.subject].end <= v.start);
        const subj = main ? p.nps[main.subject!] : undefined;
        if (subj && subj.end <= vg.start && !subj.pron) { speeches.push({ scope: [vg.end, s.end], cue: W[vg.head].lower, ...speakerOf(p, subj) }); continue; }
      }
      // "…, which the company denied", "…, a charge the coalition has denied": a reaction to the claim,
      // which stays the accuser's (the denial is recorded where it is a claim of its own)
      if (isDenialReaction(p, vg)) continue;
      const judging = JUDGING_VERBS.has(vg.lemma);
      if (!(SPEECH_VERBS.has(vg.lemma) || judging) || vg.form === "infinitive" || vg.form === "gerund") continue;
      // "X claimed the bombing", "claimed responsibility for": owning an act, not reporting one
      if (vg.lemma === "claim" && vg.object != null && CLAIMED_ACTS.test(p.words[p.nps[vg.object].head].lower)) continue;
      // a passive speech verb credits its by-phrase ("described by the Treasury as …", the whole
      // sentence); without one ("men accused of smuggling") it credits no one
      if (vg.passive) {
        const by = vg.pps.find((pp) => pp.prep === "by");
        if (!by) continue;
        const sp = speakerOf(p, p.nps[by.np]);
        speeches.push({ scope: [s.start, s.end], cue: W[vg.head].lower, ...sp });
        continue;
      }
      const subj = vg.subject != null ? p.nps[vg.subject] : undefined;
      // "…,” said Mael Souddi": the speaker follows the verb
      const inverted = (subj == null || subj.start > vg.start) && vg.object != null;
      const speakerNP = inverted ? p.nps[vg.object!] : subj;
      if (!speakerNP || (speakerNP.pron && /^(it|they)$/.test(doc.text.slice(speakerNP.start, speakerNP.end).toLowerCase()) && !doc.mentions.some((m) => m.start === speakerNP.start))) continue;
      const after = doc.text.slice(vg.end, s.end).replace(/[\s.,;:!?”"’']+$/, "");
      // a verb of judging speaks for its subject only over a clause, or closing one
      if (judging && !vg.passive && !(W[vg.w1]?.lower === "that" || clauseFollows(p, vg.id) || after.length === 0 && W[vg.w0 - 1]?.text === "," || inverted && vg.w1 >= W.length - 1)) continue;
      const sp = speakerOf(p, speakerNP);
      let scope: Span;
      if (/^(deny|admit|acknowledge)$/.test(vg.lemma) && !inverted && vg.object != null) {
        // "Fiqi has denied any link to Al-Shabaab": what is denied is the object itself
        scope = [vg.end, s.end];
      } else if (CHARGING.test(vg.lemma)) {
        // "whom the government has accused of being involved in …": up to the closing dash or the end
        let e = s.end;
        for (let k = vg.w1; k < W.length; k++) if (DASHES.test(W[k].text)) { e = W[k].start; break; }
        scope = [vg.end, e];
      } else if (!inverted && after.length > 0 && vg.end < s.end - 2 && (W[vg.w1]?.lower === "that" || ESTIMATES_AT(vg) || vg.object == null && after.length > 8 && !/^,/.test(doc.text.slice(vg.end).trim()) && p.vgs.some((v) => v.w0 >= vg.w1 && !W.slice(vg.w1, v.w0).some((w) => w.text === ";")) || clauseFollows(p, vg.id))) {
        scope = [vg.end, s.end];
      } else {
        // "…, Souddi said." / "…,” said X": what comes before, back to a semicolon
        let from = s.start;
        for (let k = 0; k < W.length && W[k].end <= speakerNP.start; k++) if (W[k].text === ";") from = W[k].end;
        scope = [from, Math.min(speakerNP.start, vg.start)];
      }
      // "denied supporting the M23 and accuses Kinshasa of …": a coordinated verb says something else
      const coord = p.vgs.find((v) => v.start >= scope[0] && v.start < scope[1] && v.form === "finite" && v.subject === vg.subject && /^(and|but)$/.test(W[v.w0 - 1]?.lower ?? ""));
      if (coord && scope[0] >= vg.end) scope = [scope[0], coord.start];
      const quoteHere = quotes.filter((q) => q.end <= vg.start && q.end >= s.start - 2 && doc.text.slice(q.end, vg.start).length < 80 || (q.start >= vg.end && q.start - vg.end < 4));
      for (const q of quoteHere) if (q.start < scope[0]) scope = [q.start, Math.max(scope[1], q.end)];
      const speech: Speech = { scope, cue: W[vg.head].lower, ...sp };
      speeches.push(speech);
      if (!speakerNP.pron) lastSpeaker = { speech, paragraph: paragraphOf(s.start) };
      else lastSpeaker = lastSpeaker ? { ...lastSpeaker, paragraph: paragraphOf(s.start) } : undefined;
    }
    // a whole-sentence quotation with no speaker of its own: the last speaker goes on
    for (const q of quotes) {
      if (q.start < s.start - 1 || q.start > s.start + 1) continue;
      if (speeches.some((x) => x.scope[0] <= q.start && q.end <= x.scope[1] + 2)) continue;
      const qs = sentenceAt(doc, q.start), qe = sentenceAt(doc, Math.max(q.start, q.end - 1));
      // its own speaker may come in the quote's last sentence ("…,” he said)
      if (qe !== qs && qe >= 0) continue;
      if (lastSpeaker && q.paragraph - lastSpeaker.paragraph <= 1) speeches.push({ scope: [q.start, q.end], cue: "quotation", speaker: lastSpeaker.speech.speaker, speakerSpan: lastSpeaker.speech.speakerSpan, entityId: lastSpeaker.speech.entityId });
    }
  }
  // quotations spanning sentences take the speaker found at their end
  for (const q of quotes) {
    const credited = speeches.find((x) => x.scope[0] <= q.end && q.end <= x.scope[1] + 2 && x.cue !== "quotation");
    if (credited && credited.scope[0] > q.start) credited.scope = [q.start, credited.scope[1]];
  }
  return speeches;
}

/** "estimated ISKP's strength at 4,000": the estimate is the estimator's. */
const ESTIMATES_AT = (vg: { lemma: string; object?: number; pps: { prep: string }[] }): boolean =>
  vg.lemma === "estimate" && vg.object != null && vg.pps.some((pp) => pp.prep === "at");

/**
 * A reported clause without "that": "officials said at least 13 fighters had been killed",
 * "told reporters the men had …" — a finite verb after the speech verb, before any comma.
 */
function clauseFollows(p: SentenceParse, vgId: number): boolean {
  const vg = p.vgs[vgId];
  // "Iran has denied arming the Houthis": a gerund complement is what is denied or admitted
  const next = p.vgAt[vg.w1] >= 0 ? p.vgs[p.vgAt[vg.w1]] : undefined;
  if (next && next.form === "gerund" && next.governor === vgId) return true;
  for (let k = vg.w1; k < p.words.length; k++) {
    const w = p.words[k];
    if (w.text === "," || w.text === ";" || w.text === ":" || w.lower === "and" && p.vgAt[k + 1] >= 0) return false;
    // "claimed the bombing that killed …": a relative clause is no reported clause
    if (/^(who|whom|which|whose)$/.test(w.lower)) return false;
    // "told us that …" is a complementiser; "claimed the bombing that killed …" a relative
    if (w.lower === "that") return k === vg.w1 || (vg.object != null && k === p.nps[vg.object].w1);
    const v = p.vgAt[k];
    if (v >= 0 && v !== vgId && p.vgs[v].form === "finite") return true;
  }
  return false;
}

export function attribute(doc: Doc): void {
  doc.speeches.push(...findSpeeches(doc));
  const traces = new Map(doc.traces.map((t) => [t.claimId, t]));
  for (const claim of doc.claims) {
    const at = traces.get(claim.id)?.trigger ?? claim.evidence;
    let best: Speech | undefined;
    for (const sp of doc.speeches) {
      if (sp.scope[0] > at[0] || at[1] > sp.scope[1]) continue;
      if (!best || sp.scope[1] - sp.scope[0] < best.scope[1] - best.scope[0]) best = sp;
    }
    claim.attribution = best ? (best.entityId ? { entity: best.entityId, text: best.speaker } : { text: best.speaker }) : null;
  }
}

registerStage("attribution", (): Stage => ({ name: "attribution", run: attribute }));
