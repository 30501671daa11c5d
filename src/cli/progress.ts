// Progress for long work: a bar on a terminal, plain lines when piped (one every few seconds).
import cliProgress from "cli-progress";

export interface Progress {
  /** Count one item done; `label` names it (a file). */
  tick(label?: string): void;
  /** Raise the expected total as more work is discovered. */
  grow(by: number): void;
  stop(): void;
}

export function createProgress(what: string, total = 0, stream: NodeJS.WriteStream = process.stderr): Progress {
  let done = 0;
  const started = Date.now();
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar({
      stream, format: `${what} [{bar}] {value}/{total} · {rate}/s · {label}`, hideCursor: true,
      clearOnComplete: false, barsize: 28, etaBuffer: 50,
    }, cliProgress.Presets.shades_classic);
    bar.start(total, 0, { label: "", rate: "0" });
    return {
      tick(label = "") {
        done++;
        if (done > bar.getTotal()) bar.setTotal(done);
        const rate = (done / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1);
        bar.update(done, { label: label.length > 40 ? "…" + label.slice(-39) : label, rate });
      },
      grow(by) { bar.setTotal(bar.getTotal() + by); },
      stop() { bar.stop(); },
    };
  }
  let last = started;
  let expected = total;
  return {
    tick() {
      done++;
      const now = Date.now();
      if (now - last >= 2000) {
        last = now;
        stream.write(`${what}: ${done}${expected ? `/${expected}` : ""} (${(done / ((now - started) / 1000)).toFixed(1)}/s)\n`);
      }
    },
    grow(by) { expected += by; },
    stop() {
      const s = (Date.now() - started) / 1000;
      if (done) stream.write(`${what}: ${done} done in ${s.toFixed(1)} s\n`);
    },
  };
}
