// A named member of a list told after the list: "sanctioned several businessmen, among them
// former senator X"; "The Treasury designated three men on Tuesday. Among them was X."; "Another,
// Y, ran a camp". The member gets the list's claim (the same authority, the same arrest), with
// this sentence as its evidence. Only claims about named individuals are carried: a casualty
// count's members ("among them two children") would count the dead twice.
import type { Doc } from "../doc.js";
import type { Candidate } from "./match.js";
import type { SentenceParse } from "./parse.js";
import { mentionsWithin, npArg } from "./roles.js";

/** Claim types whose listed role can be carried to one member, and that role. */
const LISTED_ROLE: Partial<Record<Candidate["type"], string>> = { designation: "target", interdiction: "people" };
const COPULA = /^(was|were|is|are|,)$/;
const LIST_CUE = /\b(?:[Aa]mong them|Another,)/;

export function listMembers(doc: Doc, parses: SentenceParse[], candidates: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  // one native test over the text spares the pass over every word of a report without a list
  if (!LIST_CUE.test(doc.text)) return out;
  for (const p of parses) {
    const W = p.words;
    for (let i = 0; i < W.length; i++) {
      let k = -1;
      if (W[i].lower === "among" && W[i + 1]?.lower === "them") { k = i + 2; while (k < W.length && COPULA.test(W[k].lower)) k++; }
      else if (i === 0 && W[0].lower === "another" && W[1]?.text === ",") k = 2;
      if (k < 0 || k >= W.length) continue;
      const id = p.npAt[k];
      if (id == null || id < 0) continue;
      const np = p.nps[id];
      if (W[np.head].tag !== "PROPN" || !mentionsWithin(doc, np.start, np.end).every((m) => m.type === "person" || m.type === "population")) continue;
      const member = npArg(doc, p, np.id);
      if (!member || Array.isArray(member)) continue;
      // the list's claim: in this sentence before the member, else the nearest of the two sentences before
      const source = [...candidates, ...out].filter((c) => LISTED_ROLE[c.type] && c.args[LISTED_ROLE[c.type]!]
        && (c.sentence === p.sentence ? c.trigger[1] <= W[i].start : c.sentence < p.sentence && c.sentence >= p.sentence - 2))
        .sort((a, b) => a.sentence - b.sentence || a.trigger[0] - b.trigger[0]).pop();
      if (!source) continue;
      const role = LISTED_ROLE[source.type]!;
      const listed = source.args[role];
      // the member is already the claim's own argument
      if ((Array.isArray(listed) ? listed : [listed]).some((a) => a.span[0] === member.span[0])) continue;
      out.push({ ...source, args: { ...source.args, [role]: member }, roleNPs: {}, sentence: p.sentence, trigger: [W[i].start, W[k - 1]?.end ?? W[i].end], vg: source.sentence === p.sentence ? source.vg : undefined,
        pattern: `a list's member ("${W.slice(i, Math.min(k, i + 3)).map((w) => w.text).join(" ")} NAME") takes the list's ${source.type}`, kind: "phrase" });
    }
  }
  return out;
}
