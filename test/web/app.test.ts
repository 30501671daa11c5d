// The web app in a real browser (Debian's chromium through playwright-core) against a real
// server over the bundled example reports: each view loads under the strict CSP, and an
// analyst can click from a flow on the map to its claims, to the sentence in its report, to an
// actor's profile. Each view is screenshot; with UPDATE_SCREENSHOTS=1 the pictures replace
// those in docs/screenshots (shown in the README), else they go to a temporary folder, so that
// running the tests leaves the work tree as it was.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { packagePath } from "../../src/ingest/package-root.js";
import { startAppServer, type AppServer } from "./app-server.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const SHOTS = process.env.UPDATE_SCREENSHOTS === "1" ? packagePath("docs", "screenshots") : path.join(os.tmpdir(), "dossier-screenshots");

let server: AppServer;
let browser: Browser;
let page: Page;
/** Script errors and CSP refusals seen by the page: any is a failure. */
let problems: string[] = [];

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`no browser at ${CHROMIUM}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH`);
  server = await startAppServer();
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("console", (m) => { if (m.type() === "error") problems.push(`console: ${m.text()}`); });
  // nothing outside this server may be asked for: no CDN, no tile server
  page.on("request", (r) => { if (!r.url().startsWith(server.url) && !r.url().startsWith("data:")) problems.push(`outside request: ${r.url()}`); });
  fs.mkdirSync(SHOTS, { recursive: true });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

afterEach(() => {
  const seen = problems;
  problems = [];
  expect(seen).toEqual([]);
});

const api = async <T>(p: string): Promise<T> => {
  const r = await fetch(server.url + p);
  expect(r.status).toBe(200);
  return r.json() as Promise<T>;
};

/** Opens an address of the app and waits until its view has loaded. */
async function open(p: string): Promise<void> {
  await page.goto(server.url + p);
  await waitForView();
}
async function waitForView(): Promise<void> {
  await page.waitForFunction(() => document.querySelector("main .view") && !document.querySelector("main .view.loading"), null, { timeout: 20_000 });
  expect(await page.locator(".view .error").count()).toBe(0);
}
const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`) });

interface Arg { entity?: string; text: string; span: [number, number] }
interface Claim { id: string; ref: string; type: string; modality: string; evidence: [number, number]; args: Record<string, Arg | Arg[]>; source: { documentId: string; evidenceText: string } }
interface Endpoint { key: string; name: string; lat?: number; lon?: number }
interface Flow { origin: Endpoint; destination: Endpoint; claims: number }
interface RouteFigure { documentId: string; claimId: string }
interface Page_<T> { items: T[]; next: string | null; total?: number }

async function allClaims(query: string): Promise<Claim[]> {
  const out: Claim[] = [];
  let next: string | null = `/api/claims?limit=500${query ? `&${query}` : ""}`;
  while (next) {
    const p: Page_<Claim> = await api<Page_<Claim>>(next);
    out.push(...p.items);
    next = p.next;
  }
  return out;
}

describe("the web app", { timeout: 60_000 }, () => {
  it("is served with a strict Content-Security-Policy and holds no inline script or style", async () => {
    const r = await fetch(server.url + "/claims?type=flow");
    expect(r.status).toBe(200);
    const csp = r.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    const html = await r.text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style|\sstyle=/);
    const js = /src="(\/assets\/app-[^"]+\.js)"/.exec(html)![1];
    const asset = await fetch(server.url + js, { headers: { "accept-encoding": "gzip" } });
    expect(asset.headers.get("cache-control")).toContain("immutable");
    expect((await fetch(server.url + "/api/no-such-route")).status).toBe(404);
    expect((await fetch(server.url + "/assets/app-OLDHASH1.js")).status).toBe(404);
    // an entity id with dots is a page of the app, not a file
    const entityPage = await fetch(server.url + "/entities/group%3Aun%3AQDe.115");
    expect(entityPage.status).toBe(200);
    expect(entityPage.headers.get("content-type")).toContain("text/html");
  });

  it("draws each located flow as an arc, and clicking one lists its claims with their sentences", async () => {
    const flows = (await api<Page_<Flow>>("/api/flows?period=all&limit=500")).items;
    const located = (e: Endpoint) => e.lat != null && e.lon != null;
    const drawable = flows.filter((f) => located(f.origin) && located(f.destination) && f.origin.key !== f.destination.key);
    expect(drawable.length).toBeGreaterThan(0);
    await open("/");
    expect(await page.locator("svg.map .country").count()).toBeGreaterThan(150);
    expect(await page.locator("svg.map .flow").count()).toBe(drawable.length);
    await shot("map");

    // click an arc at the middle of its curve, as a person would: one whose middle is not under a point
    const targets = await page.locator("svg.map .flow .arc").evaluateAll((paths) => paths.map((p) => {
      const path = p as SVGPathElement;
      const q = path.getPointAtLength(path.getTotalLength() / 2);
      const m = path.getScreenCTM()!;
      const x = q.x * m.a + q.y * m.c + m.e, y = q.x * m.b + q.y * m.d + m.f;
      const hit = document.elementFromPoint(x, y)?.closest(".flow");
      return { x, y, route: hit === path.closest(".flow") ? hit!.getAttribute("data-route") : null };
    }));
    const target = targets.find((t) => t.route);
    expect(target).toBeDefined();
    const { route, ...at } = target!;
    await page.mouse.click(at.x, at.y);
    const flow = drawable.find((f) => `${f.origin.key}>${f.destination.key}` === route)!;
    // the route's claims come a page at a time (25), in report order
    const routeClaims = await api<Page_<RouteFigure>>(`/api/flows/claims?origin=${encodeURIComponent(flow.origin.key)}&destination=${encodeURIComponent(flow.destination.key)}&limit=25`);
    expect(routeClaims.total).toBe(flow.claims);
    await expect.poll(() => page.locator(".panel article.claim").count()).toBe(Math.min(flow.claims, 25));
    expect(await page.locator(".panel h2.route").textContent()).toBe(`${flow.origin.name} → ${flow.destination.name}`);
    await shot("map-flow-claims");

    // each card shows the claim's own sentence, its roles marked with the words the claim holds
    const card = page.locator(".panel article.claim").first();
    const claim = await api<Claim>(`/api/documents/${routeClaims.items[0].documentId}/claims/${routeClaims.items[0].claimId}`);
    expect(await card.locator("q.evidence").textContent()).toBe(claim.source.evidenceText);
    for (const [role, args] of Object.entries(claim.args)) {
      for (const a of Array.isArray(args) ? args : [args]) {
        if (a.span[0] < claim.evidence[0] || a.span[1] > claim.evidence[1]) continue;
        expect(await card.locator(`q.evidence [data-role="${role}"]`).allTextContents()).toContain(a.text);
      }
    }
  });

  it("leads from a claim to its sentence highlighted in the report, and from there to an actor's profile", async () => {
    const card = page.locator(".panel article.claim").first();
    const ref = (await card.getAttribute("data-ref"))!;
    const [docId, claimId] = ref.split("#");
    await card.locator("a.source").click();
    await waitForView();
    expect(new URL(page.url()).pathname).toBe(`/documents/${docId}`);
    expect(new URL(page.url()).searchParams.get("claim")).toBe(claimId);

    const doc = await api<{ text: string; title?: string }>(`/api/documents/${docId}`);
    // cutting the text into highlights loses or adds nothing
    expect(await page.locator(".doc-text").textContent()).toBe(doc.text);
    const claims = await allClaims(`document=${docId}`);
    const claim = claims.find((c) => c.id === claimId)!;
    const current = page.locator(".doc-text .ev.current");
    expect(await current.count()).toBeGreaterThan(0);
    expect((await current.allTextContents()).join("")).toBe(claim.source.evidenceText);
    expect(await page.locator(".doc-text .ev").count()).toBe(new Set(claims.map((c) => c.evidence.join(":"))).size);
    await shot("document");

    const link = page.locator(".doc-text a.role[href^='/entities/']").first();
    const href = (await link.getAttribute("href"))!;
    const entityId = decodeURIComponent(href.split("/")[2]);
    await link.click();
    await waitForView();
    const profile = await api<{ entity: { name: string }; claims: unknown[] }>(`/api/entities/${encodeURIComponent(entityId)}`);
    expect(await page.locator(".entity-head h1").textContent()).toContain(profile.entity.name);
    expect(await page.locator("article.claim").count()).toBe(profile.claims.length);
    await shot("entity");
  });

  it("filters the claims table by type, modality, source and period", async () => {
    await open("/claims");
    await shot("claims");
    await page.selectOption("select[name=type]", "flow");
    await waitForView();
    const flows = await allClaims("type=flow");
    expect(await page.locator("tbody tr.claim").count()).toBe(flows.length);
    expect(new Set(await page.locator("tbody tr.claim .badge").allTextContents())).toEqual(new Set(["flow"]));

    const modality = flows[0].modality;
    await page.selectOption("select[name=modality]", modality);
    await waitForView();
    expect(await page.locator("tbody tr.claim").count()).toBe(flows.filter((c) => c.modality === modality).length);
    expect(new Set(await page.locator("tbody tr.claim .modality").allTextContents())).toEqual(new Set([modality]));

    const doc = flows[0].source.documentId;
    await page.selectOption("select[name=modality]", "");
    await waitForView();
    await page.selectOption("select[name=document]", doc);
    await waitForView();
    const fromDoc = flows.filter((c) => c.source.documentId === doc);
    expect(await page.locator("tbody tr.claim").count()).toBe(fromDoc.length);
    for (const href of await page.locator("tbody tr.claim a.source").evaluateAll((as) => as.map((a) => a.getAttribute("href")))) {
      expect(href).toContain(`/documents/${doc}?`);
    }

    await open("/claims?type=flow&since=2015&until=2019");
    expect(await page.locator("tbody tr.claim").count()).toBe((await allClaims("type=flow&since=2015&until=2019")).length);
  });

  it("draws the network, drops a tie type when it is unticked, and opens an actor's profile from its node", async () => {
    const net = await api<{ nodes: { id: string; name: string }[]; edges: { type: string }[] }>("/api/network");
    expect(net.edges.length).toBeGreaterThan(0);
    await open("/network");
    expect(await page.locator("svg.network .edge").count()).toBe(net.edges.length);
    expect(await page.locator("svg.network .node").count()).toBe(net.nodes.length);
    await shot("network");

    const dropped = net.edges[0].type;
    await page.locator(`input[name=types][value=${dropped}]`).uncheck();
    await waitForView();
    const rest = await api<{ edges: unknown[] }>(`/api/network?types=${["membership", "leadership", "allegiance", "alliance", "conflict"].filter((t) => t !== dropped).join(",")}`);
    expect(await page.locator(`svg.network .edge.tie-${dropped}`).count()).toBe(0);
    expect(await page.locator("svg.network .edge").count()).toBe(rest.edges.length);

    await open("/network");
    const node = page.locator("svg.network a.node").first();
    const id = (await node.getAttribute("data-entity"))!;
    await node.locator("circle").click();
    await waitForView();
    expect(decodeURIComponent(new URL(page.url()).pathname)).toBe(`/entities/${id}`);
    expect(await page.locator(".entity-head h1").textContent()).toContain(net.nodes.find((n) => n.id === id)!.name);
  });

  it("shows an actor's first claims on its page and loads the rest a page at a time", async () => {
    const [busiest] = (await api<Page_<{ id: string }>>("/api/entities?limit=1")).items;
    const profile = await api<{ claims: Claim[]; claimCount: number; claimsNext: string | null }>(`/api/entities/${encodeURIComponent(busiest.id)}?limit=10`);
    expect(profile.claimCount).toBeGreaterThan(10);
    await open(`/entities/${encodeURIComponent(busiest.id)}`);
    expect(await page.locator("article.claim").count()).toBe(10);
    await page.locator(".pager button").click();
    await page.waitForFunction(() => document.querySelectorAll("article.claim").length > 10, null, { timeout: 20_000 });
    expect(await page.locator("article.claim").count()).toBe(Math.min(profile.claimCount, 20));
    // the second page continues where the profile's first stopped
    const next = await api<Page_<Claim>>(profile.claimsNext!);
    expect(next.items.map((c) => c.ref)).not.toContain(profile.claims[9].ref);
  });

  it("lists dated claims on the timeline oldest first", async () => {
    await open("/timeline");
    const dates = await page.locator(".timeline .event .date").evaluateAll((ds) => ds.map((d) => d.firstChild!.textContent!));
    expect(dates.length).toBeGreaterThan(0);
    expect(dates).toEqual([...dates].sort());
    await shot("timeline");
  });

  it("searches actors by name and reports by their words from the header", async () => {
    await open("/");
    await page.fill("header input[type=search]", "Syria");
    await page.press("header input[type=search]", "Enter");
    await waitForView();
    const entities = await api<Page_<{ name: string }>>("/api/entities?name=Syria&limit=50");
    const hits = await api<Page_<{ documentId: string }>>("/api/search?q=Syria&limit=50");
    expect(await page.locator(".results.entities li").count()).toBe(entities.items.length);
    expect(await page.locator(".results.documents li").count()).toBe(hits.items.length);
    await shot("search");
  });

  it("shows a report's words as text even when they look like markup", async () => {
    const text = "Militia leaders <script>window.pwned = 1</script> met in Sirte. <img src=x onerror=\"window.pwned = 2\"> Officials said 200 fighters crossed from Tunisia into Libya in 2015.";
    const r = await fetch(`${server.url}/api/ingest`, {
      method: "POST", headers: { "content-type": "application/json" },
      body: JSON.stringify({ text, title: "<b onmouseover=\"window.pwned = 3\">Sirte</b>", published: "2015-06-01" }),
    });
    expect(r.status).toBe(201);
    const id = ((await r.json()) as { documents: { id: string }[] }).documents[0].id;
    await open(`/documents/${id}`);
    expect(await page.locator(".doc-text").textContent()).toBe(text);
    expect(await page.locator(".doc-head h1").textContent()).toBe("<b onmouseover=\"window.pwned = 3\">Sirte</b>");
    expect(await page.locator("main script, main img, main b").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  }, 60_000);
});
