// One queue worker as its own process for bench/postgres.ts (what `dossier worker` runs):
//   node --import tsx bench/worker-process.ts SPEC
import { startWorker } from "../src/queue/worker.js";

const worker = await startWorker(process.argv[2], { idleSeconds: 0.25, maintenanceSeconds: 2 });
process.once("SIGTERM", () => void worker.stop());
await worker.done;
