/**
 * `openclaw message send`, `channels status|login|logout` and `pairing list|approve` (the built CLI)
 * against a spawned `openclaw gateway` whose Telegram bot talks to a local fake Bot API.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliHome, freePort, runCli, spawnGateway, type RunningGateway } from "../helpers/cli.js";
import { startFakeProvider, fakeProviderConfig, type FakeProvider } from "../helpers/fake-provider.js";
import { startFakeTelegram, textUpdate, type FakeTelegram } from "../helpers/fake-telegram.js";
import { waitFor } from "../helpers/gateway.js";
import { BOT, TOKEN, USER } from "../plugins/telegram/helpers.js";

const GW_TOKEN = "tok-channels-cli-123456";
const STRANGER = 31337;
let gateway: RunningGateway;
let tg: FakeTelegram;
let provider: FakeProvider;
const home = cliHome();
let cli: (...args: string[]) => ReturnType<typeof runCli>;

beforeAll(async () => {
  tg = await startFakeTelegram({ [TOKEN]: BOT });
  provider = await startFakeProvider();
  const port = await freePort();
  home.writeConfig({
    gateway: { mode: "local", port, auth: { token: GW_TOKEN } },
    ...fakeProviderConfig(provider),
    channels: { telegram: { botToken: TOKEN, apiRoot: tg.apiRoot, throttle: false, allowFrom: [String(USER)], accounts: { spare: { enabled: true } } } },
  });
  gateway = await spawnGateway([], home.env);
  expect(gateway.output()).toContain("ready in");
  cli = (...args) => runCli([...args, "--url", `ws://127.0.0.1:${port}`, "--token", GW_TOKEN], home.env);
  await tg.waitForCall((c) => c.method === "getUpdates", 10_000, "the bot's first poll");
}, 30_000);

afterAll(async () => {
  await gateway?.stop();
  await tg?.close();
  await provider?.close();
});

describe("openclaw channels / message / pairing", () => {
  it("channels status shows the linked, polling bot and the unconfigured account with its reason", async () => {
    const out = await cli("channels", "status");
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/^CHANNEL\s+ACCOUNT\s+STATE\s+LINKED\s+MODE\s+SELF\s+CONNECTED$/m);
    expect(out.stdout).toMatch(new RegExp(`^Telegram\\s+default\\s+connected\\s+yes\\s+polling\\s+@${BOT.username}\\s+\\d+s ago$`, "m"));
    expect(out.stdout).toMatch(/^Telegram\s+spare\s+not configured\s+no/m);
    expect(out.stdout).toContain("telegram/spare: no bot token: set channels.telegram.accounts.spare.botToken or tokenFile");
    const json = JSON.parse((await cli("channels", "status", "--json", "--probe")).stdout);
    expect(json.channelOrder).toContain("telegram");
    expect(json.channelAccounts.telegram[0]).toMatchObject({ accountId: "default", linked: true, probe: { ok: true, detail: `@${BOT.username}` } });

    const status = await cli("status");
    expect(status.stdout).toMatch(new RegExp(`^Telegram: linked · @${BOT.username} · connected for \\d+s$`, "m"));
    const health = await cli("health");
    expect(health.stdout).toMatch(/^ {2}telegram: linked · connected · up \d+s$/m);
  });

  it("message send delivers text and a local file; errors are clear", async () => {
    const sent = await cli("message", "send", "--target", String(USER), "--message", "hello from the CLI", "--channel", "telegram");
    expect(sent.stderr).toBe("");
    expect(sent.stdout).toMatch(new RegExp(`^Sent via telegram to ${USER} \\(message \\d+\\)\\.$`, "m"));
    expect(tg.callsOf("sendMessage").at(-1)?.body).toMatchObject({ chat_id: String(USER), text: "hello from the CLI" });

    const pic = join(home.home, "pic.png");
    writeFileSync(pic, Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"));
    const media = await cli("message", "send", "-t", String(USER), "--media", pic, "--json");
    expect(JSON.parse(media.stdout)).toMatchObject({ channel: "telegram", chatId: String(USER) });
    expect(tg.callsOf("sendPhoto").at(-1)?.body).toMatchObject({ photo: { filename: "pic.png", size: 16 } });

    const missing = await cli("message", "send", "-t", "1", "--media", join(home.home, "nope.png"));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("cannot read the file (ENOENT)");
    const big = join(home.home, "big.bin");
    writeFileSync(big, Buffer.alloc(16 * 1024 * 1024 + 1));
    const tooBig = await cli("message", "send", "-t", "1", "--media", big);
    expect(tooBig.code).toBe(1);
    expect(tooBig.stderr).toMatch(/is 16\.0 MB; a local file may be at most 16 MB/);

    const notLinked = await cli("message", "send", "-t", "1", "-m", "x", "--account", "spare");
    expect(notLinked.code).toBe(1);
    expect(notLinked.stderr).toContain('send failed: NOT_LINKED: Telegram account "spare" is not linked');
  });

  it("pairing list shows the stranger's code; pairing approve lets them in", async () => {
    tg.queueUpdate(TOKEN, textUpdate({ chatId: STRANGER, fromId: STRANGER, text: "let me in", messageId: 1, firstName: "Eve" }));
    await waitFor(() => tg.callsOf("sendMessage").some((c) => String(c.body.chat_id) === String(STRANGER)), 10_000, "the pairing code");
    const list = await cli("pairing", "list", "telegram");
    const code = new RegExp(`^telegram\\s+default\\s+([A-Z2-9]{8})\\s+${STRANGER}\\s+Eve\\s+\\d+s ago\\s+in (59|60)m$`, "m").exec(list.stdout)?.[1];
    expect(code, list.stdout).toBeDefined();
    const approved = await cli("pairing", "approve", "telegram", code as string);
    expect(approved.stdout).toContain(`Approved Eve (${STRANGER}) on telegram/default; they were told.`);
    expect((await cli("pairing", "list")).stdout).toContain("No pending pairing requests.");
    const again = await cli("pairing", "approve", "telegram", code as string);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`no pending pairing request with code ${code}`);

    tg.queueUpdate(TOKEN, textUpdate({ chatId: STRANGER, fromId: STRANGER, text: "thanks", messageId: 2, firstName: "Eve" }));
    await waitFor(() => tg.callsOf("sendMessage").some((c) => c.body.text === "Echo: thanks"), 10_000, "the answer after approval");
  });

  it("channels login and logout explain that Telegram has none", async () => {
    const login = await cli("channels", "login", "--channel", "telegram");
    expect(login.code).toBe(1);
    expect(login.stderr).toContain("login failed: INVALID_REQUEST: Telegram has no login: Telegram links with a bot token, not a QR code: set channels.telegram.botToken");
    const logout = await cli("channels", "logout", "--channel", "telegram");
    expect(logout.code).toBe(1);
    expect(logout.stderr).toContain("Telegram has no logout");
    expect(gateway.output()).not.toContain(TOKEN.split(":")[1]);
  });
});
