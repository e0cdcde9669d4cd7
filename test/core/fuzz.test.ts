/**
 * Malformed input (security.md "The test figures to reach"): ≥ 10,000 random and mutated frames,
 * before and after the handshake — bad JSON, wrong types for every req/connect field, unknown fields,
 * huge strings, deep nesting, binary frames, invalid UTF-8, oversize frames. Each outcome is checked
 * against protocol.md §3 where it is deterministic, the gateway never crashes, and a watcher client
 * keeps receiving `tick` (every 200 ms here) with no seq gap while its requests keep working.
 *
 * Reproduce a failure with FUZZ_SEED=<seed printed in the failure> npx vitest run test/core/fuzz.test.ts
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { connectFrame, sleep, startTestGateway, waitFor, type TestGateway } from "../helpers/gateway.js";
import { definePlugin } from "../../core/plugin-types.js";
import type { EventFrameIn, GatewayClient } from "../../core/client.js";

const SEED = Number(process.env.FUZZ_SEED ?? 0x5eed2024) >>> 0;
const PREAUTH_LIMIT = 64 * 1024;
const MAX_PAYLOAD = 25 * 1024 * 1024;

// ───────────────────────────── seeded randomness ─────────────────────────────

function mulberry32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALPHA_JSONISH = [..."{}[]\":,0123456789.-+eE truefalsn\\/abcxyz\t\n"];
const ALPHA_UNICODE = [
  "a", "Z", "0", " ", "\n", "\t", "\u0000", "\u0001", "\u001f", "\u007f", "\"", "\\", "/", "{", "}", "[", "]", ":", ",",
  "é", "ß", "中", "文", "\u200b", "\u202e", "\ufeff", "\u2028", "\u2029", "😀", "\ud83d", "\udc00", "\uffff", "\ufffd",
];
const KNOWN_REQ_KEYS = ["type", "id", "method", "params"];

class Gen {
  readonly r: () => number;
  constructor(readonly seed: number) {
    this.r = mulberry32(seed);
  }
  int(n: number): number {
    return Math.floor(this.r() * n);
  }
  range(a: number, b: number): number {
    return a + this.int(b - a + 1);
  }
  chance(p: number): boolean {
    return this.r() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)];
  }
  bytes(n: number): Buffer {
    const b = Buffer.alloc(n);
    for (let i = 0; i < n; i++) b[i] = this.int(256);
    return b;
  }
  str(n: number, alphabet: readonly string[] = this.chance(0.5) ? ALPHA_UNICODE : ALPHA_JSONISH): string {
    let s = "";
    for (let i = 0; i < n; i++) s += this.pick(alphabet);
    return s;
  }
  /** An object key that is not one of the frame's own. */
  key(): string {
    const k = this.pick(["extra", "__proto__", "constructor", "Type", "ID", "id ", "params2", "seq", "event", "ok", "", this.str(this.range(1, 12))]);
    return KNOWN_REQ_KEYS.includes(k) ? `${k}_` : k;
  }
  number(): number {
    return this.pick([0, -0, 1, -1, 3, 4, 2 ** 31, -(2 ** 53), 2 ** 53 + 1, 1e308, -1e-308, 3.14, 0.5, this.int(1e9), -this.int(1e6)]);
  }
  value(depth = 0): unknown {
    switch (this.int(depth > 2 ? 6 : 8)) {
      case 0: return null;
      case 1: return this.chance(0.5);
      case 2: return this.number();
      case 3: return this.str(this.int(12), ALPHA_JSONISH);
      case 4: return this.str(this.int(12), ALPHA_UNICODE);
      case 5: return "";
      case 6: return Array.from({ length: this.int(4) }, () => this.value(depth + 1));
      default: {
        const o: Record<string, unknown> = {};
        for (let i = this.int(4); i > 0; i--) o[this.str(this.range(1, 6))] = this.value(depth + 1);
        return o;
      }
    }
  }
  /** Any JSON value that is not a non-empty string. */
  notNonEmptyString(): unknown {
    return this.pick<unknown>([0, 1, -1, 3.5, true, false, null, [], {}, ["x"], { a: 1 }, ""]);
  }
  /** Applies 1–5 character-level edits to a text frame. */
  mutateText(s: string): string {
    let t = s;
    for (let n = this.range(1, 5); n > 0; n--) {
      const at = this.int(t.length + 1);
      switch (this.int(8)) {
        case 0: t = t.slice(0, at) + this.str(1) + t.slice(at + 1); break; // replace
        case 1: t = t.slice(0, at) + this.str(this.range(1, 8)) + t.slice(at); break; // insert
        case 2: t = t.slice(0, at) + t.slice(at + this.range(1, 10)); break; // delete a range
        case 3: t = t.slice(0, at); break; // truncate
        case 4: { const len = this.range(1, 20); t = t.slice(0, at) + t.slice(at, at + len) + t.slice(at); break; } // duplicate
        case 5: t = t.slice(0, at) + this.pick(["\"", "\\", "{", "}", "[", "]", ",", ":", "\\u", "\\ud800", "\u0000"]) + t.slice(at); break;
        case 6: { const j = this.int(t.length + 1); const a = Math.min(at, j); const b = Math.max(at, j); t = t.slice(0, a) + t.slice(b) + t.slice(a, b); break; } // move a range
        default: t = this.pick(["", " ", "\n"]) + t + this.pick(["", " ", "}", "]", ",", "\u0000"]); break;
      }
    }
    return t;
  }
}

/** A deeply nested JSON text (arrays or objects), built as text so the generator never recurses. */
function deepJson(depth: number, kind: "array" | "object"): string {
  return kind === "array" ? "[".repeat(depth) + "1" + "]".repeat(depth) : '{"a":'.repeat(depth) + "1" + "}".repeat(depth);
}

/** Invalid UTF-8 byte sequences (lone continuation, overlong, surrogate, truncated, out of range, 0xFF). */
const BAD_UTF8 = [[0x80], [0xbf], [0xc0, 0xaf], [0xc1, 0xbf], [0xe0, 0x80, 0xaf], [0xed, 0xa0, 0x80], [0xed, 0xbf, 0xbf], [0xe2, 0x82], [0xf0, 0x9f, 0x98], [0xf4, 0x90, 0x80, 0x80], [0xf5, 0x80, 0x80, 0x80], [0xfe], [0xff], [0xc3]];

function invalidUtf8Text(g: Gen, base: string): Buffer {
  const body = Buffer.from(base);
  const at = g.int(body.length + 1);
  const bad = Buffer.from(g.pick(BAD_UTF8));
  // A truncated sequence is only invalid when nothing completes it: follow it with ASCII.
  return Buffer.concat([body.subarray(0, at), bad, Buffer.from("x"), body.subarray(at)]);
}

// ───────────────────────────── the oracle (protocol.md §2/§3) ─────────────────────────────

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const nonEmptyString = (v: unknown): v is string => typeof v === "string" && v.length > 0;

function isReq(v: unknown): v is { type: "req"; id: string; method: string; params?: unknown } {
  return isPlainObject(v) && Object.keys(v).every((k) => KNOWN_REQ_KEYS.includes(k)) && v.type === "req" && nonEmptyString(v.id) && nonEmptyString(v.method);
}

/** What the gateway sees for a text frame the client sent (ws encodes lone surrogates as U+FFFD). */
const onWire = (data: string | Buffer): string => (typeof data === "string" ? Buffer.from(data, "utf8") : data).toString("utf8");

function parseOrUndefined(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

interface ResFrame {
  type: string;
  id: string;
  ok: boolean;
  payload?: unknown;
  error?: { code: string; message: string };
}

/** Expected answer to one post-handshake frame: none, or a res with this id passing `check` (null = fine). */
type PostExpect = { kind: "none" } | { kind: "res"; id: string; check: (r: ResFrame) => string | null };

const KNOWN_METHODS: Record<string, (p: Record<string, unknown>) => boolean> = {
  health: (p) => p.probe === undefined || typeof p.probe === "boolean",
  status: (p) => p.includeChannelSummary === undefined || typeof p.includeChannelSummary === "boolean",
  "plugins.list": () => true,
};

const invalidRequest = (messageOk: (m: string) => boolean, what: string) => (r: ResFrame) =>
  r.ok === false && r.error?.code === "INVALID_REQUEST" && messageOk(r.error.message) ? null : `expected INVALID_REQUEST ${what}, got ${JSON.stringify(r).slice(0, 300)}`;

function postOracle(text: string): PostExpect {
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
type PreExpect =
  | { kind: "close"; code: number; reason?: string } // closed, no res
  | { kind: "res-close"; id: string; message: (m: string) => boolean; what: string; code: number }
  | { kind: "connect-any" }; // a connect whose params may or may not pass: hello-ok, or a refusal then close

function preOracle(data: string | Buffer, binary: boolean, badParams: boolean): PreExpect {
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

// ───────────────────────────── frame generators ─────────────────────────────

interface Frame {
  data: string | Buffer;
  binary: boolean;
  label: string;
}

const GOOD_CLIENT = { id: "test", version: "1", platform: "linux", mode: "test" };
const goodConnectParams = () => JSON.parse(connectFrame()).params as Record<string, unknown>;

const NOT_INT = ["3", 3.5, true, null, [], {}, 0, -1, "x", [3]];
const NOT_STRING = [1, 0, true, false, null, [], {}, ["a"], { a: 1 }];
const NOT_STRING_ARRAY = ["a", 1, true, null, {}, [1], ["a", 2], [null], [["a"]], [{}], [true]];
const NOT_BOOL_RECORD = ["x", 1, true, null, [], [true], { a: "true" }, { a: 1 }, { a: null }, { a: {} }, { a: [] }];
const NOT_AUTH = ["x", 1, true, null, [], { token: 1 }, { password: true }, { deviceToken: [] }, { token: null }, { token: {} }];
const DEVICE = { id: "a", publicKey: "k", signature: "s", signedAt: 1 };
const NOT_DEVICE = ["x", 1, null, [], {}, { ...DEVICE, id: "" }, { ...DEVICE, signedAt: -1 }, { ...DEVICE, signedAt: 1.5 }, { ...DEVICE, extra: 1 }, { ...DEVICE, id: 1 }, { ...DEVICE, nonce: 5 }, { id: "a", publicKey: "k", signature: "s" }];
const NOT_CLIENT = [
  "x", 1, null, [], {}, true,
  { ...GOOD_CLIENT, id: "nope" }, { ...GOOD_CLIENT, id: 1 }, { ...GOOD_CLIENT, id: "" }, { ...GOOD_CLIENT, mode: "x" }, { ...GOOD_CLIENT, mode: null },
  { ...GOOD_CLIENT, version: 1 }, { ...GOOD_CLIENT, platform: null }, { ...GOOD_CLIENT, extra: 1 }, { ...GOOD_CLIENT, displayName: 1 },
  { ...GOOD_CLIENT, instanceId: [] }, { ...GOOD_CLIENT, deviceFamily: {} }, { id: "test", version: "1", mode: "test" }, { id: "test", platform: "linux", mode: "test" },
];
/** For every connect param: values of the wrong type (or out of range) that the schema must refuse. */
const WRONG_CONNECT_FIELD: Record<string, readonly unknown[]> = {
  minProtocol: NOT_INT, maxProtocol: NOT_INT, client: NOT_CLIENT, caps: NOT_STRING_ARRAY, commands: NOT_STRING_ARRAY,
  permissions: NOT_BOOL_RECORD, pathEnv: NOT_STRING, role: NOT_STRING, scopes: NOT_STRING_ARRAY, auth: NOT_AUTH,
  device: NOT_DEVICE, locale: NOT_STRING, userAgent: NOT_STRING,
};

/** A connect frame whose params the schema must refuse. */
function badConnect(g: Gen, id: string): string {
  const params = goodConnectParams();
  const wrong = new Set<string>();
  switch (g.int(6)) {
    case 0: case 1: case 2: { // wrong type for one (or several) fields
      for (let n = g.range(1, 3); n > 0; n--) {
        const field = g.pick(Object.keys(WRONG_CONNECT_FIELD));
        params[field] = g.pick(WRONG_CONNECT_FIELD[field]);
        wrong.add(field);
      }
      break;
    }
    case 3: { // an unknown field, sometimes huge or deep
      const k = g.pick(["extra", "Auth", "scope", "hello", "__proto__", g.str(g.range(1, 10), ALPHA_JSONISH)]);
      const key = Object.hasOwn(WRONG_CONNECT_FIELD, k) || k === "modelCatalog" ? `${k}_x` : k;
      // A computed key is an own property, so "__proto__" is serialized too (and JSON.parse keeps it own).
      return JSON.stringify({ type: "req", id, method: "connect", params: { ...params, [key]: g.value() } });
    }
    case 4: { // a required field missing
      delete params[g.pick(["minProtocol", "maxProtocol", "client"])];
      break;
    }
    default: { // params not an object at all
      return JSON.stringify({ type: "req", id, method: "connect", params: g.pick<unknown>(["x", 1, [], true, null, [params], 0]) });
    }
  }
  // Sometimes pad with a huge (but allowed) string in a field that stays valid, to exercise big frames.
  if (g.chance(0.1) && !wrong.has("userAgent")) params.userAgent = "u".repeat(g.range(1000, 50_000));
  return JSON.stringify({ type: "req", id, method: "connect", params });
}

/** A req envelope that is not a valid request frame (wrong type / missing / extra field / not an object). */
function badEnvelope(g: Gen, base: Record<string, unknown>): string {
  const f: Record<string, unknown> = { ...base };
  switch (g.int(6)) {
    case 0: f.type = g.pick<unknown>(["res", "event", "REQ", "req ", " req", "Req", "", 0, null, true, [], {}, ["req"], { type: "req" }]); break;
    case 1: f.id = g.notNonEmptyString(); break;
    case 2: f.method = g.notNonEmptyString(); break;
    case 3: delete f[g.pick(["type", "id", "method"])]; break;
    case 4: f[g.key()] = g.value(); break;
    default: return JSON.stringify(g.pick<unknown>([[], [base], 1, "req", null, true, 0, -1.5, [1, 2, 3], "", {}]));
  }
  return JSON.stringify(f);
}

interface PreCase {
  frames: Frame[];
  expect: PreExpect;
  label: string;
}

/** One pre-handshake case: the first frame decides the socket's fate; 0–2 followers must change nothing. */
function preCase(g: Gen, n: number): PreCase {
  const id = `p${n}`;
  let first: Frame;
  let badParams = false;
  const pickCategory = g.int(100);
  if (pickCategory < 12) {
    first = { data: g.chance(0.7) ? g.str(g.int(200)) : g.pick(["", " ", "\n", "null", "true", "42", '"req"', "[]", "{}", '{"type":"req"}', "{oops", "}{", "[[[[", "\u0000"]), binary: false, label: "garbage" };
  } else if (pickCategory < 30) {
    first = { data: g.mutateText(connectFrame({}, id)), binary: false, label: "mutated connect text" };
  } else if (pickCategory < 48) {
    first = { data: badEnvelope(g, JSON.parse(connectFrame({}, id))), binary: false, label: "bad envelope" };
  } else if (pickCategory < 74) {
    first = { data: badConnect(g, id), binary: false, label: "bad connect params" };
    badParams = true;
  } else if (pickCategory < 80) {
    const method = g.pick(["health", "status", "Connect", "CONNECT", " connect", "connect ", "constructor", "__proto__", g.str(g.range(1, 20))]);
    first = { data: JSON.stringify({ type: "req", id, method: method === "connect" ? "connect_" : method, params: g.value() }), binary: false, label: "non-connect first req" };
  } else if (pickCategory < 87) {
    first = g.chance(0.5)
      ? { data: g.bytes(g.int(2000)), binary: true, label: "binary random" }
      : { data: Buffer.from(connectFrame({}, id)), binary: true, label: "binary JSON connect" };
  } else if (pickCategory < 93) {
    first = { data: invalidUtf8Text(g, g.chance(0.6) ? connectFrame({}, id) : g.str(g.int(100), ALPHA_JSONISH)), binary: false, label: "invalid UTF-8 text" };
  } else if (pickCategory < 96) {
    const size = PREAUTH_LIMIT + g.pick([1, 2, 100, 10_000, 150_000]);
    first = g.chance(0.3)
      ? { data: g.bytes(size), binary: true, label: "oversize binary" }
      : { data: connectFrame({ userAgent: "x".repeat(size) }, id), binary: false, label: "oversize text" };
  } else {
    const depth = g.pick([100, 1000, 10_000, 30_000]);
    const deep = deepJson(depth, g.chance(0.5) ? "array" : "object");
    const where = g.int(3);
    if (where === 0) first = { data: deep, binary: false, label: `deep top-level ${depth}` };
    else if (where === 1) {
      first = { data: `{"type":"req","id":"${id}","method":"connect","params":${deep}}`, binary: false, label: `deep params ${depth}` };
      badParams = true; // an array or an object without the required fields
    } else first = { data: `{"type":"req","id":${deep},"method":"connect"}`, binary: false, label: `deep id ${depth}` };
  }
  const expect = preOracle(first.data, first.binary, badParams);
  const frames = [first];
  if (expect.kind !== "connect-any") {
    for (let k = g.int(3); k > 0; k--) {
      frames.push(g.pick<Frame>([
        { data: connectFrame({}, `${id}-f${k}`), binary: false, label: "follower connect" },
        { data: JSON.stringify({ type: "req", id: `${id}-h${k}`, method: "health" }), binary: false, label: "follower health" },
        { data: g.str(g.int(50)), binary: false, label: "follower garbage" },
      ]));
    }
  }
  return { frames, expect, label: `${first.label} (seed ${SEED}, case ${n})` };
}

/** One post-handshake fuzz frame. `uid` makes every generated id unique. */
function postFrame(g: Gen, uid: string, budget: { hugeBytes: number }): Frame {
  const methods = ["health", "health", "status", "plugins.list", "connect", "constructor", "__proto__", "toString", "hasOwnProperty", "valueOf",
    " health", "HEALTH", "health ", "health\u0000", "system-presence", "config.apply", "logs.tail", "agent", g.str(g.range(1, 20))];
  const params = (method: string): unknown => {
    if (g.chance(0.15)) return undefined;
    if (g.chance(0.1)) return null;
    if (Object.hasOwn(KNOWN_METHODS, method) && g.chance(0.5)) return { probe: g.chance(0.5) ? g.chance(0.5) : g.value(), includeChannelSummary: g.chance(0.5) ? true : g.value(), [g.str(3)]: g.value() };
    return g.value();
  };
  const validReq = (): Record<string, unknown> => {
    const method = g.pick(methods);
    const f: Record<string, unknown> = { type: "req", id: g.chance(0.2) ? `${g.str(g.range(1, 8), ALPHA_UNICODE)}·${uid}` : uid, method };
    const p = params(method);
    if (p !== undefined) f.params = p;
    // Key order varies; it must not matter.
    return Object.fromEntries(Object.entries(f).sort(() => (g.chance(0.5) ? 1 : -1)));
  };
  const c = g.int(100);
  if (c < 20) return { data: JSON.stringify(validReq()), binary: false, label: "valid req" };
  if (c < 42) return { data: badEnvelope(g, validReq()), binary: false, label: "bad envelope" };
  if (c < 62) return { data: g.mutateText(JSON.stringify(validReq())), binary: false, label: "mutated text" };
  if (c < 76) return { data: g.chance(0.8) ? g.str(g.int(300)) : g.pick(["", " ", "null", "0", "[]", "{}", "\"\"", "true", "{oops", "[1,", "\u0000"]), binary: false, label: "garbage" };
  if (c < 82) {
    let bytes: Buffer;
    do bytes = g.bytes(g.int(3000));
    while (parseOrUndefined(bytes.toString("utf8")).ok); // random bytes that are not JSON in any decoding
    return { data: bytes, binary: true, label: "binary random" };
  }
  if (c < 86) {
    const f = validReq();
    f.id = `bin:${uid}`;
    return { data: Buffer.from(g.chance(0.7) ? JSON.stringify(f) : JSON.stringify({ ...f, type: "event" })), binary: true, label: "binary JSON" };
  }
  if (c < 93) {
    const f = g.pick<Record<string, unknown>>([
      { type: "event", event: g.pick(["tick", "x", ""]), payload: g.value() },
      { type: "event", event: "x", id: uid, seq: 1 },
      { type: "res", id: uid, ok: true, payload: g.value() },
      { type: "res", ok: false, error: { code: "X", message: "y" } },
      { type: "hello-ok", id: uid },
      { id: uid, method: "health" },
    ]);
    return { data: JSON.stringify(f), binary: false, label: "server-shaped frame" };
  }
  if (c < 97 && budget.hugeBytes > 0) {
    const size = g.pick([10_000, 70_000, 100_000, 500_000, 1_000_000, 3_000_000]);
    budget.hugeBytes -= size;
    const huge = g.chance(0.5) ? "h".repeat(size) : g.str(Math.min(size, 20_000), ALPHA_UNICODE).repeat(Math.max(1, Math.floor(size / 20_000)));
    const f = validReq();
    const where = g.int(4);
    if (where === 0) f.id = `${huge}${uid}`;
    else if (where === 1) f.method = huge;
    else if (where === 2) f.params = { probe: huge };
    else f[g.key()] = huge;
    return { data: JSON.stringify(f), binary: false, label: `huge string ${size}` };
  }
  const depth = g.pick([100, 1000, 10_000, 50_000, 200_000]);
  const deep = deepJson(depth, g.chance(0.5) ? "array" : "object");
  const where = g.int(4);
  const data =
    where === 0 ? deep
      : where === 1 ? `{"type":"req","id":"${uid}","method":"${g.pick(["health", "status", "nope"])}","params":${deep}}`
        : where === 2 ? `{"type":"req","id":${deep},"method":"health"}`
          : `{"type":"req","id":"${uid}","method":"health","extra":${deep}}`;
  return { data, binary: false, label: `deep ${depth}` };
}

// ───────────────────────────── socket helpers ─────────────────────────────

interface PreResult {
  challenged: boolean;
  code: number | null;
  reason: string;
  frames: Array<Record<string, unknown>>;
}

/** Fresh socket: on the challenge, sends `frames`; resolves on close, on hello-ok (then terminates), or after waitMs. */
function preExchange(url: string, frames: Frame[], waitMs = 20_000): Promise<PreResult> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, { perMessageDeflate: false });
    const got: Array<Record<string, unknown>> = [];
    let challenged = false;
    let done = false;
    const finish = (code: number | null, reason: string) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      ws.terminate();
      resolve({ challenged, code, reason, frames: got });
    };
    const timer = setTimeout(() => finish(null, "no outcome"), waitMs);
    ws.on("error", () => undefined); // EPIPE/ECONNRESET while the server closes on us
    ws.on("message", (data) => {
      const f = JSON.parse(data.toString()) as Record<string, unknown>;
      got.push(f);
      if (f.event === "connect.challenge" && !challenged) {
        challenged = true;
        for (const fr of frames) ws.send(fr.data, { binary: fr.binary });
      }
      if (f.type === "res" && f.ok === true) setTimeout(() => finish(null, "hello-ok"), 20);
    });
    ws.on("close", (code, reason) => finish(code, reason.toString()));
  });
}

const excerpt = (s: string) => (s.length <= 400 ? s : `${s.slice(0, 200)}…(${s.length} chars)…${s.slice(-200)}`);

function checkPre(c: PreCase, r: PreResult): string | null {
  const where = `${c.label}: first frame ${String(c.frames[0].data).slice(0, 400)}`;
  if (!r.challenged) return `${where}: no challenge`;
  const res = r.frames.filter((f) => f.type === "res") as unknown as ResFrame[];
  const e = c.expect;
  if (e.kind === "close") {
    if (res.length) return `${where}: expected no res, got ${JSON.stringify(res).slice(0, 200)}`;
    if (r.code !== e.code) return `${where}: expected close ${e.code}, got ${r.code} ${r.reason}`;
    if (e.reason !== undefined && r.reason !== e.reason) return `${where}: expected reason "${e.reason}", got "${r.reason}"`;
    return null;
  }
  if (e.kind === "res-close") {
    if (res.length !== 1) return `${where}: expected exactly one res, got ${JSON.stringify(res).slice(0, 300)}`;
    const [x] = res;
    if (x.id !== e.id || x.ok !== false || x.error?.code !== "INVALID_REQUEST" || !e.message(x.error.message)) return `${where}: expected INVALID_REQUEST ${e.what}, got ${JSON.stringify(x).slice(0, 300)}`;
    if (r.code !== e.code) return `${where}: expected close ${e.code}, got ${r.code} ${r.reason}`;
    return null;
  }
  // connect-any: hello-ok, or one refusal followed by the documented close.
  if (res.length !== 1) return `${where}: expected one res to connect, got ${JSON.stringify(res).slice(0, 300)} (close ${r.code})`;
  const [x] = res;
  if (x.ok === true) return (x.payload as { type?: string })?.type === "hello-ok" ? null : `${where}: ok res without hello-ok`;
  if (x.error?.code !== "INVALID_REQUEST") return `${where}: unexpected error ${JSON.stringify(x.error)}`;
  const want = x.error.message === "protocol mismatch" ? 1002 : 1008;
  return r.code === want ? null : `${where}: refusal "${x.error.message}" should close ${want}, got ${r.code}`;
}

/** An authenticated raw socket that records every res and event. */
class AuthedSocket {
  ws!: WebSocket;
  inbox: ResFrame[] = [];
  seqs: number[] = [];
  closed: { code: number; reason: string } | null = null;
  private waiters = new Map<string, () => void>();

  static async open(url: string): Promise<AuthedSocket> {
    const s = new AuthedSocket();
    s.ws = new WebSocket(url, { perMessageDeflate: false, maxPayload: 64 * 1024 * 1024 });
    s.ws.on("error", () => undefined);
    s.ws.on("close", (code, reason) => {
      s.closed = { code, reason: reason.toString() };
      for (const w of s.waiters.values()) w();
    });
    const hello = new Promise<void>((resolve, reject) => {
      s.waiters.set("hs", resolve);
      setTimeout(() => reject(new Error("no hello-ok")), 20_000).unref();
    });
    s.ws.on("message", (data) => {
      const f = JSON.parse(data.toString()) as Record<string, unknown>;
      if (f.event === "connect.challenge") return s.ws.send(connectFrame({}, "hs"));
      if (f.type === "event") {
        if (typeof f.seq === "number") s.seqs.push(f.seq);
        return;
      }
      if (f.type !== "res") return;
      const r = f as unknown as ResFrame;
      if (r.id === "hs") {
        if (r.ok) s.waiters.get("hs")?.();
        return;
      }
      s.inbox.push(r);
      s.waiters.get(r.id)?.();
    });
    await hello;
    s.waiters.delete("hs");
    return s;
  }

  /** Sends a health sentinel and waits for its answer (every handler here answers synchronously, in order). */
  async sync(id: string, timeoutMs = 20_000): Promise<boolean> {
    const answered = new Promise<boolean>((resolve) => {
      const t = setTimeout(() => resolve(false), timeoutMs);
      this.waiters.set(id, () => {
        clearTimeout(t);
        resolve(!this.closed);
      });
    });
    this.ws.send(JSON.stringify({ type: "req", id, method: "health" }));
    const ok = await answered;
    this.waiters.delete(id);
    return ok;
  }

  waitClose(timeoutMs = 20_000): Promise<{ code: number; reason: string } | null> {
    if (this.closed) return Promise.resolve(this.closed);
    return new Promise((resolve) => {
      const t = setTimeout(() => resolve(null), timeoutMs);
      this.ws.once("close", (code, reason) => {
        clearTimeout(t);
        resolve({ code, reason: reason.toString() });
      });
    });
  }
}

const contiguous = (xs: number[]) => xs.every((x, i) => i === 0 || x === xs[i - 1] + 1);

async function pool<T>(items: T[], concurrency: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < items.length) await fn(items[next++]);
  }));
}

// ───────────────────────────── the tests ─────────────────────────────

describe("fuzz", () => {
  let gw: TestGateway;
  const logs: string[] = [];
  let watcher: GatewayClient;
  const w = { ticks: [] as number[], seqs: [] as number[], gaps: [] as unknown[], reqOk: 0, reqFail: [] as string[], closed: null as null | string, since: 0 };
  let pinger: NodeJS.Timeout;

  beforeAll(async () => {
    gw = await startTestGateway({ timings: { tickIntervalMs: 200 }, logs });
    watcher = await gw.client();
    w.since = Date.now();
    watcher.on("event", (e: EventFrameIn) => {
      if (e.event === "tick") w.ticks.push(Date.now());
      if (typeof e.seq === "number") w.seqs.push(e.seq);
    });
    watcher.on("gap", (g: unknown) => w.gaps.push(g));
    watcher.on("close", (code: number, reason: string) => {
      w.closed = `${code} ${reason}`;
    });
    let inFlight = false;
    pinger = setInterval(() => {
      if (inFlight) return;
      inFlight = true;
      watcher.request("health", undefined, { timeoutMs: 5000 }).then(
        () => {
          w.reqOk += 1;
          inFlight = false;
        },
        (err: Error) => {
          w.reqFail.push(`${Date.now() - w.since} ms: ${err.message}`);
          inFlight = false;
        },
      );
    }, 150);
  });

  afterAll(async () => {
    clearInterval(pinger);
    await gw?.stop();
  });

  it("documented outcomes, case by case (protocol.md §3)", async () => {
    // Before the handshake.
    const pre = async (data: string | Buffer, binary = false) => preExchange(gw.url, [{ data, binary, label: "" }]);
    expect(await pre("{oops")).toMatchObject({ code: 1008, frames: [expect.objectContaining({ event: "connect.challenge" })] });
    expect(await pre(JSON.stringify({ type: "req", id: "x", method: "connect", params: goodConnectParams(), extra: 1 }))).toMatchObject({ code: 1008, reason: "invalid request frame" });
    expect((await pre(Buffer.from(connectFrame()), true)).code).toBe(1008); // JSON, but in a binary frame
    expect((await pre(Buffer.from([0xde, 0xad, 0xbe, 0xef]), true)).code).toBe(1008);
    expect((await pre(invalidUtf8Text(new Gen(1), connectFrame()))).code).toBe(1007);
    expect((await pre(Buffer.from([0x7b, 0xff, 0x7d]))).code).toBe(1007);
    expect((await pre(connectFrame({ userAgent: "x".repeat(PREAUTH_LIMIT) }))).code).toBe(1009);
    expect((await pre(Buffer.alloc(PREAUTH_LIMIT + 1), true)).code).toBe(1009);
    const wrongType = await pre(connectFrame({ caps: "camera" }));
    expect(wrongType.code).toBe(1008);
    expect((wrongType.frames.find((f) => f.type === "res") as unknown as ResFrame).error?.message).toMatch(/^invalid connect params: at \/caps: must be array/);

    // After the handshake.
    const s = await AuthedSocket.open(gw.url);
    s.ws.send(JSON.stringify({ type: "event", event: "x" }));
    s.ws.send(JSON.stringify({ type: "res", id: "r1", ok: true }));
    s.ws.send(JSON.stringify({ type: "req", id: "r2", method: "health", extra: 1 }));
    s.ws.send("{oops");
    s.ws.send(Buffer.from([0xde, 0xad, 0xbe, 0xef]), { binary: true });
    s.ws.send(JSON.stringify({ type: "req", id: "r3", method: "no.such" }));
    s.ws.send(JSON.stringify({ type: "req", id: "r4", method: "health", params: [] }));
    expect(await s.sync("sync-1")).toBe(true);
    const got = s.inbox.filter((r) => r.id !== "sync-1").map((r) => [r.id, r.ok, r.error?.code, r.error?.message.replace(/:.*/, ":…")]);
    expect(got).toEqual([
      ["invalid", false, "INVALID_REQUEST", "invalid request frame:…"],
      ["r1", false, "INVALID_REQUEST", "invalid request frame:…"],
      ["r2", false, "INVALID_REQUEST", "invalid request frame:…"],
      ["r3", false, "INVALID_REQUEST", "unknown method:…"],
      ["r4", false, "INVALID_REQUEST", "invalid health params:…"],
    ]);
    expect(s.closed).toBeNull();
    s.ws.send(Buffer.from([0x7b, 0xc0, 0xaf, 0x7d]), { binary: false }); // invalid UTF-8 in a text frame
    expect(await s.waitClose()).toMatchObject({ code: 1007 });
  });

  it("a frame pipelined behind a pre-handshake violation is never processed (no onConnect/onDisconnect for a refused socket)", async () => {
    let connects = 0;
    let disconnects = 0;
    const counter = definePlugin({
      name: "count-connects",
      setup(api) {
        api.hooks.onConnect.tap(() => {
          connects += 1;
          return undefined;
        });
        api.hooks.onDisconnect.tap(() => {
          disconnects += 1;
        });
      },
    });
    const other = await startTestGateway({ plugins: [counter] });
    try {
      for (const first of [
        { data: "{oops", binary: false },
        { data: JSON.stringify({ hello: "world" }), binary: false },
        { data: Buffer.from(connectFrame()), binary: true },
        { data: JSON.stringify({ type: "req", id: "h", method: "health" }), binary: false },
      ]) {
        const r = await preExchange(other.url, [{ ...first, label: "violation" }, { data: connectFrame({}, "late"), binary: false, label: "pipelined connect" }]);
        expect(r.code, String(first.data)).toBe(1008);
        expect(r.frames.filter((f) => f.type === "res" && f.ok === true)).toEqual([]);
      }
      await sleep(100);
      expect({ connects, disconnects }).toEqual({ connects: 0, disconnects: 0 });
    } finally {
      await other.stop();
    }
  });

  it("≥ 10,000 random and mutated frames before and after the handshake: documented outcomes, no crash, no tick gap for others", async () => {
    const failures: string[] = [];
    const counts = { pre: 0, preSockets: 0, post: 0, closers: 0 };
    const labels = new Map<string, number>();
    const started = Date.now();

    // Before the handshake: one socket per case.
    const PRE_CASES = 2200;
    const preGen = new Gen(SEED);
    const cases = Array.from({ length: PRE_CASES }, (_, n) => preCase(preGen, n));
    const preRun = pool(cases, Number(process.env.FUZZ_CONCURRENCY ?? 12), async (c) => {
      const r = await preExchange(gw.url, c.frames);
      counts.pre += c.frames.length;
      counts.preSockets += 1;
      labels.set(`pre ${c.label.replace(/ \(seed.*/, "")}`, (labels.get(`pre ${c.label.replace(/ \(seed.*/, "")}`) ?? 0) + 1);
      const problem = checkPre(c, r);
      if (problem) failures.push(`pre: ${problem}`);
    });

    // After the handshake: long-lived fuzzers, batches checked against the oracle through a sentinel.
    const FUZZERS = 4;
    const BATCHES = 20;
    const BATCH = 100;
    const fuzzers = await Promise.all(Array.from({ length: FUZZERS }, () => AuthedSocket.open(gw.url)));
    const postRun = Promise.all(fuzzers.map(async (s, k) => {
      const g = new Gen((SEED ^ (0x9e3779b9 * (k + 1))) >>> 0);
      const budget = { hugeBytes: 8 * 1024 * 1024 };
      for (let b = 0; b < BATCHES && !s.closed; b++) {
        const expected = new Map<string, Array<(r: ResFrame) => string | null>>();
        const optional = new Map<string, (r: ResFrame) => string | null>();
        const sent: string[] = [];
        for (let i = 0; i < BATCH; i++) {
          const uid = `f${k}-${b}-${i}`;
          const f = postFrame(g, uid, budget);
          labels.set(`post ${f.label.replace(/ \d+$/, "")}`, (labels.get(`post ${f.label.replace(/ \d+$/, "")}`) ?? 0) + 1);
          const e = postOracle(onWire(f.data));
          if (e.kind === "res") {
            // Binary frames carry JSON here; the protocol speaks text, so answering them is optional.
            if (f.binary) optional.set(e.id, e.check);
            else expected.set(e.id, [...(expected.get(e.id) ?? []), e.check]);
          }
          sent.push(`${f.label}: ${String(f.data).slice(0, 80)}`);
          s.ws.send(f.data, { binary: f.binary });
          counts.post += 1;
        }
        const sentinel = `sentinel:${k}:${b}`;
        if (!(await s.sync(sentinel))) {
          failures.push(`post fuzzer ${k} batch ${b} (seed ${SEED}): no answer to the sentinel; closed=${JSON.stringify(s.closed)}; last frames: ${sent.slice(-3).join(" | ")}`);
          break;
        }
        const inbox = s.inbox.splice(0);
        for (const r of inbox) {
          if (r.id === sentinel) continue;
          const checks = expected.get(r.id);
          const check = checks?.shift() ?? optional.get(r.id);
          if (!checks?.length) expected.delete(r.id);
          if (!check) {
            failures.push(`post fuzzer ${k} batch ${b} (seed ${SEED}): unexpected res ${JSON.stringify(r).slice(0, 200)}`);
            continue;
          }
          optional.delete(r.id);
          const problem = check(r);
          if (problem) failures.push(`post fuzzer ${k} batch ${b} (seed ${SEED}) id ${JSON.stringify(r.id.slice(0, 60))}: ${problem}`);
        }
        for (const [id, left] of expected) if (left.length) failures.push(`post fuzzer ${k} batch ${b} (seed ${SEED}): no res for id ${JSON.stringify(id.slice(0, 60))}`);
      }
    }));

    // After the handshake, frames that must close: invalid UTF-8 in a text frame (1007), over maxPayload (1009).
    const closerGen = new Gen((SEED + 7) >>> 0);
    const closerRun = (async () => {
      for (let i = 0; i < 40; i++) {
        const s = await AuthedSocket.open(gw.url);
        const frame = invalidUtf8Text(closerGen, closerGen.chance(0.5) ? JSON.stringify({ type: "req", id: `u${i}`, method: "health" }) : closerGen.str(50, ALPHA_JSONISH));
        s.ws.send(frame, { binary: false });
        counts.closers += 1;
        const c = await s.waitClose();
        if (c?.code !== 1007) failures.push(`post invalid UTF-8 #${i} (seed ${SEED}): expected close 1007, got ${JSON.stringify(c)}`);
        if (s.inbox.length) failures.push(`post invalid UTF-8 #${i}: unexpected res ${JSON.stringify(s.inbox[0]).slice(0, 200)}`);
      }
      for (const binary of [false, true]) {
        const s = await AuthedSocket.open(gw.url);
        s.ws.send(binary ? Buffer.alloc(MAX_PAYLOAD + 1, 0x20) : " ".repeat(MAX_PAYLOAD + 1), { binary });
        counts.closers += 1;
        const c = await s.waitClose();
        if (c?.code !== 1009) failures.push(`post oversize ${binary ? "binary" : "text"} frame: expected close 1009, got ${JSON.stringify(c)}`);
      }
    })();

    await Promise.all([preRun, postRun, closerRun]);
    const fuzzMs = Date.now() - started;
    const total = counts.pre + counts.post + counts.closers;

    // Every fuzzer survived its own garbage and saw every broadcast.
    for (const [k, s] of fuzzers.entries()) {
      if (s.closed) failures.push(`post fuzzer ${k} was closed: ${JSON.stringify(s.closed)}`);
      if (!contiguous(s.seqs)) failures.push(`post fuzzer ${k} saw a seq gap`);
      s.ws.close();
    }

    // The watcher: ticks kept coming, no gap, requests kept working, never closed.
    await sleep(450); // at least two more ticks after the fuzz
    const watchMs = Date.now() - w.since;
    const tickGaps = w.ticks.slice(1).map((t, i) => t - w.ticks[i]);
    const maxTickGap = Math.max(...tickGaps);

    // A fresh client works, and no fuzz socket leaked on the gateway.
    const fresh = await gw.client();
    await expect(fresh.request("health")).resolves.toMatchObject({ ok: true });
    await waitFor(() => gw.gateway.connections.size === 2, 5000, "only the watcher and the fresh client remain").catch(() => {
      failures.push(`gateway still tracks ${gw.gateway.connections.size} connections (expected 2)`);
    });
    const errorLogs = logs.filter((l) => / ERROR \[/.test(l));

    const summary = `[fuzz] seed ${SEED}: ${total} frames (${counts.pre} pre-handshake on ${counts.preSockets} sockets, ${counts.post} post-handshake, ${counts.closers} closers) in ${fuzzMs} ms; ` +
      `watcher: ${w.ticks.length} ticks in ${watchMs} ms, max tick interval ${maxTickGap} ms, ${w.reqOk} health ok, ${w.reqFail.length} failed, ${w.gaps.length} gaps; ${failures.length} failures`;
    console.log(summary);
    console.log(`[fuzz] categories: ${[...labels.entries()].sort().map(([k, v]) => `${k}=${v}`).join(", ")}`);

    expect(failures.slice(0, 25)).toEqual([]);
    expect(total).toBeGreaterThanOrEqual(10_000);
    expect(counts.preSockets).toBe(PRE_CASES);
    expect(counts.pre).toBeGreaterThanOrEqual(PRE_CASES);
    expect(counts.post).toBe(FUZZERS * BATCHES * BATCH);
    expect(w.closed).toBeNull();
    expect(watcher.connected).toBe(true);
    expect(w.gaps).toEqual([]);
    expect(contiguous(w.seqs)).toBe(true);
    // Timer drift under full CPU load is fine; starvation is not.
    expect(w.ticks.length).toBeGreaterThanOrEqual(Math.floor((watchMs / 200) * 0.4));
    expect(maxTickGap).toBeLessThan(5000);
    expect(w.reqFail).toEqual([]);
    expect(w.reqOk).toBeGreaterThanOrEqual(Math.floor(fuzzMs / 1000));
    await expect(watcher.request("health")).resolves.toMatchObject({ ok: true });
    expect(errorLogs).toEqual([]);
  }, 60_000);
});
