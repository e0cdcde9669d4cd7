/** Unlinks a device on WhatsApp's side when no connection is open: connect with the saved creds, log out, close. */
import type { Logger } from "../../core/sdk/plugin.js";
import type { WaConnectionUpdate, WaSocketFactory, WaSocketOptions } from "./socket.js";

export const REMOTE_LOGOUT_TIMEOUT_MS = 10_000;

export interface RemoteLogoutOptions {
  accountId: string;
  authDir: string;
  createSocket: WaSocketFactory;
  log: Logger;
  socketOptions?: Pick<WaSocketOptions, "waWebSocketUrl" | "connectTimeoutMs">;
  timeoutMs: number;
}

/** True when WhatsApp confirmed the logout; false when it could not be reached in time (best effort). */
export async function unlinkRemotely(options: RemoteLogoutOptions): Promise<boolean> {
  let sock;
  try {
    sock = await options.createSocket({ accountId: options.accountId, authDir: options.authDir, log: options.log, ...options.socketOptions });
  } catch (err) {
    options.log.warn(`WhatsApp logout: could not open a connection for account ${options.accountId}: ${(err as Error).message}`);
    return false;
  }
  const socket = sock;
  let onUpdate: ((u: WaConnectionUpdate) => void) | undefined;
  let timer: NodeJS.Timeout | undefined;
  try {
    const opened = await new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), options.timeoutMs);
      onUpdate = (update) => {
        if (update.connection === "open") resolve(true);
        else if (update.connection === "close" || update.qr) resolve(false);
      };
      socket.ev.on("connection.update", onUpdate);
    });
    if (!opened) return false;
    await socket.logout();
    return true;
  } catch (err) {
    options.log.warn(`WhatsApp logout of account ${options.accountId} failed on WhatsApp's side: ${(err as Error).message}`);
    return false;
  } finally {
    clearTimeout(timer);
    if (onUpdate) socket.ev.off("connection.update", onUpdate);
    await socket.end().catch(() => undefined);
  }
}
