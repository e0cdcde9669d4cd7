/** presence: self entry, upsert on connect (not CLI), disconnect, beacons, bounds, events and snapshot. */
import { afterEach, describe, expect, it } from "vitest";
import { startTestGateway, stopAllTestGateways, waitFor } from "../../helpers/gateway.js";
import presence from "../../../plugins/presence/index.js";
import { PresenceStore, parseBeacon, PRESENCE_MAX_ENTRIES, PRESENCE_TTL_MS, type PresenceEntry } from "../../../plugins/presence/store.js";
import type { EventFrameIn } from "../../../core/client.js";

afterEach(() => stopAllTestGateways());
const plugins = [presence];

describe("presence plugin", () => {
  it("lists the gateway itself, then connected clients; cli, backend and probe connections are not listed", async () => {
    const gw = await startTestGateway({ plugins });
    await gw.client({ client: { id: "cli", mode: "cli" } });
    await gw.client({ client: { id: "gateway-client", mode: "backend" } });
    await gw.client({ client: { id: "cli", mode: "probe" } });
    const app = await gw.client({ client: { id: "openclaw-macos", mode: "ui", displayName: "Ada's Mac", instanceId: "Inst-1", version: "2.0", platform: "macos" } });
    const list = (await app.request("system-presence")) as PresenceEntry[];
    expect(list[0]).toMatchObject({ mode: "gateway", reason: "self", version: "test" });
    expect(list).toHaveLength(2);
    expect(list[1]).toMatchObject({ host: "Ada's Mac", mode: "ui", reason: "connect", instanceId: "Inst-1", roles: ["operator"], scopes: ["operator.admin"], version: "2.0" });
    expect(app.hello?.snapshot.presence).toHaveLength(2);
  });

  it("broadcasts presence with stateVersion on connect and disconnect", async () => {
    const gw = await startTestGateway({ plugins });
    const watcher = await gw.client({ client: { id: "cli", mode: "cli" } });
    const events: EventFrameIn[] = [];
    watcher.on("event:presence", (_p: unknown, e: EventFrameIn) => events.push(e));
    const node = await gw.client({ role: "node", client: { id: "node-host", mode: "node", instanceId: "n1" } });
    await waitFor(() => events.length === 1, 2000, "connect presence");
    await node.close();
    await waitFor(() => events.length === 2, 2000, "disconnect presence");
    const [connected, disconnected] = events.map((e) => (e.payload as { presence: PresenceEntry[] }).presence.find((p) => p.instanceId === "n1"));
    expect(connected?.reason).toBe("connect");
    expect(disconnected).toMatchObject({ reason: "disconnect", roles: ["node"] });
    expect(events[1].stateVersion!.presence).toBe(events[0].stateVersion!.presence + 1);
  });

  it("keys by device id, then instance id, case-insensitively", async () => {
    const gw = await startTestGateway({ plugins });
    const c = await gw.client({ client: { id: "webchat", mode: "webchat", instanceId: "ABC" } });
    await gw.client({ client: { id: "webchat", mode: "webchat", instanceId: "abc" }, scopes: ["operator.read"] });
    const list = (await c.request("system-presence")) as PresenceEntry[];
    const mine = list.filter((p) => p.instanceId?.toLowerCase() === "abc");
    expect(mine).toHaveLength(1);
    expect(mine[0].scopes?.sort()).toEqual(["operator.admin", "operator.read"]);
  });

  it("system-event parses node beacons, requires admin and text", async () => {
    const gw = await startTestGateway({ plugins });
    const admin = await gw.client({ client: { id: "cli", mode: "cli" } });
    await expect(admin.request("system-event", { text: "Node: studio (10.0.0.5) · app 1.2.3 · last input 42s ago · mode ui · reason periodic" })).resolves.toEqual({ ok: true });
    const list = (await admin.request("system-presence")) as PresenceEntry[];
    expect(list.find((p) => p.host === "studio")).toMatchObject({ ip: "10.0.0.5", version: "1.2.3", lastInputSeconds: 42, mode: "ui", reason: "periodic" });
    await expect(admin.request("system-event", {})).rejects.toMatchObject({ code: "INVALID_REQUEST", message: "invalid system-event params: must have required property 'text'" });
    const reader = await gw.client({ client: { id: "cli", mode: "cli" }, scopes: ["operator.read"] });
    await expect(reader.request("system-event", { text: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    // Every entry goes into each hello-ok snapshot: a beacon cannot make every handshake megabytes long.
    await expect(admin.request("system-event", { text: "x".repeat(5_000_000) })).rejects.toMatchObject({ code: "INVALID_REQUEST", message: expect.stringContaining("must NOT have more than 4096 characters") });
    await expect(admin.request("system-event", { text: "ok", host: "h".repeat(300) })).rejects.toMatchObject({ code: "INVALID_REQUEST" });
  });

  it("store: at most 200 entries, 5 minute TTL, self entry always first", () => {
    let now = 1_000_000;
    const store = new PresenceStore("v", () => now);
    for (let i = 0; i < 1000; i++) {
      now += 1;
      store.upsert(`client-${i}`, { reason: "connect" });
    }
    expect(store.size).toBeLessThanOrEqual(PRESENCE_MAX_ENTRIES);
    const list = store.list();
    expect(list.length).toBeLessThanOrEqual(PRESENCE_MAX_ENTRIES);
    expect(list[0].reason).toBe("self");
    expect(list[1].ts).toBeGreaterThanOrEqual(list[2].ts);
    expect(list.some((e) => e.host === undefined && e.reason === "connect")).toBe(true);
    now += PRESENCE_TTL_MS + 1;
    expect(store.list()).toHaveLength(1);
  });

  it("parses the beacon format and rejects other text", () => {
    expect(parseBeacon("Node: box · app 1 · last input 0s ago · mode node · reason connect")).toMatchObject({ host: "box", ip: undefined, lastInputSeconds: 0 });
    expect(parseBeacon("hello")).toBeNull();
  });
});
