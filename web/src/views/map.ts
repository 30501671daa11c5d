// The map of flows: Natural Earth's countries (world-atlas, bundled), one arc per route from
// origin to destination through its transit places, its width the square root of its figure,
// places as points. Clicking an arc lists the claims behind it with their sentences, a page at a
// time: the API sends routes with their figures summed up, and a route's claims when it is opened.
import { geoNaturalEarth1, geoPath, type GeoProjection } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { getClaims, getJson, type Flow, type FlowEndpoint, type Page, type RouteClaims, type StoredEntity } from "../api.js";
import { claimCard, entityHref } from "../claim-card.js";
import { fill, h, s } from "../elements.js";
import { flowMagnitude, formatFigure, formatRange } from "../format.js";
import { panZoom } from "../pan-zoom.js";
import type { Route } from "../router.js";
import { appHref, navigate } from "../router.js";

declare const WORLD_ATLAS_URL: string;

let world: Promise<Topology> | undefined;
const loadWorld = () => (world ??= fetch(WORLD_ATLAS_URL).then((r) => {
  if (!r.ok) throw new Error(`the country shapes did not load (${r.status})`);
  return r.json() as Promise<Topology>;
}));

const W = 960, H = 540;
type Located = FlowEndpoint & { lat: number; lon: number };
const located = (e: FlowEndpoint): e is Located => e.lat != null && e.lon != null;
const routeKey = (f: Flow) => `${f.origin.key}>${f.destination.key}`;
const routeName = (f: Flow) => `${f.origin.name} → ${f.destination.name}`;
const plural = (n: number, word: string) => `${n.toLocaleString("en-US")} ${word}${n === 1 ? "" : "s"}`;
/** Routes one map shows: the busiest, by reports and claims. */
const ROUTES = 500;
/** Claims listed at a time when a route is opened. */
const CLAIMS_PAGE = 25;

/** Fits the map to where the flows are, with room around them, and never closer than a region. */
function projectionFor(points: Located[]): GeoProjection {
  const projection = geoNaturalEarth1();
  if (points.length === 0) return projection.fitExtent([[10, 10], [W - 10, H - 10]], { type: "Sphere" });
  const lons = points.map((p) => p.lon), lats = points.map((p) => p.lat);
  const [w, e, s0, n] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const padLon = Math.max(12, (e - w) * 0.25), padLat = Math.max(8, (n - s0) * 0.25);
  const corners: [number, number][] = [[w - padLon, s0 - padLat], [e + padLon, n + padLat], [w - padLon, n + padLat], [e + padLon, s0 - padLat]];
  return projection.fitExtent([[20, 20], [W - 20, H - 20]], { type: "MultiPoint", coordinates: corners.map(([x, y]) => [x, Math.max(-85, Math.min(85, y))]) });
}

/** A curve through the points, each leg bowed to its left so that opposite routes do not overlap. */
function arcPath(points: [number, number][]): string {
  let d = `M${points[0][0].toFixed(1)},${points[0][1].toFixed(1)}`;
  for (let i = 1; i < points.length; i++) {
    const [x0, y0] = points[i - 1], [x1, y1] = points[i];
    const bow = 0.22;
    const cx = (x0 + x1) / 2 - (y1 - y0) * bow, cy = (y0 + y1) / 2 + (x1 - x0) * bow;
    d += ` Q${cx.toFixed(1)},${cy.toFixed(1)} ${x1.toFixed(1)},${y1.toFixed(1)}`;
  }
  return d;
}

export async function mapView(root: HTMLElement, route: Route): Promise<void> {
  const { signal } = route;
  const period = route.query.get("period") ?? "";
  const entity = route.query.get("entity") ?? "";
  const [topology, shownRoutes, periods, places, focus] = await Promise.all([
    loadWorld(),
    getJson<Page<Flow>>("/api/flows", period ? { period: "year", since: period, until: period, entity, limit: ROUTES } : { period: "all", entity, limit: ROUTES }, signal),
    getJson<{ items: { period: string }[] }>("/api/flows/periods", { period: "year" }, signal),
    getJson<Page<StoredEntity>>("/api/entities", { type: "place", limit: 500 }, signal),
    entity ? getJson<{ entity: StoredEntity }>(`/api/entities/${encodeURIComponent(entity)}`, { limit: 1 }, signal).catch(() => undefined) : undefined,
  ]);
  const years = periods.items.map((p) => p.period).filter((p) => p !== "undated");
  const flows = shownRoutes.items;
  const totalRoutes = shownRoutes.total ?? flows.length;

  const endpoints = new Map<string, Located>();
  for (const f of flows) for (const e of [f.origin, f.destination, ...f.via]) if (located(e)) endpoints.set(e.key, e);
  const projection = projectionFor([...endpoints.values()]);
  const project = (e: Located) => projection([e.lon, e.lat]) as [number, number];
  const path = geoPath(projection);

  const countries = feature(topology, topology.objects.countries as GeometryCollection);
  const svg = s("svg", { class: "map", viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "map of flows of people" },
    s("defs", null, s("marker", { id: "arrow", viewBox: "0 0 10 10", refX: "8", refY: "5", markerWidth: "7", markerHeight: "7", orient: "auto-start-reverse", markerUnits: "userSpaceOnUse" },
      s("path", { d: "M0,0 L10,5 L0,10 z", class: "arrowhead" }))),
    s("path", { class: "sphere", d: path({ type: "Sphere" }) ?? "" }),
    s("g", { class: "countries" }, countries.features.map((c) =>
      s("path", { class: "country", d: path(c) ?? "" }, s("title", null, String((c.properties as { name?: string } | null)?.name ?? ""))))),
  );

  const max = Math.max(0, ...flows.map((f) => flowMagnitude(f) ?? 0));
  const width = (f: Flow) => {
    const v = flowMagnitude(f);
    return v == null || max === 0 ? 1.5 : 1.5 + 14 * Math.sqrt(v / max);
  };
  const drawn = flows.filter((f) => located(f.origin) && located(f.destination) && f.origin.key !== f.destination.key)
    .sort((a, b) => width(b) - width(a));
  const panel = h("aside", { class: "panel", "aria-live": "polite" });
  const arcs = new Map<string, SVGGElement>();

  const select = async (f: Flow | undefined) => {
    for (const [k, g] of arcs) g.classList.toggle("selected", !!f && k === routeKey(f));
    const url = new URL(location.href);
    if (f) url.searchParams.set("flow", routeKey(f)); else url.searchParams.delete("flow");
    history.replaceState(null, "", url);
    if (!f) return showRoutes();
    const list = h("div", { class: "claims" }, h("p", { class: "status" }, `Loading ${plural(f.claims, "claim")}…`));
    const disputes = h("div", { class: "disputes" });
    fill(panel,
      h("button", { type: "button", class: "back", onclick: () => void select(undefined) }, "← all routes"),
      h("h2", { class: "route" }, routeName(f)),
      f.via.length > 0 && h("p", null, "via ", f.via.map((v) => v.name).join(", ")),
      h("p", { class: "figures" }, formatRange(f) ? `${formatRange(f)} people` : "no figure given",
        ` · ${plural(f.claims, "claim")} in ${plural(f.documents, "report")} from ${plural(f.sources, "independent source")}`,
        f.first && ` · ${f.first === f.last ? f.first : `${f.first} to ${f.last}`}`),
      f.latest && h("p", null, `latest: ${formatFigure(f.latest)} (${f.latest.source}${f.latest.date ? `, ${f.latest.date}` : ""})`),
      disputes,
      h("p", { class: "links" },
        f.origin.entity && h("a", { href: appHref(["claims"], { type: "flow", entity: f.origin.entity }) }, `flow claims about ${f.origin.name}`),
        f.destination.entity && [" · ", h("a", { href: appHref(["claims"], { type: "flow", entity: f.destination.entity }) }, `about ${f.destination.name}`)]),
      list,
    );
    const query = { origin: f.origin.key, destination: f.destination.key, period: f.period, limit: CLAIMS_PAGE };
    const first = await getJson<RouteClaims & Page<unknown>>("/api/flows/claims", query, signal);
    const contradictions = first.contradictions ?? [];
    fill(disputes,
      contradictions.map((c) => h("p", { class: "contradiction" }, `sources disagree: ${c.sources.join(" vs ")}, ${c.detail}`)),
      // the API lists the first pairs only; say how many more there are
      (first.contradictionCount ?? 0) > contradictions.length &&
        h("p", { class: "contradiction" }, `and ${first.contradictionCount! - contradictions.length} more pairs of figures that disagree`));
    // a page of claims at a time: a busy route has thousands
    const showPage = async (page: RouteClaims & Page<unknown>, shown: HTMLElement[]) => {
      const cards = (await getClaims(page.items.map((x) => `${x.documentId}#${x.claimId}`), signal)).map(claimCard);
      const all = [...shown, ...cards];
      const more = page.next && h("button", { type: "button", class: "more", onclick: async () => {
        (more as HTMLElement).remove();
        await showPage(await getJson<RouteClaims & Page<unknown>>("/api/flows/claims", { ...query, offset: page.offset + page.limit }, signal), all);
      } }, `more claims (${(page.total! - page.offset - page.items.length).toLocaleString("en-US")} left) →`);
      fill(list, all, more);
    };
    await showPage(first, []);
  };

  const showRoutes = () => {
    const unplaced = flows.filter((f) => !drawn.includes(f));
    const item = (f: Flow) => h("li", null, h("button", { type: "button", class: "route-button", "data-route": routeKey(f), onclick: () => void select(f) },
      h("span", { class: "route" }, routeName(f)), " ",
      h("span", { class: "num" }, formatRange(f)), h("span", { class: "muted" }, ` · ${plural(f.claims, "claim")}`)));
    fill(panel,
      h("h2", null, "Flows of people"),
      h("p", { class: "muted" }, flows.length ? "Click a route on the map or below to read the claims behind it." : "No flow of people in the reports stored."),
      totalRoutes > flows.length && h("p", { class: "muted shown-of" }, `Showing the ${flows.length.toLocaleString("en-US")} busiest of ${plural(totalRoutes, "route")}.`),
      h("ol", { class: "routes" }, drawn.map(item)),
      unplaced.length > 0 && [h("h3", null, "Routes without coordinates"), h("ol", { class: "routes" }, unplaced.map(item))],
    );
  };

  const flowLayer = s("g", { class: "flows" });
  for (const f of drawn) {
    const pts = [f.origin, ...f.via.filter(located), f.destination].map((e) => project(e as Located));
    const d = arcPath(pts);
    const label = `${routeName(f)}${formatRange(f) ? `: ${formatRange(f)}` : ""} (${plural(f.claims, "claim")})`;
    const g = s("g", {
      class: `flow${flowMagnitude(f) == null ? " no-figure" : ""}${f.contradictionCount ? " disputed" : ""}`,
      "data-route": routeKey(f), tabindex: "0", role: "button", "aria-label": label,
      onclick: () => void select(f),
      onkeydown: (e: Event) => { if ((e as KeyboardEvent).key === "Enter") void select(f); },
    },
    s("title", null, label),
    s("path", { class: "arc-hit", d, "stroke-width": String(Math.max(12, width(f) + 6)), "vector-effect": "non-scaling-stroke" }),
    s("path", { class: "arc", d, "stroke-width": width(f).toFixed(1), "vector-effect": "non-scaling-stroke", "marker-end": "url(#arrow)" }));
    arcs.set(routeKey(f), g);
    flowLayer.append(g);
  }

  const placeLayer = s("g", { class: "places" });
  const shown = new Set<string>();
  for (const p of places.items) {
    if (p.lat == null || p.lon == null || endpoints.has(p.id)) continue;
    const [x, y] = projection([p.lon, p.lat]) as [number, number];
    placeLayer.append(s("a", { href: entityHref(p.id), class: "place" }, s("circle", { cx: x.toFixed(1), cy: y.toFixed(1), r: "2.5" }), s("title", null, p.name)));
  }
  for (const e of endpoints.values()) {
    if (shown.has(e.key)) continue;
    shown.add(e.key);
    const [x, y] = project(e);
    const dot = [s("circle", { cx: x.toFixed(1), cy: y.toFixed(1), r: "4" }), s("text", { x: (x + 6).toFixed(1), y: (y + 4).toFixed(1) }, e.name), s("title", null, e.name)];
    placeLayer.append(e.entity ? s("a", { href: entityHref(e.entity), class: "endpoint" }, dot) : s("g", { class: "endpoint" }, dot));
  }
  svg.append(flowLayer, placeLayer);
  const zoom = panZoom(svg, { x: 0, y: 0, width: W, height: H }, { minScale: 0.3 });

  const periodSelect = h("select", { name: "period", "aria-label": "period", onchange: (e: Event) =>
    navigate(appHref([], { period: (e.target as HTMLSelectElement).value, entity }), { replace: true }) },
  h("option", { value: "" }, "all years"), years.map((y) => h("option", { value: y, selected: y === period }, y)));

  fill(root,
    h("div", { class: "toolbar" },
      h("h1", null, "Flows of people"),
      h("label", null, "Period ", periodSelect),
      entity && h("span", { class: "chip" }, `involving ${focus?.entity.name ?? entity} `, h("a", { href: appHref([], { period }), "aria-label": "clear" }, "×")),
      h("span", { class: "legend muted" }, "Width: figure (square root) · dashed: no figure · orange: sources disagree · drag to pan, wheel to zoom"),
    ),
    h("div", { class: "split" }, h("div", { class: "figure-wrap" }, svg, zoom.controls,
      h("p", { class: "attribution muted" }, "Country shapes: Natural Earth 1:110m (public domain), via world-atlas.")), panel),
  );
  const wanted = route.query.get("flow");
  const initial = wanted ? flows.find((f) => routeKey(f) === wanted) : undefined;
  await select(initial);
}
