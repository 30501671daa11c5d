// The API latency phase's part of `npm run bench`: runs bench/api.ts in its own process and keeps
// the "## API latency" section of RESULTS.md, which the throughput phases rewrite around it.
//   --skip-api     keep the section from the last run
//   --api-only     run only this phase and replace only this section
//   --api-claims N, --api-samples S, --api-postgres URL (or $DOSSIER_BENCH_PG), --api-db FILE: see bench/api.ts
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const RESULTS = path.join(here, "RESULTS.md");
const HEADING = "## API latency";

/** The section of a RESULTS.md text: from its heading to the next "## " heading or the end. */
function sectionOf(text: string): string | undefined {
  const start = text.indexOf(`\n${HEADING}\n`);
  if (start < 0) return undefined;
  const next = text.indexOf("\n## ", start + 1);
  return text.slice(start + 1, next < 0 ? undefined : next + 1).trimEnd() + "\n";
}

/** RESULTS.md with the section replaced (or added at the end). */
export function writeApiSection(section: string | undefined, file = RESULTS): void {
  if (!section) return;
  const text = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "# Benchmark results\n";
  const old = sectionOf(text);
  const out = old ? text.replace(old, section) : `${text.trimEnd()}\n\n${section}`;
  fs.writeFileSync(file, out);
}

/**
 * Runs the phase (or keeps the old section with --skip-api) and returns its section; with
 * --api-only writes it into RESULTS.md and ends the process.
 */
export function apiBench(args: string[]): string | undefined {
  const old = fs.existsSync(RESULTS) ? sectionOf(fs.readFileSync(RESULTS, "utf8")) : undefined;
  if (args.includes("--skip-api")) return old;
  const section = execFileSync(process.execPath, ["--import", "tsx", path.join(here, "api.ts"), ...args],
    { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 64 * 2 ** 20 });
  if (args.includes("--api-only")) {
    writeApiSection(section);
    process.stderr.write(`wrote the API section of ${RESULTS}\n`);
    process.exit(0);
  }
  return section;
}
