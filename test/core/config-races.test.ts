/**
 * Config writes are one critical section per file: of concurrent writers holding the same baseHash
 * exactly one wins, and the candidate config (secrets included) never lands on disk anywhere but the
 * target's own atomic temp file, which no failed write leaves behind.
 */
import { mkdtempSync, readdirSync, readFileSync, watch, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startTestGateway, stopAllTestGateways, sleep } from "../helpers/gateway.js";
import { writeFileAtomic } from "../../core/state.js";
import type { ConfigSnapshot } from "../../core/config/config-snapshot.js";

afterEach(() => stopAllTestGateways());

type Settled = PromiseSettledResult<unknown>;
const rejectedWith = (r: Settled) => (r.status === "rejected" ? (r.reason as { details?: { code?: string } }).details?.code : undefined);

describe("baseHash is atomic", () => {
  it("10 concurrent config.patch calls with the same hash: exactly one wins, nine get STALE_BASE_HASH", async () => {
    const gw = await startTestGateway();
    const path = gw.gateway.info.configPath;
    writeFileSync(path, `{ gateway: { mode: "local", port: 18789 } }`);
    const c = await gw.client();
    const { hash } = (await c.request("config.get")) as ConfigSnapshot;
    const ports = Array.from({ length: 10 }, (_, i) => 20_000 + i);
    const results = await Promise.allSettled(ports.map((port) => c.request("config.patch", { raw: JSON.stringify({ gateway: { port } }), baseHash: hash })));
    const won = results.flatMap((r, i) => (r.status === "fulfilled" ? [ports[i]] : []));
    expect(won).toHaveLength(1);
    expect(results.filter((r) => rejectedWith(r) === "STALE_BASE_HASH")).toHaveLength(9);
    expect(JSON.parse(readFileSync(path, "utf8")).gateway.port).toBe(won[0]);
  });

  it("patch and apply race through the same lock, from several clients", async () => {
    const gw = await startTestGateway();
    const path = gw.gateway.info.configPath;
    writeFileSync(path, `{ gateway: { mode: "local" } }`);
    const clients = await Promise.all([gw.client(), gw.client(), gw.client()]);
    const { hash } = (await clients[0].request("config.get")) as ConfigSnapshot;
    const calls = Array.from({ length: 10 }, (_, i) =>
      i % 2
        ? clients[i % 3].request("config.patch", { raw: JSON.stringify({ logging: { level: "warn" }, gateway: { port: 21_000 + i } }), baseHash: hash })
        : clients[i % 3].request("config.apply", { raw: `{ gateway: { mode: "local", port: ${21_000 + i} } }`, baseHash: hash }),
    );
    const results = await Promise.allSettled(calls);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => rejectedWith(r) === "STALE_BASE_HASH")).toHaveLength(9);
  });
});

describe("no candidate or temp file outlives a write", () => {
  it("config.patch and config.apply never write the candidate beside the config; nothing is left after valid or invalid writes", async () => {
    const gw = await startTestGateway();
    const path = gw.gateway.info.configPath;
    const dir = gw.stateDir;
    writeFileSync(path, `{ gateway: { mode: "local", auth: { token: "candidate-secret-1234" } } }`);
    const created = new Set<string>();
    const watcher = watch(dir, (_event, name) => name && created.add(name));
    try {
      const c = await gw.client();
      const writes: Array<[method: string, raw: string]> = [
        ["config.patch", `{ gateway: { port: 22001 } }`],
        ["config.patch", `{ gateway: { prot: 1 } }`], // invalid: refused after validation
        ["config.apply", `{ gateway: { mode: "local", port: 22002, auth: { token: "candidate-secret-5678" } } }`],
        ["config.apply", `{ gateway: { mode: "local", volume: 11 } }`], // invalid
        ["config.patch", `{ logging: { level: "warn" } }`],
      ];
      for (const [method, raw] of writes) {
        const { hash } = (await c.request("config.get")) as ConfigSnapshot;
        await c.request(method, { raw, baseHash: hash }).catch(() => undefined);
      }
      expect(JSON.parse(readFileSync(path, "utf8"))).toMatchObject({ gateway: { port: 22002 }, logging: { level: "warn" } });
      await sleep(200); // let the last watch events arrive
    } finally {
      watcher.close();
    }
    // Only the target and its own atomic temp files were created (the old on-disk candidate was `.openclaw-candidate-*.json`).
    expect([...created].filter((n) => n.startsWith(".") && !/^\.openclaw\.json\.\d+\.[0-9a-f]{8}\.tmp$/.test(n))).toEqual([]);
    expect(readdirSync(dir).filter((n) => n.endsWith(".tmp") || n.includes("candidate"))).toEqual([]);
  });

  it("a write that fails after its temp file was created removes the temp file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ocgw-atomic-"));
    // Not a string or bytes: the write fails after the temp file was opened.
    await expect(writeFileAtomic(join(dir, "store.json"), 42 as unknown as string)).rejects.toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });
});
