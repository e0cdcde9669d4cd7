/** Event delivery: per-connection seq, scope filtering, stateVersion, targeted events, tick, version-shaped payloads. */
import { afterEach, describe, expect, it } from "vitest";
import { startTestGateway, stopAllTestGateways, waitFor } from "../helpers/gateway.js";
import { definePlugin, type PluginApi } from "../../core/plugin-types.js";
import type { EventFrameIn } from "../../core/client.js";

afterEach(() => stopAllTestGateways());

function emitter() {
  const ref: { api?: PluginApi } = {};
  const plugin = definePlugin({ name: "emitter", setup(api) {
    ref.api = api;
    api.declareEvent("emitter.public");
    api.declareEvent("emitter.pairing", { scope: "operator.pairing" });
    api.declareEvent("emitter.read", { scope: "operator.read" });
    api.declareEvent("presence", { stateVersion: "presence", droppable: true });
    api.declareEvent("emitter.shaped", { scope: "operator.read" });
  } });
  return { plugin, api: () => ref.api as PluginApi };
}

function collect(c: { on(e: "event", f: (e: EventFrameIn) => void): unknown }, name?: string) {
  const got: EventFrameIn[] = [];
  c.on("event", (e) => {
    if (!name || e.event === name) got.push(e);
  });
  return got;
}

describe("events", () => {
  it("broadcasts carry a per-connection seq starting at 1; targeted events carry none", async () => {
    const { plugin, api } = emitter();
    const gw = await startTestGateway({ plugins: [plugin] });
    const a = await gw.client();
    const aEvents = collect(a);
    api().emit("emitter.public", { n: 1 });
    const b = await gw.client();
    const bEvents = collect(b);
    api().emit("emitter.public", { n: 2 });
    api().emit("emitter.public", { n: 3 }, { to: [...gw.gateway.connections.values()].find((x) => x.id === b.hello!.server.connId)!.id });
    await waitFor(() => aEvents.length === 2 && bEvents.length === 2, 2000, "events");
    expect(aEvents.map((e) => [e.payload, e.seq])).toEqual([[{ n: 1 }, 1], [{ n: 2 }, 2]]);
    expect(bEvents.map((e) => [e.payload, e.seq])).toEqual([[{ n: 2 }, 1], [{ n: 3 }, undefined]]);
  });

  it("scoped events reach only operators holding the scope (admin passes), never nodes", async () => {
    const { plugin, api } = emitter();
    const gw = await startTestGateway({ plugins: [plugin] });
    const reader = collect(await gw.client({ scopes: ["operator.read"] }));
    const pairer = collect(await gw.client({ scopes: ["operator.pairing"] }));
    const admin = collect(await gw.client({ scopes: ["operator.admin"] }));
    const node = collect(await gw.client({ role: "node", client: { id: "node-host", mode: "node" } }));
    api().emit("emitter.pairing", { x: 1 });
    api().emit("emitter.read", { x: 2 });
    api().emit("emitter.public", { x: 3 });
    await waitFor(() => admin.length === 3, 2000, "admin events");
    await new Promise((r) => setTimeout(r, 50));
    expect(reader.map((e) => e.event)).toEqual(["emitter.read", "emitter.public"]);
    expect(pairer.map((e) => e.event)).toEqual(["emitter.pairing", "emitter.public"]);
    expect(node.map((e) => e.event)).toEqual(["emitter.public"]);
  });

  it("stateVersion starts at 1, is bumped by the events that own a counter, and rides on them", async () => {
    const { plugin, api } = emitter();
    const gw = await startTestGateway({ plugins: [plugin] });
    const c = await gw.client();
    expect(c.hello?.snapshot.stateVersion).toEqual({ presence: 1, health: 1 });
    const got = collect(c, "presence");
    api().emit("presence", { presence: [] });
    api().emit("presence", { presence: [] });
    await waitFor(() => got.length === 2, 2000, "presence events");
    expect(got.map((e) => e.stateVersion)).toEqual([{ presence: 2, health: 1 }, { presence: 3, health: 1 }]);
    const later = await gw.client();
    expect(later.hello?.snapshot.stateVersion).toEqual({ presence: 3, health: 1 });
  });

  it("a payload function shapes the event per protocol generation", async () => {
    const { plugin, api } = emitter();
    const gw = await startTestGateway({ plugins: [plugin] });
    const v3 = collect(await gw.client({ minProtocol: 3, maxProtocol: 3 }), "emitter.shaped");
    const v4 = collect(await gw.client(), "emitter.shaped");
    api().emit("emitter.shaped", (protocol: number) => (protocol === 3 ? { text: "hello" } : { text: "hello", delta: "lo" }));
    await waitFor(() => v3.length === 1 && v4.length === 1, 2000, "shaped events");
    expect(v3[0].payload).toEqual({ text: "hello" });
    expect(v4[0].payload).toEqual({ text: "hello", delta: "lo" });
  });

  it("emitting an undeclared event is a programming error", async () => {
    const { plugin, api } = emitter();
    await startTestGateway({ plugins: [plugin] });
    expect(() => api().emit("never.declared", {})).toThrow(/was not declared/);
  });

  it("tick arrives every tickIntervalMs to every connection with a monotonic seq", async () => {
    const gw = await startTestGateway({ timings: { tickIntervalMs: 100 } });
    const c = await gw.client();
    const ticks = collect(c, "tick");
    let gaps = 0;
    c.on("gap", () => (gaps += 1));
    await waitFor(() => ticks.length >= 4, 3000, "ticks");
    expect(ticks.every((t, i) => i === 0 || t.seq! === ticks[i - 1].seq! + 1)).toBe(true);
    expect(gaps).toBe(0);
    expect(typeof (ticks[0].payload as { ts: number }).ts).toBe("number");
  });

  it("health changes are broadcast with stateVersion.health bumped", async () => {
    const { plugin, api } = emitter();
    const gw = await startTestGateway({ plugins: [plugin] });
    const c = await gw.client();
    const got = collect(c, "health");
    api().healthChanged();
    await waitFor(() => got.length === 1, 2000, "health event");
    expect(got[0].stateVersion).toEqual({ presence: 1, health: 2 });
    expect(got[0].payload).toMatchObject({ ok: true, plugins: { loaded: ["emitter"] } });
  });

  it("pings dead peers away: a socket that stops answering pings is terminated", async () => {
    const gw = await startTestGateway({ timings: { pingIntervalMs: 100 } });
    const c = await gw.client();
    // Stop auto-replying to pings by swallowing the client's pong.
    (c.socket as unknown as { pong: () => void }).pong = () => undefined;
    await waitFor(() => gw.gateway.connections.size === 0, 3000, "dead peer termination");
  });
});
