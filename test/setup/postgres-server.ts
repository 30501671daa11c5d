// A throwaway PostgreSQL server for the tests and the bench: the Debian binaries, started on
// loopback as the unprivileged `postgres` user (PostgreSQL refuses to run as root) in a fresh
// data directory under /tmp, and removed again when stopped. Nothing outside it is touched.
import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";

export interface ThrowawayPostgres {
  /** Connection string to the database created for the caller. */
  url: string;
  /** Stops the server and deletes its data directory. */
  stop(): void;
}

/** The newest /usr/lib/postgresql/N/bin that has initdb, else undefined. */
export function findPostgresBin(): string | undefined {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
  for (const v of versions) {
    const bin = join(root, v, "bin");
    if (existsSync(join(bin, "initdb")) && existsSync(join(bin, "pg_ctl"))) return bin;
  }
  return undefined;
}

export interface StartOptions {
  database?: string;
  /**
   * false (tests): fsync off, since the data is thrown away; true (bench): PostgreSQL's
   * defaults, so throughput figures include real commits.
   */
  durable?: boolean;
  /** Server settings, `name=value`, added after the defaults. */
  settings?: string[];
}

export async function startThrowawayPostgres(opts: StartOptions = {}): Promise<ThrowawayPostgres> {
  const bin = findPostgresBin();
  if (!bin) throw new Error("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): apt-get install -y postgresql");
  const dir = mkdtempSync(join(tmpdir(), "dossier-pg-"));
  const data = join(dir, "data");
  // As root, the server runs as `postgres`; as anyone else, as that user.
  const asRoot = userInfo().uid === 0;
  const user = asRoot ? "postgres" : userInfo().username;
  if (asRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    chownSync(dir, uid, gid);
  }
  const run = (tool: string, args: string[]) => {
    const cmd = asRoot ? "runuser" : join(bin, tool);
    const full = asRoot ? ["-u", "postgres", "--", join(bin, tool), ...args] : args;
    return execFileSync(cmd, full, { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  };
  const port = await freePort();
  try {
    run("initdb", ["-D", data, "-A", "trust", "-U", user, "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
    const settings = [
      "listen_addresses=127.0.0.1", `port=${port}`, `unix_socket_directories=${dir}`, "max_connections=200",
      ...(opts.durable ? [] : ["fsync=off", "synchronous_commit=off", "full_page_writes=off"]),
      ...(opts.settings ?? []),
    ];
    run("pg_ctl", ["-D", data, "-l", join(dir, "server.log"), "-w", "-t", "60", "-o", settings.map((s) => `-c ${s}`).join(" "), "start"]);
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    const err = e as { stderr?: string; message: string };
    throw new Error(`could not start a throwaway PostgreSQL: ${err.stderr || err.message}`);
  }
  const stop = () => {
    try {
      run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
    } catch {
      // already gone: the directory is removed all the same
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const database = opts.database ?? "dossier_test";
  try {
    run("createdb", ["-h", "127.0.0.1", "-p", String(port), "-U", user, database]);
  } catch (e) {
    stop();
    throw e;
  }
  return { url: `postgres://${user}@127.0.0.1:${port}/${database}`, stop };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}
