// Who records a merge decision: --by, else the login name, so `dossier merges` says who decided.
import os from "node:os";

export function decidedBy(given: string | undefined): string {
  if (given?.trim()) return given.trim();
  const fromEnv = process.env.USER?.trim() || process.env.USERNAME?.trim();
  if (fromEnv) return fromEnv;
  try {
    return os.userInfo().username || "unknown";
  } catch {
    return "unknown";
  }
}
