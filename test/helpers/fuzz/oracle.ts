/**
 * The fuzz oracle (protocol.md §2/§3): what the gateway must answer to a frame, before and after the handshake.
 */
import { KNOWN_REQ_KEYS } from "./random.js";

export const PREAUTH_LIMIT = 64 * 1024;
export const MAX_PAYLOAD = 25 * 1024 * 1024;

// ───────────────────────────── the oracle (protocol.md §2/§3) ─────────────────────────────

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const nonEmptyString = (v: unknown): v is string => typeof v === "string" && v.length > 0;

function isReq(v: unknown): v is { type: "req"; id: string; method: string; params?: unknown } {
  return isPlainObject(v) && Object.keys(v).every((k) => KNOWN_REQ_KEYS.includes(k)) && v.type === "req" && nonEmptyString(v.id) && nonEmptyString(v.method);
}

/** What the gateway sees for a text frame the client sent (ws encodes lone surrogates as U+FFFD). */
export const onWire = (data: string | Buffer): string => (typeof data === "string" ? Buffer.from(data, "utf8") : data).toString("utf8");

export function parseOrUndefined(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

export interface ResFrame {
  type: string;
  id: string;
  ok: boolean;
  payload?: unknown;
  error?: { code: string; message: string };
}

/** Expected answer to one post-handshake frame: none, or a res with this id passing `check` (null = fine). */
export type PostExpect = { kind: "none" } | { kind: "res"; id: string; check: (r: ResFrame) => string | null };

export const KNOWN_METHODS: Record<string, (p: Record<string, unknown>) => boolean> = {
  health: (p) => p.probe === undefined || typeof p.probe === "boolean",
  status: (p) => p.includeChannelSummary === undefined || typeof p.includeChannelSummary === "boolean",
  "plugins.list": () => true,
};

const invalidRequest = (messageOk: (m: string) => boolean, what: string) => (r: ResFrame) =>
  r.ok === false && r.error?.code === "INVALID_REQUEST" && messageOk(r.error.message) ? null : `expected INVALID_REQUEST ${what}, got ${JSON.stringify(r).slice(0, 300)}`;

export function postOracle(text: string): PostExpect {
  const parsed = parseOrUndefined(text);
  if (!parsed.ok) return { kind: "none" }; // malformed JSON after the handshake: ignored
  const v = parsed.value;
  if (!isReq(v)) {
    const id = isPlainObject(v) && nonEmptyString(v.id) ? v.id : "invalid";
    return { kind: "res", id, check: invalidRequest((m) => m.startsWith("invalid request frame"), "invalid request frame") };
  }
  const m = v.method;
  if (m === "connect") return { kind: "res", id: v.id, check: invalidRequest((x) => x === "connect is only valid as the first request", "second connect") };
  const validParams = Object.hasOwn(KNOWN_METHODS, m) ? KNOWN_METHODS[m] : undefined;
  if (!validParams) return { kind: "res", id: v.id, check: invalidRequest((x) => x === `unknown method: ${m}`, `unknown method: ${m}`) };
  const p = v.params ?? {};
  if (isPlainObject(p) && validParams(p)) {
    return { kind: "res", id: v.id, check: (r) => (r.ok === true && r.payload !== undefined ? null : `expected ok ${m}, got ${JSON.stringify(r).slice(0, 300)}`) };
  }
  return { kind: "res", id: v.id, check: invalidRequest((x) => x.startsWith(`invalid ${m} params: `), `invalid ${m} params`) };
}

/** Expected outcome of the first frame on a fresh socket (protocol.md §3, before the handshake). */
export type PreExpect =
  | { kind: "close"; code: number; reason?: string } // closed, no res
  | { kind: "res-close"; id: string; message: (m: string) => boolean; what: string; code: number }
  | { kind: "connect-any" }; // a connect whose params may or may not pass: hello-ok, or a refusal then close

export function preOracle(data: string | Buffer, binary: boolean, badParams: boolean): PreExpect {
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  if (bytes.length > PREAUTH_LIMIT) return { kind: "close", code: 1009 };
  if (!binary && !isUtf8(bytes)) return { kind: "close", code: 1007 };
  if (binary) return { kind: "close", code: 1008 };
  const parsed = parseOrUndefined(bytes.toString("utf8"));
  if (!parsed.ok) return { kind: "close", code: 1008 };
  const v = parsed.value;
  if (!isReq(v)) return { kind: "close", code: 1008, reason: "invalid request frame" };
  if (v.method !== "connect") {
    return { kind: "res-close", id: v.id, message: (m) => m === "invalid handshake: first request must be connect", what: "first request must be connect", code: 1008 };
  }
  if (badParams) return { kind: "res-close", id: v.id, message: (m) => m.startsWith("invalid connect params: "), what: "invalid connect params", code: 1008 };
  return { kind: "connect-any" };
}

function isUtf8(b: Buffer): boolean {
  return Buffer.from(b.toString("utf8"), "utf8").equals(b);
}
