/**
 * Frame generators for test/core/fuzz.test.ts: pre-handshake cases (first frame + followers, with the
 * oracle's expectation) and post-handshake fuzz frames, all drawn from a seeded `Gen`.
 */
import { connectFrame } from "../gateway.js";
import { ALPHA_JSONISH, ALPHA_UNICODE, SEED, deepJson, invalidUtf8Text, type Gen } from "./random.js";
import { KNOWN_METHODS, PREAUTH_LIMIT, parseOrUndefined, preOracle, type PreExpect } from "./oracle.js";

// ───────────────────────────── frame generators ─────────────────────────────

export interface Frame {
  data: string | Buffer;
  binary: boolean;
  label: string;
}

const GOOD_CLIENT = { id: "test", version: "1", platform: "linux", mode: "test" };
export const goodConnectParams = () => JSON.parse(connectFrame()).params as Record<string, unknown>;

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

export interface PreCase {
  frames: Frame[];
  expect: PreExpect;
  label: string;
}

/** One pre-handshake case: the first frame decides the socket's fate; 0–2 followers must change nothing. */
export function preCase(g: Gen, n: number): PreCase {
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
export function postFrame(g: Gen, uid: string, budget: { hugeBytes: number }): Frame {
  const methods = ["health", "health", "status", "plugins.list", "connect", "constructor", "__proto__", "toString", "hasOwnProperty", "valueOf",
    " health", "HEALTH", "health ", "health\u0000", "system-presence", "config.write", "logs.stream", "agent", g.str(g.range(1, 20))];
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
