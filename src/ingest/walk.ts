// The files of a folder, for reading as a batch: recursive, in a stable order (sorted by
// name, by code point, at each level, so the same folder always gives the same batch),
// hidden files and folders (".git", ".DS_Store") left out, symbolic links to folders not
// followed (they can loop).
import { promises as fs } from "node:fs";
import path from "node:path";

export async function listFolder(folder: string): Promise<string[]> {
  const out: string[] = [];
  const visit = async (dir: string) => {
    const entries = await fs.readdir(dir, { withFileTypes: true });
    const names = entries.filter((e) => !e.name.startsWith(".")).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of names) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) await visit(full);
      else if (e.isFile()) out.push(full);
      else if (e.isSymbolicLink()) {
        const target = await fs.stat(full).catch(() => undefined);
        if (target?.isFile()) out.push(full);
      }
    }
  };
  await visit(folder);
  return out;
}
