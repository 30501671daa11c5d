// Entities, and an actor's profile: who it is, how it sits among other actors, its allegiances
// over time, who makes claims about it, and the claims themselves.
import { getJson, type Page, type Profile, type Relation, type StoredEntity } from "../api.js";
import { claimCard, claimHref, entityHref } from "../claim-card.js";
import { fill, h } from "../elements.js";
import { appHref, navigate, type Route } from "../router.js";
import { ENTITY_TYPES, ENTITY_TYPE_LABELS } from "../vocabulary.js";
import { sameActorSection } from "./same-actor.js";

export async function entitiesView(root: HTMLElement, route: Route): Promise<void> {
  const type = route.query.get("type") ?? "";
  const name = route.query.get("name") ?? "";
  const page = await getJson<Page<StoredEntity>>("/api/entities", { type, name, limit: 500 }, route.signal);
  const go = (change: Record<string, string>) => navigate(appHref(["entities"], { type, name, ...change }), { replace: true });
  fill(root,
    h("div", { class: "toolbar" }, h("h1", null, "Entities"),
      h("label", null, "Type ", h("select", { name: "type", onchange: (e: Event) => go({ type: (e.target as HTMLSelectElement).value }) },
        h("option", { value: "" }, "any"), ENTITY_TYPES.map((t) => h("option", { value: t, selected: t === type }, ENTITY_TYPE_LABELS[t])))),
      h("label", null, "Name ", h("input", { name: "name", type: "search", value: name, onchange: (e: Event) => go({ name: (e.target as HTMLInputElement).value.trim() }) }))),
    h("table", { class: "list" },
      h("thead", null, h("tr", null, ["Name", "Type", "Country", "Reports", "Mentions"].map((t) => h("th", null, t)))),
      h("tbody", null, page.items.map((e) => h("tr", null,
        h("td", null, h("a", { href: entityHref(e.id) }, e.name), e.aliases.length > 0 && h("span", { class: "muted" }, ` (${e.aliases.slice(0, 3).join(", ")})`)),
        h("td", null, ENTITY_TYPE_LABELS[e.type]), h("td", null, e.country ?? ""),
        h("td", { class: "num" }, String(e.documents)), h("td", { class: "num" }, String(e.mentions)))))),
    page.next && h("p", { class: "muted" }, "Showing the 500 most reported; narrow by type or name."));
}

function relations(title: string, list: Relation[]): HTMLElement | false {
  if (list.length === 0) return false;
  return h("section", { class: "relations" }, h("h2", null, title), h("ul", null, list.map((r) => h("li", null,
    r.entity ? h("a", { href: entityHref(r.entity) }, r.name) : r.name,
    r.roles.length > 0 && h("span", { class: "muted" }, ` (${r.roles.join(", ")})`),
    r.disputed && h("span", { class: "disputed" }, " disputed"),
    h("span", { class: "muted" }, ` · ${r.sources.length} source${r.sources.length === 1 ? "" : "s"}${r.first ? ` · ${r.first === r.last ? r.first : `${r.first}–${r.last}`}` : ""} `),
    r.claims.slice(0, 6).map((ref, i) => h("a", { href: claimHref(ref), class: "ref", title: "the sentence in its report" }, `[${i + 1}]`))))));
}

const PAGE = 50;

export async function entityView(root: HTMLElement, route: Route): Promise<void> {
  const id = route.path[1];
  const offset = Number(route.query.get("offset") ?? 0) || 0;
  const p = await getJson<Profile>(`/api/entities/${encodeURIComponent(id)}`, { limit: PAGE, offset }, route.signal);
  const e = p.entity;
  const sameActor = await sameActorSection(e, () => navigate(location.pathname + location.search, { replace: true }), route.signal);
  const party = (x: { entity?: string; name: string }) => x.entity ? h("a", { href: entityHref(x.entity) }, x.name) : x.name;
  fill(root,
    h("div", { class: "entity-head" },
      h("h1", null, e.name, " ", h("span", { class: `badge type-${e.type}` }, ENTITY_TYPE_LABELS[e.type])),
      h("p", { class: "meta" },
        e.aliases.length > 0 && ["also: ", e.aliases.slice(0, 8).join(", "),
          e.aliases.length > 8 && [" ", h("details", { class: "aliases" }, h("summary", null, `and ${e.aliases.length - 8} more`), e.aliases.slice(8).join(", "))], " · "],
        e.country && `country: ${e.country} · `,
        `${e.documents} report${e.documents === 1 ? "" : "s"}, ${e.mentions} mention${e.mentions === 1 ? "" : "s"}`,
        e.lat != null && e.lon != null && ` · ${e.lat.toFixed(2)}, ${e.lon.toFixed(2)}`,
        h("span", { class: "muted" }, ` · ${e.id}`)),
      h("p", { class: "links" },
        h("a", { href: appHref(["claims"], { entity: e.id }) }, "claims table"), " · ",
        h("a", { href: appHref(["timeline"], { entity: e.id }) }, "timeline"), " · ",
        h("a", { href: appHref(["network"], { entity: e.id }) }, "network around it"), " · ",
        h("a", { href: appHref([], { entity: e.id }) }, "flows on the map"))),
    h("div", { class: "split profile" },
      h("div", null,
        p.designations.length > 0 && h("section", null, h("h2", null, "Designations"), h("ul", null, p.designations.map((d) => h("li", null,
          d.list, d.ref && ` ${d.ref}`, d.programs?.length ? ` (${d.programs.join(", ")})` : "", d.listed && `, listed ${d.listed}`,
          d.from === "claim" && d.claim ? [" · ", h("a", { href: claimHref(d.claim) }, `according to ${d.source ?? "a report"}`)] : h("span", { class: "muted" }, " · reference list"))))),
        relations("Member of", p.memberOf), relations("Members", p.members),
        relations("Led by", p.leaders), relations("Leads", p.leads),
        p.allegiances.length > 0 && h("section", null, h("h2", null, "Allegiances over time"), h("ol", { class: "allegiances" }, p.allegiances.map((a) => h("li", null,
          h("span", { class: "date" }, a.date ?? "undated"), " ", party(a.subject), " → ", party(a.group),
          a.previous && [" (from ", party(a.previous), ")"], " ", h("span", { class: `modality m-${a.modality}` }, a.modality), " · ",
          h("a", { href: claimHref(a.claim) }, a.source), h("q", { class: "evidence" }, a.evidence))))),
        relations("Allies", p.allies), relations("Adversaries", p.adversaries),
        sameActor,
        h("section", null, h("h2", null, "Claims about it"),
          p.claims.length ? p.claims.map(claimCard) : h("p", { class: "muted" }, "No claim involves it."),
          h("p", { class: "pager" },
            offset > 0 && h("a", { href: appHref(["entities", id], { offset: offset - PAGE > 0 ? String(offset - PAGE) : undefined }) }, "← earlier claims"), " ",
            p.claims.length === PAGE && h("a", { href: appHref(["entities", id], { offset: String(offset + PAGE) }) }, "more claims →")))),
      h("aside", { class: "panel" },
        h("h2", null, "Who says so"),
        h("h3", null, "Speakers credited"),
        p.madeBy.speakers.length ? h("ul", null, p.madeBy.speakers.map((x) => h("li", null, `${x.name}: ${x.claims}`))) : h("p", { class: "muted" }, "none named"),
        h("h3", null, "Publishers"),
        h("ul", null, p.madeBy.publishers.map((x) => h("li", null, `${x.name}: ${x.claims}`))))));
}
