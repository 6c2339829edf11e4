/**
 * Keeps a child process running: restarts it when it dies unexpectedly (out of memory, a crash), waiting longer
 * after each quick crash, and gives up after `maxQuickCrashes` crashes in a row that each came within `quickMs` of
 * starting (a server that cannot start is not restarted forever). SIGINT/SIGTERM are passed on and stop it for good.
 */
import { spawn, type ChildProcess } from "node:child_process";

export interface SuperviseOptions {
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  /** Consecutive crashes, each within `quickMs` of its start, after which supervision gives up (default 5). */
  maxQuickCrashes?: number;
  /** A run shorter than this is a quick crash (default 30 s). */
  quickMs?: number;
  /** Wait before the first restart; doubled after each quick crash, at most 30 s (default 1 s). */
  backoffMs?: number;
  /** Where restarts are reported (default console.error). */
  log?: (message: string) => void;
  /** Signals to pass on (default SIGINT and SIGTERM of this process). */
  signals?: readonly NodeJS.Signals[];
}

/** Runs the child until it exits cleanly, is stopped by a signal we passed on, or crashes too quickly too often. */
export function supervise(options: SuperviseOptions): Promise<{ code: number; restarts: number }> {
  const maxQuickCrashes = options.maxQuickCrashes ?? 5;
  const quickMs = options.quickMs ?? 30_000;
  const firstBackoff = options.backoffMs ?? 1_000;
  const log = options.log ?? ((message: string) => console.error(message));
  const signals = options.signals ?? (["SIGINT", "SIGTERM"] as const);
  let child: ChildProcess | null = null;
  let stopping: NodeJS.Signals | null = null;
  let restarts = 0;
  let quickCrashes = 0;
  let timer: NodeJS.Timeout | null = null;

  return new Promise((resolve) => {
    const onSignal = (signal: NodeJS.Signals) => {
      stopping = signal;
      if (timer) {
        clearTimeout(timer);
        finish(0);
      } else child?.kill(signal);
    };
    const finish = (code: number) => {
      for (const signal of signals) process.off(signal, onSignal);
      resolve({ code, restarts });
    };
    for (const signal of signals) process.on(signal, onSignal);

    const start = () => {
      timer = null;
      const startedAt = Date.now();
      child = spawn(options.command, options.args, { stdio: "inherit", env: options.env });
      child.on("exit", (code, signal) => {
        child = null;
        if (stopping !== null) return finish(0);
        if (code === 0) return finish(0);
        const ran = Date.now() - startedAt;
        quickCrashes = ran < quickMs ? quickCrashes + 1 : 1;
        if (quickCrashes >= maxQuickCrashes) {
          log(`The server stopped (${signal ?? `exit code ${code}`}) ${quickCrashes} times in a row within ${quickMs / 1000} s of starting: giving up.`);
          return finish(code ?? 1);
        }
        const wait = Math.min(firstBackoff * 2 ** (quickCrashes - 1), 30_000);
        restarts++;
        log(`The server stopped unexpectedly (${signal ?? `exit code ${code}`}); restarting in ${wait} ms.`);
        timer = setTimeout(start, wait);
      });
    };
    start();
  });
}

/** NODE_OPTIONS with a heap limit for the server, unless one is already set. */
export function withHeapLimit(nodeOptions: string | undefined, megabytes: number): string {
  if (nodeOptions && /--max-old-space-size=/.test(nodeOptions)) return nodeOptions;
  return `${nodeOptions ? `${nodeOptions} ` : ""}--max-old-space-size=${megabytes}`;
}
