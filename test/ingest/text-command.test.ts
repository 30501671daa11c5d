import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const FIX = "test/fixtures/ingest";

// the real command in a real process: its output streams and exit status are the interface
function dossierText(args: string[], input?: string) {
  const script = [
    "import { Command } from 'commander';",
    "import { registerTextCommand } from './src/cli/text.ts';",
    "const program = new Command('dossier');",
    "registerTextCommand(program);",
    "await program.parseAsync(process.argv.slice(1), { from: 'user' });",
  ].join("\n");
  const r = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script, "text", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    input,
  });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

describe("dossier text", () => {
  it("prints one JSON line per document with file, title, published, url and text", () => {
    const r = dossierText(["--format", "jsonl", `${FIX}/misrata-page.html`, `${FIX}/2015-11-24-derna.txt`]);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => Object.keys(l))).toEqual([["file", "title", "published", "url", "text"], ["file", "title", "published", "url", "text"]]);
    expect(lines[0]).toMatchObject({ file: `${FIX}/misrata-page.html`, published: "2016-03-04", url: "https://coastal-monitor.example/2016/03/04/misrata-convoy-shelled" });
    expect(lines[1].text).toBe(readFileSync(path.join(ROOT, FIX, "2015-11-24-derna.txt"), "utf8"));
    expect(lines[1].url).toBeNull();
  });

  it("reports each bad file on one stderr line, goes on with the rest and exits with status 1", () => {
    const r = dossierText(["--format", "jsonl", `${FIX}/empty.txt`, `${FIX}/folder/a-tripoli.txt`, `${FIX}/missing.txt`]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split("\n")).toEqual([
      `dossier text: ${FIX}/empty.txt: empty`,
      `dossier text: ${FIX}/missing.txt: no such file or folder`,
    ]);
    expect(JSON.parse(r.stdout).title).toBe("Tripoli brief");
  });

  it("shows a header and the text for each document, separated by a rule", () => {
    const r = dossierText([`${FIX}/folder/a-tripoli.txt`, `${FIX}/sabratha.txt.gz`]);
    const [first, second] = r.stdout.split(/\n─+\n/);
    expect(first).toMatch(/^title: Tripoli brief\nsource: .*a-tripoli\.txt\n\nTripoli brief\n/);
    expect(second).toContain("title: Sabratha raid");
    expect(second).toContain("killed dozens of Islamic State recruits");
  });

  it("reads standard input from -, with the date given on the command line", () => {
    const r = dossierText(["--format", "jsonl", "--published", "2015-03-18", "-"], "Bardo museum\n\nGunmen killed 21 tourists at the Bardo museum in Tunis.\n");
    const line = JSON.parse(r.stdout);
    expect(line).toMatchObject({ file: "-", title: "Bardo museum", published: "2015-03-18" });
  });
});
