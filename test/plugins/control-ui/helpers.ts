/**
 * Control UI test helpers: the page built from ui/ into a temp folder (once per test file), a gateway
 * with presence + nodes + control-ui serving it, and the names of the built assets.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";
import { startTestGateway, TEST_TOKEN, type TestGateway, type TestGatewayOptions } from "../../helpers/gateway.js";
import { createGateway, type Gateway } from "../../../core/gateway.js";
import { LogSink } from "../../../core/log.js";
import { GatewayClient, type GatewayClientOptions } from "../../../core/client.js";
import { createControlUiPlugin } from "../../../plugins/control-ui/index.js";
import presence from "../../../plugins/presence/index.js";
import nodes from "../../../plugins/nodes/index.js";
import type { PluginDefinition } from "../../../core/plugin-types.js";
import { buildControlUi, DEFAULT_OUT_DIR, type BuiltFile } from "../../../scripts/build-ui.mjs";

const temps: string[] = [];

export function tempDir(prefix = "ocgw-ui-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

export function removeTemps(): void {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
}

export interface BuiltUi {
  dir: string;
  js: string;
  css: string;
  icon: string;
  files: BuiltFile[];
}

/** Builds ui/ into a fresh folder with the real build script. */
export async function buildUi(outDir = tempDir("ocgw-ui-build-")): Promise<BuiltUi> {
  const { files } = await buildControlUi({ outDir, quiet: true });
  const assets = readdirSync(join(outDir, "assets"));
  const pick = (re: RegExp) => {
    const name = assets.find((n) => re.test(n));
    if (!name) throw new Error(`no asset matching ${re} in ${outDir}`);
    return name;
  };
  return { dir: outDir, js: pick(/^app-.*\.js$/), css: pick(/^app-.*\.css$/), icon: pick(/^icon-.*\.svg$/), files };
}

/**
 * The page where `openclaw gateway` serves it from (dist/control-ui), as `npm run build` (pretest)
 * leaves it; built here only when missing. Like dist/ for the CLI, it reflects the last build.
 */
export async function ensureDefaultBuild(): Promise<void> {
  if (!existsSync(join(DEFAULT_OUT_DIR, "index.html"))) await buildControlUi({ quiet: true });
}

export interface UiGatewayOptions extends TestGatewayOptions {
  assetsDir: string;
  /** Extra plugins set up before control-ui (e.g. the agent). */
  extraPlugins?: PluginDefinition[];
  /** Leave out presence and nodes. */
  bare?: boolean;
}

export function startUiGateway(options: UiGatewayOptions): Promise<TestGateway> {
  const { assetsDir, extraPlugins = [], bare, ...rest } = options;
  const base = bare ? [] : ([presence, nodes]);
  return startTestGateway({ ...rest, plugins: [...base, ...extraPlugins, createControlUiPlugin({ assetsDir })] });
}

export interface E2eGateway {
  gateway: Gateway;
  url: string;
  httpUrl: string;
  port: number;
  stateDir: string;
  configPath: string;
  client(options?: Partial<GatewayClientOptions>): Promise<GatewayClient>;
  /** Stops the gateway (the state dir stays, so a restart keeps pairings). */
  stop(): Promise<void>;
}

/**
 * A gateway like startTestGateway's, plus what the page shows that the helper lacks: a JSON-lines
 * log file (for logs.tail), a fixed port and state dir (for a restart on the same address).
 */
export async function startE2eGateway(options: { plugins: PluginDefinition[]; config?: Record<string, unknown>; port?: number; stateDir?: string; trustedProxies?: string[]; token?: string }): Promise<E2eGateway> {
  const stateDir = options.stateDir ?? tempDir("ocgw-ui-e2e-");
  const sink = new LogSink({ consoleLevel: "error", dir: join(stateDir, "logs"), write: () => undefined });
  const configPath = join(stateDir, "openclaw.json");
  const gateway = createGateway({
    host: "127.0.0.1",
    port: options.port ?? 0,
    config: options.config ?? {},
    configPath,
    stateDir,
    plugins: options.plugins.map((def) => ({ def, source: "test", enabled: true })),
    auth: () => ({ mode: "token", token: options.token ?? TEST_TOKEN }),
    trustedProxies: () => options.trustedProxies ?? [],
    allowedOrigins: () => [],
    logSink: sink,
    version: "e2e",
  });
  await gateway.start();
  const clients: GatewayClient[] = [];
  return {
    gateway,
    url: gateway.url,
    httpUrl: gateway.info.httpUrl,
    port: gateway.port,
    stateDir,
    configPath,
    async client(clientOptions = {}) {
      const c = new GatewayClient({ url: gateway.url, token: TEST_TOKEN, ...clientOptions });
      clients.push(c);
      await c.connect();
      return c;
    },
    async stop() {
      await Promise.all(clients.splice(0).map((c) => c.close()));
      await gateway.stop();
      await sink.close();
    },
  };
}

export const CHROMIUM = "/usr/bin/chromium";
export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
export const HAVE_CHROMIUM = existsSync(CHROMIUM);

/** A fresh headless Chromium with its own user-data-dir; close the context to stop it. */
export function launchBrowser(): Promise<BrowserContext> {
  return chromium.launchPersistentContext(tempDir("ocgw-ui-chromium-"), {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
  });
}
