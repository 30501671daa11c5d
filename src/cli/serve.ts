// `dossier serve`: the HTTP API over a store, on 127.0.0.1:8080 unless told otherwise.
import type { Command } from "commander";
import { openStore } from "../store/open.js";
import { createServer, DEFAULT_HOST, DEFAULT_PORT } from "../server/server.js";
import { isLoopbackHost } from "../server/security.js";
import { addDbOption } from "./store-option.js";

export function registerServeCommand(program: Command): void {
  addDbOption(program.command("serve"))
    .description("serve the HTTP API (OpenAPI at /api/openapi.json); beyond localhost, writes need a token")
    .option("--host <host>", "address to listen on; anything but loopback needs --token", DEFAULT_HOST)
    .option("--port <port>", "port (0: any free one)", String(DEFAULT_PORT))
    .option("--token <token>", "bearer token for writes (else $DOSSIER_TOKEN)")
    .option("--quiet", "no request log on stderr")
    .action(async (opts: { db?: string; host: string; port: string; token?: string; quiet?: boolean }) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port wants a number from 0 to 65535, got "${opts.port}"`);
      const token = opts.token ?? process.env.DOSSIER_TOKEN;
      const store = await openStore(opts.db ?? process.env.DOSSIER_DB);
      let app;
      try {
        app = await createServer({
          store, host: opts.host, token,
          logger: opts.quiet ? false : { level: "info", stream: process.stderr },
        });
      } catch (err) {
        await store.close();
        throw err;
      }
      const stop = async () => {
        await app.close();
        await store.close();
      };
      process.once("SIGINT", () => void stop());
      process.once("SIGTERM", () => void stop());
      const address = await app.listen({ host: opts.host, port });
      const writes = token ? "writes need the bearer token" : "writes open to this machine only";
      process.stdout.write(`Dossier API on ${address}/api (store ${store.location}; ${writes}${isLoopbackHost(opts.host) ? "" : "; reachable from other machines"})\n`);
      process.stdout.write(`OpenAPI: ${address}/api/openapi.json\n`);
      // the command resolves when the server closes, so main() does not exit under it
      await new Promise<void>((resolve) => app.server.once("close", resolve));
    });
}
