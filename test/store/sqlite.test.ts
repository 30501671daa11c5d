import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { openStore } from "../../src/store/open.js";
import { describeStoreContract } from "./contract.js";
import { describeSummaryContract } from "./summaries-contract.js";

const dir = mkdtempSync(join(tmpdir(), "dossier-store-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

describeStoreContract("SQLite", () => openStore(join(dir, `store-${++n}.db`)), (closed) => openStore(closed.location));
describeSummaryContract("SQLite", () => openStore(join(dir, `store-${++n}.db`)));
