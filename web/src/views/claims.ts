// The table of claims, filterable by type, entity, source (report), modality and period. Type,
// entity, report and period are the API's own filters; modality is applied here, over pages of
// the API's answer, since the API does not filter by it.
import { getJson, type ClaimView, type Page, type StoredDocument, type StoredEntity } from "../api.js";
import { claimRow } from "../claim-card.js";
import { fill, h } from "../elements.js";
import { appHref, navigate, type Route } from "../router.js";
import { CLAIM_TYPES, ENTITY_TYPE_LABELS, MODALITIES, label } from "../vocabulary.js";

const FILTERS = ["type", "entity", "document", "modality", "since", "until"] as const;
type Filters = Partial<Record<(typeof FILTERS)[number], string>>;
const PERIOD = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export async function claimsView(root: HTMLElement, route: Route): Promise<void> {
  const { signal, query } = route;
  const f: Filters = Object.fromEntries(FILTERS.map((k) => [k, query.get(k) ?? undefined]).filter(([, v]) => v));
  const [entities, documents] = await Promise.all([
    getJson<Page<StoredEntity>>("/api/entities", { limit: 500 }, signal),
    getJson<Page<StoredDocument>>("/api/documents", { limit: 500 }, signal),
  ]);

  const apply = (change: Filters) => navigate(appHref(["claims"], { ...f, ...change }), { replace: true });
  const select = (name: keyof Filters, title: string, options: [string, string][]) =>
    h("label", null, `${title} `, h("select", { name, onchange: (e: Event) => apply({ [name]: (e.target as HTMLSelectElement).value || undefined }) },
      h("option", { value: "" }, "any"),
      options.map(([value, text]) => h("option", { value, selected: value === f[name] }, text))));
  const entityOptions: [string, string][] = entities.items
    .map((e) => [e.id, `${e.name} (${ENTITY_TYPE_LABELS[e.type]})`] as [string, string])
    .sort((a, b) => a[1].localeCompare(b[1]));
  if (f.entity && !entityOptions.some(([id]) => id === f.entity)) entityOptions.unshift([f.entity, f.entity]);
  const docOptions: [string, string][] = documents.items.map((d) => [d.id, `${d.publisher ?? d.title ?? d.source}${d.published ? `, ${d.published}` : ""}`]);
  const dateInput = (name: "since" | "until", title: string) => h("label", null, `${title} `, h("input", {
    name, value: f[name] ?? "", placeholder: "YYYY[-MM[-DD]]", size: 11, pattern: "\\d{4}(-\\d{2}(-\\d{2})?)?",
    onchange: (e: Event) => {
      const v = (e.target as HTMLInputElement).value.trim();
      if (!v || PERIOD.test(v)) apply({ [name]: v || undefined });
    },
  }));

  const body = h("tbody");
  const count = h("p", { class: "count muted" });
  const more = h("p", { class: "more" });
  const table = h("table", { class: "claims-table" },
    h("thead", null, h("tr", null, ["Type", "Claim (evidence, roles marked)", "Figure", "When", "Modality", "According to", "Source"].map((t) => h("th", null, t)))),
    body);
  fill(root,
    h("div", { class: "toolbar" }, h("h1", null, "Claims")),
    h("form", { class: "filters", onsubmit: (e: Event) => e.preventDefault() },
      select("type", "Type", CLAIM_TYPES.map((t) => [t, label(t)])),
      select("entity", "Entity", entityOptions),
      select("document", "Source", docOptions),
      select("modality", "Modality", MODALITIES.map((m) => [m, m])),
      dateInput("since", "From"), dateInput("until", "to"),
      Object.keys(f).length > 0 && h("a", { href: "/claims", class: "clear" }, "clear filters")),
    count, table, more,
    h("p", { class: "legend muted" }, "Marked in each sentence: ",
      h("mark", { class: "role kind-actor" }, "actors"), " ", h("mark", { class: "role kind-people" }, "people"), " ",
      h("mark", { class: "role kind-place" }, "places"), " ", h("mark", { class: "role kind-figure" }, "figures"), " ",
      h("mark", { class: "role kind-time" }, "times"), " ", h("mark", { class: "role kind-source" }, "speakers"), ". Hover a mark for its role."),
  );

  let shown = 0;
  const load = async (path: string, params: Record<string, string | number | undefined>) => {
    fill(more, h("span", { class: "status" }, "Loading…"));
    const page = await getJson<Page<ClaimView>>(path, params, signal);
    const rows = page.items.filter((c) => !f.modality || c.modality === f.modality);
    body.append(...rows.map(claimRow));
    shown += rows.length;
    const total = !f.modality && page.total != null ? ` of ${page.total}` : "";
    count.textContent = `${shown}${total} claim${shown === 1 ? "" : "s"}${page.next ? " so far" : ""}`;
    if (shown === 0 && !page.next) fill(body, h("tr", null, h("td", { colspan: "7", class: "empty" }, "No claim matches these filters.")));
    fill(more, page.next && h("button", { type: "button", onclick: () => void load(page.next!, {}) }, "More claims"));
  };
  await load("/api/claims", { type: f.type, entity: f.entity, document: f.document, since: f.since, until: f.until, limit: 200 });
}
