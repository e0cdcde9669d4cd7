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
import { connectFrame, sleep, startTestGateway, waitFor, type TestGateway } from "../helpers/gateway.js";
import { ALPHA_JSONISH, Gen, SEED, invalidUtf8Text } from "../helpers/fuzz/random.js";
import { MAX_PAYLOAD, PREAUTH_LIMIT, onWire, postOracle, type ResFrame } from "../helpers/fuzz/oracle.js";
import { goodConnectParams, postFrame, preCase } from "../helpers/fuzz/generators.js";
import { AuthedSocket, checkPre, contiguous, pool, preExchange } from "../helpers/fuzz/sockets.js";
import { definePlugin } from "../../core/plugin-types.js";
import type { EventFrameIn, GatewayClient } from "../../core/client.js";

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
