/** Spawns the built `openclaw node run` with an isolated HOME and its own system.run allowlist. */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { BIN, cliHome, type CliHome } from "./cli.js";

export interface RunningNode {
  child: ChildProcess;
  home: CliHome;
  output(): string;
  /** Waits until the output matches (or throws with the output so far). */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

const running = new Set<RunningNode>();

export function writeAllowlist(home: CliHome, commands: string[]): string {
  const dir = join(home.stateDir, "node");
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = join(dir, "allowlist.json");
  writeFileSync(file, JSON.stringify({ version: 1, commands }));
  return file;
}

export function spawnNodeHost(args: string[], options: { home?: CliHome; allow?: string[]; env?: NodeJS.ProcessEnv } = {}): RunningNode {
  const home = options.home ?? cliHome();
  if (options.allow) writeAllowlist(home, options.allow);
  const child = spawn(process.execPath, [BIN, "node", "run", ...args], { env: { ...home.env, ...options.env }, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (out += d));
  const exited = new Promise<number | null>((r) => child.on("exit", (code) => r(code)));
  const node: RunningNode = {
    child,
    home,
    output: () => out,
    async waitFor(pattern, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const m = pattern.exec(out);
        if (m) return m;
        if (Date.now() > deadline || child.exitCode !== null) throw new Error(`node host output never matched ${pattern}:\n${out}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    async stop(signal = "SIGTERM") {
      running.delete(node);
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
  running.add(node);
  return node;
}

export async function stopAllNodeHosts(): Promise<void> {
  await Promise.all([...running].map((n) => n.stop("SIGKILL")));
}
