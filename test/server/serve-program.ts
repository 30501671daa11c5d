// `dossier serve` alone, run as a child process by serve.test.ts (main.ts wires the same command).
import { Command } from "commander";
import { registerServeCommand } from "../../src/cli/serve.js";

const program = new Command("dossier");
registerServeCommand(program);
program.parseAsync(process.argv).catch((err: Error) => {
  process.stderr.write(`dossier: ${err.message}\n`);
  process.exitCode = 1;
});
