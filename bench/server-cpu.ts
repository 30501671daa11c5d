// CPU time a local PostgreSQL server has used, all its processes together, read from /proc: on
// a shared machine wall time counts other people's work too, CPU time only the server's own.
// Exited backends' time is in the postmaster's children's totals (cutime, cstime) once reaped.
import fs from "node:fs";
import type pg from "pg";

const TICK_MS = 10; // USER_HZ is 100 on Linux

/** A reader of the server's CPU milliseconds so far, or undefined if it is not on this machine. */
export async function serverCpuReader(pool: pg.Pool): Promise<(() => number) | undefined> {
  const backend = (await pool.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0].pid;
  const postmaster = parentOf(backend);
  if (postmaster === undefined) return undefined;
  return () => {
    let ticks = 0;
    for (const name of fs.readdirSync("/proc")) {
      if (!/^\d+$/.test(name)) continue;
      const stat = readStat(Number(name));
      if (!stat) continue;
      if (Number(name) === postmaster) ticks += stat.utime + stat.stime + stat.cutime + stat.cstime;
      else if (stat.ppid === postmaster) ticks += stat.utime + stat.stime;
    }
    return ticks * TICK_MS;
  };
}

function parentOf(pid: number): number | undefined {
  return readStat(pid)?.ppid;
}

function readStat(pid: number): { ppid: number; utime: number; stime: number; cutime: number; cstime: number } | undefined {
  let text: string;
  try {
    text = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return undefined;
  }
  // Fields after the command name, which is in parentheses and may hold spaces.
  const f = text.slice(text.lastIndexOf(")") + 2).split(" ");
  return { ppid: Number(f[1]), utime: Number(f[11]), stime: Number(f[12]), cutime: Number(f[13]), cstime: Number(f[14]) };
}
