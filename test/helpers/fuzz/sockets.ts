/**
 * Socket helpers for test/core/fuzz.test.ts: a one-shot pre-handshake exchange and its check against the
 * oracle, an authenticated raw socket, and small async/sequence utilities.
 */
import WebSocket from "ws";
import { connectFrame } from "../gateway.js";
import type { Frame, PreCase } from "./generators.js";
import type { ResFrame } from "./oracle.js";

// ───────────────────────────── socket helpers ─────────────────────────────

export interface PreResult {
  challenged: boolean;
  code: number | null;
  reason: string;
  frames: Array<Record<string, unknown>>;
}

/** Fresh socket: on the challenge, sends `frames`; resolves on close, on hello-ok (then terminates), or after waitMs. */
export function preExchange(url: string, frames: Frame[], waitMs = 20_000): Promise<PreResult> {
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

export function checkPre(c: PreCase, r: PreResult): string | null {
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
export class AuthedSocket {
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

export const contiguous = (xs: number[]) => xs.every((x, i) => i === 0 || x === xs[i - 1] + 1);

export async function pool<T>(items: T[], concurrency: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < items.length) await fn(items[next++]);
  }));
}
