// A writer killed mid-ingest must leave a store that holds whole reports only, and running it
// again must finish the job with every report stored exactly once.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/open.js";
import { syntheticReport } from "./fixtures.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const dir = mkdtempSync(join(tmpdir(), "dossier-crash-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const N = 1000;

interface Run {
  lines: string[];
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** Runs the writer; with `killAfter`, sends SIGKILL once that many reports are reported stored. */
function runWriter(db: string, killAfter?: number, count = N): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ["--import", "tsx", "test/store/crash-writer.ts", db, String(count)], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    const lines: string[] = [];
    let partial = "";
    let stderr = "";
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      const parts = (partial + chunk).split("\n");
      partial = parts.pop()!;
      lines.push(...parts);
      if (killAfter !== undefined && lines.length >= killAfter && child.exitCode === null) child.kill("SIGKILL");
    });
    child.stderr.on("data", (chunk) => { stderr += chunk; });
    child.on("error", fail);
    child.on("close", (code, signal) => {
      if (code && code !== 0) fail(new Error(`writer failed (${code}): ${stderr}`));
      else done({ lines, code, signal });
    });
  });
}

describe("a writer killed in the middle of an ingest", () => {
  it("leaves only whole reports, and a second run completes the set exactly once", async () => {
    const db = join(dir, "crash.db");
    const reports = Array.from({ length: N }, (_, i) => syntheticReport(i));
    const byId = new Map(reports.map((r) => [r.doc.id, r]));

    const killed = await runWriter(db, 25);
    expect(killed.signal).toBe("SIGKILL");
    expect(killed.lines).not.toContain("done");
    const confirmed = killed.lines.filter((l) => l.startsWith("stored ")).length;

    const store = await openStore(db);
    const docs = await store.listDocuments();
    // Everything the writer reported as stored survived; at most the one in flight is missing.
    expect(docs.length).toBeGreaterThanOrEqual(confirmed);
    expect(docs.length).toBeLessThan(N);
    let claims = 0, mentions = 0;
    for (const d of docs) {
      const r = byId.get(d.id);
      expect(r, `unexpected document ${d.id}`).toBeDefined();
      expect(d.claims).toBe(r!.extraction.claims.length);
      claims += r!.extraction.claims.length;
      mentions += r!.extraction.entities.reduce((n, e) => n + e.mentions.length, 0);
    }
    expect(await store.stats()).toMatchObject({ documents: docs.length, claims, mentions });
    const newest = docs.reduce((a, b) => (a.ingestedAt > b.ingestedAt ? a : b));
    expect((await store.listClaims({ documentId: newest.id })).map(({ source: _s, ...c }) => c)).toEqual(byId.get(newest.id)!.extraction.claims);
    await store.close();

    const raw = new Database(db);
    expect(raw.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(raw.pragma("foreign_key_check")).toEqual([]);
    expect(raw.prepare("SELECT count(*) FROM claims WHERE doc_seq NOT IN (SELECT seq FROM documents)").pluck().get()).toBe(0);
    expect(raw.prepare("SELECT count(*) FROM document_entities WHERE doc_seq NOT IN (SELECT seq FROM documents)").pluck().get()).toBe(0);
    expect(() => raw.prepare("INSERT INTO document_fts (document_fts) VALUES ('integrity-check')").run()).not.toThrow();
    raw.close();

    const rerun = await runWriter(db);
    expect(rerun.lines.at(-1)).toBe("done");
    expect(rerun.lines.filter((l) => l.endsWith(" unchanged")).length).toBe(docs.length);
    const again = await openStore(db);
    const all = await again.listDocuments();
    expect(all.length).toBe(N);
    expect(new Set(all.map((d) => d.id))).toEqual(new Set(byId.keys()));
    for (const d of all) expect(d.claims).toBe(byId.get(d.id)!.extraction.claims.length);
    expect((await again.stats()).claims).toBe(reports.reduce((n, r) => n + r.extraction.claims.length, 0));
    await again.close();
  }, 120_000);
});

describe("two ingests writing to one store at once", () => {
  it("store every report once, each added by exactly one of them", async () => {
    const db = join(dir, "shared.db");
    const count = 150;
    const [a, b] = await Promise.all([runWriter(db, undefined, count), runWriter(db, undefined, count)]);
    for (const run of [a, b]) expect(run.lines.at(-1)).toBe("done");
    const added = [...a.lines, ...b.lines].filter((l) => l.endsWith(" added")).length;
    expect(added).toBe(count);
    const store = await openStore(db);
    expect((await store.stats()).documents).toBe(count);
    await store.close();
  }, 120_000);
});
