// `npm run bench [-- --reports N] [--skip-api | --api-only] [--api-claims N] [--skip-store]`: throughput and peak memory of text extraction, extraction
// and ingest into SQLite, beside a baseline (tokenisation alone) measured in the same run, at
// two corpus sizes to show whether memory stays flat. Writes bench/RESULTS.md.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { apiBench, writeApiSection } from "./api-section.js";
import { compileForBench } from "./compile.js";
import { writeCorpus } from "./corpus.js";
import { launchFlags } from "./launch-flags.js";

// `npm run bench -- --postgres`: the distributed-ingest benchmark instead (bench/postgres.ts).
if (process.argv.includes("--postgres")) {
  await import("./postgres.js");
  process.exit();
}

// The API latency phase (bench/api-section.ts): first, so `--api-only` need not wait for the rest.
const apiSection = apiBench(process.argv.slice(2));

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => { const i = args.indexOf(name); return i >= 0 ? Number(args[i + 1]) : dflt; };
const N = opt("--reports", 1000);
const sizes = [Math.max(50, Math.floor(N / 4)), N];
const PHASES = ["tokenize", "text", "extract", "ingest"] as const;

interface Result { phase: string; reports: number; bytes: number; seconds: number; cpuSeconds: number; startupSeconds: number; peakRssMB: number; retainedHeapMB: number }

const work = fs.mkdtempSync(path.join(os.tmpdir(), "dossier-bench-"));
const results: Record<number, Record<string, Result>> = {};
let measureJs: string | undefined;
let storeLines: string[] = [];
try {
  for (const n of sizes) {
    const dir = path.join(work, `corpus-${n}`);
    const c = writeCorpus(dir, n);
    process.stderr.write(`corpus of ${n} reports, ${(c.bytes / 2 ** 20).toFixed(1)} MB\n`);
    results[n] = {};
    for (const phase of PHASES) {
      const db = path.join(work, `bench-${n}.db`);
      // compiled JavaScript, as the CLI runs it (bench/compile.ts)
      measureJs ??= await compileForBench();
      // with the V8 flags bin/dossier.js gives node (bench/launch-flags.ts)
      const out = execFileSync(process.execPath, [...launchFlags(), measureJs, phase, dir, db], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
      const r = JSON.parse(out.trim().split("\n").pop()!) as Result;
      results[n][phase] = r;
      process.stderr.write(`  ${phase.padEnd(9)} ${(r.reports / r.seconds).toFixed(1)} reports/s  ${(r.bytes / 2 ** 20 / r.seconds).toFixed(2)} MB/s  ${(r.bytes / 2 ** 20 / r.cpuSeconds).toFixed(2)} MB/CPU-s  peak ${r.peakRssMB.toFixed(0)} MB\n`);
    }
  }
  // The store apart from extraction (bench/store-put.ts): the same generated reports, extracted
  // once, put in batches as ingest puts them; `--skip-store` leaves it out.
  if (!args.includes("--skip-store") && measureJs) {
    const storePut = path.join(path.dirname(measureJs), "store-put.js");
    storeLines = execFileSync(process.execPath, [...launchFlags(), storePut, "--reports", String(N), "--added-only"], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] })
      .trim().split("\n");
    process.stderr.write(storeLines.map((l) => `  ${l}\n`).join(""));
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}

const lines: string[] = [];
lines.push("# Benchmark results", "");
lines.push(`Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus()[0]?.model ?? "?"} (${os.cpus().length} cores), Node ${process.version}, one process per phase.`);
lines.push("Command: `npm run bench -- --reports " + N + "`. Each phase runs in its own process (single-threaded); the baseline is wink-nlp tokenisation of the same texts in the same run.");
lines.push("Phases run src/ compiled to plain JavaScript (bench/compile.ts), as the CLI runs dist/, with the V8 flags of bin/dossier.js (`" + (launchFlags().join(" ") || "none") + "`). Wall-clock figures count other work on a shared machine; MB per CPU-second (the process's own CPU time, its compiler and GC threads included) does not. Start-up (loading models and reference data, then 100 generated reports, not in the corpus, to let V8 compile the hot code) is timed apart: see bench/measure.ts.", "");
lines.push("| reports | phase | reports/s | MB/s | MB per CPU-s | × baseline CPU | start-up s | peak RSS MB | heap kept MB |", "|---:|---|---:|---:|---:|---:|---:|---:|---:|");
for (const n of sizes) {
  const base = results[n].tokenize;
  for (const phase of PHASES) {
    const r = results[n][phase];
    lines.push(`| ${n} | ${phase} | ${(r.reports / r.seconds).toFixed(1)} | ${(r.bytes / 2 ** 20 / r.seconds).toFixed(2)} | ${(r.bytes / 2 ** 20 / r.cpuSeconds).toFixed(2)} | ${(r.cpuSeconds / base.cpuSeconds).toFixed(2)} | ${r.startupSeconds.toFixed(1)} | ${r.peakRssMB.toFixed(0)} | ${r.retainedHeapMB.toFixed(0)} |`);
  }
}
const [small, large] = sizes;
lines.push("", `Memory growth from ${small} to ${large} reports: ` + PHASES.map((p) => `${p} ${(results[large][p].peakRssMB / results[small][p].peakRssMB).toFixed(2)}×`).join(", ") + " (1.00× is flat).");
lines.push(`Heap kept (live after a full collection at the end of the phase) from ${small} to ${large} reports: ` + PHASES.map((p) => `${p} ${(results[large][p].retainedHeapMB / results[small][p].retainedHeapMB).toFixed(2)}×`).join(", ") + ". Peak RSS also counts garbage not yet collected: V8 lets the heap grow to a few times what is live before a full collection, so it rises over the first several hundred reports and then levels off.");
if (storeLines.length) {
  lines.push("", "Store alone (`bench/store-put.ts --reports " + N + " --added-only`, compiled, same flags): the same generated reports extracted once beforehand, then put into a fresh SQLite store in batches as ingest puts them.", "");
  for (const l of storeLines) lines.push(`    ${l}`);
}
lines.push("", "Target (spine issue): at least 1 MB/s of report text per core through extract + store (about 200 reports/s of ~5 KB).", "");
fs.writeFileSync(path.join(here, "RESULTS.md"), lines.join("\n"));
writeApiSection(apiSection);
process.stderr.write(`wrote ${path.join(here, "RESULTS.md")}\n`);
