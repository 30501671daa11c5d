// The `dossier` command line: one file a command, each thin over ingest/extract/store/analyze.
import { Command } from "commander";
import { registerExtractCommand } from "./extract.js";
import { registerTextCommand } from "./text.js";
import { registerIngestCommand } from "./ingest.js";
import { registerEntitiesCommand } from "./entities.js";
import { registerClaimsCommand } from "./claims.js";
import { registerSearchCommand } from "./search.js";
import { registerFlowsCommand } from "./flows.js";
import { registerShowCommand } from "./show.js";
import { registerDemoCommand } from "./demo.js";
import { registerServeCommand } from "./serve.js";
import { registerWorkerCommand } from "./worker.js";
import { registerJobsCommand } from "./jobs.js";
import { registerSuggestCommand } from "./suggest.js";
import { registerMergeCommand } from "./merge.js";
import { registerSplitCommand } from "./split.js";
import { registerMergesCommand } from "./merges.js";

export function buildProgram(): Command {
  const program = new Command("dossier")
    .description("Read conflict reports; extract sourced entities and claims; query flows, actors and evidence.")
    .version("0.1.0")
    .showHelpAfterError();
  registerIngestCommand(program);
  registerTextCommand(program);
  registerExtractCommand(program);
  registerEntitiesCommand(program);
  registerClaimsCommand(program);
  registerFlowsCommand(program);
  registerSearchCommand(program);
  registerShowCommand(program);
  registerSuggestCommand(program);
  registerMergeCommand(program);
  registerSplitCommand(program);
  registerMergesCommand(program);
  registerServeCommand(program);
  registerWorkerCommand(program);
  registerJobsCommand(program);
  registerDemoCommand(program);
  return program;
}

/** Runs the CLI and resolves to the exit status. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  program.exitOverride();
  try {
    await program.parseAsync(argv);
  } catch (err) {
    const e = err as { code?: string; exitCode?: number; message?: string };
    if (typeof e.exitCode === "number" && e.code?.startsWith("commander.")) return e.exitCode;
    process.stderr.write(`dossier: ${e.message ?? String(err)}\n`);
    return 1;
  }
  return typeof process.exitCode === "number" ? process.exitCode : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv).then((code) => { process.exitCode = code; });
}
