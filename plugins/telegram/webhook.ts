/**
 * Webhook mode: Telegram POSTs each update to `webhookPath` on the gateway port, with the
 * configured secret in `X-Telegram-Bot-Api-Secret-Token` (compared in constant time). Answers 401
 * for a wrong secret, 503 while the account is not running (Telegram retries later), 200 otherwise.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { safeEqualSecret, sendJson, type Logger } from "../../core/sdk/plugin.js";
import { describeTelegramError } from "./errors.js";
import type { AccountBot } from "./account-bot.js";

const MAX_BODY_BYTES = 1024 * 1024;

export function webhookHandler(bot: AccountBot, secret: string, log: Logger) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (!safeEqualSecret(req.headers["x-telegram-bot-api-secret-token"], secret)) return sendJson(res, 401, { ok: false, error: "bad secret token" });
    if (!bot.acceptsWebhook) return sendJson(res, 503, { ok: false, error: "the account is not running" });
    let body: string;
    try {
      body = await readBody(req);
    } catch (err) {
      return sendJson(res, 413, { ok: false, error: (err as Error).message });
    }
    let update: unknown;
    try {
      update = JSON.parse(body);
    } catch {
      return sendJson(res, 400, { ok: false, error: "body is not JSON" });
    }
    if (typeof update !== "object" || update === null || typeof (update as { update_id?: unknown }).update_id !== "number") {
      return sendJson(res, 400, { ok: false, error: "not a Telegram update" });
    }
    try {
      await bot.handleUpdate(update as Parameters<AccountBot["handleUpdate"]>[0]);
    } catch (err) {
      log.error(`webhook update failed: ${describeTelegramError(err)}`);
    }
    sendJson(res, 200, { ok: true });
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error(`body larger than ${MAX_BODY_BYTES} bytes`));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}
