// Sentences and tokens with offsets, universal POS tags and lemmas, from wink-nlp's English
// model. Lines are segmented one by one, so a headline or a caption without a full stop
// never runs into the next paragraph.
import winkNLP, { type ItemSentence } from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { Doc, Sentence, Token } from "../src/extract/doc.js";
import { registerStage, type Stage } from "../src/extract/stage.js";

const nlp = winkNLP(model, ["sbd", "pos"]);
const its = nlp.its;

export function segment(doc: Doc): void {
  const text = doc.text;
  const lineRe = /[^\n\r]+/g;
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
    if (!m[0].trim()) continue;
    segmentLine(doc, m[0], m.index);
  }
}

function segmentLine(doc: Doc, line: string, base: number): void {
  const wdoc = nlp.readDoc(line);
  let cursor = 0;
  wdoc.sentences().each((s: ItemSentence) => {
    const values = s.tokens().out(its.value) as string[];
    const pos = s.tokens().out(its.pos) as string[];
    // the lite model has lemmas at run time though the typings ask for add-ons
    const lemmas = s.tokens().out(its.lemma as unknown as typeof its.value) as string[];
    const sentence: Sentence = { start: -1, end: -1, firstToken: doc.tokens.length, endToken: doc.tokens.length };
    const si = doc.sentences.length;
    for (let k = 0; k < values.length; k++) {
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
  });
}


