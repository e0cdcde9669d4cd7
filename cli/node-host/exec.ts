/** Runs one allowlisted executable without a shell, bounded in time, output size and environment. */
import { spawn } from "node:child_process";

export const RUN_LIMITS = Object.freeze({
  /** Default and maximum run time (the gateway's default invoke timeout is 30 s). */
  defaultTimeoutMs: 25_000,
  maxTimeoutMs: 600_000,
  /** Per stream; the rest is read and dropped. */
  maxOutputBytes: 1024 * 1024,
  maxEnvVars: 64,
  maxEnvValueBytes: 32 * 1024,
  maxArgs: 256,
});

/** Variables a caller may never set: they change what runs or how (loader, interpreter hooks, PATH). */
const DENIED_ENV = /^(PATH|NODE_OPTIONS|BASH_ENV|ENV|SHELLOPTS|PS4|IFS|LD_.*|DYLD_.*)$/;
/** The only variables the node host passes on from its own environment (never its credentials). */
const INHERITED_ENV = ["PATH", "HOME", "USER", "LOGNAME", "LANG", "LC_ALL", "TMPDIR", "TZ"];

export interface RunRequest {
  executable: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
  timeoutMs: number;
  maxOutputBytes: number;
}

export interface RunResult {
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  success: boolean;
  stdout: string;
  stderr: string;
  truncated: { stdout: boolean; stderr: boolean };
  durationMs: number;
}

/** Validates caller env: a string map of bounded size without denied names. Returns an error text or null. */
export function checkEnv(env: unknown): string | null {
  if (env === undefined) return null;
  if (typeof env !== "object" || env === null || Array.isArray(env)) return "env must be an object of strings";
  const entries = Object.entries(env);
  if (entries.length > RUN_LIMITS.maxEnvVars) return `env has more than ${RUN_LIMITS.maxEnvVars} variables`;
  for (const [k, v] of entries) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(k)) return `env name ${JSON.stringify(k)} is invalid`;
    if (DENIED_ENV.test(k)) return `env ${k} may not be set`;
    if (typeof v !== "string" || Buffer.byteLength(v) > RUN_LIMITS.maxEnvValueBytes) return `env ${k} must be a string of at most ${RUN_LIMITS.maxEnvValueBytes} bytes`;
  }
  return null;
}

export function runBounded(req: RunRequest): Promise<RunResult> {
  const started = Date.now();
  const base = Object.fromEntries(INHERITED_ENV.filter((k) => process.env[k] !== undefined).map((k) => [k, process.env[k] as string]));
  return new Promise((resolve) => {
    // Its own process group, so a timeout kills whatever it started too.
    const child = spawn(req.executable, req.args, { cwd: req.cwd, env: { ...base, ...req.env }, stdio: ["ignore", "pipe", "pipe"], detached: true, shell: false });
    const out = { stdout: collector(req.maxOutputBytes), stderr: collector(req.maxOutputBytes) };
    child.stdout.on("data", (d: Buffer) => out.stdout.add(d));
    child.stderr.on("data", (d: Buffer) => out.stderr.add(d));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, req.timeoutMs);
    let settled = false;
    const finish = (exitCode: number | null, signal: string | null, error?: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({
        exitCode, signal, timedOut, success: exitCode === 0 && !timedOut,
        stdout: out.stdout.text(), stderr: error ? `${out.stderr.text()}${error.message}` : out.stderr.text(),
        truncated: { stdout: out.stdout.truncated, stderr: out.stderr.truncated },
        durationMs: Date.now() - started,
      });
    };
    child.on("error", (err) => finish(null, null, err));
    child.on("close", (code, signal) => finish(code, signal));
  });
}

function killGroup(pid: number | undefined): void {
  if (!pid) return;
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
}

function collector(limit: number) {
  const chunks: Buffer[] = [];
  let size = 0;
  let truncated = false;
  return {
    add(d: Buffer) {
      if (size >= limit) {
        truncated = true;
        return;
      }
      const part = size + d.length > limit ? d.subarray(0, limit - size) : d;
      if (part.length < d.length) truncated = true;
      chunks.push(part);
      size += part.length;
    },
    text: () => Buffer.concat(chunks).toString("utf8"),
    get truncated() {
      return truncated;
    },
  };
}
