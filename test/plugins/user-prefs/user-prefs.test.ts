/** users.prefs.get/set over real sockets: per device, persisted across a restart, compare-and-set, bounded. */
import { afterEach, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { startTestGateway, stopAllTestGateways } from "../../helpers/gateway.js";
import { generateDeviceKeys } from "../../../core/device-keys.js";
import nodes from "../../../plugins/nodes/index.js";
import userPrefs from "../../../plugins/user-prefs/index.js";

afterEach(stopAllTestGateways);

const scopes = ["operator.read", "operator.write"];

describe("user-prefs", () => {
  it("keeps each device's preferences, announces changes to that device, and survives a restart", async () => {
    const gw = await startTestGateway({ plugins: [nodes, userPrefs] });
    const device = generateDeviceKeys();
    const a = await gw.client({ device, scopes });
    const a2 = await gw.client({ device, scopes });
    const other = await gw.client({ device: generateDeviceKeys(), scopes });
    const events: unknown[] = [];
    a2.on("event", (e: { event: string; payload: unknown }) => e.event === "users.prefs.changed" && events.push(e.payload));
    const otherEvents: unknown[] = [];
    other.on("event", (e: { event: string; payload: unknown }) => e.event === "users.prefs.changed" && otherEvents.push(e.payload));

    expect(await a.request("users.prefs.get", {})).toEqual({ status: "ok", entries: {} });
    expect(await a.request("users.prefs.set", { entries: { theme: "claw:dark", sidebar: { width: 280 } } })).toEqual({ status: "ok" });
    expect(await a.request("users.prefs.get", { keys: ["theme", "missing"] })).toEqual({ status: "ok", entries: { theme: "claw:dark" } });
    expect(await other.request("users.prefs.get", {})).toEqual({ status: "ok", entries: {} });
    await expect.poll(() => events).toEqual([{ profileId: expect.any(String), keys: ["theme", "sidebar"] }]);
    expect(otherEvents).toEqual([]);

    // Compare-and-set: a stale expectation changes nothing; null deletes.
    expect(await a.request("users.prefs.set", { entries: { theme: "knot:light" }, expectedEntries: { theme: "claw:light" } })).toEqual({ status: "conflict" });
    expect(await a.request("users.prefs.set", { entries: { theme: "knot:light", sidebar: null }, expectedEntries: { theme: "claw:dark" } })).toEqual({ status: "ok" });
    expect(await a.request("users.prefs.get", {})).toEqual({ status: "ok", entries: { theme: "knot:light" } });

    // Bounds and bad input name what was wrong.
    await expect(a.request("users.prefs.set", { entries: { big: "x".repeat(5000) } })).rejects.toMatchObject({ code: "INVALID_REQUEST", message: expect.stringContaining('"big"') });
    await expect(a.request("users.prefs.set", { entries: Object.fromEntries(Array.from({ length: 33 }, (_, i) => [`k${i}`, i])) })).rejects.toMatchObject({ code: "INVALID_REQUEST", message: expect.stringContaining("entries") });
    // With "theme", 3 × 32 + 31 more keys reach the 128-key limit exactly.
    for (let i = 0; i < 4; i++) await a.request("users.prefs.set", { entries: Object.fromEntries(Array.from({ length: i === 3 ? 31 : 32 }, (_, j) => [`k${i}-${j}`, j])) });
    await expect(a.request("users.prefs.set", { entries: { "one-more": 1 } })).rejects.toMatchObject({ code: "INVALID_REQUEST", details: { code: "USER_PREFS_LIMIT_EXCEEDED", limit: 128 } });

    const onDisk = JSON.parse(readFileSync(join(gw.stateDir, "user-prefs", "prefs.json"), "utf8")) as Record<string, { entries: Record<string, unknown> }>;
    expect(Object.values(onDisk)[0].entries.theme).toBe("knot:light");
    const restarted = await startTestGateway({ plugins: [nodes, userPrefs], stateDir: gw.stateDir });
    const again = await restarted.client({ device, scopes });
    expect(await again.request("users.prefs.get", { keys: ["theme"] })).toEqual({ status: "ok", entries: { theme: "knot:light" } });
  });

  it("a client without a device identity has no durable identity to keep preferences for", async () => {
    const gw = await startTestGateway({ plugins: [userPrefs] });
    const c = await gw.client({ scopes });
    expect(await c.request("users.prefs.get", {})).toEqual({ status: "no_durable_identity" });
    expect(await c.request("users.prefs.set", { entries: { theme: "claw" } })).toEqual({ status: "no_durable_identity" });
  });
});
