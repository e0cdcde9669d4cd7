/**
 * The official `openclaw` CLI's everyday commands (unchanged, as a new user runs them) against one gateway
 * built from this tree, with a fake model provider and a fake Telegram Bot API (both speak the real wire
 * format on 127.0.0.1). Covers what the other official-cli-* tests do not: text `status --deep` and
 * `health`, `models list`, `channels status`, `message send`, `agent`, `system event|presence`,
 * `cron list`'s table, `logs`, `devices`/`nodes`, `gateway usage-cost` and the theme methods through
 * `gateway call`. Skipped when the official CLI is not installed in .cache/official-cli
 * (scripts/install-official-cli.sh).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OFFICIAL_CLI_INSTALLED, runOfficialCli, type OfficialRun } from "../helpers/official-cli.js";
import { cliHome, freePort, spawnGateway, type RunningGateway } from "../helpers/cli.js";
import { startFakeProvider, fakeProviderConfig, type FakeProvider } from "../helpers/fake-provider.js";
import { startFakeTelegram, type FakeTelegram } from "../helpers/fake-telegram.js";

const SKIP_REASON = "the official CLI is not installed in .cache/official-cli; run scripts/install-official-cli.sh";
if (!OFFICIAL_CLI_INSTALLED) console.warn(`[official-cli-everyday.test] skipped: ${SKIP_REASON}`);

const TOKEN = "e2e-official-everyday-token-0123456789";
const BOT_TOKEN = "7011223344:AAFakeTokenForTestsOnly_abcdefghijklmnop";
const CHAT = 424242;
const OUR_VERSION = (JSON.parse(readFileSync(resolve("package.json"), "utf8")) as { version: string }).version;

let gateway: RunningGateway | undefined;
let provider: FakeProvider | undefined;
let telegram: FakeTelegram | undefined;
let url = "";
const home = mkdtempSync(join(tmpdir(), "ocgw-official-everyday-"));

const official = (...args: string[]) => runOfficialCli(home, args, { OPENCLAW_GATEWAY_URL: url, OPENCLAW_GATEWAY_TOKEN: TOKEN });
const show = (r: OfficialRun) => `exit ${r.code}\n--- stdout:\n${r.stdout}\n--- stderr:\n${r.stderr}`;
async function ok(...args: string[]): Promise<string> {
  const r = await official(...args);
  expect(r.code, `openclaw ${args.join(" ")}: ${show(r)}`).toBe(0);
  return r.stdout;
}
const json = async <T = Record<string, any>>(...args: string[]) => JSON.parse(await ok(...args)) as T;

beforeAll(async () => {
  if (!OFFICIAL_CLI_INSTALLED) return;
  provider = await startFakeProvider({ reply: () => ({ text: "Hello from our gateway", chunkSize: 4 }) });
  telegram = await startFakeTelegram({ [BOT_TOKEN]: { id: 7011223344, username: "claw_test_bot", first_name: "Claw" } });
  const h = cliHome();
  const port = await freePort();
  h.writeConfig({
    gateway: { mode: "local", port, auth: { mode: "token", token: TOKEN } },
    ...fakeProviderConfig(provider),
    channels: { telegram: { botToken: BOT_TOKEN, apiRoot: telegram.apiRoot, throttle: false, dmPolicy: "allowlist", allowFrom: [String(CHAT)] } },
  });
  gateway = await spawnGateway([], h.env);
  url = `ws://127.0.0.1:${port}`;
  // A user's CLI config names the local gateway (without one the CLI treats itself as unconfigured and
  // skips the gateway probes); its log file stays in the temp dir.
  mkdirSync(join(home, ".openclaw"), { recursive: true, mode: 0o700 });
  writeFileSync(
    join(home, ".openclaw", "openclaw.json"),
    JSON.stringify({ gateway: { mode: "local", port, auth: { mode: "token", token: TOKEN } }, update: { checkOnStart: false }, logging: { file: join(home, "logs", "openclaw.log") } }),
    { mode: 0o600 },
  );
}, 30_000);

afterAll(async () => {
  await gateway?.stop("SIGKILL");
  await provider?.close();
  await telegram?.close();
  rmSync(home, { recursive: true, force: true });
});

describe.skipIf(!OFFICIAL_CLI_INSTALLED)(OFFICIAL_CLI_INSTALLED ? "official openclaw CLI: everyday commands against our gateway" : `official openclaw CLI: everyday commands (skipped: ${SKIP_REASON})`, () => {
  it("health and status --deep read the gateway: reachable, Telegram linked, heartbeat of the default agent", async () => {
    expect(await ok("health")).toMatch(/^Telegram: linked/m);
    const status = await ok("status", "--deep");
    expect(status).toMatch(/Gateway\s+│ local · ws:\/\/127\.0\.0\.1:\d+ .*· reachable/);
    expect(status).toMatch(/Heartbeat\s+│ disabled \(main\)/);
    expect(status).toMatch(/Telegram\s+│ LINKED/);
  }, 60_000);

  it("models list and channels status show the configured model and the running Telegram account", async () => {
    expect(await ok("models", "list")).toMatch(/^fake\/m1\s+text\s+32k\s+yes\s+yes\s+default$/m);
    expect(await ok("channels", "status")).toMatch(/Telegram default: enabled, configured, linked, running, connected, mode:polling/);
  }, 60_000);

  it("message send goes out through Telegram; agent --message answers from the provider", async () => {
    const sent = await ok("message", "send", "--channel", "telegram", "--target", String(CHAT), "--message", "everyday hello");
    const call = telegram!.callsOf("sendMessage", BOT_TOKEN).at(-1);
    expect(call?.body).toMatchObject({ chat_id: expect.anything(), text: "everyday hello" });
    expect(sent.trim()).toMatch(/^✅ Sent via telegram\. Message ID: \d+$/);
    expect((await ok("agent", "--message", "hi", "--agent", "main")).trim()).toBe("Hello from our gateway");
    // The turn's tokens are recorded; the fake model has no price, which the report says instead of a cost.
    const cost = await ok("gateway", "usage-cost");
    expect(cost).toMatch(/Usage cost \(30 days\)/);
    expect(cost).toMatch(/Missing cost: \d+ \(fake\/m1/);
  }, 90_000);

  it("system event queues for the next heartbeat; presence lists the gateway", async () => {
    expect((await ok("system", "event", "--text", "check the backups")).trim()).toBe("ok");
    expect((await json("gateway", "call", "status", "--json")).queuedSystemEvents).toEqual(["check the backups"]);
    const presence = await json<Array<Record<string, unknown>>>("system", "presence");
    expect(presence).toContainEqual(expect.objectContaining({ mode: "gateway", reason: "self", version: OUR_VERSION }));
  }, 60_000);

  it("cron list's table names the agent a job runs on", async () => {
    const job = await json("cron", "add", "--name", "everyday", "--every", "1h", "--message", "ping", "--session", "isolated", "--json");
    const table = await ok("cron", "list");
    const row = table.split("\n").find((l) => l.startsWith(job.id as string));
    expect(row, table).toMatch(/\beveryday\b.*\bevery 1h\b.*\bisolated\b.*\bmain\b/);
    expect(row).not.toContain("unresolved");
    expect(await json("cron", "rm", job.id as string)).toEqual({ ok: true, removed: true });
  }, 60_000);

  it("logs, devices list and nodes status answer from the gateway", async () => {
    const lines = (await ok("logs", "--limit", "200", "--json")).trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    const logs = lines.filter((l) => l.type === "log");
    expect(logs.length).toBeGreaterThan(0);
    expect(logs.every((l) => typeof l.message === "string" && l.message.length > 0)).toBe(true);
    expect(logs.map((l) => l.message)).toContainEqual(expect.stringMatching(/^ready in \d+ ms$/));
    expect(await json("devices", "list", "--json")).toEqual({ pending: [], paired: [] });
    expect((await json("nodes", "status", "--json")).nodes).toEqual([]);
  }, 60_000);

  it("gateway call: themes.set saves the gateway-wide theme, themes.list reports it, an unknown theme is refused by name", async () => {
    const set = await json("gateway", "call", "themes.set", "--params", JSON.stringify({ id: "manuscript", mode: "light" }), "--json");
    expect(set).toMatchObject({ current: { id: "manuscript", mode: "light", scope: "gateway" }, theme: { id: "manuscript" }, application: "saved" });
    expect((await json("gateway", "call", "themes.list", "--json")).current).toMatchObject({ id: "manuscript", overrides: { id: "manuscript", mode: "light" } });
    const bad = await official("gateway", "call", "themes.set", "--params", JSON.stringify({ id: "no-such-theme" }), "--json");
    expect(bad.code, show(bad)).toBe(1);
    expect(JSON.parse(bad.stdout).error).toMatchObject({ code: "INVALID_REQUEST", message: expect.stringContaining('unknown theme "no-such-theme"') });
  }, 60_000);
});
