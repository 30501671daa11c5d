// Compiles src/ and the bench's own measuring code to plain JavaScript under bench/_build, so a
// phase measures the code the CLI runs (bin/dossier.js runs tsc's dist/), not tsx's on-the-fly
// transform: tsx keeps function names by wrapping every closure in a call that redefines its
// `name`, which costs the closure-heavy claim matcher a tenth of its time.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? tsFiles(p) : e.name.endsWith(".ts") && !e.name.endsWith(".d.ts") ? [p] : [];
  });
}

/** Builds bench/_build (file for file, imports left as they are) and returns the path of measure.js there. */
export async function compileForBench(): Promise<string> {
  const out = path.join(root, "bench", "_build");
  fs.rmSync(out, { recursive: true, force: true });
  await build({
    entryPoints: [...tsFiles(path.join(root, "src")), path.join(root, "bench", "measure.ts"), path.join(root, "bench", "corpus.ts"), path.join(root, "bench", "stage-costs.ts"),
      path.join(root, "bench", "store-put.ts"), path.join(root, "test", "store", "fixtures.ts")],
    outdir: out, outbase: root, format: "esm", platform: "node", target: "es2022", bundle: false, logLevel: "error",
  });
  return path.join(out, "bench", "measure.js");
}
