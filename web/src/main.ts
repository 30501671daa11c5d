// Dossier's web app: a header with the views and a search box, and the view the address names.
import { getJson, ApiFailure, type StoreStats } from "./api.js";
import { fill, h } from "./elements.js";
import { navigate, startRouter, type Route, type View } from "./router.js";
import { claimsView } from "./views/claims.js";
import { documentsView, documentView } from "./views/document.js";
import { entitiesView, entityView } from "./views/entity.js";
import { mapView } from "./views/map.js";
import { networkView } from "./views/network.js";
import { searchView } from "./views/search.js";
import { timelineView } from "./views/timeline.js";

const VIEWS: { match: (path: string[]) => boolean; view: View; nav?: string; title: string }[] = [
  { match: (p) => p.length === 0, view: mapView, nav: "", title: "Map of flows" },
  { match: (p) => p[0] === "network" && p.length === 1, view: networkView, nav: "network", title: "Network" },
  { match: (p) => p[0] === "claims" && p.length === 1, view: claimsView, nav: "claims", title: "Claims" },
  { match: (p) => p[0] === "timeline" && p.length === 1, view: timelineView, nav: "timeline", title: "Timeline" },
  { match: (p) => p[0] === "entities" && p.length === 1, view: entitiesView, nav: "entities", title: "Entities" },
  { match: (p) => p[0] === "entities" && p.length === 2, view: entityView, nav: "entities", title: "Entity" },
  { match: (p) => p[0] === "documents" && p.length === 1, view: documentsView, nav: "documents", title: "Documents" },
  { match: (p) => p[0] === "documents" && p.length === 2, view: documentView, nav: "documents", title: "Document" },
  { match: (p) => p[0] === "search" && p.length === 1, view: searchView, title: "Search" },
];

const NAV: [string, string][] = [["", "Map"], ["network", "Network"], ["claims", "Claims"], ["timeline", "Timeline"], ["entities", "Entities"], ["documents", "Documents"]];

function header(): { el: HTMLElement; links: Map<string, HTMLAnchorElement>; search: HTMLInputElement } {
  const links = new Map(NAV.map(([key, text]) => [key, h("a", { href: `/${key}`, "data-nav": key || "map" }, text)]));
  const search = h("input", { type: "search", name: "q", placeholder: "Search reports and actors", "aria-label": "search", autocomplete: "off" });
  const form = h("form", { class: "search", role: "search", action: "/search", onsubmit: (e: Event) => {
    e.preventDefault();
    const q = search.value.trim();
    if (q) navigate(`/search?q=${encodeURIComponent(q)}`);
  } }, search);
  const el = h("header", { class: "top" }, h("a", { class: "brand", href: "/" }, "Dossier"), h("nav", null, [...links.values()]), form);
  return { el, links, search };
}

function boot(): void {
  const top = header();
  const main = h("main", { id: "view" });
  const footer = h("footer", { class: "bottom" });
  document.body.append(top.el, main, footer);
  getJson<StoreStats>("/api/stats").then((s) => fill(footer,
    `${s.documents} reports · ${s.entities} entities · ${s.claims} claims · `, h("a", { href: "/api/openapi.json" }, "API"),
  )).catch(() => undefined);

  let current: AbortController | undefined;
  startRouter((url) => {
    current?.abort();
    const controller = new AbortController();
    current = controller;
    const path = url.pathname.split("/").filter(Boolean).map((p) => { try { return decodeURIComponent(p); } catch { return p; } });
    const found = VIEWS.find((v) => v.match(path));
    for (const [key, a] of top.links) a.classList.toggle("active", found?.nav === key);
    if (path[0] === "search") top.search.value = url.searchParams.get("q") ?? "";
    document.title = `${found?.title ?? "Not found"} · Dossier`;
    const root = h("div", { class: "view loading", "aria-busy": "true" }, h("p", { class: "status" }, "Loading…"));
    main.replaceChildren(root);
    window.scrollTo(0, 0);
    const route: Route = { path, query: url.searchParams, signal: controller.signal };
    const done = () => { root.classList.remove("loading"); root.removeAttribute("aria-busy"); };
    if (!found) { fill(root, h("h1", null, "Not found"), h("p", null, "No view at this address. ", h("a", { href: "/" }, "Back to the map"))); done(); return; }
    Promise.resolve()
      .then(() => found.view(root, route))
      .then(done, (err: unknown) => {
        if (controller.signal.aborted) return;
        const message = err instanceof ApiFailure ? err.message : `Something went wrong: ${(err as Error)?.message ?? err}`;
        fill(root, h("div", { class: "error", role: "alert" }, message));
        done();
      });
  });
}

boot();
