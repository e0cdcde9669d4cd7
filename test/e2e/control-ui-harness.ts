/**
 * Shared set-up of the Control UI browser tests: one headless Chromium, the built page and a fake provider
 * per test file, gateways started with presence, nodes, the agent and control-ui, and page helpers.
 */
import { afterAll, afterEach, beforeAll } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import type { PluginDefinition } from "../../core/sdk/plugin.js";
import { TEST_TOKEN } from "../helpers/gateway.js";
import { fakeProviderConfig, lastUserText, startFakeProvider, type FakeProvider } from "../helpers/fake-provider.js";
import { createControlUiPlugin } from "../../plugins/control-ui/index.js";
import presence from "../../plugins/presence/index.js";
import nodes from "../../plugins/nodes/index.js";
import agent from "../../plugins/agent/index.js";
import { CHROMIUM, HAVE_CHROMIUM, buildUi, launchBrowser, removeTemps, startE2eGateway, type BuiltUi, type E2eGateway } from "../plugins/control-ui/helpers.js";

export { HAVE_CHROMIUM };
// Live bindings: set by the hooks below, read by the tests.
export let ui: BuiltUi;
export let browser: BrowserContext;
export let provider: FakeProvider;
const running: E2eGateway[] = [];

/** Registers the file's hooks; call once at the top of a browser test file. */
export function useControlUiBrowser(): void {
  if (!HAVE_CHROMIUM) console.warn(`control UI browser tests skipped: ${CHROMIUM} is missing (apt-get install -y chromium; .ci/run installs it)`);
  beforeAll(async () => {
    if (!HAVE_CHROMIUM) return;
    ui = await buildUi();
    browser = await launchBrowser();
    provider = await startFakeProvider();
  });
  afterEach(async () => {
    for (const p of browser?.pages() ?? []) await p.close();
    await Promise.all(running.splice(0).map((g) => g.stop().catch(() => undefined)));
    provider?.setReply((r) => ({ text: `Echo: ${lastUserText(r)}` }));
  });
  afterAll(async () => {
    await browser?.close();
    await provider?.close();
    removeTemps();
  });
}

export async function start(options: { port?: number; stateDir?: string; token?: string; extraPlugins?: PluginDefinition[] } = {}): Promise<E2eGateway> {
  const { extraPlugins = [], ...rest } = options;
  const plugins = [presence, nodes, agent, ...extraPlugins, createControlUiPlugin({ assetsDir: ui.dir })];
  // 127.0.0.1 is a trusted proxy so test clients can pose as remote (X-Forwarded-For); the browser sends no such header.
  const gw = await startE2eGateway({ plugins, config: fakeProviderConfig(provider), trustedProxies: ["127.0.0.1"], ...rest });
  running.push(gw);
  return gw;
}

/** A gateway the test stopped itself: afterEach leaves it alone. */
export function forget(gw: E2eGateway): void {
  const i = running.indexOf(gw);
  if (i >= 0) running.splice(i, 1);
}

/** Loads the page, enters the token and waits for health (a browser on this machine is paired silently, like upstream). */
export async function openUi(page: Page, gw: E2eGateway, path = "/"): Promise<void> {
  await page.goto(`${gw.httpUrl}${path}`);
  await page.getByLabel("Gateway token").fill(TEST_TOKEN);
  await page.getByRole("button", { name: "Connect" }).click();
  await healthShown(page);
}

export const healthShown = (page: Page) => page.getByRole("region", { name: "Health" }).getByText("Healthy").waitFor();
