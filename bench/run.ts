// `npm run bench [-- --reports N]`: throughput and peak memory of text extraction, extraction
// and ingest into SQLite, beside a baseline (tokenisation alone) measured in the same run, at
// two corpus sizes to show whether memory stays flat. Writes bench/RESULTS.md.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { writeCorpus } from "./corpus.js";

// `npm run bench -- --postgres`: the distributed-ingest benchmark instead (bench/postgres.ts).
if (process.argv.includes("--postgres")) {
  await import("./postgres.js");
  process.exit();
}

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => { const i = args.indexOf(name); return i >= 0 ? Number(args[i + 1]) : dflt; };
const N = opt("--reports", 1000);
const sizes = [Math.max(50, Math.floor(N / 4)), N];
const PHASES = ["tokenize", "text", "extract", "ingest"] as const;

interface Result { phase: string; reports: number; bytes: number; seconds: number; peakRssMB: number }

const work = fs.mkdtempSync(path.join(os.tmpdir(), "dossier-bench-"));
const results: Record<number, Record<string, Result>> = {};
try {
  for (const n of sizes) {
    const dir = path.join(work, `corpus-${n}`);
    const c = writeCorpus(dir, n);
    process.stderr.write(`corpus of ${n} reports, ${(c.bytes / 2 ** 20).toFixed(1)} MB\n`);
    results[n] = {};
    for (const phase of PHASES) {
      const db = path.join(work, `bench-${n}.db`);
      const out = execFileSync(process.execPath, ["--import", "tsx", path.join(here, "measure.ts"), phase, dir, db], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
      const r = JSON.parse(out.trim().split("\n").pop()!) as Result;
      results[n][phase] = r;
      process.stderr.write(`  ${phase.padEnd(9)} ${(r.reports / r.seconds).toFixed(1)} reports/s  ${(r.bytes / 2 ** 20 / r.seconds).toFixed(2)} MB/s  peak ${r.peakRssMB.toFixed(0)} MB\n`);
    }
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}

const lines: string[] = [];
lines.push("# Benchmark results", "");
lines.push(`Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus()[0]?.model ?? "?"} (${os.cpus().length} cores), Node ${process.version}, one process per phase.`);
lines.push("Command: `npm run bench -- --reports " + N + "`. Each phase runs in its own process (single-threaded); the baseline is wink-nlp tokenisation of the same texts in the same run.", "");
lines.push("| reports | phase | reports/s | MB/s | × baseline time | peak RSS MB |", "|---:|---|---:|---:|---:|---:|");
for (const n of sizes) {
  const base = results[n].tokenize;
  for (const phase of PHASES) {
    const r = results[n][phase];
    lines.push(`| ${n} | ${phase} | ${(r.reports / r.seconds).toFixed(1)} | ${(r.bytes / 2 ** 20 / r.seconds).toFixed(2)} | ${(r.seconds / base.seconds).toFixed(2)} | ${r.peakRssMB.toFixed(0)} |`);
  }
}
const [small, large] = sizes;
lines.push("", `Memory growth from ${small} to ${large} reports: ` + PHASES.map((p) => `${p} ${(results[large][p].peakRssMB / results[small][p].peakRssMB).toFixed(2)}×`).join(", ") + " (1.00× is flat).");
lines.push("", "Target (spine issue): at least 1 MB/s of report text per core through extract + store (about 200 reports/s of ~5 KB).", "");
fs.writeFileSync(path.join(here, "RESULTS.md"), lines.join("\n"));
process.stderr.write(`wrote ${path.join(here, "RESULTS.md")}\n`);
