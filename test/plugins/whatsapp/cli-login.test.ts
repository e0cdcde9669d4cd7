/**
 * `openclaw channels login --channel whatsapp` (the built CLI, a real process) against an in-process
 * gateway whose WhatsApp socket is the fake one: the QR is printed, status shows linked:false until
 * the scan, then the account is linked.
 */
import { spawn } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { afterEach, describe, expect, it, onTestFinished } from "vitest";
import agentPlugin from "../../../plugins/agent/index.js";
import channelsPlugin from "../../../plugins/channels/index.js";
import { createWhatsAppPlugin } from "../../../plugins/whatsapp/index.js";
import { TEST_TOKEN, startTestGateway, stopAllTestGateways, waitFor } from "../../helpers/gateway.js";
import { BIN, cliHome, runCli } from "../../helpers/cli.js";
import { FakeWaNetwork, writeFakeCreds } from "./fake-wa.js";

afterEach(() => stopAllTestGateways());

const built = existsSync("dist/cli/commands/channels/login.js");

describe("openclaw channels login --channel whatsapp", () => {
  it.skipIf(!built)("prints the QR code, status shows linked:false until the scan, then the account is linked", async () => {
    const net = new FakeWaNetwork();
    net.onSocket = (sock) => sock.update({ qr: "2@cli-test-qr-payload" });
    const plugins = [agentPlugin, channelsPlugin, createWhatsAppPlugin({ createSocket: net.factory })];
    const gw = await startTestGateway({ plugins, config: { channels: { whatsapp: {} } } });
    const home = cliHome();
    const conn = ["--url", gw.url, "--token", TEST_TOKEN];

    const child = spawn(process.execPath, [BIN, "channels", "login", "--channel", "whatsapp", ...conn, "--wait-timeout", "20000"], { env: home.env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    const exited = new Promise<number | null>((r) => child.on("exit", r));
    onTestFinished(() => void (child.exitCode === null && child.kill("SIGKILL")));
    await waitFor(() => /Linked devices/.test(out) && /[▄▀█]/.test(out), 15_000, `the QR code in the output:\n${out}`);
    expect(out).toMatch(/Scan this QR code with WhatsApp/);

    const status = await runCli(["channels", "status", "--json", ...conn], home.env);
    expect(status.code).toBe(0);
    const before = JSON.parse(status.stdout) as { channelAccounts: { whatsapp: Array<{ accountId: string; linked: boolean; configured: boolean }> } };
    expect(before.channelAccounts.whatsapp[0]).toMatchObject({ accountId: "default", linked: false, configured: false });

    // The phone scans: creds are saved, WhatsApp asks for a restart, the next socket opens.
    net.onSocket = (sock) => sock.open();
    writeFakeCreds(net.sockets[0].options.authDir);
    net.sockets[0].close(515, "restart required");
    expect(await exited).toBe(0);
    expect(out).toMatch(/Linked WhatsApp account default as \+15550001111/);

    const client = await gw.client();
    await waitFor(() => net.sockets.length >= 3, 5000, "the account's connection");
    let linked = false;
    for (const deadline = Date.now() + 5000; !linked && Date.now() < deadline; await new Promise((r) => setTimeout(r, 20))) {
      const s = await client.request<{ channelAccounts: { whatsapp: Array<{ linked: boolean }> } }>("channels.status", {});
      linked = s.channelAccounts.whatsapp[0].linked;
    }
    expect(linked).toBe(true);
    rmSync(home.home, { recursive: true, force: true });
  });
});
