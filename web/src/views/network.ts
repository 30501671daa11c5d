// The network of actors: ties of membership, leadership, allegiance, alliance and conflict,
// laid out by force (d3-force, run to rest before drawing, so the same data draws the same
// picture), coloured by community. Zoom and pan; filter by tie type; a node opens its profile,
// a tie lists its claims (a page at a time). The API sends the heaviest ties, with the totals.
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from "d3-force";
import { getClaims, getJson, type EdgeClaim, type Network, type NetworkEdge, type NetworkNode, type Page, type StoredEntity } from "../api.js";
import { claimCard, entityHref } from "../claim-card.js";
import { fill, h, s } from "../elements.js";
import { panZoom } from "../pan-zoom.js";
import { appHref, navigate, type Route } from "../router.js";
import { ENTITY_TYPE_LABELS, TIE_TYPES, label, type TieType } from "../vocabulary.js";

type Node = NetworkNode & SimulationNodeDatum;
type Link = SimulationLinkDatum<Node> & { edge: NetworkEdge };

const PALETTE = ["#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"];
export const TIE_COLOURS: Record<TieType, string> = {
  membership: "#2b6cb0", leadership: "#6b46c1", allegiance: "#b7791f", alliance: "#2f855a", conflict: "#c53030",
};

const radius = (n: NetworkNode) => 5 + 2.5 * Math.sqrt(n.strength);

function layout(nodes: Node[], links: Link[]): void {
  forceSimulation(nodes)
    .force("link", forceLink<Node, Link>(links).id((n) => n.id).distance(70).strength(0.4))
    .force("charge", forceManyBody().strength(-220))
    .force("collide", forceCollide<Node>((n) => radius(n) + 10))
    // a gentle pull to the middle keeps separate components on the page
    .force("x", forceX(0).strength(0.05)).force("y", forceY(0).strength(0.07))
    .stop()
    .tick(400);
}

export async function networkView(root: HTMLElement, route: Route): Promise<void> {
  const { signal, query } = route;
  const chosen = (query.get("types") ?? "").split(",").filter((t): t is TieType => (TIE_TYPES as readonly string[]).includes(t));
  const types: TieType[] = chosen.length ? chosen : [...TIE_TYPES];
  const entity = query.get("entity") ?? "";
  const minSources = query.get("minSources") ?? "1";
  const [net, focus] = await Promise.all([
    getJson<Network>("/api/network", { types: types.length === TIE_TYPES.length ? undefined : types.join(","), entity, minSources }, signal),
    entity ? getJson<{ entity: StoredEntity }>(`/api/entities/${encodeURIComponent(entity)}`, { limit: 1 }, signal).catch(() => undefined) : undefined,
  ]);

  const go = (change: Record<string, string | undefined>) => {
    const next = { types: types.length === TIE_TYPES.length ? undefined : types.join(","), entity, minSources: minSources === "1" ? undefined : minSources, ...change };
    navigate(appHref(["network"], next), { replace: true });
  };
  const toggles = TIE_TYPES.map((t) => h("label", { class: `tie-toggle tie-${t}` },
    h("input", { type: "checkbox", name: "types", value: t, checked: types.includes(t), onchange: () => {
      const on = toggles.filter((x) => x.querySelector("input")!.checked).map((x) => x.querySelector("input")!.value);
      go({ types: on.length === TIE_TYPES.length || on.length === 0 ? undefined : on.join(",") });
    } }),
    h("span", { class: "swatch" }), ` ${t}`));
  const sourcesSelect = h("select", { name: "minSources", "aria-label": "minimum sources", onchange: (e: Event) => go({ minSources: (e.target as HTMLSelectElement).value }) },
    ["1", "2", "3"].map((n) => h("option", { value: n, selected: n === minSources }, n === "1" ? "any tie" : `stated by ${n}+ sources`)));

  const panel = h("aside", { class: "panel", "aria-live": "polite" });
  const toolbar = h("div", { class: "toolbar" },
    h("h1", null, "Network of actors"),
    h("fieldset", { class: "ties" }, h("legend", null, "Ties"), toggles),
    h("label", null, sourcesSelect),
    entity && h("span", { class: "chip" }, `around ${focus?.entity.name ?? entity} `, h("a", { href: appHref(["network"], { types: query.get("types") ?? undefined }), "aria-label": "clear" }, "×")),
  );
  if (net.nodes.length === 0) {
    fill(root, toolbar, h("p", { class: "empty" }, "No ties of these kinds in the reports stored."));
    return;
  }

  const nodes: Node[] = net.nodes.map((n) => ({ ...n }));
  const links: Link[] = net.edges.map((e) => ({ source: e.source, target: e.target, edge: e }));
  layout(nodes, links);
  const xs = nodes.map((n) => n.x!), ys = nodes.map((n) => n.y!);
  const pad = 60;
  const home = { x: Math.min(...xs) - pad, y: Math.min(...ys) - pad, width: Math.max(...xs) - Math.min(...xs) + 2 * pad + 80, height: Math.max(...ys) - Math.min(...ys) + 2 * pad };

  const edgeEls = new Map<string, SVGGElement>();
  const selectEdge = async (e: NetworkEdge | undefined) => {
    for (const [id, g] of edgeEls) g.classList.toggle("selected", id === e?.id);
    if (!e) return overview();
    const byId = new Map(net.nodes.map((n) => [n.id, n]));
    const list = h("div", { class: "claims" }, h("p", { class: "status" }, "Loading claims…"));
    fill(panel,
      h("button", { type: "button", class: "back", onclick: () => void selectEdge(undefined) }, "← the whole network"),
      h("h2", null, `${byId.get(e.source)?.name ?? e.source} — ${e.type} — ${byId.get(e.target)?.name ?? e.target}`),
      h("p", { class: "muted" }, `${e.weight} independent source${e.weight === 1 ? "" : "s"}: ${e.sources.join("; ")}`),
      list);
    const showPage = async (offset: number, shown: HTMLElement[]) => {
      const page = await getJson<Page<EdgeClaim>>("/api/network/claims", { type: e.type, source: e.source, target: e.target, limit: 25, offset }, signal);
      const all = [...shown, ...(await getClaims(page.items.map((c) => c.claim), signal)).map(claimCard)];
      const more = page.next && h("button", { type: "button", class: "more", onclick: () => { (more as HTMLElement).remove(); void showPage(offset + page.limit, all); } },
        `more claims (${page.total! - offset - page.items.length} left) →`);
      fill(list, all, more);
    };
    await showPage(0, []);
  };
  const overview = () => {
    const byId = new Map(net.nodes.map((n) => [n.id, n]));
    fill(panel,
      h("h2", null, `${net.nodes.length} actors, ${net.edges.length} ties`),
      net.totalEdges > net.edges.length && h("p", { class: "muted shown-of" },
        `Showing the ${net.edges.length.toLocaleString("en-US")} ties stated by the most sources, of ${net.totalEdges.toLocaleString("en-US")} between ${net.totalNodes.toLocaleString("en-US")} actors.`),
      h("p", { class: "muted" }, "Click an actor for its profile, a tie for the claims behind it. Colours are communities",
        net.modularity != null ? ` (modularity ${net.modularity.toFixed(2)})` : "", "."),
      h("ol", { class: "communities" }, net.communities.slice(0, 12).map((c) => h("li", null,
        h("span", { class: `dot c${c.id % PALETTE.length}` }),
        c.members.slice(0, 6).map((id, i) => [i ? ", " : "", h("a", { href: entityHref(id) }, byId.get(id)?.name ?? id)]),
        c.members.length > 6 ? ` and ${c.members.length - 6} more` : "")),
      ));
  };

  const svg = s("svg", { class: "network", role: "img", "aria-label": "network of actors" },
    s("defs", null, TIE_TYPES.map((t) => s("marker", { id: `tie-${t}`, viewBox: "0 0 10 10", refX: "10", refY: "5", markerWidth: "6", markerHeight: "6", orient: "auto", markerUnits: "userSpaceOnUse" },
      s("path", { d: "M0,0 L10,5 L0,10 z", fill: TIE_COLOURS[t] })))));
  const edgeLayer = s("g", { class: "edges" });
  for (const l of links) {
    const a = l.source as Node, b = l.target as Node, e = l.edge;
    // stop the line at the target's rim so the arrow shows
    const dx = b.x! - a.x!, dy = b.y! - a.y!, len = Math.hypot(dx, dy) || 1, r = radius(b) + 2;
    const x2 = b.x! - (dx / len) * r, y2 = b.y! - (dy / len) * r;
    const title = `${a.name} — ${e.type} — ${b.name} (${e.weight} source${e.weight === 1 ? "" : "s"})`;
    const g = s("g", { class: `edge tie-${e.type}`, "data-edge": e.id, tabindex: "0", role: "button", "aria-label": title,
      onclick: () => void selectEdge(e), onkeydown: (ev: Event) => { if ((ev as KeyboardEvent).key === "Enter") void selectEdge(e); } },
    s("title", null, title),
    s("line", { class: "edge-hit", x1: a.x!.toFixed(1), y1: a.y!.toFixed(1), x2: x2.toFixed(1), y2: y2.toFixed(1), "vector-effect": "non-scaling-stroke" }),
    s("line", { class: "edge-line", x1: a.x!.toFixed(1), y1: a.y!.toFixed(1), x2: x2.toFixed(1), y2: y2.toFixed(1), stroke: TIE_COLOURS[e.type],
      "stroke-width": String(1 + Math.min(5, e.weight)), "vector-effect": "non-scaling-stroke", "marker-end": e.directed ? `url(#tie-${e.type})` : null }));
    edgeEls.set(e.id, g);
    edgeLayer.append(g);
  }
  const nodeLayer = s("g", { class: "nodes" });
  for (const n of nodes) {
    const title = `${n.name}${n.type ? ` (${ENTITY_TYPE_LABELS[n.type]})` : ""}`;
    nodeLayer.append(s("a", { href: entityHref(n.id), class: `node type-${n.type ?? "unknown"}`, "data-entity": n.id, "aria-label": title },
      s("title", null, title),
      s("circle", { cx: n.x!.toFixed(1), cy: n.y!.toFixed(1), r: radius(n).toFixed(1), fill: PALETTE[n.community % PALETTE.length] }),
      s("text", { x: (n.x! + radius(n) + 3).toFixed(1), y: (n.y! + 4).toFixed(1) }, n.name)));
  }
  svg.append(edgeLayer, nodeLayer);
  const zoom = panZoom(svg, home, { minScale: 0.2 });
  fill(root, toolbar, h("div", { class: "split" }, h("div", { class: "figure-wrap" }, svg, zoom.controls,
    h("p", { class: "legend muted" }, TIE_TYPES.map((t) => h("span", { class: `tie-key tie-${t}` }, h("span", { class: "swatch" }), ` ${label(t)} `)), "· arrows point from member, leader, subject or attacker")), panel));
  overview();
}
