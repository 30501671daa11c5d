// A report's text with its entities and its claims marked: each claim's evidence sentence, the
// roles inside it (linked to their entities), and every entity mention the API reports. The
// text is cut at those offsets into text nodes; nothing in it is ever parsed as markup.
import { getAll, getJson, type ClaimView, type DocumentView, type Page, type StoredDocument } from "../api.js";
import { claimCard, claimMarks, entityHref } from "../claim-card.js";
import { externalUrl, fill, h } from "../elements.js";
import { highlight, type Mark } from "../highlight.js";
import { appHref, type Route } from "../router.js";

export async function documentsView(root: HTMLElement, route: Route): Promise<void> {
  const docs = await getJson<Page<StoredDocument>>("/api/documents", { limit: 500 }, route.signal);
  fill(root,
    h("div", { class: "toolbar" }, h("h1", null, "Reports")),
    h("table", { class: "list" },
      h("thead", null, h("tr", null, ["Title", "Publisher", "Published", "Claims", "Source"].map((t) => h("th", null, t)))),
      h("tbody", null, docs.items.map((d) => h("tr", null,
        h("td", null, h("a", { href: appHref(["documents", d.id]) }, d.title ?? d.source)),
        h("td", null, d.publisher ?? ""), h("td", null, d.published ?? ""),
        h("td", { class: "num" }, h("a", { href: appHref(["claims"], { document: d.id }) }, String(d.claims))),
        h("td", { class: "muted" }, d.source))))));
}

export async function documentView(root: HTMLElement, route: Route): Promise<void> {
  const { signal } = route;
  const id = route.path[1];
  const doc = await getJson<DocumentView>(`/api/documents/${encodeURIComponent(id)}`, {}, signal);
  const claims = await getAll<ClaimView>("/api/claims", { document: doc.id }, signal);

  // claims read from the same sentence share one evidence mark
  const bySpan = new Map<string, ClaimView[]>();
  for (const c of claims) {
    const key = c.evidence.join(":");
    bySpan.set(key, [...(bySpan.get(key) ?? []), c]);
  }
  const marks: Mark[] = [];
  for (const group of bySpan.values()) {
    const [start, end] = group[0].evidence;
    const ids = group.map((c) => c.id).join(" ");
    marks.push({ start, end, wrap: (children) => h("span", {
      class: "ev", "data-claims": ids, title: `${group.length} claim${group.length === 1 ? "" : "s"}: ${group.map((c) => c.type).join(", ")}`,
      onclick: (e: Event) => { if (!(e.target as Element).closest("a")) choose(group[0].id); },
    }, children) });
  }
  const taken = new Set<string>();
  for (const c of claims) for (const m of claimMarks(c)) {
    const key = `${m.start}:${m.end}`;
    if (!taken.has(key)) { taken.add(key); marks.push(m); }
  }
  for (const e of doc.entities ?? []) for (const [start, end] of e.mentions) {
    if (taken.has(`${start}:${end}`)) continue;
    taken.add(`${start}:${end}`);
    marks.push({ start, end, wrap: (children) => h("a", { class: `mention type-${e.type}`, href: entityHref(e.id), title: `${e.name} (${e.type})`, "data-entity": e.id }, children) });
  }

  const text = h("div", { class: "doc-text" }, highlight(doc.text, marks));
  const cards = claims.map(claimCard);
  for (const card of cards) card.addEventListener("click", (e) => { if (!(e.target as Element).closest("a")) choose(card.dataset.ref!.split("#")[1], true); });
  const choose = (claimId: string, scrollText = false) => {
    for (const card of cards) card.classList.toggle("current", card.dataset.ref === `${doc.id}#${claimId}`);
    let sentence: HTMLElement | undefined;
    for (const ev of text.querySelectorAll<HTMLElement>(".ev")) {
      const on = (ev.dataset.claims ?? "").split(" ").includes(claimId);
      ev.classList.toggle("current", on);
      if (on) sentence ??= ev;
    }
    const card = cards.find((c) => c.dataset.ref === `${doc.id}#${claimId}`);
    (scrollText ? sentence : card)?.scrollIntoView({ block: "nearest" });
    if (!scrollText) sentence?.scrollIntoView({ block: "center" });
    const url = new URL(location.href);
    url.searchParams.set("claim", claimId);
    history.replaceState(null, "", url);
  };

  const url = externalUrl(doc.url);
  const mentioned = new Map<string, string>();
  for (const e of doc.entities ?? []) mentioned.set(e.id, e.name);
  for (const c of claims) for (const a of Object.values(c.args).flat()) if (a.entity && !mentioned.has(a.entity)) mentioned.set(a.entity, a.text);
  fill(root,
    h("div", { class: "doc-head" },
      h("h1", null, doc.title ?? doc.source),
      h("p", { class: "meta" },
        [doc.publisher, doc.author, doc.published].filter(Boolean).join(" · "),
        url && [" · ", h("a", { href: url, rel: "noopener noreferrer nofollow", target: "_blank", class: "external" }, "original")],
        ` · ${claims.length} claim${claims.length === 1 ? "" : "s"} · `, h("a", { href: appHref(["claims"], { document: doc.id }) }, "in the claims table"),
        h("span", { class: "muted", title: doc.source }, ` · ${doc.source.split(/[\\/]/).pop()} · ${doc.id.slice(0, 12)}`))),
    h("div", { class: "split doc" },
      h("article", null, text,
        h("p", { class: "legend muted" }, "Highlighted: sentences carrying a claim (click one to see it); underlined: entities and roles, linked to their pages.")),
      h("aside", { class: "panel" },
        h("h2", null, "Claims"), claims.length ? cards : h("p", { class: "muted" }, "No claim was read in this report."),
        mentioned.size > 0 && [h("h2", null, "Entities"), h("ul", { class: "entities" },
          [...mentioned].sort((a, b) => a[1].localeCompare(b[1])).map(([eid, name]) => h("li", null, h("a", { href: entityHref(eid) }, name))))])));
  const wanted = route.query.get("claim");
  if (wanted) choose(wanted);
}
