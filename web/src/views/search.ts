// Search across everything: actors and places by name or alias, and the reports' full text.
import { getJson, type Page, type SearchHit, type StoredEntity } from "../api.js";
import { entityHref } from "../claim-card.js";
import { fill, h } from "../elements.js";
import { appHref, type Route } from "../router.js";
import { ENTITY_TYPE_LABELS } from "../vocabulary.js";

export async function searchView(root: HTMLElement, route: Route): Promise<void> {
  const q = (route.query.get("q") ?? "").trim();
  if (!q) { fill(root, h("h1", null, "Search"), h("p", { class: "muted" }, "Type words in the search box: actors, places and report text are searched.")); return; }
  const [entities, hits] = await Promise.all([
    getJson<Page<StoredEntity>>("/api/entities", { name: q.slice(0, 200), limit: 50 }, route.signal),
    getJson<Page<SearchHit>>("/api/search", { q: q.slice(0, 500), limit: 50 }, route.signal),
  ]);
  fill(root,
    h("h1", null, "Search: ", h("q", null, q)),
    h("section", { class: "results entities" }, h("h2", null, `Entities (${entities.items.length}${entities.next ? "+" : ""})`),
      entities.items.length ? h("ul", null, entities.items.map((e) => h("li", null,
        h("a", { href: entityHref(e.id) }, e.name), h("span", { class: "muted" }, ` ${ENTITY_TYPE_LABELS[e.type]} · ${e.documents} report${e.documents === 1 ? "" : "s"}`),
        " · ", h("a", { href: appHref(["claims"], { entity: e.id }) }, "claims"))))
        : h("p", { class: "muted" }, "No entity by that name.")),
    h("section", { class: "results documents" }, h("h2", null, `Reports (${hits.items.length}${hits.next ? "+" : ""})`),
      hits.items.length ? h("ol", null, hits.items.map((hit) => h("li", null,
        h("a", { href: appHref(["documents", hit.documentId]) }, hit.title ?? hit.documentId.slice(0, 12)),
        hit.published && h("span", { class: "muted" }, ` ${hit.published}`),
        h("p", { class: "snippet" }, hit.snippet))))
        : h("p", { class: "muted" }, "No report contains these words.")));
}
