import fs from "node:fs";
import { execSync } from "node:child_process";
import { createDoc } from "../src/extract/doc.js";
import { segment as segNew } from "../src/extract/stages/segment.js";
import { segment as segOld } from "./_segment-orig.js";
import { generateReport } from "./corpus.js";
const files = execSync("find test examples /work/shared/eval/dev -name '*.txt' -o -name '*.md' | head -400", { encoding: "utf8" }).trim().split("\n");
const texts = files.map((f) => fs.readFileSync(f, "utf8"));
for (let i = 0; i < 300; i++) texts.push(generateReport(i).text);
texts.push("Weird   spacing\u00a0here\u2003and\ttabs.  A  B.\r\nCRLF line\r\n\u200bzero width \ufeffbom. can't won't y'all U.S.-led e.g. 3.5km «quotes» — dash--dash... !!! 🙂 emoji.");
let diff = 0, toks = 0;
for (const t of texts) {
  const a = createDoc("a", t), b = createDoc("b", t);
  segOld(a); segNew(b);
  toks += a.tokens.length;
  for (const x of b.tokens) if (t.slice(x.start, x.end) !== x.text) { console.log("bad offset", x); diff++; }
  if (JSON.stringify(a.tokens) !== JSON.stringify(b.tokens) || JSON.stringify(a.sentences) !== JSON.stringify(b.sentences)) {
    diff++;
    const n = Math.max(a.tokens.length, b.tokens.length);
    for (let i = 0; i < n; i++) if (JSON.stringify(a.tokens[i]) !== JSON.stringify(b.tokens[i])) { console.log("old", a.tokens[i], "new", b.tokens[i]); break; }
  }
}
console.log(`${texts.length} texts, ${toks} tokens, ${diff} differing`);
