/** The session methods the official Control UI uses, over a real socket, on the real session store. */
import { afterEach, describe, expect, it } from "vitest";
import { startTestGateway, stopAllTestGateways } from "../../helpers/gateway.js";
import agent from "../../../plugins/agent/index.js";
import absentFeatures, { ABSENT_METHODS } from "../../../plugins/absent-features/index.js";

afterEach(stopAllTestGateways);

describe("session methods", () => {
  it("creates, lists with paging and filters, patches, resets, deletes, and names bad fields", async () => {
    const gw = await startTestGateway({ plugins: [agent] });
    const c = await gw.client({ scopes: ["operator.admin"] });
    const changed: unknown[] = [];
    c.on("event", (e: { event: string; payload: unknown }) => e.event === "sessions.changed" && changed.push(e.payload));
    expect(await c.request("sessions.subscribe", {})).toEqual({ subscribed: true });
    for (const n of [1, 2, 3]) await c.request("sessions.create", { key: `s${n}`, label: `Title ${n}` });

    const page1 = (await c.request("sessions.list", { limit: 2 })) as { sessions: Array<{ key: string; label?: string }>; total: number; hasMore: boolean; nextOffset?: number };
    expect(page1.total).toBe(3);
    expect(page1.sessions.map((s) => s.key)).toEqual(["agent:main:s3", "agent:main:s2"]);
    expect(page1.hasMore).toBe(true);
    const page2 = (await c.request("sessions.list", { limit: 2, offset: page1.nextOffset })) as typeof page1;
    expect(page2.sessions.map((s) => s.key)).toEqual(["agent:main:s1"]);
    expect(page2.hasMore).toBe(false);
    expect(((await c.request("sessions.list", { search: "title 2" })) as typeof page1).sessions.map((s) => s.key)).toEqual(["agent:main:s2"]);

    const patched = (await c.request("sessions.patch", { key: "s1", label: "Renamed", model: "prov/m1", archived: true })) as { entry: { label?: string; model?: string; modelProvider?: string; archived?: boolean } };
    expect(patched.entry).toMatchObject({ label: "Renamed", model: "m1", modelProvider: "prov", archived: true });
    expect(((await c.request("sessions.list", {})) as typeof page1).total).toBe(2); // archived hidden by default
    expect(((await c.request("sessions.list", { archived: true })) as typeof page1).sessions.map((s) => s.label)).toEqual(["Renamed"]);

    const before = (await c.request("sessions.describe", { key: "s2" })) as { session: { sessionId: string } };
    const reset = (await c.request("sessions.reset", { key: "s2", expectedSessionId: before.session.sessionId })) as { entry: { sessionId: string; label?: string } };
    expect(reset.entry.sessionId).not.toBe(before.session.sessionId);
    expect(reset.entry.label).toBe("Title 2");
    await expect(c.request("sessions.reset", { key: "s2", expectedSessionId: before.session.sessionId })).rejects.toMatchObject({ code: "INVALID_REQUEST" });

    expect(await c.request("sessions.delete", { key: "s3" })).toMatchObject({ ok: true, deleted: true });
    expect(await c.request("sessions.describe", { key: "s3" })).toEqual({ session: null });
    expect(await c.request("sessions.patchMany", { targets: [{ key: "s2" }, { key: "nope" }], patch: { pinned: true } })).toEqual({
      outcomes: [{ key: "agent:main:s2", ok: true }, { key: "agent:main:nope", ok: false, error: 'no session "agent:main:nope"' }],
    });
    await expect.poll(() => changed.length).toBeGreaterThanOrEqual(7);
    await expect(c.request("sessions.list", { limit: 0 })).rejects.toMatchObject({ code: "INVALID_REQUEST", message: expect.stringContaining("limit") });
    await expect(c.request("sessions.patch", { key: "s2", colour: "red" })).rejects.toMatchObject({ code: "INVALID_REQUEST", message: expect.stringContaining("colour") });
  });

  it("opens a chat: agents.list, agent.identity.get, chat.startup with the session row", async () => {
    const gw = await startTestGateway({ plugins: [agent] });
    const c = await gw.client({ scopes: ["operator.admin"] });
    expect(await c.request("agents.list", {})).toMatchObject({ defaultId: "main", mainKey: "main", agents: [{ id: "main" }] });
    expect(await c.request("agent.identity.get", { agentId: "main" })).toMatchObject({ agentId: "main" });
    const empty = (await c.request("chat.startup", { sessionKey: "agent:main:main", limit: 80 })) as { messages: unknown[]; sessionInfo?: unknown };
    expect(empty.messages).toEqual([]);
    expect(empty.sessionInfo).toBeUndefined();
    await c.request("agent", { message: "hi", idempotencyKey: "r1" });
    await c.request("agent.wait", { runId: "r1", timeoutMs: 5000 });
    const opened = (await c.request("chat.startup", { sessionKey: "agent:main:main" })) as { messages: Array<{ role: string }>; sessionInfo: { key: string } };
    expect(opened.messages.map((m) => m.role)).toEqual(["user", "assistant"]);
    expect(opened.sessionInfo.key).toBe("agent:main:main");
  });

  it("tags history with the run and the send's idempotencyKey, and refuses a send into a session reset meanwhile", async () => {
    const gw = await startTestGateway({ plugins: [agent] });
    const c = await gw.client({ scopes: ["operator.admin"] });
    await c.request("chat.send", { sessionKey: "main", agentId: "main", message: "first", idempotencyKey: "k1" });
    await c.request("agent.wait", { runId: "k1", timeoutMs: 5000 });
    const history = (await c.request("chat.history", { sessionKey: "agent:main:main", inputRunIds: ["k1"] })) as { sessionId: string; messages: Array<{ role: string; __openclaw?: { runId?: string; idempotencyKey?: string } }> };
    expect(history.messages.map((m) => [m.role, m.__openclaw])).toEqual([["user", { runId: "k1", idempotencyKey: "k1" }], ["assistant", { runId: "k1" }]]);
    const old = history.sessionId;
    await c.request("sessions.reset", { key: "main" });
    await expect(c.request("chat.send", { sessionKey: "agent:main:main", sessionId: old, message: "late", idempotencyKey: "k2" })).rejects.toMatchObject({ code: "INVALID_REQUEST", message: expect.stringContaining("reset") });
    const fresh = (await c.request("chat.history", { sessionKey: "agent:main:main" })) as { sessionId: string };
    expect(await c.request("chat.send", { sessionKey: "agent:main:main", sessionId: fresh.sessionId, message: "now", idempotencyKey: "k3" })).toEqual({ runId: "k3", status: "started" });
    expect(await c.request("chat.abort", { sessionKey: "main", agentId: "main" })).toMatchObject({ ok: true });
  });

  it("absent features answer their empty state", async () => {
    const gw = await startTestGateway({ plugins: [absentFeatures] });
    const c = await gw.client({ scopes: ["operator.read"] });
    // Advertised as upstream does: every method it answers is in hello-ok features.methods (no separate marker).
    expect(c.hello!.features.methods).toEqual(expect.arrayContaining(ABSENT_METHODS));
    expect(ABSENT_METHODS).toContain("plugins.controlUi.list");
    expect(await c.request("plugins.controlUi.list", {})).toEqual({ revision: "empty", plugins: [], diagnostics: [] });
    expect(await c.request("question.list", {})).toEqual({ questions: [] });
    expect(await c.request("tasks.list", { status: ["queued", "running"], limit: 200 })).toEqual({ tasks: [] });
    expect(await c.request("progressCard.get", { sessionKey: "agent:main:main" })).toEqual({ card: null });
    await expect(c.request("progressCard.get", {})).rejects.toMatchObject({ code: "INVALID_REQUEST", message: expect.stringContaining("sessionKey") });
  });
});
