// Builds the web app into web/dist: one JavaScript bundle and one stylesheet with hashed
// names, the Natural Earth country shapes (world-atlas, 1:110m) copied beside them with a
// hashed name, and an index.html that loads them. Nothing is fetched from outside at run time.
// `npm run build:web` runs it; the browser tests call buildWeb() so a fresh clone needs no step.
import { createHash } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import * as esbuild from "esbuild";

const WEB = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

export interface BuiltFile {
  /** Path under the output folder, e.g. assets/app-3F2A9C1B.js. */
  file: string;
  bytes: number;
  gzipBytes: number;
  /** Part of what the first page load fetches. */
  firstLoad: boolean;
}

export interface BuildOptions {
  /** Default web/dist. */
  outDir?: string;
  /** Default true. */
  minify?: boolean;
}

export interface BuildResult {
  outDir: string;
  files: BuiltFile[];
}

const hash8 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex").slice(0, 8).toUpperCase();

export async function buildWeb(options: BuildOptions = {}): Promise<BuildResult> {
  const outDir = path.resolve(options.outDir ?? path.join(WEB, "dist"));
  // built beside the target and swapped in whole, so a server reading dist never sees half a build
  const tmp = `${outDir}.tmp-${process.pid}-${Date.now()}`;
  fs.mkdirSync(path.join(tmp, "assets"), { recursive: true });
  try {
    const world = fs.readFileSync(require.resolve("world-atlas/countries-110m.json"));
    const worldName = `assets/countries-110m-${hash8(world)}.json`;
    fs.writeFileSync(path.join(tmp, worldName), world);

    const result = await esbuild.build({
      entryPoints: { app: path.join(WEB, "src", "main.ts"), style: path.join(WEB, "src", "style.css") },
      outdir: path.join(tmp, "assets"),
      entryNames: "[name]-[hash]",
      bundle: true,
      format: "esm",
      target: ["es2020", "chrome100", "firefox100", "safari15"],
      minify: options.minify ?? true,
      sourcemap: "linked",
      legalComments: "none",
      define: { WORLD_ATLAS_URL: JSON.stringify(`/${worldName}`) },
      metafile: true,
      logLevel: "silent",
    });
    const outputs = Object.keys(result.metafile.outputs).map((p) => path.relative(tmp, p).split(path.sep).join("/"));
    const script = outputs.find((p) => /^assets\/app-.*\.js$/.test(p));
    const style = outputs.find((p) => /^assets\/style-.*\.css$/.test(p));
    if (!script || !style) throw new Error(`web build: missing outputs in ${outputs.join(", ")}`);
    fs.writeFileSync(path.join(tmp, "index.html"), indexHtml(`/${script}`, `/${style}`));
    fs.writeFileSync(path.join(tmp, "assets", "THIRD-PARTY-LICENSES.txt"), thirdPartyLicenses());

    fs.rmSync(outDir, { recursive: true, force: true });
    fs.renameSync(tmp, outDir);
    const firstLoad = new Set(["index.html", script, style, worldName]);
    return { outDir, files: listFiles(outDir).map((file) => {
      const bytes = fs.readFileSync(path.join(outDir, file));
      return { file, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length, firstLoad: firstLoad.has(file) };
    }) };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** What the bundle and the country shapes carry from others, with their licenses (all ISC). */
const BUNDLED = ["d3-geo", "d3-array", "topojson-client", "d3-force", "d3-dispatch", "d3-quadtree", "d3-timer", "world-atlas"];

function thirdPartyLicenses(): string {
  const parts = BUNDLED.map((name) => {
    // not every package exports its package.json: look for its folder where Node would
    const dir = (require.resolve.paths(name) ?? []).map((p) => path.join(p, name)).find((d) => fs.existsSync(path.join(d, "package.json")));
    if (!dir) throw new Error(`web build: ${name} is not installed`);
    const pkg = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")) as { version: string; license: string };
    const file = fs.readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
    return `${name} ${pkg.version} (${pkg.license})\n\n${file ? fs.readFileSync(path.join(dir, file), "utf8").trim() : ""}\n`;
  });
  return ["Dossier's web app bundles the following packages. The country shapes are Natural Earth's (public domain), packaged by world-atlas.\n", ...parts].join("\n" + "-".repeat(72) + "\n");
}

/** The one page: no inline script or style, so the server's strict CSP holds. */
function indexHtml(script: string, style: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Dossier</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${style}">
<script type="module" src="${script}"></script>
</head>
<body>
<noscript>Dossier's web app needs JavaScript. The API is at /api/openapi.json.</noscript>
</body>
</html>
`;
}

function listFiles(dir: string, sub = ""): string[] {
  return fs.readdirSync(path.join(dir, sub), { withFileTypes: true }).flatMap((e) => {
    const rel = sub ? `${sub}/${e.name}` : e.name;
    return e.isDirectory() ? listFiles(dir, rel) : [rel];
  }).sort();
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const { outDir, files } = await buildWeb();
  for (const f of files) process.stdout.write(`${f.firstLoad ? "*" : " "} ${f.file.padEnd(44)} ${kb(f.bytes).padStart(10)} ${kb(f.gzipBytes).padStart(10)} gzip\n`);
  const first = files.filter((f) => f.firstLoad);
  const sum = (k: "bytes" | "gzipBytes") => first.reduce((n, f) => n + f[k], 0);
  process.stdout.write(`first load (*): ${kb(sum("bytes"))}, ${kb(sum("gzipBytes"))} gzipped — built in ${path.relative(process.cwd(), outDir) || "."}\n`);
}
