// The V8 flags `dossier` runs with, read from bin/dossier.js's `exec node … "$0"` line, so that
// the benchmark's phases and workers run as the command does and the two cannot drift apart.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../bin/dossier.js");

/** Node options the launcher execs node with ([] when there are none). */
export function launchFlags(): string[] {
  const head = fs.readFileSync(bin, "utf8").split("\n", 3).join("\n");
  const m = /\bexec node((?:\s+--[\w-]+(?:=\S+)?)*)\s+"\$0"/.exec(head);
  return m ? m[1].trim().split(/\s+/).filter(Boolean) : [];
}
