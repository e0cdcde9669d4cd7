/**
 * startTestGateway({plugins, config}): a real gateway on 127.0.0.1 port 0 with a temporary state dir,
 * plus helpers to open protocol clients and raw sockets against it.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import WebSocket from "ws";
import { createGateway, type Gateway, type GatewayLimits, type GatewayOptions, type GatewayTimings } from "../../core/gateway.js";
import { LogSink } from "../../core/log.js";
import { GatewayClient, type GatewayClientOptions } from "../../core/client.js";
import type { AuthSettings } from "../../core/auth.js";
import type { PluginDefinition } from "../../core/plugin-types.js";
import type { PluginEntry } from "../../core/plugin-host.js";

export const TEST_TOKEN = "test-token-0123456789";

export interface TestGatewayOptions {
  plugins?: Array<PluginDefinition | PluginEntry>;
  config?: Record<string, unknown>;
  auth?: AuthSettings | (() => AuthSettings);
  timings?: Partial<GatewayTimings>;
  limits?: Partial<GatewayLimits>;
  trustedProxies?: string[];
  allowedOrigins?: string[];
  limiter?: GatewayOptions["limiter"];
  /** Collect log lines here instead of printing them. */
  logs?: string[];
  verbose?: boolean;
  /** Reuse this state dir (e.g. to restart a gateway over the same sessions); it is left in place on stop. */
  stateDir?: string;
  /** Hot reload of `<stateDir>/openclaw.json`, as an embedder gets it (createGateway's watchConfig). */
  watchConfig?: GatewayOptions["watchConfig"];
}

export interface TestGateway {
  gateway: Gateway;
  url: string;
  httpUrl: string;
  stateDir: string;
  logs: string[];
  client(options?: Partial<GatewayClientOptions>): Promise<GatewayClient>;
  stop(): Promise<void>;
}

const open: TestGateway[] = [];

export async function startTestGateway(options: TestGatewayOptions = {}): Promise<TestGateway> {
  const stateDir = options.stateDir ?? mkdtempSync(join(tmpdir(), "ocgw-test-"));
  const logs = options.logs ?? [];
  const sink = new LogSink({ consoleLevel: options.verbose ? "debug" : "info", write: (line) => logs.push(line) });
  const auth = options.auth ?? { mode: "token", token: TEST_TOKEN };
  const gateway = createGateway({
    host: "127.0.0.1",
    port: 0,
    config: options.config ?? {},
    configPath: join(stateDir, "openclaw.json"),
    stateDir,
    plugins: (options.plugins ?? []).map((p) => ("def" in p ? p : { def: p, source: "test", enabled: true })),
    auth: typeof auth === "function" ? auth : () => auth,
    trustedProxies: () => options.trustedProxies ?? [],
    allowedOrigins: () => options.allowedOrigins ?? [],
    logSink: sink,
    version: "test",
    limiter: options.limiter,
    limits: options.limits,
    timings: options.timings,
    watchConfig: options.watchConfig,
  });
  await gateway.start();
  const clients: GatewayClient[] = [];
  const tg: TestGateway = {
    gateway,
    url: gateway.url,
    httpUrl: gateway.info.httpUrl,
    stateDir,
    logs,
    async client(clientOptions = {}) {
      const c = new GatewayClient({ url: gateway.url, token: TEST_TOKEN, ...clientOptions });
      clients.push(c);
      await c.connect();
      return c;
    },
    async stop() {
      await Promise.all(clients.map((c) => c.close()));
      await gateway.stop();
      if (!options.stateDir) rmSync(stateDir, { recursive: true, force: true });
    },
  };
  open.push(tg);
  return tg;
}

export async function stopAllTestGateways(): Promise<void> {
  await Promise.all(open.splice(0).map((g) => g.stop().catch(() => undefined)));
}

export interface RawResult {
  code: number | null;
  reason: string;
  frames: Array<Record<string, unknown>>;
  status?: number;
}

/**
 * Opens a raw socket, answers the challenge with `onChallenge(payload)` frames, and resolves when the
 * server closes (or after `waitMs` with code null).
 */
export function rawExchange(
  url: string,
  onChallenge: (challenge: { nonce: string; ts: number }) => Array<string | Buffer>,
  options: { waitMs?: number; headers?: Record<string, string> } = {},
): Promise<RawResult> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, { headers: options.headers });
    const frames: Array<Record<string, unknown>> = [];
    let status: number | undefined;
    let done = false;
    const finish = (code: number | null, reason: string) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      ws.terminate();
      resolve({ code, reason, frames, status });
    };
    const timer = setTimeout(() => finish(null, "still open"), options.waitMs ?? 3000);
    ws.on("unexpected-response", (_req, res) => {
      status = res.statusCode;
      finish(null, `http ${res.statusCode}`);
    });
    ws.on("error", () => undefined);
    ws.on("message", (data) => {
      let frame: Record<string, unknown>;
      try {
        frame = JSON.parse(data.toString());
      } catch {
        return;
      }
      frames.push(frame);
      if (frame.event === "connect.challenge") for (const f of onChallenge(frame.payload as { nonce: string; ts: number })) ws.send(f);
    });
    ws.on("close", (code, reason) => finish(code, reason.toString()));
  });
}

/** A connect request frame with sensible defaults; `params` overrides fields. */
export function connectFrame(params: Record<string, unknown> = {}, id = "c1"): string {
  return JSON.stringify({
    type: "req",
    id,
    method: "connect",
    params: {
      minProtocol: 3,
      maxProtocol: 4,
      client: { id: "test", version: "1", platform: "linux", mode: "test" },
      role: "operator",
      scopes: ["operator.admin"],
      auth: { token: TEST_TOKEN },
      ...params,
    },
  });
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until `predicate` holds (polling), or throws after `timeoutMs`. */
export async function waitFor(predicate: () => boolean, timeoutMs = 5000, what = "condition"): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}
