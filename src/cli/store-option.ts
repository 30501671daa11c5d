// Every command that reads or writes the store takes --db (else DOSSIER_DB, else ./dossier.db).
import type { Command } from "commander";
import { openStore } from "../store/open.js";
import { resolveMerges } from "../resolve/resolved-store.js";
import type { Store } from "../store/store.js";

export const DB_HELP = "database: a SQLite file or a postgres:// URL (default ./dossier.db, or $DOSSIER_DB)";

export function addDbOption(cmd: Command): Command {
  return cmd.option("--db <path>", DB_HELP);
}

export async function withStore<T>(opts: { db?: string }, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(opts.db ?? process.env.DOSSIER_DB);
  try {
    // every command sees the store as the merge decisions show it (src/resolve)
    return await fn(await resolveMerges(store));
  } finally {
    await store.close();
  }
}

/** An entity given by id, or by name or alias when no id matches. */
export async function resolveEntityArg(store: Store, given: string): Promise<string | undefined> {
  if (await store.getEntity(given)) return given;
  const found = await store.findEntities({ name: given, limit: 200 });
  const key = given.trim().toLowerCase();
  // an exact name beats an exact alias beats a partial match; ties go to the most reported
  const score = (e: (typeof found)[number]) =>
    (e.name.toLowerCase() === key ? 2e9 : e.aliases.some((a) => a.toLowerCase() === key) ? 1e9 : 0) + e.documents * 1e4 + e.mentions;
  return found.sort((a, b) => score(b) - score(a))[0]?.id;
}
