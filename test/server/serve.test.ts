// `dossier serve` as an analyst starts it: prints where it listens, serves, stops on Ctrl-C,
// and will not open the API to the network without a token.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startCli } from "../cli/run-cli.js";

const work = fs.mkdtempSync(path.join(os.tmpdir(), "dossier-serve-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function start(args: string[]) {
  const env = { ...process.env };
  delete env.DOSSIER_TOKEN;
  const child = startCli(["serve", "--quiet", "--db", path.join(work, "serve.db"), ...args], { env });
  let stdout = "", stderr = "";
  child.stdout!.on("data", (d) => (stdout += d));
  child.stderr!.on("data", (d) => (stderr += d));
  const exit = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
  return { child, exit, out: () => stdout, err: () => stderr };
}

describe("dossier serve", () => {
  it("prints its address on localhost, answers there, and exits cleanly when interrupted", async () => {
    const s = start(["--port", "0"]);
    const deadline = Date.now() + 60_000;
    let address: string | undefined;
    while (!address && Date.now() < deadline) {
      address = /Dossier on (http:\/\/127\.0\.0\.1:\d+)\//.exec(s.out())?.[1];
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(address, s.err()).toBeDefined();
    const stats = await (await fetch(`${address}/api/stats`)).json();
    expect(stats).toMatchObject({ kind: "sqlite", documents: 0 });
    s.child.kill("SIGINT");
    expect(await s.exit).toBe(0);
  }, 90_000);

  it("refuses to listen beyond localhost without a token", async () => {
    const s = start(["--host", "0.0.0.0", "--port", "0"]);
    expect(await s.exit).toBe(1);
    expect(s.err()).toMatch(/give a token \(--token or DOSSIER_TOKEN\)/);
  }, 90_000);
});
