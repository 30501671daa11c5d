// The gazetteer's name index is kept between runs so that a one-report `dossier extract` does
// not build it again: a kept index must find exactly what a fresh one finds, and a damaged or
// switched-off cache must only cost time, never a wrong answer.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { cachedIndex } from "../../src/extract/gazetteer/lexicon-cache.js";
import { runCli } from "../cli/run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "dossier-index-cache-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const before = process.env.DOSSIER_CACHE;
afterEach(() => {
  if (before === undefined) delete process.env.DOSSIER_CACHE;
  else process.env.DOSSIER_CACHE = before;
});

interface Index { names: string[]; byKey: Map<string, number> }
const isIndex = (v: unknown): v is Index => !!v && Array.isArray((v as Index).names) && (v as Index).byKey instanceof Map;
function counted() {
  let builds = 0;
  const build = (): Index => { builds++; return { names: ["Derna", "Sirte"], byKey: new Map([["derna", 0], ["sirte", 1]]) }; };
  return { build, builds: () => builds };
}

describe("the gazetteer index kept between runs", () => {
  it("is built once and read back by the next run, the same as built", () => {
    process.env.DOSSIER_CACHE = join(dir, "kept");
    const first = counted();
    const built = cachedIndex(first.build, isIndex);
    const second = counted();
    const read = cachedIndex(second.build, isIndex);
    expect(first.builds()).toBe(1);
    expect(second.builds()).toBe(0);
    expect(read).toEqual(built);
  });

  it("is built again when the kept file is damaged, and the file mended", () => {
    process.env.DOSSIER_CACHE = join(dir, "damaged");
    cachedIndex(counted().build, isIndex);
    const [file] = readdirSync(join(dir, "damaged"));
    writeFileSync(join(dir, "damaged", file), "not an index");
    const again = counted();
    expect(cachedIndex(again.build, isIndex).names).toEqual(["Derna", "Sirte"]);
    expect(again.builds()).toBe(1);
    const after = counted();
    cachedIndex(after.build, isIndex);
    expect(after.builds()).toBe(0);
  });

  it("writes nothing and builds every time when the cache is turned off", () => {
    process.env.DOSSIER_CACHE = "off";
    const runs = [counted(), counted()];
    for (const r of runs) cachedIndex(r.build, isIndex);
    expect(runs.map((r) => r.builds())).toEqual([1, 1]);
  });

  it("finds the same countries, places and groups in a report whether the index was built or read back", async () => {
    const env = { ...process.env, DOSSIER_CACHE: join(dir, "cli") };
    const args = ["extract", "--published", "2014-10-02", "examples/text/2014-10-02-caucasus-fighters-syria.txt"];
    const built = await runCli(args, { env });
    expect(readdirSync(join(dir, "cli")).filter((f) => f.endsWith(".v8"))).toHaveLength(1);
    const read = await runCli(args, { env });
    expect(built.code).toBe(0);
    expect(read.code).toBe(0);
    expect(JSON.parse(built.stdout).entities.length).toBeGreaterThan(0);
    expect(read.stdout).toBe(built.stdout);
  }, 120_000);
});
