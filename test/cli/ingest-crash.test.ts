// An ingest killed with SIGKILL at any moment leaves a consistent store, and running it again
// completes the batch with every report stored exactly once.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { writeCorpus } from "../../bench/corpus.js";
import { runCli, startCli } from "./run-cli.js";

const work = fs.mkdtempSync(path.join(os.tmpdir(), "dossier-crash-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function countDocuments(db: string): number {
  if (!fs.existsSync(db)) return 0;
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try { return (conn.prepare("SELECT count(*) AS n FROM documents").get() as { n: number }).n; } finally { conn.close(); }
  } catch { return 0; } // schema not created yet
}

describe("an ingest killed mid-batch", () => {
  it("leaves a consistent store that a re-run completes without duplicates", async () => {
    const corpus = path.join(work, "corpus");
    const N = 120;
    writeCorpus(corpus, N);
    const db = path.join(work, "crash.db");

    // batches of 8, so that some are stored well before the last
    const child = startCli(["ingest", "--batch", "8", "--db", db, corpus]);
    let stderr = "";
    child.stderr!.on("data", (d) => (stderr += d));
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, signal) => resolve(signal)));
    // wait until some, but not all, reports are stored, then kill without warning
    const deadline = Date.now() + 120_000;
    let stored = 0;
    while (Date.now() < deadline) {
      stored = countDocuments(db);
      if (stored >= 5) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    child.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");
    expect(stored, stderr).toBeGreaterThanOrEqual(5);

    const conn = new Database(db);
    expect(conn.pragma("integrity_check", { simple: true })).toBe("ok");
    const partial = (conn.prepare("SELECT count(*) AS n FROM documents").get() as { n: number }).n;
    expect(partial).toBeLessThan(N);
    // every stored report has its claims, and no claim or mention outlives its report
    expect(conn.pragma("foreign_key_check")).toEqual([]);
    const orphans = conn.prepare("SELECT count(*) AS n FROM claims WHERE doc_seq NOT IN (SELECT seq FROM documents)").get() as { n: number };
    expect(orphans.n).toBe(0);
    const bare = conn.prepare("SELECT count(*) AS n FROM documents d WHERE NOT EXISTS (SELECT 1 FROM claims c WHERE c.doc_seq = d.seq)").get() as { n: number };
    expect(bare.n).toBe(0);
    conn.close();

    const rerun = await runCli(["ingest", "--db", db, corpus]);
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(rerun.stderr).toMatch(new RegExp(`${N - partial} added, 0 updated, ${partial} unchanged, 0 failed`));
    expect(countDocuments(db)).toBe(N);
    const again = await runCli(["ingest", "--db", db, corpus]);
    expect(again.stderr).toMatch(new RegExp(`0 added, 0 updated, ${N} unchanged`));
    expect(countDocuments(db)).toBe(N);
  }, 300_000);
});
