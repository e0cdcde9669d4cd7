/** config.patch / config.apply (baseHash, validation first, atomic 0600 writes) and logs.tail. */
import { readFileSync, statSync, writeFileSync, appendFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startTestGateway, stopAllTestGateways } from "../helpers/gateway.js";
import { applyMergePatch } from "../../core/config/config-write.js";
import { tailLog } from "../../core/log-tail.js";
import type { ConfigSnapshot } from "../../core/config/config-snapshot.js";

afterEach(() => stopAllTestGateways());

describe("config.patch and config.apply", () => {
  it("merge patch: objects merge, null deletes, arrays replace", () => {
    expect(applyMergePatch({ a: { b: 1, c: 2 }, d: [1, 2], e: 1 }, { a: { b: null, x: 3 }, d: [3], e: null })).toEqual({ a: { c: 2, x: 3 }, d: [3] });
  });

  it("patches with the current hash, refuses a stale one, and validates before writing", async () => {
    const gw = await startTestGateway();
    const path = gw.gateway.info.configPath;
    writeFileSync(path, `{ gateway: { mode: "local", port: 18789 } }`);
    const c = await gw.client();
    const { hash } = (await c.request("config.get")) as ConfigSnapshot;
    const res = (await c.request("config.patch", { raw: `{ gateway: { port: 19000 }, logging: { level: "warn" } }`, baseHash: hash })) as { ok: boolean; hash: string };
    expect(res.ok).toBe(true);
    expect(JSON.parse(readFileSync(path, "utf8"))).toEqual({ gateway: { mode: "local", port: 19000 }, logging: { level: "warn" } });
    expect(statSync(path).mode & 0o777).toBe(0o600);
    await expect(c.request("config.patch", { raw: `{ gateway: { port: 1 } }`, baseHash: hash })).rejects.toMatchObject({ code: "INVALID_REQUEST", message: expect.stringMatching(/stale baseHash/) });
    const before = readFileSync(path, "utf8");
    await expect(c.request("config.patch", { raw: `{ gateway: { prot: 1 } }`, baseHash: res.hash })).rejects.toMatchObject({
      message: expect.stringMatching(/invalid config, nothing was written: gateway\.prot: unknown key/),
    });
    expect(readFileSync(path, "utf8")).toBe(before);
    await expect(c.request("config.patch", { raw: `{ gateway: { port: 1 } }` })).rejects.toMatchObject({ message: expect.stringMatching(/baseHash is required/) });
  });

  it("apply keeps the text as written (comments too) and needs admin", async () => {
    const gw = await startTestGateway();
    const path = gw.gateway.info.configPath;
    const c = await gw.client();
    const raw = `// mine\n{ gateway: { mode: "local" } }\n`;
    await expect(c.request("config.apply", { raw })).resolves.toMatchObject({ ok: true });
    expect(readFileSync(path, "utf8")).toBe(raw);
    const reader = await gw.client({ scopes: ["operator.read"] });
    await expect(reader.request("config.apply", { raw })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(c.request("config.apply", { raw: "{ nope", baseHash: "x" })).rejects.toMatchObject({ code: "INVALID_REQUEST" });
  });
});

describe("logs.tail", () => {
  it("reads from a cursor, keeps partial lines for later, resets after rotation", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "ocgw-tail-")), "openclaw.log");
    writeFileSync(file, `{"n":1}\n{"n":2}\n{"n":`);
    const first = await tailLog(file, {});
    expect(first.lines).toEqual([`{"n":1}`, `{"n":2}`]);
    appendFileSync(file, `3}\n{"n":4}\n`);
    const next = await tailLog(file, { cursor: first.cursor });
    expect(next.lines).toEqual([`{"n":3}`, `{"n":4}`]);
    writeFileSync(file, `{"n":9}\n`);
    const rotated = await tailLog(file, { cursor: next.cursor });
    expect(rotated).toMatchObject({ reset: true, lines: [`{"n":9}`] });
    const limited = await tailLog(file, { cursor: 0, limit: 1 });
    expect(limited.lines).toHaveLength(1);
  });

  it("gives each record `message` next to `msg` (the official UI reads `message`)", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "ocgw-tail-")), "openclaw.log");
    writeFileSync(file, `{"time":"t","level":"info","subsystem":"gateway","msg":"listening"}\nnot json "msg":\n{"msg":"a","message":"kept"}\n`);
    const { lines } = await tailLog(file, {});
    expect(JSON.parse(lines[0])).toEqual({ time: "t", level: "info", subsystem: "gateway", msg: "listening", message: "listening" });
    expect(lines[1]).toBe(`not json "msg":`);
    expect(JSON.parse(lines[2])).toEqual({ msg: "a", message: "kept" });
  });

  it("is served over RPC from the gateway's log file", async () => {
    const gw = await startTestGateway();
    const c = await gw.client();
    await expect(c.request("logs.tail", {})).rejects.toMatchObject({ message: /console only/ });
  });
});
