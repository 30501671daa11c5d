// Single-word names that are also ordinary English words ("Police", "Mobile", "Best", "Of"):
// the gazetteer does not take them at the start of a sentence, where every word is
// capitalised. The English vocabulary is wink-eng-lite-web-model's lexicon (MIT).
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

export function commonWords(candidates: Iterable<string>): string[] {
  const nlp = winkNLP(model, []);
  const its = nlp.its;
  // the first unknown word gets the first id past the built-in vocabulary
  const vocabularySize = (nlp.readDoc("qxzvjkwpq").tokens().out(its.uniqueId) as unknown as number[])[0];
  const words = [...new Set([...candidates].filter((w) => /^[a-z]+$/.test(w)))];
  const out: string[] = [];
  for (let i = 0; i < words.length; i += 2000) {
    const batch = words.slice(i, i + 2000);
    const ids = nlp.readDoc(batch.join(" ")).tokens().out(its.uniqueId) as unknown as number[];
    if (ids.length !== batch.length) throw new Error("vocabulary check: tokenizer split a word");
    batch.forEach((w, k) => { if (ids[k] < vocabularySize) out.push(w); });
  }
  return out.sort();
}
