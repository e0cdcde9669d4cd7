/**
 * The only place that touches Baileys at runtime. `createWaSocket` imports it lazily (a gateway
 * without a linked WhatsApp account never loads it), opens the atomic auth store and wraps
 * `makeWASocket` in the narrow `WaSocket` interface the rest of the plugin (and its tests) use.
 */
import type { Logger } from "../../core/sdk/plugin.js";
import { openAuthStore, type AuthStore } from "./auth-store.js";

/** WhatsApp's close codes (Baileys `DisconnectReason`) this plugin acts on. */
export const WA_CLOSE = Object.freeze({
  /** The link was removed (logged out on the phone, or `logout()`): re-link with a QR scan. */
  loggedOut: 401,
  /** Another client (a second gateway on a copy of the auth dir, or WhatsApp Web) took over this device session. */
  replaced: 440,
  /** WhatsApp asks for a fresh connection (always once right after a QR scan). */
  restartRequired: 515,
});

/** A readable close reason: `connection lost or timed out (status 408): WebSocket Error (…)`. */
export function describeClose(code: number | undefined, message: string | undefined): string {
  const known: Record<number, string> = {
    401: "logged out", 403: "forbidden", 408: "connection lost or timed out", 411: "multi-device mismatch", 428: "connection closed",
    440: "connection replaced by another session", 500: "bad session", 503: "WhatsApp unavailable", 515: "restart required",
  };
  const what = code !== undefined ? `${known[code] ?? "closed"} (status ${code})` : "closed";
  return message && !what.toLowerCase().includes(message.toLowerCase()) ? `${what}: ${message}` : what;
}

export interface WaMessageKey {
  remoteJid?: string | null;
  /** Baileys 7: the phone-number JID when `remoteJid` is a LID (and vice versa). */
  remoteJidAlt?: string | null;
  participant?: string | null;
  participantAlt?: string | null;
  fromMe?: boolean | null;
  id?: string | null;
}

export interface WaContextInfo {
  mentionedJid?: string[] | null;
  /** Author of the quoted message, when this one is a reply. */
  participant?: string | null;
}

interface WaMediaContent {
  caption?: string | null;
  fileName?: string | null;
  contextInfo?: WaContextInfo | null;
}

/** The parts of a WhatsApp message (proto.IMessage) that inbound mapping reads. */
export interface WaMessageContent {
  conversation?: string | null;
  extendedTextMessage?: { text?: string | null; contextInfo?: WaContextInfo | null } | null;
  imageMessage?: WaMediaContent | null;
  videoMessage?: WaMediaContent | null;
  audioMessage?: WaMediaContent | null;
  documentMessage?: WaMediaContent | null;
  stickerMessage?: WaMediaContent | null;
  ephemeralMessage?: { message?: WaMessageContent | null } | null;
  viewOnceMessage?: { message?: WaMessageContent | null } | null;
  viewOnceMessageV2?: { message?: WaMessageContent | null } | null;
  documentWithCaptionMessage?: { message?: WaMessageContent | null } | null;
}

export interface WaMessage {
  key: WaMessageKey;
  message?: WaMessageContent | null;
  pushName?: string | null;
  /** Seconds since the epoch (a number, or a protobuf Long with toNumber()). */
  messageTimestamp?: number | { toNumber(): number } | null;
}

export interface WaConnectionUpdate {
  connection?: "connecting" | "open" | "close";
  /** A QR payload to render (login only; rotates while unscanned). */
  qr?: string;
  isNewLogin?: boolean;
  lastDisconnect?: { error?: (Error & { output?: { statusCode?: number } }) | undefined; date?: Date };
}

export interface WaEvents {
  "connection.update": WaConnectionUpdate;
  "creds.update": unknown;
  "messages.upsert": { messages: WaMessage[]; type: "notify" | "append" | string };
}

export interface WaEventSource {
  on<K extends keyof WaEvents>(event: K, listener: (data: WaEvents[K]) => void): unknown;
  off<K extends keyof WaEvents>(event: K, listener: (data: WaEvents[K]) => void): unknown;
}

export type WaOutboundContent =
  | { text: string }
  | { image: Buffer; caption?: string; mimetype?: string }
  | { video: Buffer; caption?: string; mimetype?: string }
  | { audio: Buffer; mimetype: string; ptt?: boolean }
  | { document: Buffer; mimetype: string; fileName: string; caption?: string };

/** The narrow socket everything else is written (and tested) against. */
export interface WaSocket {
  readonly ev: WaEventSource;
  /** The linked account once known: `id` like `15551234567:12@s.whatsapp.net`, `lid` its LID JID. */
  readonly user: { id: string; lid?: string; name?: string } | undefined;
  sendMessage(jid: string, content: WaOutboundContent): Promise<{ key: WaMessageKey } | undefined>;
  readMessages(keys: WaMessageKey[]): Promise<void>;
  /** Unlinks this device on WhatsApp's side; the socket then closes with 401. */
  logout(): Promise<void>;
  /** Closes the socket without unlinking. */
  end(): Promise<void>;
}

export interface WaSocketOptions {
  accountId: string;
  authDir: string;
  log: Logger;
  /** Where Baileys connects; default WhatsApp Web's own URL (tests point it at a local server). */
  waWebSocketUrl?: string;
  connectTimeoutMs?: number;
}

/** Opens a socket; it starts connecting at once. */
export type WaSocketFactory = (options: WaSocketOptions) => Promise<WaSocket>;

/** Baileys logs through pino; this keeps it quiet (its objects can hold keys) apart from error messages at debug. */
function quietLogger(log: Logger) {
  const quiet = {
    level: "silent",
    child: () => quiet,
    trace: () => undefined,
    debug: () => undefined,
    info: () => undefined,
    warn: () => undefined,
    error: (_obj: unknown, msg?: string) => {
      if (log.debugEnabled && typeof msg === "string") log.debug(`baileys: ${msg}`);
    },
  };
  return quiet;
}

/** The real factory: Baileys' makeWASocket over the atomic auth store in `authDir`. */
export const createWaSocket: WaSocketFactory = async (options) => {
  const baileys = await import("@whiskeysockets/baileys");
  const store: AuthStore = await openAuthStore(options.authDir, baileys, options.log);
  const sock = baileys.makeWASocket({
    auth: store.state,
    logger: quietLogger(options.log),
    browser: baileys.Browsers.ubuntu("OpenClaw"),
    printQRInTerminal: false,
    markOnlineOnConnect: false,
    syncFullHistory: false,
    ...(options.waWebSocketUrl ? { waWebSocketUrl: options.waWebSocketUrl } : {}),
    ...(options.connectTimeoutMs ? { connectTimeoutMs: options.connectTimeoutMs } : {}),
  });
  // A failed write is logged by the store; it must not become an unhandled rejection.
  sock.ev.on("creds.update", () => void store.saveCreds().catch(() => undefined));
  return {
    ev: sock.ev as unknown as WaEventSource,
    get user() {
      return sock.user ? { id: sock.user.id, lid: sock.user.lid, name: sock.user.name ?? sock.user.notify } : undefined;
    },
    async sendMessage(jid, content) {
      const sent = await sock.sendMessage(jid, content);
      return sent ? { key: sent.key } : undefined;
    },
    readMessages: (keys) => sock.readMessages(keys as Parameters<typeof sock.readMessages>[0]),
    async logout() {
      try {
        await sock.logout();
      } finally {
        await store.close();
      }
    },
    async end() {
      await sock.end(undefined);
      await store.close();
    },
  };
};
