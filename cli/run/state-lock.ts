/**
 * One gateway per state directory: `<stateDir>/gateway.lock` holds the owner's pid. A lock whose
 * owner is gone is stale and taken over; a live owner makes start-up fail with a clear message.
 */
import { openSync, writeSync, closeSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

export interface StateLock {
  file: string;
  release(): void;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
};

export class StateLockError extends Error {
  constructor(readonly pid: number, readonly file: string, port?: unknown) {
    super(`another gateway (pid ${pid}${port ? `, port ${String(port)}` : ""}) is already running with this state directory (${file}); stop it first, or use --profile NAME for a second, isolated gateway`);
  }
}

export function acquireStateLock(stateDir: string, info: Record<string, unknown>): StateLock {
  const file = join(stateDir, "gateway.lock");
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(file, "wx", 0o600);
      writeSync(fd, `${JSON.stringify({ pid: process.pid, createdAt: new Date().toISOString(), ...info })}\n`);
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          if ((JSON.parse(readFileSync(file, "utf8")) as { pid?: number }).pid === process.pid) rmSync(file, { force: true });
        } catch {
          // already gone
        }
      };
      process.once("exit", release);
      return { file, release };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      let owner: { pid?: number; port?: unknown } = {};
      try {
        owner = JSON.parse(readFileSync(file, "utf8")) as typeof owner;
      } catch {
        // unreadable or half-written: treat as stale
      }
      const pid = Number(owner.pid) || 0;
      if (pid && pid !== process.pid && alive(pid)) throw new StateLockError(pid, file, owner.port);
      rmSync(file, { force: true }); // stale: the owner is gone
    }
  }
  throw new Error(`could not take ${file}`);
}
