import fs from "node:fs";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
const nlp = winkNLP(model, ["sbd", "pos"]);
const its = nlp.its as any;
const text = fs.readFileSync("/work/shared/eval/dev/seed-tunisia-libya.txt", "utf8");
const kb = text.length / 1024;
function t(label: string, f: () => void, n = 30) {
  f(); let best = Infinity;
  for (let r = 0; r < 5; r++) { const t0 = process.cpuUsage(); for (let i = 0; i < n; i++) f(); const u = process.cpuUsage(t0); best = Math.min(best, (u.user + u.system) / 1000 / n / kb); }
  console.log(label.padEnd(40), best.toFixed(4));
}
t("readDoc only", () => { nlp.readDoc(text); });
t("readDoc + tokens().out()", () => { nlp.readDoc(text).tokens().out(); });
t("+ out pos", () => { const d = nlp.readDoc(text); d.tokens().out(); d.tokens().out(its.pos); });
t("+ out lemma", () => { const d = nlp.readDoc(text); d.tokens().out(); d.tokens().out(its.lemma); });
t("+ out precedingSpaces", () => { const d = nlp.readDoc(text); d.tokens().out(); d.tokens().out(its.precedingSpaces); });
t("sentences span", () => { const d = nlp.readDoc(text); d.sentences().out(its.span); });
t("per line readDoc", () => { for (const l of text.split("\n")) if (l.trim()) nlp.readDoc(l); });
