/** Runs the built `openclaw` CLI (bin/run.js) as a child process with an isolated HOME. */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const BIN = resolve("bin/run.js");

export interface CliHome {
  home: string;
  stateDir: string;
  configPath: string;
  env: NodeJS.ProcessEnv;
  writeConfig(config: unknown): void;
}

export function cliHome(): CliHome {
  const home = mkdtempSync(join(tmpdir(), "ocgw-cli-"));
  const stateDir = join(home, ".openclaw");
  mkdirSync(stateDir, { recursive: true, mode: 0o700 });
  const configPath = join(stateDir, "openclaw.json");
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("OPENCLAW_")));
  return {
    home,
    stateDir,
    configPath,
    // The canvas host would bind gateway port + 4, which can be another parallel test's freePort();
    // canvas tests that spawn the CLI drop this and pick the canvas port themselves.
    // A developer's TELEGRAM_BOT_TOKEN must never reach a spawned gateway (it would poll the real bot).
    env: { ...inherited, TELEGRAM_BOT_TOKEN: "", HOME: home, NO_COLOR: "1", OPENCLAW_SKIP_CANVAS_HOST: "1" },
    writeConfig: (config) => writeFileSync(configPath, typeof config === "string" ? config : JSON.stringify(config, null, 2), { mode: 0o600 }),
  };
}

/** Distinct free ports (all held open until every one is known, so none repeats). */
export async function freePorts(n: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from({ length: n }, () => new Promise<ReturnType<typeof createServer>>((res) => {
      const s = createServer();
      s.listen(0, "127.0.0.1", () => res(s));
    })),
  );
  const ports = servers.map((s) => (s.address() as { port: number }).port);
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  return ports;
}

export function freePort(): Promise<number> {
  return new Promise((res) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => res(port));
    });
  });
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], env: NodeJS.ProcessEnv, timeoutMs = 20_000): Promise<CliRun> {
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stdout, stderr });
    });
  });
}

export interface RunningGateway {
  child: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Spawns `openclaw gateway …` and waits until its start-up banner ends with "ready" (or it exits). */
export async function spawnGateway(args: string[], env: NodeJS.ProcessEnv, timeoutMs = 15_000): Promise<RunningGateway> {
  const child = spawn(process.execPath, [BIN, "gateway", ...args], { env, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (out += d));
  const exited = new Promise<number | null>((r) => child.on("exit", (code) => r(code)));
  const deadline = Date.now() + timeoutMs;
  while (!/\] ready in \d+ ms/.test(out) && child.exitCode === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  return {
    child,
    output: () => out,
    exited,
    async stop(signal = "SIGTERM") {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}
