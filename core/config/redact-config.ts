/**
 * Hides secrets in a config before anyone sees it (`config.get`, the CLI's file fallback, the Control UI)
 * and lists them for the log redactor. The schemas decide, not key names:
 * - a position a schema marks `sensitive: true` (a token, an API key, each value of a headers record);
 * - a key no schema describes (a typo like `apiKye` may still hold a key): its values, failing closed;
 * - URL credentials in any string (`https://user:pass@host`): the password, or a lone `token@`.
 */
import { parseJson5Text } from "./json5.js";
import { isPlainObject } from "../config-paths.js";
import { childOfItem, childOfKey, isSensitive, type Position } from "./sensitive-schema.js";

export const REDACTED = "__OPENCLAW_REDACTED__";

export interface RedactedConfig {
  /** A deep copy with the secrets replaced by REDACTED. */
  config: unknown;
  /** Values found at sensitive positions: for the log redactor and for cutting them out of the raw text. */
  secrets: string[];
  /** Every value hidden, for whatever reason (sensitive, undescribed, URL credentials). */
  hidden: string[];
}

/** scheme://userinfo@ — greedy up to the last `@` of the authority, as URL parsers read it. */
const URL_USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s/?#"'`]+)@/gi;

/** Query parameters that carry credentials in provider URLs (`?key=`, `&access_token=`, `?sig=`…). */
const URL_QUERY_SECRET = /([?&](?:key|api[_-]?key|apikey|token|access[_-]?token|auth|secret|client[_-]?secret|sig|signature|password|pass|pwd|code)=)([^&#\s"'`]+)/gi;

function hideUrlCredentials(text: string, hidden: string[]): string {
  const withoutQuerySecrets = text.replace(URL_QUERY_SECRET, (match, name: string, value: string) => {
    if (value === REDACTED || value.startsWith("${")) return match;
    hidden.push(value);
    return `${name}${REDACTED}`;
  });
  return withoutQuerySecrets.replace(URL_USERINFO, (match, scheme: string, userinfo: string) => {
    const colon = userinfo.indexOf(":");
    if (colon === -1) {
      if (userinfo === REDACTED) return match;
      hidden.push(userinfo); // a lone user part is often the credential itself (https://<token>@host)
      return `${scheme}${REDACTED}@`;
    }
    const password = userinfo.slice(colon + 1);
    if (!password || password === REDACTED) return match;
    hidden.push(password);
    return `${scheme}${userinfo.slice(0, colon)}:${REDACTED}@`;
  });
}

interface Acc {
  secrets: string[];
  hidden: string[];
}

/** Replaces every string and number below `value` (a secret position, or one no schema describes). */
function hideAll(value: unknown, acc: Acc, sensitive: boolean): unknown {
  if (Array.isArray(value)) return value.map((v) => hideAll(v, acc, sensitive));
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, hideAll(v, acc, sensitive)]));
  if ((typeof value === "string" && value !== "" && value !== REDACTED) || typeof value === "number") {
    const text = String(value);
    acc.hidden.push(text);
    if (sensitive) acc.secrets.push(text);
    return REDACTED;
  }
  return value;
}

function walk(value: unknown, position: Position, acc: Acc): unknown {
  if (position.length === 0) return hideAll(value, acc, false);
  if (isSensitive(position)) return hideAll(value, acc, true);
  if (typeof value === "string") return hideUrlCredentials(value, acc.hidden);
  if (Array.isArray(value)) return value.map((v, i) => walk(v, childOfItem(position, i), acc));
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  // `$include` only appears in unresolved text (the raw file); its paths are not secrets.
  for (const [k, v] of Object.entries(value)) out[k] = k === "$include" ? v : walk(v, childOfKey(position, k), acc);
  return out;
}

/** `root` is `configRoot(plugins)`: the core schema and every plugin's. */
export function redactConfig(value: unknown, root: Position): RedactedConfig {
  const acc: Acc = { secrets: [], hidden: [] };
  const config = walk(value, root, acc);
  return { config, secrets: [...new Set(acc.secrets)], hidden: acc.hidden };
}

/**
 * The file's text with the secrets cut out (comments and layout kept), or null when that cannot be
 * done safely: the result is parsed again and must hide nothing more. A secret written with escapes,
 * a key no schema describes, or a file that is not JSON5 therefore withholds the text (the parsed,
 * redacted config still shows everything else). `${VAR}` references are not secrets.
 */
export function redactRawText(raw: string, secrets: readonly string[], root: Position): string | null {
  let out = raw;
  for (const s of [...secrets].sort((a, b) => b.length - a.length)) out = out.split(s).join(REDACTED);
  out = hideUrlCredentials(out, []);
  let reparsed: unknown;
  try {
    reparsed = parseJson5Text(out);
  } catch {
    return null;
  }
  const left = redactConfig(reparsed, root).hidden.filter((v) => !v.includes("${"));
  return left.length ? null : out;
}

