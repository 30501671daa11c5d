// Dated claims in the order things are said to have happened, by year.
import { getJson, type Page, type StoredEntity, type TimelineItem } from "../api.js";
import { claimCard } from "../claim-card.js";
import { fill, h } from "../elements.js";
import { appHref, navigate, type Route } from "../router.js";
import { CLAIM_TYPES, label } from "../vocabulary.js";

export async function timelineView(root: HTMLElement, route: Route): Promise<void> {
  const { signal, query } = route;
  const type = query.get("type") ?? "";
  const entity = query.get("entity") ?? "";
  const focus = entity ? await getJson<{ entity: StoredEntity }>(`/api/entities/${encodeURIComponent(entity)}`, { limit: 1 }, signal).catch(() => undefined) : undefined;
  const list = h("div", { class: "timeline" });
  const more = h("p", { class: "more" });
  const count = h("p", { class: "muted" });
  fill(root,
    h("div", { class: "toolbar" }, h("h1", null, "Timeline"),
      h("label", null, "Type ", h("select", { name: "type", onchange: (e: Event) => navigate(appHref(["timeline"], { type: (e.target as HTMLSelectElement).value, entity }), { replace: true }) },
        h("option", { value: "" }, "any"), CLAIM_TYPES.map((t) => h("option", { value: t, selected: t === type }, label(t))))),
      entity && h("span", { class: "chip" }, `involving ${focus?.entity.name ?? entity} `, h("a", { href: appHref(["timeline"], { type }), "aria-label": "clear" }, "×"))),
    count, list, more);

  let year = "";
  let shown = 0;
  const load = async (path: string, params: Record<string, string | number | undefined>) => {
    fill(more, h("span", { class: "status" }, "Loading…"));
    const page = await getJson<Page<TimelineItem>>(path, params, signal);
    for (const item of page.items) {
      const y = item.date.slice(0, 4);
      if (y !== year) { year = y; list.append(h("h2", { class: "year" }, y)); }
      list.append(h("div", { class: "event" },
        h("div", { class: "date", title: item.dateFrom === "claim" ? "the date the claim gives" : "the report's publication date" },
          item.date, item.dateFrom === "published" && h("span", { class: "muted" }, " (published)")),
        claimCard(item.claim)));
    }
    shown += page.items.length;
    count.textContent = `${shown}${page.total != null ? ` of ${page.total}` : ""} dated claims`;
    if (shown === 0) fill(list, h("p", { class: "empty" }, "No dated claim matches."));
    fill(more, page.next && h("button", { type: "button", onclick: () => void load(page.next!, {}) }, "Later claims"));
  };
  await load("/api/timeline", { type, entity, limit: 100 });
}
