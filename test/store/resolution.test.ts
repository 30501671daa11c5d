// Resolution across documents on both backends: the same suite on SQLite and PostgreSQL.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe } from "vitest";
import { openStore } from "../../src/store/open.js";
import { freshPostgresSpec, postgresUrl } from "../setup/test-postgres.js";
import { describeResolutionContract } from "./resolution-contract.js";

const dir = mkdtempSync(join(tmpdir(), "dossier-resolve-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

describeResolutionContract("SQLite", () => openStore(join(dir, `store-${++n}.db`)));

describe.skipIf(!postgresUrl)("PostgreSQL", () => {
  describeResolutionContract("PostgreSQL", () => openStore(freshPostgresSpec("resolve")));
});
