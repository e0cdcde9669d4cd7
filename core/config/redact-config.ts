/** Hides secret values in a config (for `config.get` answers), by key name. */
import { isPlainObject } from "../config-paths.js";

export const REDACTED = "__OPENCLAW_REDACTED__";
const SECRET_KEY = /(token|password|secret|apikey|api_key|privatekey|private_key)$/i;

/** Deep copy with secret-looking keys replaced; `found` collects the hidden values. */
export function redactConfig(value: unknown, found: string[] = []): unknown {
  if (Array.isArray(value)) return value.map((v) => redactConfig(v, found));
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (SECRET_KEY.test(k) && typeof v === "string" && v.length > 0) {
      found.push(v);
      out[k] = REDACTED;
    } else out[k] = redactConfig(v, found);
  }
  return out;
}

/** Replaces each secret value in the raw file text. */
export function redactRawText(raw: string, secrets: readonly string[]): string {
  let out = raw;
  for (const s of [...secrets].sort((a, b) => b.length - a.length)) if (s) out = out.split(s).join(REDACTED);
  return out;
}
