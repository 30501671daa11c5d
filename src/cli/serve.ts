// `dossier serve`: the HTTP API and the web app over a store, on 127.0.0.1:8080 unless told otherwise.
import type { Command } from "commander";
import { openStore } from "../store/open.js";
import type { Store } from "../store/store.js";
// the server (Fastify) loads when it starts: other commands start without it
import { DEFAULT_HOST, DEFAULT_PORT } from "../server/defaults.js";
import { isLoopbackHost } from "../server/security.js";
import { addDbOption } from "./store-option.js";

export interface ServeOptions {
  host: string;
  port: string;
  token?: string;
  quiet?: boolean;
}

export function parsePort(port: string): number {
  const n = Number(port);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`--port wants a number from 0 to 65535, got "${port}"`);
  return n;
}

/** Serves until the process is interrupted; closes the store then. */
export async function serveStore(store: Store, opts: ServeOptions): Promise<void> {
  const port = parsePort(opts.port);
  const token = opts.token ?? process.env.DOSSIER_TOKEN;
  const { createServer } = await import("../server/server.js");
  const app = await createServer({
    store, host: opts.host, token,
    logger: opts.quiet ? false : { level: "info", stream: process.stderr },
  });
  const stop = async () => {
    await app.close();
    await store.close();
  };
  process.once("SIGINT", () => void stop());
  process.once("SIGTERM", () => void stop());
  const address = await app.listen({ host: opts.host, port });
  const writes = token ? "writes need the bearer token" : "writes open to this machine only";
  process.stdout.write(`Dossier on ${address}/ (API ${address}/api, store ${store.location}; ${writes}${isLoopbackHost(opts.host) ? "" : "; reachable from other machines"})\n`);
  process.stdout.write(`OpenAPI: ${address}/api/openapi.json\n`);
  // resolves when the server closes, so main() does not exit under it
  await new Promise<void>((resolve) => app.server.once("close", resolve));
}

export function addServeOptions(cmd: Command): Command {
  return cmd
    .option("--host <host>", "address to listen on; anything but loopback needs --token", DEFAULT_HOST)
    .option("--port <port>", "port (0: any free one)", String(DEFAULT_PORT))
    .option("--token <token>", "bearer token for writes (else $DOSSIER_TOKEN)")
    .option("--quiet", "no request log on stderr");
}

export function registerServeCommand(program: Command): void {
  addServeOptions(addDbOption(program.command("serve")))
    .description("serve the web app and the HTTP API (OpenAPI at /api/openapi.json); beyond localhost, writes need a token")
    .action(async (opts: ServeOptions & { db?: string }) => {
      parsePort(opts.port);
      const store = await openStore(opts.db ?? process.env.DOSSIER_DB);
      try {
        await serveStore(store, opts);
      } catch (err) {
        await store.close().catch(() => undefined);
        throw err;
      }
    });
}
