/**
 * Runs one program on the gateway host for the `exec` tool: no shell, its own process group (a timeout
 * kills everything it started), a minimal inherited environment (never the gateway's credentials), and
 * at most `maxOutputBytes` kept per stream.
 */
import { spawn } from "node:child_process";

export const EXEC_LIMITS = Object.freeze({
  defaultTimeoutMs: 60_000,
  maxTimeoutMs: 600_000,
  maxOutputBytes: 64 * 1024,
  maxEnvVars: 64,
  maxEnvValueBytes: 32 * 1024,
  maxArgs: 256,
});

/** Variables a caller may never set: they change what runs or how (PATH, loaders, interpreter hooks). */
const DENIED_ENV = /^(PATH|NODE_OPTIONS|BASH_ENV|ENV|SHELLOPTS|PS4|IFS|LD_.*|DYLD_.*)$/;
const INHERITED_ENV = ["PATH", "HOME", "USER", "LOGNAME", "LANG", "LC_ALL", "TMPDIR", "TZ"];

export function checkEnv(env: Record<string, unknown> | undefined): string | null {
  if (!env) return null;
  const entries = Object.entries(env);
  if (entries.length > EXEC_LIMITS.maxEnvVars) return `env has more than ${EXEC_LIMITS.maxEnvVars} variables`;
  for (const [k, v] of entries) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(k)) return `env name ${JSON.stringify(k)} is invalid`;
    if (DENIED_ENV.test(k)) return `env ${k} may not be set`;
    if (typeof v !== "string" || Buffer.byteLength(v) > EXEC_LIMITS.maxEnvValueBytes) return `env ${k} must be a string of at most ${EXEC_LIMITS.maxEnvValueBytes} bytes`;
  }
  return null;
}

export interface ProcessResult {
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
  truncated: { stdout: boolean; stderr: boolean };
  durationMs: number;
}

export function runProcess(req: { executable: string; args: string[]; cwd: string; env: Record<string, string>; timeoutMs: number; maxOutputBytes: number; signal?: AbortSignal }): Promise<ProcessResult> {
  const started = Date.now();
  const base = Object.fromEntries(INHERITED_ENV.filter((k) => process.env[k] !== undefined).map((k) => [k, process.env[k] as string]));
  return new Promise((resolve) => {
    const child = spawn(req.executable, req.args, { cwd: req.cwd, env: { ...base, ...req.env }, stdio: ["ignore", "pipe", "pipe"], detached: true, shell: false });
    const out = { stdout: collector(req.maxOutputBytes), stderr: collector(req.maxOutputBytes) };
    child.stdout.on("data", (d: Buffer) => out.stdout.add(d));
    child.stderr.on("data", (d: Buffer) => out.stderr.add(d));
    let timedOut = false;
    const kill = () => {
      try {
        if (child.pid) process.kill(-child.pid, "SIGKILL");
      } catch {
        child.kill("SIGKILL");
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, req.timeoutMs);
    req.signal?.addEventListener("abort", kill, { once: true });
    let settled = false;
    const finish = (exitCode: number | null, signal: string | null, error?: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.signal?.removeEventListener("abort", kill);
      resolve({
        exitCode, signal, timedOut,
        stdout: out.stdout.text(), stderr: error ? `${out.stderr.text()}${error.message}` : out.stderr.text(),
        truncated: { stdout: out.stdout.truncated, stderr: out.stderr.truncated },
        durationMs: Date.now() - started,
      });
    };
    child.on("error", (err) => finish(null, null, err));
    child.on("close", (code, signal) => finish(code, signal));
  });
}

function collector(limit: number) {
  const chunks: Buffer[] = [];
  let size = 0;
  let truncated = false;
  return {
    add(d: Buffer) {
      const room = limit - size;
      if (room <= 0) return void (truncated = true);
      if (d.length > room) truncated = true;
      const part = d.length > room ? d.subarray(0, room) : d;
      chunks.push(part);
      size += part.length;
    },
    text: () => Buffer.concat(chunks).toString("utf8"),
    get truncated() {
      return truncated;
    },
  };
}
