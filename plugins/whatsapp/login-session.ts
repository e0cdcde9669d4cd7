/**
 * One QR login: a socket on an empty auth dir that shows QR codes until the phone scans one.
 * WhatsApp then closes with "restart required" (515) and the next socket, on the creds just
 * saved, opens: the account is linked.
 */
import type { Logger } from "../../core/sdk/plugin.js";
import { jidToE164 } from "./jid.js";
import { WA_CLOSE, describeClose, type WaConnectionUpdate, type WaSocket, type WaSocketFactory, type WaSocketOptions } from "./socket.js";

export type LoginOutcome = { connected: true; self?: string } | { connected: false; reason: string };

export interface LoginSessionDeps {
  createSocket: WaSocketFactory;
  log: Logger;
  socketOptions?: Pick<WaSocketOptions, "waWebSocketUrl" | "connectTimeoutMs">;
  /** QR payload → PNG data URL (default: the qrcode package). */
  renderQr?: (qr: string) => Promise<string>;
}

/** A login nobody completes is dropped after this long (WhatsApp stops rotating codes after ~2.5 min). */
export const LOGIN_MAX_LIFETIME_MS = 5 * 60_000;
/** Restart-required closes accepted during one login (one is normal, right after the scan). */
const MAX_RESTARTS = 3;

async function defaultRenderQr(qr: string): Promise<string> {
  const { toDataURL } = await import("qrcode");
  return toDataURL(qr, { errorCorrectionLevel: "M", margin: 2, width: 320 });
}

/** 30 s, 0.1 s. */
export function seconds(ms: number): string {
  return ms >= 10_000 ? `${Math.round(ms / 1000)} s` : `${Number((ms / 1000).toFixed(1))} s`;
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

export class LoginSession {
  qr: string | undefined;
  qrDataUrl: string | undefined;
  private sock: WaSocket | undefined;
  private restarts = 0;
  private finished = false;
  private succeeded = false;
  private readonly qrReady = deferred<{ ok: true } | { ok: false; reason: string }>();
  private readonly result = deferred<LoginOutcome>();
  private readonly lifetime: NodeJS.Timeout;

  constructor(
    readonly accountId: string,
    private readonly authDir: string,
    private readonly deps: LoginSessionDeps,
    lifetimeMs = LOGIN_MAX_LIFETIME_MS,
  ) {
    this.lifetime = setTimeout(() => void this.fail("the login was not completed in time; start it again"), lifetimeMs);
    this.lifetime.unref();
  }

  /** Resolves when the login succeeded or failed. */
  get outcome(): Promise<LoginOutcome> {
    return this.result.promise;
  }

  get done(): boolean {
    return this.finished;
  }

  /** Finished with the account linked. */
  get linked(): boolean {
    return this.succeeded;
  }

  /** Opens the first socket and waits for its first QR code (or a failure, or `timeoutMs`). */
  async start(timeoutMs: number): Promise<{ ok: true } | { ok: false; reason: string }> {
    await this.open();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<{ ok: false; reason: string }>((resolve) => {
      timer = setTimeout(() => resolve({ ok: false, reason: `no QR code from WhatsApp within ${seconds(timeoutMs)}; check that the gateway can reach web.whatsapp.com and try again` }), timeoutMs);
    });
    try {
      return await Promise.race([this.qrReady.promise, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Ends the socket; an unfinished login fails with `reason`. Resolves once the auth writes are flushed. */
  async end(reason = "the login was cancelled"): Promise<void> {
    clearTimeout(this.lifetime);
    const sock = this.sock;
    this.sock = undefined;
    this.settle({ connected: false, reason });
    await sock?.end().catch(() => undefined);
  }

  private async open(): Promise<void> {
    const sock = await this.deps.createSocket({ accountId: this.accountId, authDir: this.authDir, log: this.deps.log, ...this.deps.socketOptions });
    if (this.finished) {
      await sock.end().catch(() => undefined);
      return;
    }
    this.sock = sock;
    const onUpdate = (update: WaConnectionUpdate) => void this.onUpdate(sock, update, onUpdate);
    sock.ev.on("connection.update", onUpdate);
  }

  private async onUpdate(sock: WaSocket, update: WaConnectionUpdate, listener: (u: WaConnectionUpdate) => void): Promise<void> {
    if (sock !== this.sock || this.finished) return;
    if (update.qr) {
      try {
        const dataUrl = await (this.deps.renderQr ?? defaultRenderQr)(update.qr);
        this.qr = update.qr;
        this.qrDataUrl = dataUrl;
        this.qrReady.resolve({ ok: true });
      } catch (err) {
        await this.fail(`could not render the QR code: ${(err as Error).message}`);
      }
      return;
    }
    if (update.connection === "open") {
      const self = sock.user ? (jidToE164(sock.user.id) ?? sock.user.id) : undefined;
      this.settle({ connected: true, ...(self ? { self } : {}) });
      clearTimeout(this.lifetime);
      return;
    }
    if (update.connection !== "close") return;
    sock.ev.off("connection.update", listener);
    const error = update.lastDisconnect?.error;
    const code = error?.output?.statusCode;
    if (code === WA_CLOSE.restartRequired && this.restarts < MAX_RESTARTS) {
      this.restarts += 1;
      await sock.end().catch(() => undefined); // flush the creds the scan produced before reopening
      if (this.finished) return;
      await this.open().catch((err: Error) => this.fail(`reconnecting after the scan failed: ${err.message}`));
      return;
    }
    if (code === WA_CLOSE.loggedOut) return this.fail("WhatsApp refused the link (status 401); start the login again");
    if (code === 408 && this.qr) return this.fail("the QR code expired before it was scanned; start the login again");
    return this.fail(`WhatsApp closed the login connection: ${describeClose(code, error?.message)}`);
  }

  private async fail(reason: string): Promise<void> {
    if (this.finished) return;
    this.deps.log.warn(`WhatsApp login for account ${this.accountId} failed: ${reason}`);
    await this.end(reason);
  }

  private settle(outcome: LoginOutcome): void {
    if (this.finished) return;
    this.finished = true;
    this.succeeded = outcome.connected;
    this.result.resolve(outcome);
    this.qrReady.resolve(outcome.connected ? { ok: true } : { ok: false, reason: outcome.reason });
  }
}
