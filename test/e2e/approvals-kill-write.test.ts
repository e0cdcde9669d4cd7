/**
 * kill -9 while the gateway writes its exec approvals document: a real gateway process takes a stream of
 * exec.approvals.set calls and is SIGKILLed mid-stream, several times. After each restart the document
 * loads and equals the last acknowledged version or the one in flight when the process died — never a
 * torn file, never an older version.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cliHome, freePort, spawnGateway, type RunningGateway } from "../helpers/cli.js";
import { GatewayClient } from "../../core/client.js";

const TOKEN = "kill-write-token-0123456789";
const ROUNDS = 4;
let gateway: RunningGateway | undefined;
afterAll(async () => {
  await gateway?.stop("SIGKILL");
});

/** A document big enough that each write takes real time (~60 KB), different in every version. */
function version(round: number, n: number) {
  return {
    version: 1 as const,
    defaults: { security: "allowlist", ask: "on-miss", askFallback: "deny" },
    agents: { main: { allowlist: Array.from({ length: 400 }, (_, i) => ({ pattern: `/opt/tools/r${round}/v${n}/bin/tool-${i}`, source: "kill-test" })) } },
  };
}

describe("exec approvals document under kill -9", () => {
  it("is never torn: after each SIGKILL it holds an acknowledged (or the in-flight) version", async () => {
    const home = cliHome();
    const port = await freePort();
    const docPath = join(home.stateDir, "exec-approvals.json");
    let lastAcked: unknown = undefined;
    const kills: Array<{ round: number; acked: number; inFlight: unknown }> = [];
    for (let round = 0; round < ROUNDS; round++) {
      gateway = await spawnGateway(["--port", String(port), "--token", TOKEN, "--allow-unconfigured"], home.env, 30_000);
      expect(gateway.output(), gateway.output()).toMatch(/ready in/);
      const client = new GatewayClient({ url: `ws://127.0.0.1:${port}`, token: TOKEN, requestTimeoutMs: 10_000 });
      await client.connect();
      // What the previous round left: it loads, and it is the last acknowledged or the in-flight version.
      const snap = await client.request<{ exists: boolean; hash: string; file: unknown }>("exec.approvals.get", {});
      if (round > 0) {
        expect(snap.exists).toBe(true);
        expect(JSON.parse(readFileSync(docPath, "utf8"))).toEqual(snap.file);
        const inFlight = kills.at(-1)!.inFlight;
        expect([lastAcked, inFlight].some((v) => JSON.stringify(v) === JSON.stringify(snap.file)), `round ${round}: the document is neither the last acknowledged nor the in-flight version`).toBe(true);
        lastAcked = snap.file;
      }
      // Hammer: one set after another, each against the hash the previous one returned; SIGKILL at a random moment.
      let hash: string | undefined = snap.exists ? snap.hash : undefined;
      let acked = 0;
      let inFlight: unknown;
      const killAfterMs = 150 + Math.floor(Math.random() * 500);
      const started = Date.now();
      const hammer = (async () => {
        for (let n = 0; ; n++) {
          inFlight = version(round, n);
          const next = await client.request<{ hash: string; file: unknown }>("exec.approvals.set", { file: inFlight, ...(hash ? { baseHash: hash } : {}) });
          hash = next.hash;
          lastAcked = next.file;
          acked++;
        }
      })().catch(() => undefined); // ends when the connection dies with the process
      while (acked === 0 || Date.now() - started < killAfterMs) await new Promise((r) => setTimeout(r, 5));
      gateway.child.kill("SIGKILL");
      await gateway.exited;
      await hammer;
      await client.close();
      kills.push({ round, acked, inFlight });
    }
    expect(kills.every((k) => k.acked > 0)).toBe(true);
    // One last start: the final state loads too.
    gateway = await spawnGateway(["--port", String(port), "--token", TOKEN, "--allow-unconfigured"], home.env, 30_000);
    const client = new GatewayClient({ url: `ws://127.0.0.1:${port}`, token: TOKEN });
    await client.connect();
    const final = await client.request<{ file: unknown }>("exec.approvals.get", {});
    expect([lastAcked, kills.at(-1)!.inFlight].some((v) => JSON.stringify(v) === JSON.stringify(final.file))).toBe(true);
    await client.close();
    console.log(`kill -9 rounds: ${kills.map((k) => `${k.acked} writes acknowledged`).join(", ")}`);
  }, 240_000);
});
