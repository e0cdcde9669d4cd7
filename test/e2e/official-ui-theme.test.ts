/**
 * The official Control UI's theme picker against our gateway (Chromium): without a signed-in profile the UI
 * saves the choice with config.patch (`ui.prefs.theme`, upstream's key, owned by the ui-themes plugin) and
 * reads it back from config.get, so a browser with nothing stored opens in the theme picked elsewhere.
 * Skipped when Chromium or the official package (.cache/official-cli) is missing.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { TEST_TOKEN } from "../helpers/gateway.js";
import { HAVE_CHROMIUM, launchBrowser, removeTemps, startE2eGateway, type E2eGateway } from "../plugins/control-ui/helpers.js";
import { builtinPlugins } from "../../plugins/index.js";

const OFFICIAL_UI_DIR = resolve(".cache", "official-cli", "node_modules", "openclaw", "dist", "control-ui");
const RUN = HAVE_CHROMIUM && existsSync(resolve(OFFICIAL_UI_DIR, "index.html"));
if (!RUN) console.warn("official UI theme test skipped: needs /usr/bin/chromium and the official package (scripts/install-official-cli.sh)");

let browser: BrowserContext;
let gw: E2eGateway;

beforeAll(async () => {
  if (!RUN) return;
  browser = await launchBrowser();
  gw = await startE2eGateway({ plugins: builtinPlugins(), config: { gateway: { controlUi: { root: OFFICIAL_UI_DIR } } } });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await gw?.stop();
  removeTemps();
});

async function connect(page: Page): Promise<void> {
  await page.goto(`${gw.httpUrl}/`);
  await page.getByRole("textbox", { name: "Gateway secret" }).fill(TEST_TOKEN);
  await page.getByRole("button", { name: "Connect" }).click();
  await page.waitForFunction(() => document.documentElement.hasAttribute("data-theme-id"), undefined, { timeout: 20_000 });
}
const appearance = (page: Page) => page.evaluate(() => { history.pushState({}, "", "/settings/appearance"); dispatchEvent(new PopStateEvent("popstate")); });
const themeOf = (page: Page) => page.evaluate(() => document.documentElement.getAttribute("data-theme-id"));

describe.skipIf(!RUN)("official Control UI: the theme picker", () => {
  it("a picked theme is saved on the gateway and a fresh browser opens in it", async () => {
    const page = await browser.newPage();
    await connect(page);
    expect(await themeOf(page)).toBe("claw");
    await appearance(page);
    await page.getByRole("button", { name: /Tide/ }).first().click();
    const op = await gw.client();
    await expect.poll(async () => ((await op.request("config.get", {})) as { config: { ui?: { prefs?: { theme?: string } } } }).config.ui?.prefs?.theme, { timeout: 10_000 }).toBe("tide");
    // Nothing left in this browser: the choice can only come from the gateway.
    await page.evaluate(() => { localStorage.clear(); sessionStorage.clear(); });
    await connect(page);
    await expect.poll(() => themeOf(page), { timeout: 10_000 }).toBe("tide");
    await appearance(page);
    await expect(page.getByRole("button", { name: /Tide/ }).first().getAttribute("aria-pressed")).resolves.toBe("true");
  }, 90_000);
});
