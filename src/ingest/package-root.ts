// The installed package's root folder, found from this module's own location so that it works
// from src/ (tsx, tests) and from dist/ (the built CLI) alike.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

let root: string | undefined;

export function packageRoot(): string {
  if (root) return root;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = path.join(dir, "package.json");
    if (fs.existsSync(pkg) && JSON.parse(fs.readFileSync(pkg, "utf8")).name === "dossier") return (root = dir);
    const up = path.dirname(dir);
    if (up === dir) throw new Error("cannot find the dossier package root");
    dir = up;
  }
}

export const packagePath = (...parts: string[]): string => path.join(packageRoot(), ...parts);
