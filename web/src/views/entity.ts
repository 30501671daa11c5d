// Entities, and an actor's profile: who it is, how it sits among other actors, its allegiances
// over time, who makes claims about it, and the claims themselves.
import { getJson, type ClaimView, type Page, type Profile, type Relation, type StoredEntity } from "../api.js";
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

function relations(title: string, list: Relation[], total = list.length): HTMLElement | false {
  if (list.length === 0) return false;
  return h("section", { class: "relations" }, h("h2", null, title), h("ul", null, list.map((r) => h("li", null,
    r.entity ? h("a", { href: entityHref(r.entity) }, r.name) : r.name,
    r.roles.length > 0 && h("span", { class: "muted" }, ` (${r.roles.join(", ")})`),
    r.disputed && h("span", { class: "disputed" }, " disputed"),
    h("span", { class: "muted" }, ` · ${r.sourceCount} source${r.sourceCount === 1 ? "" : "s"}${r.first ? ` · ${r.first === r.last ? r.first : `${r.first}–${r.last}`}` : ""} `),
    r.claims.map((ref, i) => h("a", { href: claimHref(ref), class: "ref", title: "the sentence in its report" }, `[${i + 1}]`)),
    r.claimCount > r.claims.length && h("span", { class: "muted" }, ` (latest ${r.claims.length} of ${r.claimCount} claims)`)))),
    total > list.length && h("p", { class: "muted" }, `and ${total - list.length} more (see the network around it)`));
}

/** The busiest names, and how many others there are. */
function counted(list: { name: string; claims: number }[], total: number, none: string): HTMLElement | HTMLElement[] {
  if (!list.length) return h("p", { class: "muted" }, none);
  return [h("ul", null, list.map((x) => h("li", null, `${x.name}: ${x.claims}`))),
    ...(total > list.length ? [h("p", { class: "muted" }, `and ${total - list.length} more`)] : [])];
}

const PAGE = 10;

export async function entityView(root: HTMLElement, route: Route): Promise<void> {
  const id = route.path[1];
  const p = await getJson<Profile>(`/api/entities/${encodeURIComponent(id)}`, { limit: PAGE }, route.signal);
  // the profile holds the first page of claims; the rest come from the claims API, a cursor at a time
  const cards = h("div", { class: "claims" }, p.claims.length ? p.claims.map(claimCard) : h("p", { class: "muted" }, "No claim involves it."));
  const more = h("p", { class: "pager" });
  let shown = p.claims.length;
  const pager = (next: string | null) => fill(more,
    h("span", { class: "muted" }, `${shown} of ${p.claimCount} claims `),
    next && h("button", { type: "button", onclick: () => void load(next) }, "more claims"));
  const load = async (next: string) => {
    fill(more, h("span", { class: "status" }, "Loading…"));
    const page = await getJson<Page<ClaimView>>(next, {}, route.signal);
    cards.append(...page.items.map(claimCard));
    shown += page.items.length;
    pager(page.next);
  };
  pager(p.claimsNext);
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
        relations("Member of", p.memberOf, p.relationCounts.memberOf), relations("Members", p.members, p.relationCounts.members),
        relations("Led by", p.leaders, p.relationCounts.leaders), relations("Leads", p.leads, p.relationCounts.leads),
        p.allegiances.length > 0 && h("section", null, h("h2", null, "Allegiances over time"),
          p.allegianceCount > p.allegiances.length && h("p", { class: "muted" }, `from the latest ${p.allegiances.length} of ${p.allegianceCount} allegiance claims`), h("ol", { class: "allegiances" }, p.allegiances.map((a) => h("li", null,
          h("span", { class: "date" }, a.date ?? "undated"), " ", party(a.subject), " → ", party(a.group),
          a.previous && [" (from ", party(a.previous), ")"], " ", h("span", { class: `modality m-${a.modality}` }, a.modality), " · ",
          h("a", { href: claimHref(a.claim) }, a.source), h("q", { class: "evidence" }, a.evidence))))),
        relations("Allies", p.allies, p.relationCounts.allies), relations("Adversaries", p.adversaries, p.relationCounts.adversaries),
        sameActor,
        h("section", null, h("h2", null, "Claims about it"), cards, more)),
      h("aside", { class: "panel" },
        h("h2", null, "Who says so"),
        h("h3", null, "Speakers credited"),
        counted(p.madeBy.speakers, p.madeBy.speakerCount, "none named"),
        h("h3", null, "Publishers"),
        counted(p.madeBy.publishers, p.madeBy.publisherCount, "none"))));
}
