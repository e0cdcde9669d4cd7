/**
 * The official Control UI (from the installed `openclaw` package) served by our control-ui plugin
 * through gateway.controlUi.root: it loads without a CSP violation or page error, connects with the
 * token typed into its "Gateway secret" field, and its config form renders from our config.schema.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserContext } from "playwright-core";
import { TEST_TOKEN } from "../helpers/gateway.js";
import { createControlUiPlugin } from "../../plugins/control-ui/index.js";
import presence from "../../plugins/presence/index.js";
import nodes from "../../plugins/nodes/index.js";
import { HAVE_CHROMIUM, launchBrowser, removeTemps, startE2eGateway, tempDir, type E2eGateway } from "../plugins/control-ui/helpers.js";

const OFFICIAL_UI = resolve(".cache", "official-cli", "node_modules", "openclaw", "dist", "control-ui");
const HAVE_OFFICIAL_UI = existsSync(resolve(OFFICIAL_UI, "index.html"));
if (!HAVE_OFFICIAL_UI) console.warn(`official UI test skipped: ${OFFICIAL_UI} is missing (run scripts/install-official-cli.sh)`);
else if (!HAVE_CHROMIUM) console.warn("official UI test skipped: /usr/bin/chromium is missing");

let browser: BrowserContext;
let gw: E2eGateway;

describe.skipIf(!HAVE_OFFICIAL_UI || !HAVE_CHROMIUM)("official Control UI via gateway.controlUi.root", () => {
  beforeAll(async () => {
    browser = await launchBrowser();
    gw = await startE2eGateway({
      plugins: [presence, nodes, createControlUiPlugin({ assetsDir: tempDir("ocgw-unused-") })],
      config: { gateway: { controlUi: { root: OFFICIAL_UI } } },
    });
  });
  afterAll(async () => {
    await browser?.close();
    await gw?.stop();
    removeTemps();
  });

  it("loads without CSP violations, connects, and renders the config form", async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    const frames: string[] = [];
    page.on("console", (m) => { if (m.type() === "error" || /Content Security Policy/i.test(m.text())) problems.push(`console: ${m.text()}`); });
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    page.on("websocket", (ws) => {
      ws.on("framereceived", (f) => frames.push(String(f.payload)));
      ws.on("framesent", (f) => frames.push(`> ${String(f.payload)}`));
    });
    await page.goto(`${gw.httpUrl}/`);
    await page.getByRole("textbox", { name: "Gateway secret" }).fill(TEST_TOKEN, { timeout: 30_000 });
    await page.keyboard.press("Enter");
    await page.getByRole("textbox", { name: "Gateway secret" }).waitFor({ state: "hidden", timeout: 30_000 });
    // An app route deep below the base path: served index.html, its links made absolute.
    await page.goto(`${gw.httpUrl}/settings/advanced`);
    await page.getByText("Form", { exact: true }).first().waitFor({ timeout: 30_000 });
    // The form rows come from our schema: labels from the hints, an enum as a choice.
    const logging = page.getByText("Console Level", { exact: true });
    await logging.first().waitFor({ timeout: 30_000 });
    await expect(page.getByText("Schema unavailable", { exact: false }).count()).resolves.toBe(0);
    await expect(page.getByText("Unsupported schema", { exact: false }).count()).resolves.toBe(0);
    const responses = frames.filter((f) => !f.startsWith(">")).map((f) => JSON.parse(f) as { type: string; id?: string; ok?: boolean; error?: { message: string } });
    const schemaRequest = frames.filter((f) => f.startsWith(">")).map((f) => JSON.parse(f.slice(2)) as { id: string; method: string }).find((r) => r.method === "config.schema");
    expect(schemaRequest).toBeDefined();
    expect(responses.find((r) => r.type === "res" && r.id === schemaRequest!.id)?.ok).toBe(true);
    expect(problems.filter((p) => /Content Security Policy|Refused to/i.test(p) || p.startsWith("pageerror"))).toEqual([]);
  }, 90_000);
});
