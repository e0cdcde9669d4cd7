/** grammY's errors → protocol errors that name the plugin, the account and what Telegram said. */
import { GrammyError, HttpError } from "grammy";
import { GatewayError, ERROR_CODES } from "../../core/sdk/plugin.js";

/**
 * Network errors from the HTTP client quote the request URL, which carries the bot token
 * (`…/bot<token>/getMe`): every text built from an error passes through here before it reaches a
 * log line, a status field or a client.
 */
export function scrubToken(text: string): string {
  return text.replace(/bot\d+:[A-Za-z0-9_-]+/g, "bot<token>").replace(/\b\d{5,}:[A-Za-z0-9_-]{20,}/g, "<token>");
}

export function describeTelegramError(err: unknown): string {
  if (err instanceof GrammyError) return scrubToken(`${err.method}: ${err.error_code} ${err.description}`);
  if (err instanceof HttpError) {
    const cause = err.error instanceof Error ? err.error.message : String(err.error);
    return scrubToken(`${err.message} (${cause})`);
  }
  return scrubToken(err instanceof Error ? err.message : String(err));
}

export function isParseEntitiesError(err: unknown): boolean {
  return err instanceof GrammyError && err.error_code === 400 && /can't parse entities|unsupported start tag|can't find end tag/i.test(err.description);
}

/** The token was refused (401) or the bot was deleted (404 on getMe). */
export function isUnauthorized(err: unknown): boolean {
  return err instanceof GrammyError && (err.error_code === 401 || (err.error_code === 404 && err.method === "getMe"));
}

export function isConflict(err: unknown): boolean {
  return err instanceof GrammyError && err.error_code === 409;
}

export function toGatewayError(err: unknown, accountId: string): GatewayError {
  if (err instanceof GatewayError) return err;
  const where = `telegram (account ${accountId})`;
  if (err instanceof GrammyError) {
    const message = scrubToken(`${where}: ${err.method} failed: ${err.error_code} ${err.description}`);
    const details = { channel: "telegram", accountId, method: err.method, errorCode: err.error_code, description: err.description };
    if (isUnauthorized(err)) return new GatewayError(ERROR_CODES.NOT_LINKED, scrubToken(`${where}: the bot token was rejected (${err.error_code} ${err.description}); check channels.telegram.botToken`), { details, cause: err });
    if (err.error_code === 429) {
      const retryAfter = err.parameters.retry_after;
      return new GatewayError(ERROR_CODES.UNAVAILABLE, message, { details, retryable: true, ...(retryAfter ? { retryAfterMs: retryAfter * 1000 } : {}), cause: err });
    }
    if (err.error_code >= 500) return new GatewayError(ERROR_CODES.UNAVAILABLE, message, { details, retryable: true, cause: err });
    return new GatewayError(ERROR_CODES.INVALID_REQUEST, message, { details, cause: err });
  }
  if (err instanceof HttpError) {
    return new GatewayError(ERROR_CODES.UNAVAILABLE, `${where}: cannot reach the Bot API: ${describeTelegramError(err)}`, { details: { channel: "telegram", accountId }, retryable: true, cause: err });
  }
  return new GatewayError(ERROR_CODES.UNAVAILABLE, `${where}: ${describeTelegramError(err)}`, { details: { channel: "telegram", accountId }, cause: err });
}
