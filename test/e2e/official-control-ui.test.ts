/**
 * The OFFICIAL OpenClaw Control UI (the static build in the installed `openclaw` package) against our
 * gateway, in headless Chromium: token typed into its "Gateway secret" field, every WebSocket frame
 * recorded, a tour of its views. Asserts no error banner, no page error, no unknown-method answer and no
 * request storm. Skipped with a message when the official package or Chromium is missing.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { TEST_TOKEN } from "../helpers/gateway.js";
import { fakeProviderConfig, lastUserText, startFakeProvider, type FakeProvider } from "../helpers/fake-provider.js";
import { HAVE_CHROMIUM, launchBrowser, removeTemps, startE2eGateway, type E2eGateway } from "../plugins/control-ui/helpers.js";
import { builtinPlugins } from "../../plugins/index.js";

/** Where scripts/install-official-cli.sh puts the official package's Control UI build. */
const OFFICIAL_UI_DIR = resolve(".cache", "official-cli", "node_modules", "openclaw", "dist", "control-ui");
const HAVE_OFFICIAL_UI = existsSync(resolve(OFFICIAL_UI_DIR, "index.html"));

const RUN = HAVE_CHROMIUM && HAVE_OFFICIAL_UI;
if (!HAVE_OFFICIAL_UI) console.warn(`official Control UI tour skipped: ${OFFICIAL_UI_DIR} is missing (run scripts/install-official-cli.sh)`);
if (!HAVE_CHROMIUM) console.warn("official Control UI tour skipped: /usr/bin/chromium is missing (apt-get install -y chromium)");

interface Frame { dir: "in" | "out"; at: number; data: Record<string, unknown> }

let browser: BrowserContext;
let provider: FakeProvider;
let gw: E2eGateway;

beforeAll(async () => {
  if (!RUN) return;
  provider = await startFakeProvider();
  // "slowly" asks for a reply long and slow enough to be stopped mid-stream (200 pieces, 100 ms apart).
  provider.setReply((r) => (lastUserText(r).includes("slowly") ? { text: "tick ".repeat(200), chunkSize: 5, delayMs: 100 } : { text: `Echo: ${lastUserText(r)}` }));
  browser = await launchBrowser();
  // The official build served by our control-ui plugin through upstream's own key, gateway.controlUi.root.
  const config = { ...fakeProviderConfig(provider), gateway: { controlUi: { root: OFFICIAL_UI_DIR } } };
  gw = await startE2eGateway({ plugins: builtinPlugins(), config });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await gw?.stop();
  await provider?.close();
  removeTemps();
});

function record(page: Page): Frame[] {
  const frames: Frame[] = [];
  page.on("websocket", (ws) => {
    ws.on("framesent", (f) => typeof f.payload === "string" && frames.push({ dir: "out", at: Date.now(), data: JSON.parse(f.payload) }));
    ws.on("framereceived", (f) => typeof f.payload === "string" && frames.push({ dir: "in", at: Date.now(), data: JSON.parse(f.payload) }));
  });
  return frames;
}

/** Views beyond the list, toured to find what else the UI asks for. */
const MORE_VIEWS = ["/agents", "/activity", "/dashboards", "/skills", "/settings/skills", "/tasks", "/worktrees", "/portals", "/new", "/apps", "/settings/appearance", "/settings/profile", "/settings/updates", "/settings/about", "/settings/connection", "/settings/plugins", "/settings/security", "/settings/talk", "/settings/memory", "/settings/mcp", "/settings/cloud-workers", "/settings/labs", "/settings/search"];

/**
 * The one failed answer the tour expects: the memory settings view looks up the config schema of upstream's
 * memory plugin, which this gateway does not have; upstream answers a path its schema lacks with this same
 * INVALID_REQUEST "config schema path not found", and the view shows no error for it.
 */
const EXPECTED_FAILURES: Record<string, RegExp> = { "config.schema.lookup": /config schema path not found: plugins\.entries\.memory-core\.config/ };

const TOUR = [...MORE_VIEWS, "/chat", "/sessions", "/systems", "/settings/channels", "/settings/devices", "/settings/general", "/logs", "/automations", "/usage", "/debug", "/settings/agents", "/settings/model-providers", "/settings/approvals", "/plugins"];

function summary(frames: Frame[]) {
  const byId = new Map<string, string>();
  const counts: Record<string, number> = {};
  const failures: Record<string, string> = {};
  for (const f of frames) {
    if (f.dir === "out" && f.data.type === "req") { byId.set(String(f.data.id), String(f.data.method)); counts[String(f.data.method)] = (counts[String(f.data.method)] ?? 0) + 1; }
    if (f.dir === "in" && f.data.type === "res" && f.data.ok === false) failures[byId.get(String(f.data.id)) ?? "?"] = JSON.stringify(f.data.error).slice(0, 200);
  }
  return { counts, failures };
}

describe.skipIf(!RUN)("official Control UI against our gateway", () => {
  it("connects with the typed secret, chats with streaming, reloads into its history, stops a reply, and tours every view without errors or request storms", async () => {
    const page = await browser.newPage();
    const frames = record(page);
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${gw.httpUrl}/`);
    await page.getByRole("textbox", { name: "Gateway secret" }).fill(TEST_TOKEN);
    await page.getByRole("button", { name: "Connect" }).click();
    await expect.poll(() => frames.some((f) => f.dir === "in" && f.data.type === "res" && f.data.ok === true && (f.data.payload as { type?: string })?.type === "hello-ok"), { timeout: 20_000 }).toBe(true);

    // Chat: a typed message streams the fake provider's reply into the view.
    await page.evaluate(() => { history.pushState({}, "", "/chat"); dispatchEvent(new PopStateEvent("popstate")); });
    const composer = page.locator("textarea").first();
    await composer.waitFor({ timeout: 20_000 });
    await composer.fill("hello official ui");
    await composer.press("Enter");
    await page.getByText("Echo: hello official ui").first().waitFor({ timeout: 20_000 });
    const sent = frames.find((f) => f.dir === "out" && f.data.method === "chat.send");
    expect(sent, "the UI sent chat.send").toBeDefined();
    expect(frames.some((f) => f.dir === "in" && f.data.event === "chat" && (f.data.payload as { state?: string }).state === "final")).toBe(true);

    // Reload: the view reconnects with the stored secret and shows the history (chat.startup), and the message
    // it sent is confirmed by its idempotencyKey in the history instead of staying "waiting for reconnect".
    const beforeReload = frames.length;
    await page.reload();
    await page.getByText("Echo: hello official ui").first().waitFor({ timeout: 20_000 });
    expect(frames.slice(beforeReload).some((f) => f.dir === "out" && f.data.method === "chat.startup")).toBe(true);
    await expect.poll(() => page.getByText("Waiting for reconnect").count(), { timeout: 10_000 }).toBe(0);

    // Stop: a slow streamed reply is aborted from the view; the provider request is closed.
    const composerAgain = page.locator("textarea:visible").first();
    await composerAgain.fill("answer slowly please");
    await composerAgain.press("Enter");
    await page.getByText("tick tick tick").first().waitFor({ timeout: 20_000 });
    const abortedBefore = provider.aborted;
    await page.getByRole("button", { name: "Stop generating" }).click();
    await expect.poll(() => frames.some((f) => f.dir === "out" && f.data.method === "chat.abort"), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => frames.some((f) => f.dir === "in" && f.data.event === "chat" && (f.data.payload as { state?: string }).state === "aborted"), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => provider.aborted, { timeout: 10_000 }).toBeGreaterThan(abortedBefore);
    await expect.poll(() => page.getByRole("button", { name: "Stop generating" }).count(), { timeout: 10_000 }).toBe(0);
    expect(frames.some((f) => f.dir === "in" && f.data.event === "chat" && (f.data.payload as { state?: string }).state === "final" && JSON.stringify(f.data).includes("tick tick"))).toBe(false);

    const loadedAt = Date.now();
    for (const path of TOUR) {
      await page.evaluate((p) => { history.pushState({}, "", p); dispatchEvent(new PopStateEvent("popstate")); }, path);
      await page.waitForTimeout(1200);
      const banners = await page.locator('[role="alert"]:visible, .callout.danger:visible, .error-banner:visible').allInnerTexts();
      expect(banners.filter((b) => b.trim()), `error banner on ${path}`).toEqual([]);
    }

    // Automations with a job in it: the job the operator added shows in the view.
    const op = await gw.client();
    await op.request("cron.add", { name: "tour-morning-check", schedule: { kind: "cron", expr: "0 8 * * *" }, sessionTarget: "isolated", wakeMode: "now", payload: { kind: "agentTurn", message: "check the mail" } });
    await page.evaluate(() => { history.pushState({}, "", "/automations"); dispatchEvent(new PopStateEvent("popstate")); });
    await page.getByText("tour-morning-check").first().waitFor({ timeout: 20_000 });
    expect(await page.locator('[role="alert"]:visible, .callout.danger:visible, .error-banner:visible').allInnerTexts()).toEqual([]);

    // Approvals with a pending exec approval: the view renders without an error while it waits; the shell's
    // approval prompt (if it shows one) approves it, else the test client does; then the view's history lists it.
    const asked = op.request<{ id: string; decision: string | null }>("exec.approval.request", { command: "/usr/bin/uptime", commandArgv: ["/usr/bin/uptime"], host: "gateway", timeoutMs: 60_000 }, { timeoutMs: 90_000 });
    await expect.poll(async () => (await op.request<unknown[]>("exec.approval.list", {})).length, { timeout: 10_000 }).toBe(1);
    await page.evaluate(() => { history.pushState({}, "", "/settings/approvals"); dispatchEvent(new PopStateEvent("popstate")); });
    await page.waitForTimeout(2000);
    expect(await page.locator('[role="alert"]:visible, .callout.danger:visible, .error-banner:visible').allInnerTexts()).toEqual([]);
    const approve = page.getByRole("button", { name: /^(Allow once|Approve once)$/i }).first();
    let approvedFromPage = false;
    if (await approve.count()) {
      await approve.click();
      approvedFromPage = true;
    } else {
      const [pending] = await op.request<Array<{ id: string }>>("exec.approval.list", {});
      await op.request("exec.approval.resolve", { id: pending.id, decision: "allow-once" });
    }
    expect(await asked).toMatchObject({ decision: "allow-once" });
    await page.getByText("/usr/bin/uptime").first().waitFor({ timeout: 20_000 });
    console.log(`official UI tour: pending exec approval ${approvedFromPage ? "approved from the page" : "shown nowhere with a button; approved from the test client"}`);

    // Debug → Manual RPC: a method called from the view answers; bad params name the field (INVALID_REQUEST).
    const tourFrames = frames.length; // the deliberate bad call below is not a failure of the tour
    await page.evaluate(() => { history.pushState({}, "", "/debug"); dispatchEvent(new PopStateEvent("popstate")); });
    const rpc = page.locator("section.settings-section", { hasText: "Manual RPC" });
    await rpc.getByLabel("Method").selectOption("system.info");
    await rpc.locator("textarea").fill("{}");
    await rpc.getByRole("button").last().click();
    await rpc.getByText("machineName").first().waitFor({ timeout: 10_000 });
    await rpc.getByLabel("Method").selectOption("progressCard.get");
    await rpc.locator("textarea").fill('{"sessionKey": 5}');
    await rpc.getByRole("button").last().click();
    await expect.poll(async () => (await rpc.innerText()).includes("sessionKey"), { timeout: 10_000 }).toBe(true);
    const badCall = [...frames].reverse().find((f) => f.dir === "out" && f.data.method === "progressCard.get" && JSON.stringify(f.data.params) === '{"sessionKey":5}');
    const badAnswer = frames.find((f) => f.dir === "in" && f.data.type === "res" && f.data.id === badCall?.data.id);
    expect(badAnswer?.data.error).toMatchObject({ code: "INVALID_REQUEST", message: expect.stringContaining("sessionKey") });

    const { failures } = summary(frames.slice(0, tourFrames));
    const unknown = Object.entries(failures).filter(([, e]) => e.includes("unknown method"));
    expect(unknown).toEqual([]);
    const otherFailures = Object.entries(failures).filter(([m, e]) => m !== "connect" && !EXPECTED_FAILURES[m]?.test(e));
    expect(otherFailures).toEqual([]);
    expect(errors).toEqual([]);

    // No request storm: after load, no method more than 20 requests in any one-second window.
    const after = frames.filter((f) => f.dir === "out" && f.data.type === "req" && f.at >= loadedAt);
    const perSecond = new Map<string, number>();
    for (const f of after) {
      const k = `${String(f.data.method)}@${Math.floor(f.at / 1000)}`;
      perSecond.set(k, (perSecond.get(k) ?? 0) + 1);
    }
    const storms = [...perSecond].filter(([, n]) => n > 20);
    const peak = [...perSecond].sort((a, b) => b[1] - a[1])[0];
    console.log(`official UI tour: ${TOUR.length + 2} views, ${frames.length} frames, ${unknown.length} unknown-method answers, peak ${peak?.[1] ?? 0} requests/s (${peak?.[0] ?? "none"}) after load`);
    expect(storms).toEqual([]);
  }, 240_000);
});
