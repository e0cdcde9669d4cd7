/**
 * A fake WhatsApp socket (EventEmitter-based, the plugin's narrow WaSocket interface) and a factory
 * that records every socket it makes, plus a test runtime that collects what the account reports.
 */
import { EventEmitter } from "node:events";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { WaConnectionUpdate, WaMessage, WaOutboundContent, WaSocket, WaSocketFactory, WaSocketOptions } from "../../../plugins/whatsapp/socket.js";
import type { AccountRuntime, AccountStatusPatch, InboundMessage } from "../../../plugins/channels/contract.js";
import type { Logger } from "../../../core/log.js";

export const BOT_JID = "15550001111:7@s.whatsapp.net";
export const BOT_LID = "99887766554433:7@lid";

export class FakeWaSocket implements WaSocket {
  readonly ev = new EventEmitter();
  user: WaSocket["user"] = undefined;
  readonly sent: Array<{ jid: string; content: WaOutboundContent }> = [];
  readonly read: unknown[] = [];
  ended = false;
  loggedOut = false;
  failSend: Error | undefined;
  private seq = 0;

  constructor(readonly options: WaSocketOptions) {}

  update(update: WaConnectionUpdate): void {
    this.ev.emit("connection.update", update);
  }

  open(user: WaSocket["user"] = { id: BOT_JID, lid: BOT_LID, name: "Bot" }): void {
    this.user = user;
    this.update({ connection: "open" });
  }

  close(statusCode: number, message = "Connection Failure"): void {
    this.update({ connection: "close", lastDisconnect: { error: Object.assign(new Error(message), { output: { statusCode } }), date: new Date() } });
  }

  deliver(messages: WaMessage[], type: "notify" | "append" = "notify"): void {
    this.ev.emit("messages.upsert", { messages, type });
  }

  async sendMessage(jid: string, content: WaOutboundContent) {
    if (this.failSend) throw this.failSend;
    if (!this.user) throw new Error("Cannot read properties of undefined (reading 'id')"); // what Baileys does before login
    this.sent.push({ jid, content });
    return { key: { remoteJid: jid, fromMe: true, id: `SENT${++this.seq}` } };
  }

  async readMessages(keys: unknown[]) {
    this.read.push(...keys);
  }

  async logout() {
    this.loggedOut = true;
    this.close(401, "Intentional Logout");
  }

  async end() {
    if (this.ended) return;
    this.ended = true;
    this.update({ connection: "close", lastDisconnect: { error: Object.assign(new Error("Connection Closed"), { output: { statusCode: 428 } }) } });
  }
}

/** The factory handed to the plugin; `sockets` lists what it made, newest last. */
export class FakeWaNetwork {
  readonly sockets: FakeWaSocket[] = [];
  private waiters: Array<{ n: number; resolve: () => void }> = [];
  /** Runs on every new socket (e.g. open it at once). */
  onSocket: ((sock: FakeWaSocket) => void) | undefined;

  readonly factory: WaSocketFactory = async (options) => {
    const sock = new FakeWaSocket(options);
    this.sockets.push(sock);
    // After the plugin has attached its listeners (it awaits this factory first).
    setImmediate(() => {
      this.onSocket?.(sock);
      this.waiters = this.waiters.filter((w) => (this.sockets.length >= w.n ? (w.resolve(), false) : true));
    });
    return sock;
  };

  get last(): FakeWaSocket {
    const sock = this.sockets.at(-1);
    if (!sock) throw new Error("no socket was created");
    return sock;
  }

  /** Resolves once `n` sockets exist in total. */
  async waitForSockets(n: number, timeoutMs = 5000): Promise<FakeWaSocket> {
    if (this.sockets.length < n) {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`expected ${n} sockets, got ${this.sockets.length}`)), timeoutMs);
        this.waiters.push({ n, resolve: () => (clearTimeout(timer), resolve()) });
      });
    }
    await new Promise((r) => setImmediate(r)); // let the plugin attach its listeners
    return this.sockets[n - 1];
  }
}

/** Saved creds are what makes an account "configured"; their content only matters to Baileys. */
export function writeFakeCreds(authDir: string): void {
  mkdirSync(authDir, { recursive: true });
  writeFileSync(join(authDir, "creds.json"), JSON.stringify({ noiseKey: {}, signedIdentityKey: {} }));
}

export const quietLog: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  debugEnabled: false,
  child: () => quietLog,
};

/** A logger that keeps every line (`level: message`), to bound how much a failure loop writes. */
export function recordingLog(): { log: Logger; lines: string[] } {
  const lines: string[] = [];
  const log: Logger = {
    debug: (msg: string) => void lines.push(`debug: ${msg}`),
    info: (msg: string) => void lines.push(`info: ${msg}`),
    warn: (msg: string) => void lines.push(`warn: ${msg}`),
    error: (msg: string) => void lines.push(`error: ${msg}`),
    debugEnabled: false,
    child: () => log,
  };
  return { log, lines };
}

/** A runtime like the host's: collects inbound messages and the merged status. */
export function testRuntime(accountId = "default", log: Logger = quietLog) {
  const controller = new AbortController();
  const received: InboundMessage[] = [];
  const patches: AccountStatusPatch[] = [];
  const status: AccountStatusPatch = {};
  const runtime: AccountRuntime = {
    accountId,
    signal: controller.signal,
    log,
    async receive(message) {
      received.push(message);
    },
    setStatus(patch) {
      patches.push(patch);
      Object.assign(status, patch);
    },
  };
  return { runtime, controller, received, patches, status };
}

/** A DM text message as Baileys delivers it. */
export function dm(from: string, text: string, id = `M${Math.random().toString(36).slice(2, 10)}`): WaMessage {
  return { key: { remoteJid: `${from}@s.whatsapp.net`, fromMe: false, id }, message: { conversation: text }, pushName: "Alice", messageTimestamp: 1_700_000_000 };
}
