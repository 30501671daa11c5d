import { createDoc } from "./src/extract/doc.js";
import { segment } from "./src/extract/stages/segment.js";
import { quantities } from "./src/extract/stages/quantities.js";
const d = createDoc("x", process.argv[2]); segment(d); quantities(d);
for (const q of d.quantities) console.log(JSON.stringify(q));
