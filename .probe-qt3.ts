import { createDoc } from "./src/extract/doc.js";
import { segment } from "./src/extract/stages/segment.js";
import { headAfter, unitBefore } from "./src/extract/quantity/unit.js";
const t = "The coastguard seized a boat carrying 30 rifles near Qandala and arrested its crew of five, all Somalis.";
const d = createDoc("x", t); segment(d);
console.log(headAfter(d, 90), unitBefore(d, 86), JSON.stringify(t.slice(62, 86)));
