// "Possibly the same actor" on an entity page, in a real browser over the bundled reports: the
// analyst sees a suggestion with its reasons, confirms it, sees the other name folded in, and
// splits it off again; every write goes through the API under the strict CSP.
import fs from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppServer, type AppServer } from "./app-server.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
let server: AppServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`no browser at ${CHROMIUM}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH`);
  server = await startAppServer();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"] });
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("console", (m) => { if (m.type() === "error") problems.push(`console: ${m.text()}`); });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Suggestion { keep: { id: string; name: string }; merge: { id: string; name: string } }

async function openEntity(id: string): Promise<void> {
  await page.goto(`${server.url}/entities/${encodeURIComponent(id)}`);
  await page.waitForFunction(() => document.querySelector("main .view") && !document.querySelector("main .view.loading"), null, { timeout: 30_000 });
}

describe("possibly the same actor, on an entity page", () => {
  it("merges a suggested actor with one click, shows its name as an alias, and splits it off again", async () => {
    const suggestions = (await (await fetch(`${server.url}/api/suggestions`)).json()).items as Suggestion[];
    expect(suggestions.length).toBeGreaterThan(0);
    const { keep, merge } = suggestions[0];
    await openEntity(keep.id);
    const section = page.locator(".same-actor");
    await expect.poll(() => section.locator("li", { hasText: merge.name }).count()).toBeGreaterThan(0);

    await section.locator("li", { hasText: merge.name }).first().locator("button.merge-button").click();
    await expect.poll(() => page.locator(".same-actor .split-button").count(), { timeout: 30_000 }).toBe(1);
    expect(await page.locator(".entity-head .meta").textContent()).toContain(merge.name);
    const shown = await (await fetch(`${server.url}/api/entities/${encodeURIComponent(merge.id)}`)).json();
    expect(shown.entity.id).toBe(keep.id);

    await page.locator(".same-actor .split-button").click();
    await expect.poll(() => page.locator(".same-actor .split-button").count(), { timeout: 30_000 }).toBe(0);
    const apart = await (await fetch(`${server.url}/api/entities/${encodeURIComponent(merge.id)}`)).json();
    expect(apart.entity.id).toBe(merge.id);
    expect(problems).toEqual([]);
  }, 180_000);
});
