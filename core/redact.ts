/** Removes secrets from text before it reaches a log line. */

const PATTERNS: RegExp[] = [
  /\b(Bearer\s+)[A-Za-z0-9._~+/=-]{6,}/gi,
  /("?(?:token|password|secret|apiKey|api_key|accessToken|refreshToken|botToken|deviceToken)"?\s*[:=]\s*"?)([^"\s,}]{4,})/gi,
  /(--(?:token|password|api-key)[= ])(\S+)/gi,
  /\b(sk-[A-Za-z0-9_-]{8,}|ghp_[A-Za-z0-9]{8,}|xox[abpr]-[A-Za-z0-9-]{8,}|\d{6,}:[A-Za-z0-9_-]{30,})/g,
  // A Telegram bot token inside a Bot API URL (`…/bot123456:ABC…/getMe`), where no word boundary precedes it.
  /(\/bot)(\d{5,}:[A-Za-z0-9_-]{20,})/g,
  // The password of URL credentials (`https://user:pass@host`), up to the authority's last `@`.
  /(\b[a-z][a-z0-9+.-]*:\/\/[^\s/?#@:"'`]*:)([^\s/?#"'`]+)(?=@)/gi,
];

export function maskSecret(value: string): string {
  return value.length < 18 ? "***" : `${value.slice(0, 4)}…${value.slice(-2)}`;
}

export class Redactor {
  private literals: string[] = [];

  /** Exact secret values (configured tokens and passwords) to hide wherever they appear. */
  setSecrets(values: Iterable<string | undefined>): void {
    this.literals = [...new Set([...values].filter((v): v is string => typeof v === "string" && v.length >= 4))];
  }

  redact(text: string): string {
    let out = text;
    for (const secret of this.literals) if (out.includes(secret)) out = out.split(secret).join(maskSecret(secret));
    for (const re of PATTERNS) {
      // With one group the third argument is the match offset (a number), not a second group.
      out = out.replace(re, (_match, prefix: string, value: unknown) =>
        typeof value === "string" ? `${prefix}${maskSecret(value)}` : maskSecret(prefix),
      );
    }
    return out;
  }
}
