// The queue commands alone (`ingest --queue`, `worker`, `jobs`), run as child processes by the
// queue tests so that a worker can really be killed; main.ts wires the same commands.
import { Command } from "commander";
import { registerIngestCommand } from "../../src/cli/ingest.js";
import { registerJobsCommand } from "../../src/cli/jobs.js";
import { registerWorkerCommand } from "../../src/cli/worker.js";

const program = new Command("dossier");
registerIngestCommand(program);
registerWorkerCommand(program);
registerJobsCommand(program);
program.parseAsync(process.argv).catch((err: Error) => {
  process.stderr.write(`dossier: ${err.message}\n`);
  process.exitCode = 1;
});
