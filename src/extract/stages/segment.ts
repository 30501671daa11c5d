// Sentences and tokens with offsets, universal POS tags and lemmas, from wink-nlp's English
// model. Lines are segmented one by one, so a headline or a caption without a full stop
// never runs into the next paragraph.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { Doc, Sentence, Token } from "../doc.js";
import { registerStage, type Stage } from "../stage.js";

const nlp = winkNLP(model, ["sbd", "pos"]);
const its = nlp.its;
// the lite model has lemmas at run time though the typings ask for add-ons
const itsLemma = its.lemma as unknown as typeof its.value;

export function segment(doc: Doc): void {
  const text = doc.text;
  const lineRe = /[^\n\r]+/g;
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
    if (!m[0].trim()) continue;
    segmentLine(doc, m[0], m.index);
  }
}

// One `.out()` per layer over the whole line, then sentences by wink's token spans. Nearly all
// the time goes to wink's readDoc itself (measured with bench/stages.ts).
function segmentLine(doc: Doc, line: string, base: number): void {
  const wdoc = nlp.readDoc(line);
  const all = wdoc.tokens();
  const values = all.out(its.value) as string[];
  const pos = all.out(its.pos) as string[];
  const lemmas = all.out(itsLemma) as string[];
  const spans = wdoc.sentences().out(its.span) as unknown as [number, number][];
  let cursor = 0, k = 0;
  for (const [first, last] of spans) {
    const sentence: Sentence = { start: -1, end: -1, firstToken: doc.tokens.length, endToken: doc.tokens.length };
    const si = doc.sentences.length;
    for (k = Math.max(k, first); k <= last; k++) {
      const v = values[k];
      // wink keeps each token's surface form; find it at or just after the cursor
      const at = line.indexOf(v, cursor);
      if (at < 0 || at - cursor > 16) continue;
      const start = base + at, end = start + v.length;
      cursor = at + v.length;
      const token: Token = {
        i: doc.tokens.length, start, end, text: v, lower: v.toLowerCase(),
        pos: pos[k] ?? "X", lemma: (lemmas[k] ?? v).toLowerCase(), sentence: si,
      };
      doc.tokens.push(token);
      if (sentence.start < 0) sentence.start = start;
      sentence.end = end;
    }
    sentence.endToken = doc.tokens.length;
    if (sentence.endToken > sentence.firstToken) doc.sentences.push(sentence);
  }
}

registerStage("segment", (): Stage => ({ name: "segment", run: segment }));
