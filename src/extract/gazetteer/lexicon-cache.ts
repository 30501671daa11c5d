// The gazetteer's name index kept between runs. Building it from data/built costs 1–1.5 CPU-s
// in every process (a one-report `dossier extract` paid it in full); reading it back with
// v8.deserialize costs a fifth of that. The file is named by a hash of the reference files and
// of the modules that build the index, so a changed list or a changed key rule is never served
// a stale index: it is simply built again. DOSSIER_CACHE=off turns the cache off; a cache that
// cannot be read or written is passed over silently.
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import v8 from "node:v8";
import { builtDataDir } from "./reference-data.js";

/** The reference files the index is built from. */
const DATA_FILES = ["countries.json", "regions.json", "subdivisions.json", "places.json.gz", "listed.json.gz", "common-words.json"];
/** The modules whose code decides the index's keys and contents (lexicon.ts and what it imports). */
const BUILDER_MODULES = ["./lexicon", "./normalize", "./token-trie", "./reference-data", "./lexicon-cache", "../linking/transliteration", "../linking/common-names"];
const PREFIX = "gazetteer-index-";

/** Where cached indexes live: $DOSSIER_CACHE, else the user's cache folder; undefined when off. */
export function cacheDir(): string | undefined {
  const set = process.env.DOSSIER_CACHE?.trim();
  if (set === "off" || set === "0") return undefined;
  if (set) return set;
  const base = process.env.XDG_CACHE_HOME?.trim() || path.join(os.homedir(), ".cache");
  return path.join(base, "dossier");
}

/** A hash of every input of the build, or undefined when one cannot be read (then: no cache). */
function fingerprint(): string | undefined {
  try {
    const hash = createHash("sha256");
    const dataDir = builtDataDir();
    for (const f of DATA_FILES) hash.update(f).update(fs.readFileSync(path.join(dataDir, f)));
    const here = fileURLToPath(import.meta.url);
    const ext = path.extname(here);
    for (const m of BUILDER_MODULES) hash.update(m).update(fs.readFileSync(path.resolve(path.dirname(here), m + ext)));
    hash.update(process.versions.v8);
    return hash.digest("hex").slice(0, 24);
  } catch {
    return undefined;
  }
}

/**
 * The index from the cache when it holds one for these inputs, else `build()`'s, which is then
 * written for the next process. `valid` checks what was read back has the expected shape.
 */
export function cachedIndex<T>(build: () => T, valid: (value: unknown) => value is T): T {
  const dir = cacheDir();
  const key = dir && fingerprint();
  if (!dir || !key) return build();
  const file = path.join(dir, `${PREFIX}${key}.v8`);
  try {
    const value: unknown = v8.deserialize(fs.readFileSync(file));
    if (valid(value)) return value;
  } catch {
    // absent or unreadable: build it
  }
  const built = build();
  try {
    fs.mkdirSync(dir, { recursive: true });
    // written under a temporary name and renamed, so a reader never sees half a file
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, v8.serialize(built));
    fs.renameSync(tmp, file);
    for (const old of fs.readdirSync(dir)) {
      if (old.startsWith(PREFIX) && old.endsWith(".v8") && old !== path.basename(file)) fs.rmSync(path.join(dir, old), { force: true });
    }
  } catch {
    // a read-only home or a full disk: the next process builds the index again
  }
  return built;
}
