/**
 * Baileys' real makeWASocket (through the plugin's createWaSocket) pointed at a local WebSocket
 * server via `waWebSocketUrl`: the server accepts and hangs up, or refuses. The account must report
 * the close, schedule reconnects, end up degraded, and nothing may leave 127.0.0.1.
 */
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as baileys from "@whiskeysockets/baileys";
import { WebSocketServer } from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openAuthStore } from "../../../plugins/whatsapp/auth-store.js";
import { createWhatsAppChannel } from "../../../plugins/whatsapp/channel.js";
import { resolveWhatsApp } from "../../../plugins/whatsapp/config.js";
import { createWaSocket } from "../../../plugins/whatsapp/socket.js";
import { quietLog, testRuntime } from "./fake-wa.js";

const root = mkdtempSync(join(tmpdir(), "ocgw-wa-real-"));
const connects: string[] = [];
const originalConnect = net.Socket.prototype.connect;

beforeAll(() => {
  // Record (and refuse) every outbound TCP connection made while these tests run.
  net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
    const first = Array.isArray(args[0]) ? args[0][0] : args[0];
    const host = typeof first === "object" && first !== null ? ((first as { host?: string; path?: string }).host ?? (first as { path?: string }).path ?? "localhost") : String(args[1] ?? "localhost");
    connects.push(host);
    if (host !== "127.0.0.1") throw new Error(`test guard: refusing a connection to ${host}`);
    return (originalConnect as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof net.Socket.prototype.connect;
});
afterAll(() => {
  net.Socket.prototype.connect = originalConnect;
  rmSync(root, { recursive: true, force: true });
});

describe("Baileys against a local WebSocket server", () => {
  it("reports each close, reconnects on the schedule, goes degraded; refused connections too; only 127.0.0.1 is contacted", async () => {
    const stateDir = join(root, "state");
    const wss = new WebSocketServer({ host: "127.0.0.1", port: 0 });
    await new Promise((r) => wss.once("listening", r));
    const port = (wss.address() as net.AddressInfo).port;
    const seen: Array<{ path?: string; origin?: string; firstFrame?: Buffer }> = [];
    wss.on("connection", (ws, req) => {
      const entry: (typeof seen)[number] = { path: req.url, origin: req.headers.origin };
      seen.push(entry);
      ws.once("message", (data) => {
        entry.firstFrame = data as Buffer; // the client hello
        ws.close(); // accept, then hang up
      });
    });

    const settings = resolveWhatsApp(
      { channels: { whatsapp: { reconnect: { initialMs: 100, maxMs: 200, factor: 2, jitter: 0, maxAttempts: 2 } } } } as never,
      { stateDir, configPath: join(stateDir, "openclaw.json") },
    );
    // A linked-once account: creds saved through the plugin's own store (Baileys' initAuthCreds).
    const store = await openAuthStore(settings.accounts[0].authDir, baileys, quietLog);
    await store.saveCreds();
    await store.close();

    const sleeps: number[] = [];
    const wa = createWhatsAppChannel({
      settings,
      log: quietLog,
      signal: new AbortController().signal,
      createSocket: createWaSocket,
      socketOptions: { waWebSocketUrl: `ws://127.0.0.1:${port}/ws/chat`, connectTimeoutMs: 5000 },
      sleep: async (ms) => void sleeps.push(ms),
    });
    expect(wa.channel.listAccounts()[0].configured).toBe(true);
    const rt = testRuntime();
    await wa.channel.startAccount(rt.runtime); // resolves once degraded

    expect(seen).toHaveLength(3); // first connection + 2 reconnects
    expect(seen[0]).toMatchObject({ path: "/ws/chat", origin: "https://web.whatsapp.com" });
    expect(seen[0].firstFrame?.subarray(0, 2).toString()).toBe("WA"); // Baileys' noise prologue
    expect(sleeps).toEqual([100, 200]);
    const closes = rt.patches.filter((p) => p.mode === "reconnecting" && p.lastError);
    expect(closes.map((p) => [p.reconnectAttempts, p.lastError])).toEqual([
      [1, "connection closed (status 428): Connection Terminated"],
      [2, "connection closed (status 428): Connection Terminated"],
    ]);
    expect(rt.status).toMatchObject({ mode: "degraded", linked: false, connected: false, running: false });
    expect(rt.status.lastError).toBe("gave up after 2 reconnect attempts; last error: connection closed (status 428): Connection Terminated");
    expect(wa.channel.isLinked("default")).toBe(true); // degraded by the network; the saved link is intact

    // Nobody listening: the connection is refused and reported the same way.
    await new Promise((r) => wss.close(r));
    const refused = testRuntime();
    await wa.channel.startAccount(refused.runtime);
    const errors = refused.patches.filter((p) => p.mode === "reconnecting" && p.lastError).map((p) => p.lastError);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^connection lost or timed out \(status 408\): WebSocket Error \(connect ECONNREFUSED 127\.0\.0\.1:\d+\)$/);
    expect(refused.status.mode).toBe("degraded");

    // A login against the same (closed) endpoint fails with a clear message instead of hanging.
    const login = createWhatsAppChannel({ settings, log: quietLog, signal: new AbortController().signal, createSocket: createWaSocket, socketOptions: { waWebSocketUrl: `ws://127.0.0.1:${port}/ws/chat` } });
    await expect(login.channel.loginStart!({ accountId: "default", force: true, timeoutMs: 5000 })).rejects.toThrow(
      /WhatsApp login for account default failed: WhatsApp closed the login connection: .*ECONNREFUSED/,
    );
    await login.close();
    await wa.close();

    expect(connects.length).toBeGreaterThanOrEqual(3);
    expect(new Set(connects)).toEqual(new Set(["127.0.0.1"]));
  });
});
