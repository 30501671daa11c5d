// History routing: every view has its own address (/claims?type=flow&entity=country%3ATN), so a
// link, a bookmark or a reload shows the same thing; the server answers index.html for them.
export interface Route {
  /** Path segments, decoded: /entities/group%3Aislamic-state → ["entities", "group:islamic-state"]. */
  path: string[];
  query: URLSearchParams;
  /** Aborted when the analyst moves on, so a slow answer never lands on the next view. */
  signal: AbortSignal;
}

export type View = (root: HTMLElement, route: Route) => Promise<void> | void;

let render: ((url: URL) => void) | undefined;

/** Goes to an address inside the app. */
export function navigate(href: string, options: { replace?: boolean } = {}): void {
  const url = new URL(href, location.href);
  if (options.replace) history.replaceState(null, "", url);
  else history.pushState(null, "", url);
  render?.(url);
}

/** An address inside the app: path segments encoded one by one, then the query. */
export function appHref(segments: string[], query: Record<string, string | undefined> = {}): string {
  const path = "/" + segments.map(encodeURIComponent).join("/");
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v) params.set(k, v);
  const q = params.toString();
  return q ? `${path}?${q}` : path;
}

export function startRouter(onRoute: (url: URL) => void): void {
  render = onRoute;
  window.addEventListener("popstate", () => onRoute(new URL(location.href)));
  // Plain clicks on links to this app are handled here; a new tab, the API or a download go to the browser.
  document.addEventListener("click", (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const a = (event.target as Element | null)?.closest?.("a");
    if (!a || a.getAttribute("target") || a.hasAttribute("download")) return;
    // an SVG link's href is an animated string, an HTML link's a plain one
    const href = a instanceof SVGAElement ? a.href.baseVal : (a as HTMLAnchorElement).href;
    const url = new URL(href, location.href);
    if (url.origin !== location.origin || url.pathname.startsWith("/api/")) return;
    event.preventDefault();
    if (url.href === location.href) return;
    navigate(url.href);
  });
  onRoute(new URL(location.href));
}
