/** Pairing stores on disk: kill -9 during writes leaves old or new content; unreadable files are never overwritten. */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { sleep, stopAllTestGateways } from "../../helpers/gateway.js";
import { startNodesGateway } from "../../helpers/nodes.js";
import { DeviceStore } from "../../../plugins/nodes/device-store.js";

afterEach(() => stopAllTestGateways());

const DIST_STORE = resolve("dist/plugins/nodes/device-store.js");
const root = mkdtempSync(join(tmpdir(), "ocgw-crash-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A writer that approves one more device per save, forever, until it is killed. */
const WRITER = `
import { DeviceStore } from ${JSON.stringify(pathToFileURL(DIST_STORE).href)};
const store = new DeviceStore(process.argv[2]);
await store.load();
process.stdout.write("ready\\n");
for (let i = store.paired.map.size; ; i++) {
  const id = "dev-" + i;
  store.paired.map.set(id, { deviceId: id, publicKey: "k", roles: ["operator"], scopes: ["operator.read"], tokens: {}, createdAtMs: i, approvedAtMs: i, pad: "x".repeat(4000) });
  await store.paired.save();
}
`;

function runAndKill(script: string, stateDir: string, killAfterMs: number): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [script, stateDir], { stdio: ["ignore", "pipe", "inherit"] });
    child.stdout.once("data", () => setTimeout(() => child.kill("SIGKILL"), killAfterMs));
    child.once("error", fail);
    child.once("exit", (code, signal) => (signal === "SIGKILL" ? done() : fail(new Error(`writer exited with ${code}`))));
  });
}

/** The file parses and holds dev-0 … dev-(n-1), each complete: some state the writer saved, never a torn one. */
function committedCount(stateDir: string): number {
  const file = join(stateDir, "devices", "paired.json");
  if (!existsSync(file)) return 0;
  const data = JSON.parse(readFileSync(file, "utf8")) as Record<string, { deviceId: string; pad: string }>;
  const keys = Object.keys(data);
  keys.forEach((k, i) => {
    expect(k).toBe(`dev-${i}`);
    expect(data[k].pad).toHaveLength(4000);
  });
  return keys.length;
}

describe("pairing stores on disk", () => {
  it.skipIf(!existsSync(DIST_STORE))("survive kill -9 at random points during writes (200 kills)", async () => {
    const script = join(root, "writer.mjs");
    writeFileSync(script, WRITER);
    const lanes = 4;
    const perLane = 50;
    const counts = await Promise.all(Array.from({ length: lanes }, async (_, lane) => {
      const stateDir = join(root, `lane-${lane}`);
      let last = 0;
      for (let i = 0; i < perLane; i++) {
        await runAndKill(script, stateDir, Math.floor(Math.random() * 40));
        const n = committedCount(stateDir);
        expect(n).toBeGreaterThanOrEqual(last); // a completed save is never lost
        last = n;
      }
      // Temp files of killed writers are cleaned up by the next load.
      const store = new DeviceStore(stateDir);
      await store.load();
      expect(readdirSync(join(stateDir, "devices")).filter((f) => f.endsWith(".tmp"))).toEqual([]);
      return last;
    }));
    expect(counts.every((n) => n > 0)).toBe(true);
  }, 120_000);

  it("an unreadable store cannot be loaded or saved over", async () => {
    const stateDir = mkdtempSync(join(tmpdir(), "ocgw-broken-"));
    mkdirSync(join(stateDir, "devices"), { recursive: true });
    const broken = '{"dev-1": {"deviceId": "dev-1", ';
    writeFileSync(join(stateDir, "devices", "paired.json"), broken);
    const store = new DeviceStore(stateDir);
    await expect(store.load()).rejects.toThrow(/paired\.json is not valid JSON .*left untouched/);
    await expect(store.paired.save()).rejects.toThrow(/refusing to overwrite/);
    expect(readFileSync(join(stateDir, "devices", "paired.json"), "utf8")).toBe(broken);
    rmSync(stateDir, { recursive: true, force: true });
  });

  it("the gateway reports the broken file and does not rewrite it", async () => {
    const gw = await startNodesGateway();
    const admin = await gw.client();
    await gw.gateway.plugins.reload(["nodes"], {}); // a healthy reload first
    // Nothing was stored yet, so the folder is not there either: a fresh start creates none.
    expect(existsSync(join(gw.stateDir, "nodes"))).toBe(false);
    mkdirSync(join(gw.stateDir, "nodes"), { mode: 0o700 });
    const file = join(gw.stateDir, "nodes", "paired.json");
    writeFileSync(file, "[not json");
    await gw.gateway.plugins.reload(["nodes"], {});
    const nodes = gw.gateway.plugins.list().find((p) => p.name === "nodes")!;
    expect(nodes.state).toBe("failed");
    expect(nodes.error).toContain(file);
    await sleep(50);
    expect(readFileSync(file, "utf8")).toBe("[not json");
    await expect(admin.request("system-presence")).resolves.toBeInstanceOf(Array);
  });
});
