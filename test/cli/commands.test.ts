// The command line as an analyst uses it: ingest the sample reports, then ask questions.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractionSchema } from "../../src/extract/contract.js";
import { ROOT, runCli } from "./run-cli.js";

const work = fs.mkdtempSync(path.join(os.tmpdir(), "dossier-cli-"));
const db = path.join(work, "reports.db");
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const json = async (args: string[]) => {
  const r = await runCli([...args, "--db", db, "--json"]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
};

describe("dossier on the bundled sample reports", () => {
  let ingest: { code: number | null; stderr: string };
  beforeAll(async () => {
    ingest = await runCli(["ingest", "--db", db, path.join(ROOT, "examples")]);
  }, 180_000);

  it("ingests every sample report, in all three forms, without errors", () => {
    expect(ingest.code, ingest.stderr).toBe(0);
    expect(ingest.stderr).toMatch(/15 added, 0 updated, 0 unchanged, 0 failed/);
  });

  it("knows the Islamic State group under its aliases", async () => {
    const groups = await json(["entities", "--type", "armed_group", "--limit", "1000"]);
    const is = groups.find((e: { name: string; aliases: string[] }) => [e.name, ...e.aliases].some((n) => /^(ISIS|ISIL|Islamic State)$/i.test(n)));
    expect(is).toBeDefined();
    expect(is.documents).toBeGreaterThan(1);
  });

  it("lists flow claims with the sentence they came from", async () => {
    const claims = await json(["claims", "--type", "flow", "--limit", "1000"]);
    expect(claims.length).toBeGreaterThan(5);
    const byDocument = new Map<string, typeof claims>();
    for (const c of claims) byDocument.set(c.source.documentId, [...(byDocument.get(c.source.documentId) ?? []), c]);
    for (const [id, list] of byDocument) {
      const shown = await json(["show", id]);
      for (const c of list) {
        expect(c.type).toBe("flow");
        expect(shown.document.text.slice(c.evidence[0], c.evidence[1])).toBe(c.source.evidenceText);
      }
    }
  }, 120_000);

  it("finds reports by words, and shows one by an id prefix", async () => {
    const hits = await json(["search", "Pankisi"]);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0].title).toMatch(/Pankisi/);
    const shown = await runCli(["show", hits[0].documentId.slice(0, 8), "--db", db]);
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stdout).toMatch(/Pankisi Gorge to Raqqa/);
  });

  it("summarises flows of people into Syria", async () => {
    const flows = await json(["flows"]);
    expect(flows.some((f: { destination: { name: string } }) => /Syria/.test(f.destination.name))).toBe(true);
  });

  it("counts a flow's independent sources apart from the reports that carry it", async () => {
    const flows: { sources: number; documents: string[] }[] = await json(["flows"]);
    const r = await runCli(["flows", "--db", db]);
    expect(r.code, r.stderr).toBe(0);
    const [header, rule, ...rows] = r.stdout.trimEnd().split("\n");
    // columns start where the rule under the header starts a run of ─
    const starts = [...rule.matchAll(/─+/g)].map((m) => m.index!);
    const column = (line: string, name: string) => {
      const i = starts.findIndex((s) => header.slice(s).startsWith(name));
      expect(i, `column ${name}`).toBeGreaterThanOrEqual(0);
      return [...line].slice(starts[i], starts[i + 1]).join("").trim();
    };
    expect(rows.length).toBe(flows.length);
    rows.forEach((row, i) => {
      expect(Number(column(row, "sources"))).toBe(flows[i].sources);
      expect(Number(column(row, "reports"))).toBe(flows[i].documents.length);
    });
  });

  it("filters claims by date", async () => {
    const all = await json(["claims", "--limit", "10000"]);
    const recent = await json(["claims", "--since", "2020-01-01", "--limit", "10000"]);
    expect(recent.length).toBeGreaterThan(0);
    expect(recent.length).toBeLessThan(all.length);
    for (const c of recent) expect((c.time?.value ?? c.source.published) >= "2020").toBe(true);
  });

  it("refuses an unknown claim type with a clear message", async () => {
    const r = await runCli(["claims", "--type", "bombing", "--db", db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/unknown claim type "bombing"/);
  });
});

describe("dossier extract", () => {
  it("prints contract-valid JSON Lines, one per document, in order", async () => {
    const files = ["examples/text/2014-10-02-caucasus-fighters-syria.txt", "examples/feed/monitoring.jsonl"];
    const r = await runCli(["extract", ...files]);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trim().split("\n").map((l) => extractionSchema.parse(JSON.parse(l)));
    expect(lines.length).toBe(5);
    expect(lines[0].document.file).toBe(files[0]);
    expect(lines[0].document.published).toBe("2014-10-02");
    expect(lines[1].document.file).toMatch(/monitoring\.jsonl#1$/);
    const text = fs.readFileSync(path.join(ROOT, files[0]), "utf8");
    for (const e of lines[0].entities) for (const [s, t] of e.mentions) expect(t).toBeLessThanOrEqual(text.length), expect(s).toBeLessThan(t);
    const georgia = lines[0].entities.find((e) => e.id === "country:GE");
    expect(georgia?.lat).toBeCloseTo(42, 0);
  }, 60_000);

  it("names a file it cannot read, goes on with the others and exits with status 1", async () => {
    const r = await runCli(["extract", "no/such/report.txt", "examples/text/2017-03-09-sahel-factions-merge-jnim.txt"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no\/such\/report\.txt/);
    expect(r.stdout.trim().split("\n")).toHaveLength(1);
  }, 60_000);

  it("reads standard input when given -", async () => {
    const r = await runCli(["extract", "--published", "2015-03-01", "-"], { input: "Around 300 Tunisians travelled to Libya last month, officials said.\n" });
    expect(r.code, r.stderr).toBe(0);
    const out = extractionSchema.parse(JSON.parse(r.stdout));
    expect(out.document.published).toBe("2015-03-01");
    expect(out.entities.some((e) => e.id === "country:LY")).toBe(true);
  }, 60_000);

  it("explains each claim with its sentence, frame and pattern", async () => {
    const r = await runCli(["extract", "--explain", "--published", "2015-03-01", "-"], { input: "Around 300 Tunisians travelled to Libya last month, officials said.\n" });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/flow/);
    expect(r.stdout).toMatch(/travelled to Libya/);
  }, 60_000);
});
