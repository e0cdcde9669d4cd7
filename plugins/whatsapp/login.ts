/** `loginStart`/`loginWait`: one QR login per account, pausing that account's connection meanwhile. */
import { GatewayError, ERROR_CODES } from "../../core/sdk/plugin.js";
import type { LoginStartResult, LoginWaitResult } from "../channels/contract.js";
import type { WhatsAppAccount } from "./account.js";
import { clearAuthDir, hasSavedCreds } from "./auth-store.js";
import { jidToE164 } from "./jid.js";
import { LoginSession, seconds, type LoginSessionDeps } from "./login-session.js";

export const DEFAULT_LOGIN_START_TIMEOUT_MS = 30_000;
export const DEFAULT_LOGIN_WAIT_TIMEOUT_MS = 120_000;

export interface LoginDeps extends LoginSessionDeps {
  /** The account's connection (throws INVALID_REQUEST for an unknown id). */
  account(accountId: string): WhatsAppAccount;
}

const loginCommand = (accountId: string) => `openclaw channels login --channel whatsapp --account ${accountId}`;

export class WhatsAppLogin {
  /** The current login per account; a finished one stays until `wait` reports it (the scan may beat the wait call). */
  private readonly sessions = new Map<string, LoginSession>();
  private readonly settled = new WeakMap<LoginSession, Promise<void>>();
  private readonly starting = new Map<string, Promise<LoginStartResult>>();

  constructor(private readonly deps: LoginDeps) {}

  /** One start at a time per account: a second caller then gets the first one's QR code. */
  async start(params: { accountId: string; force?: boolean; timeoutMs?: number }): Promise<LoginStartResult> {
    const previous = this.starting.get(params.accountId) ?? Promise.resolve();
    const current = previous.catch(() => undefined).then(() => this.startNow(params));
    this.starting.set(params.accountId, current);
    try {
      return await current;
    } finally {
      if (this.starting.get(params.accountId) === current) this.starting.delete(params.accountId);
    }
  }

  private async startNow(params: { accountId: string; force?: boolean; timeoutMs?: number }): Promise<LoginStartResult> {
    const account = this.deps.account(params.accountId);
    const { accountId } = params;
    const self = () => (account.live?.user ? ` (${jidToE164(account.live.user.id) ?? account.live.user.id})` : "");
    if (account.isLinked() && !params.force) {
      return { message: `WhatsApp account ${accountId} is already linked${self()}. Pass force to link it again (this unlinks the current session).` };
    }
    const existing = this.sessions.get(accountId);
    if (existing?.linked && !params.force) {
      return { message: `WhatsApp account ${accountId} was just linked; call web.login.wait to start it.` };
    }
    if (existing && !existing.done && existing.qr && !params.force) {
      return { qr: existing.qr, qrDataUrl: existing.qrDataUrl, message: scanMessage(accountId) };
    }
    if (!params.force && hasSavedCreds(account.account.authDir) && !account.isLoggedOut) {
      if (account.stopped) {
        return {
          message: `WhatsApp account ${accountId} has a saved link but stopped (${account.stopped.mode}): restart the gateway (or change a key under channels.whatsapp) to reconnect with it, or pass force to discard it and link again.`,
        };
      }
      return {
        message: `WhatsApp account ${accountId} has a saved link but is not connected right now (see \`openclaw channels status\`). Pass force to discard it and link again.`,
      };
    }
    await existing?.end("a new login was started");
    this.sessions.delete(accountId);
    // Unlink the old session on WhatsApp's side (force), then keep the connection away from the auth dir.
    if (account.live) await account.live.logout().catch(() => undefined);
    account.pause();
    await clearAuthDir(account.account.authDir);
    account.forgetSavedCreds();

    const session = new LoginSession(accountId, account.account.authDir, this.deps);
    this.sessions.set(accountId, session);
    void session.outcome.then((outcome) => this.finish(account, session, outcome.connected));
    let first;
    try {
      first = await session.start(params.timeoutMs ?? DEFAULT_LOGIN_START_TIMEOUT_MS);
    } catch (err) {
      await session.end(`could not open a WhatsApp connection: ${(err as Error).message}`);
      throw new GatewayError(ERROR_CODES.UNAVAILABLE, `WhatsApp login for account ${accountId} failed: ${(err as Error).message}`, { retryable: true });
    }
    if (!first.ok) {
      await session.end(first.reason);
      throw new GatewayError(ERROR_CODES.UNAVAILABLE, `WhatsApp login for account ${accountId} failed: ${first.reason}`, { retryable: true });
    }
    return { qr: session.qr, qrDataUrl: session.qrDataUrl, message: scanMessage(accountId) };
  }

  async wait(params: { accountId: string; timeoutMs?: number }): Promise<LoginWaitResult> {
    const account = this.deps.account(params.accountId);
    const { accountId } = params;
    const session = this.sessions.get(accountId);
    if (!session) {
      if (account.isLinked()) return { connected: true, message: `WhatsApp account ${accountId} is linked.` };
      throw new GatewayError(ERROR_CODES.INVALID_REQUEST, `no WhatsApp login is in progress for account ${accountId}: call web.login.start first (or run \`${loginCommand(accountId)}\`)`);
    }
    const timeoutMs = params.timeoutMs ?? DEFAULT_LOGIN_WAIT_TIMEOUT_MS;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), timeoutMs)));
    const outcome = await Promise.race([session.outcome, timedOut]).finally(() => clearTimeout(timer));
    if (outcome === "timeout") {
      return { connected: false, message: `the QR code was not scanned within ${seconds(timeoutMs)}; the login is still open: call web.login.wait again, or web.login.start for a fresh code` };
    }
    if (this.sessions.get(accountId) === session) this.sessions.delete(accountId);
    if (!outcome.connected) {
      return { connected: false, message: `WhatsApp login for account ${accountId} failed: ${outcome.reason}` };
    }
    await this.settled.get(session);
    return { connected: true, message: `Linked WhatsApp account ${accountId}${outcome.self ? ` as ${outcome.self}` : ""}; it is connecting now.` };
  }

  /** Ends the account's login, if any (logout). */
  async cancel(accountId: string): Promise<void> {
    const session = this.sessions.get(accountId);
    this.sessions.delete(accountId);
    await session?.end("the account was logged out");
  }

  /** Ends every login (plugin dispose). */
  async close(): Promise<void> {
    await Promise.all([...this.sessions.values()].map((s) => s.end("the WhatsApp plugin is stopping")));
    this.sessions.clear();
  }

  private finish(account: WhatsAppAccount, session: LoginSession, connected: boolean): void {
    const work = (async () => {
      // Close the login socket (flushing its creds) before the account connects with them.
      await session.end();
      account.resume(connected); // the host starts the account when web.login.wait reports connected
    })();
    this.settled.set(session, work);
  }
}

function scanMessage(accountId: string): string {
  return `Scan this QR code with WhatsApp on your phone (Settings → Linked devices → Link a device) to link account ${accountId}.`;
}
