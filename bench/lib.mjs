// Shared bench helpers: child-process servers (our gateway via bin/run.js, the bare ws echo baseline)
// and a minimal protocol client used identically against both. Stats and /proc readings: stats.mjs.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import net from "node:net";
import WebSocket from "ws";
import { signDeviceProof } from "../dist/core/device-keys.js";

export * from "./stats.mjs";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * Some machines set NODE_EXTRA_CA_CERTS for every process (this project's dev VM points it at the whole
 * system bundle): each Node process then parses about 140 certificates before running any code, about
 * 50 ms of CPU here, on ours and on the baseline alike. Nothing a bench starts talks TLS, so the servers
 * and CLIs it times run without it, as on a machine that does not set it; run-all prints that it did.
 */
export const CLEARED_ENV = ["NODE_EXTRA_CA_CERTS"].filter((k) => process.env[k] !== undefined);
for (const k of CLEARED_ENV) delete process.env[k];
export const TOKEN = "bench-token-4f1c9a7e2b";
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** True when the calling module is the script node was started with. */
export const isMain = (metaUrl) => process.argv[1] !== undefined && metaUrl === pathToFileURL(process.argv[1]).href;

export function argValue(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] !== undefined ? Number(process.argv[i + 1]) : fallback;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer().on("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

// ---- child-process servers -------------------------------------------------------------------
const children = new Set();
process.on("exit", () => {
  for (const c of children) c.kill("SIGKILL");
});
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => process.exit(130));

function spawnServer(name, args, env, node = process.execPath) {
  const child = spawn(node, args, { env, stdio: ["ignore", "pipe", "pipe"] });
  children.add(child);
  let output = "";
  const keep = (d) => {
    output = (output + d).slice(-4000);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const exited = new Promise((r) => child.once("exit", (code, signal) => r({ code, signal })));
  exited.then(() => children.delete(child));
  const server = {
    name,
    child,
    pid: child.pid,
    url: null,
    output: () => output,
    exited: () => child.exitCode !== null || child.signalCode !== null,
    waitForListening(timeoutMs = 15000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`${name}: not listening after ${timeoutMs} ms:\n${output}`)), timeoutMs);
        const check = () => {
          const m = /listening on (ws:\/\/[0-9.]+:\d+)/.exec(output);
          if (m) {
            clearTimeout(timer);
            child.stdout.off("data", check);
            server.url = m[1];
            resolve(server.url);
          }
        };
        child.stdout.on("data", check);
        exited.then(() => reject(new Error(`${name} exited before listening:\n${output}`)));
        check();
      });
    },
    async stop() {
      if (server.exited()) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
  return server;
}

/** Spawns `node bin/run.js gateway` with a temp HOME and state dir. Call waitForListening()/stop(). */
/** A child process (gateway, upstream, baseline server) whose output can be awaited for a line. */
export function startChild(name, args, env) {
  const child = spawn(process.execPath, args, { env, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout.on("data", (d) => (out = (out + d).slice(-8000)));
  child.stderr.on("data", (d) => (out = (out + d).slice(-8000)));
  const exited = new Promise((r) => child.once("exit", r));
  return {
    name,
    pid: child.pid,
    async waitFor(re, timeoutMs = 20000) {
      const t0 = Date.now();
      while (!re.test(out)) {
        if (child.exitCode !== null) throw new Error(`${name} exited:\n${out}`);
        if (Date.now() - t0 > timeoutMs) throw new Error(`${name}: no ${re} within ${timeoutMs} ms:\n${out}`);
        await sleep(10);
      }
      return re.exec(out);
    },
    async stop() {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      const t = setTimeout(() => child.kill("SIGKILL"), 5000);
      await exited;
      clearTimeout(t);
    },
  };
}

export function spawnGateway(port, { config, node, prepare } = {}) {
  const home = mkdtempSync(join(tmpdir(), "oc-bench-"));
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("OPENCLAW_")));
  Object.assign(env, { HOME: home, OPENCLAW_STATE_DIR: join(home, ".openclaw") });
  // A config (an object) is written to <state>/openclaw.json; prepare(home) may add files (plugins) first.
  prepare?.(home);
  if (config !== undefined) {
    mkdirSync(join(home, ".openclaw"), { recursive: true });
    writeFileSync(join(home, ".openclaw", "openclaw.json"), JSON.stringify(config), { mode: 0o600 });
  }
  const args = [join(ROOT, "bin/run.js"), "gateway", "--port", String(port), "--token", TOKEN, "--allow-unconfigured"];
  const server = spawnServer("ours", args, env, node);
  const stop = server.stop;
  server.stop = async () => {
    await stop();
    rmSync(home, { recursive: true, force: true });
  };
  server.url = `ws://127.0.0.1:${port}`;
  server.home = home;
  return server;
}

/** The bare `ws` echo; with `replies` ({method: payload}) it answers those methods with those payloads. */
export function spawnEcho(port = 0, node = process.execPath, replies) {
  const args = [join(ROOT, "bench/echo-server.mjs"), String(port)];
  if (replies) {
    const dir = mkdtempSync(join(tmpdir(), "oc-bench-echo-"));
    writeFileSync(join(dir, "replies.json"), JSON.stringify(replies));
    args.push(join(dir, "replies.json"));
  }
  return spawnServer(replies ? "echo-sized" : "echo", args, process.env, node);
}

/**
 * Our gateway's own answers, to be replayed by a sized echo: hello-ok (as `connect`, for the given
 * handshake options) and the payload of each method named. The same bytes with no work behind them.
 */
export async function captureReplies(url, methods, opts = {}) {
  const ws = await handshake(url, opts);
  const replies = { connect: ws.hello };
  let id = 0;
  for (const method of methods) {
    replies[method] = await new Promise((resolve, reject) => {
      const rid = `capture-${++id}`;
      ws.on("message", function onMessage(data) {
        const f = JSON.parse(data);
        if (f.type !== "res" || f.id !== rid) return;
        ws.off("message", onMessage);
        if (f.ok) resolve(f.payload);
        else reject(new Error(`${method}: ${f.error?.message}`));
      });
      ws.send(JSON.stringify({ type: "req", id: rid, method, params: {} }));
    });
  }
  await closeWs(ws);
  return replies;
}

/**
 * Starts a server and waits until one full handshake succeeds (as "cli", so no presence entry is left).
 * `echo-sized` needs `replies` (see captureReplies).
 */
export async function startServer(kind, replies) {
  const server = kind === "ours" ? spawnGateway(await freePort()) : spawnEcho(0, process.execPath, kind === "echo-sized" ? replies : undefined);
  try {
    await server.waitForListening();
    await closeWs(await handshake(server.url, { clientId: "cli", mode: "cli" }));
  } catch (err) {
    await server.stop();
    throw err;
  }
  return server;
}

// ---- protocol client (the same code path for ours and the echo baseline) --------------------------
export function connectParams({ nonce, ts, device, clientId = "gateway-client", mode = "backend" }) {
  const client = { id: clientId, version: "0.1.0", platform: process.platform, mode };
  const scopes = ["operator.admin"];
  const params = { minProtocol: 3, maxProtocol: 4, client, role: "operator", scopes, caps: [], auth: { token: TOKEN } };
  if (device) {
    params.device = signDeviceProof(device, {
      nonce, signedAt: ts, clientId, clientMode: mode, role: "operator", scopes, platform: client.platform, token: TOKEN,
    });
  }
  return params;
}

/** Opens a socket, waits for connect.challenge, sends connect, resolves with the socket on an ok res. */
export function handshake(url, opts = {}) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { perMessageDeflate: false });
    let stage = 0;
    const fail = (err) => {
      if (stage === 2) return;
      stage = 2;
      clearTimeout(timer);
      ws.terminate();
      reject(err);
    };
    const timer = setTimeout(() => fail(new Error(`no hello from ${url} within 10 s`)), 10_000);
    ws.on("error", fail);
    ws.on("close", (code) => fail(new Error(`closed (${code}) before hello`)));
    ws.on("message", function onMessage(data) {
      const f = JSON.parse(data);
      if (stage === 0 && f.event === "connect.challenge") {
        stage = 1;
        const params = connectParams({ ...opts, nonce: f.payload.nonce, ts: f.payload.ts });
        ws.send(JSON.stringify({ type: "req", id: "connect", method: "connect", params }));
      } else if (stage === 1 && f.type === "res" && f.id === "connect") {
        if (!f.ok) return fail(new Error(`connect refused: ${f.error?.message}`));
        stage = 2;
        clearTimeout(timer);
        ws.off("message", onMessage);
        ws.helloBytes = data.length;
        ws.hello = f.payload;
        resolve(ws);
      }
    });
  });
}

export function closeWs(ws) {
  if (ws.readyState === WebSocket.CLOSED) return Promise.resolve();
  return new Promise((resolve) => {
    ws.once("close", resolve);
    ws.close();
  });
}
