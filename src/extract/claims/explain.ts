// `dossier extract --explain`: each claim with its sentence, the frame and pattern that
// produced it, its trigger and its arguments, so an analyst can see why a row exists.
import type { Arg } from "../contract.js";
import type { Doc } from "../doc.js";

const showArg = (a: Arg | Arg[]): string =>
  Array.isArray(a) ? a.map(showArg).join(" + ") : `"${a.text}"${a.entity ? ` <${a.entity}>` : ""}`;

export function explainClaims(doc: Doc): string {
  const traces = new Map(doc.traces.map((t) => [t.claimId, t]));
  const lines: string[] = [];
  for (const c of doc.claims) {
    const t = traces.get(c.id);
    const sentence = doc.text.slice(c.evidence[0], c.evidence[1]).replace(/\s+/g, " ");
    lines.push(`${c.id}  ${c.type}  (${c.modality}, confidence ${c.confidence})`);
    lines.push(`  sentence: ${sentence}`);
    if (t) lines.push(`  frame: ${t.frame}   pattern: ${t.pattern}${t.trigger ? `   trigger: "${doc.text.slice(t.trigger[0], t.trigger[1])}" [${t.trigger.join(", ")}]` : ""}`);
    for (const [role, a] of Object.entries(c.args)) lines.push(`  ${role.padEnd(12)} ${showArg(a)}`);
    if (c.quantity) lines.push(`  quantity     ${c.quantity.text} (${c.quantity.value ?? `${c.quantity.low}–${c.quantity.high}`}${c.quantity.approx ? ", approximate" : ""})`);
    if (c.time) lines.push(`  time         ${c.time.text} → ${c.time.value} (${c.time.relation})`);
    lines.push(`  attribution  ${c.attribution ? `${c.attribution.text}${c.attribution.entity ? ` <${c.attribution.entity}>` : ""}` : "(the document's own voice)"}`);
    lines.push("");
  }
  if (!doc.claims.length) lines.push("(no claims)");
  return lines.join("\n");
}
