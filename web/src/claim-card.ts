// A claim as the analyst reads it everywhere in the app: its sentence with the roles marked,
// its figure, time, modality and speaker, and a link to the sentence in its report.
import { splitRef, type ClaimView } from "./api.js";
import { h, type Child } from "./elements.js";
import { formatFigure, formatSource, formatTime } from "./format.js";
import type { Mark } from "./highlight.js";
import { highlight } from "./highlight.js";
import { appHref } from "./router.js";
import { label, roleKind } from "./vocabulary.js";

type Arg = { entity?: string; text: string; span: [number, number] };

export const entityHref = (id: string): string => appHref(["entities", id]);
/** The claim's sentence in its report. */
export const claimHref = (ref: string): string => {
  const { document, claim } = splitRef(ref);
  return appHref(["documents", document], { claim });
};

function argsOf(c: ClaimView): [string, Arg][] {
  return Object.entries(c.args).flatMap(([role, a]) => (Array.isArray(a) ? a : [a]).map((x) => [role, x] as [string, Arg]));
}

/** A role in the text: a link to its entity when it has one. */
function roleMark(role: string, start: number, end: number, entity: string | undefined, kind: string): Mark {
  return {
    start, end,
    wrap: (children) => entity
      ? h("a", { class: `role kind-${kind}`, "data-role": role, href: entityHref(entity), title: label(role) }, children)
      : h("mark", { class: `role kind-${kind}`, "data-role": role, title: label(role) }, children),
  };
}

/**
 * The marks a claim puts on its report's text: each argument at its span, and its figure, time
 * and speaker where their words stand in the evidence. Offsets are the report's.
 */
export function claimMarks(c: ClaimView): Mark[] {
  const [from, to] = c.evidence;
  const marks = argsOf(c).map(([role, a]) => roleMark(role, a.span[0], a.span[1], a.entity, roleKind(role)));
  const find = (words: string | undefined, role: string, kind: string, entity?: string) => {
    if (!words) return;
    const at = c.source.evidenceText.indexOf(words);
    if (at >= 0 && from + at + words.length <= to) marks.push(roleMark(role, from + at, from + at + words.length, entity, kind));
  };
  find(c.quantity?.text, "figure", "figure");
  find(c.time?.text, "time", "time");
  find(c.attribution?.text, "according to", "source", c.attribution?.entity);
  return marks;
}

/** The evidence sentence alone, roles marked. */
export function evidence(c: ClaimView): HTMLElement {
  const [from] = c.evidence;
  const text = c.source.evidenceText;
  // the evidence text is the report's text from `from`: shift the marks onto it
  const marks = claimMarks(c).map((m) => ({ ...m, start: m.start - from, end: m.end - from }));
  return h("q", { class: "evidence" }, highlight(text, marks));
}

export function modalityBadge(c: ClaimView): HTMLElement {
  return h("span", { class: `modality m-${c.modality}`, title: "modality" }, c.modality);
}

export function typeBadge(c: ClaimView): HTMLElement {
  return h("span", { class: `badge t-${c.type}` }, label(c.type));
}

/** Who else says it, and who says otherwise. */
export function corroboration(c: ClaimView): HTMLElement {
  const k = c.corroboration;
  const others = k.sources.length - 1;
  return h("div", { class: "corroboration" },
    others > 0 && h("span", { class: "agree", title: k.sources.join("; ") }, `stated by ${k.sources.length} sources`),
    k.agreeing.length > 0 && [" ", ...k.agreeing.slice(0, 5).map((ref, i) => h("a", { href: claimHref(ref), class: "ref" }, `[${i + 1}]`))],
    k.agreeingCount > 5 && h("span", { class: "muted" }, ` and ${k.agreeingCount - 5} more`),
    k.contradictions.map((x) => h("div", { class: "contradiction" },
      "contradicted by ", h("a", { href: claimHref(x.claim) }, x.source), `: ${x.detail}`)),
    k.contradictionCount > k.contradictions.length && h("div", { class: "contradiction" }, `and ${k.contradictionCount - k.contradictions.length} more that contradict it`),
  );
}

export function sourceLink(c: ClaimView): HTMLElement {
  return h("a", { class: "source", href: claimHref(c.ref), title: c.source.title ?? "" }, formatSource(c));
}

function facts(c: ClaimView): Child[] {
  const figure = c.quantity ? formatFigure(c.quantity) : "";
  const time = formatTime(c);
  return [
    typeBadge(c), " ", modalityBadge(c),
    figure && h("span", { class: "fact figure" }, figure),
    time && h("span", { class: "fact time" }, time),
    c.attribution && h("span", { class: "fact speaker" }, "according to ",
      c.attribution.entity ? h("a", { href: entityHref(c.attribution.entity) }, c.attribution.text) : c.attribution.text),
  ];
}

/** A claim in a list or a side panel. */
export function claimCard(c: ClaimView): HTMLElement {
  return h("article", { class: "claim", "data-ref": c.ref },
    h("div", { class: "facts" }, facts(c)),
    evidence(c),
    h("div", { class: "provenance" }, sourceLink(c), c.source.title && h("span", { class: "title" }, ` — ${c.source.title}`)),
    corroboration(c),
  );
}

/** A claim as a row of the claims table. */
export function claimRow(c: ClaimView): HTMLTableRowElement {
  return h("tr", { class: "claim", "data-ref": c.ref },
    h("td", null, typeBadge(c)),
    h("td", { class: "sentence" }, evidence(c)),
    h("td", { class: "num" }, c.quantity ? formatFigure(c.quantity) : ""),
    h("td", null, formatTime(c)),
    h("td", null, modalityBadge(c)),
    h("td", null, c.attribution ? (c.attribution.entity ? h("a", { href: entityHref(c.attribution.entity) }, c.attribution.text) : c.attribution.text) : ""),
    h("td", null, sourceLink(c), corroboration(c)),
  );
}
