/**
 * The session methods of the official Control UI on the real session store: sessions.list (filters,
 * paging), describe, create, patch / patchMany, reset, delete, compact, and the subscriptions (`sessions.changed`
 * goes only to the connections that subscribed).
 */
import { invalidRequest, type PluginApi } from "../../core/sdk/plugin.js";
import * as S from "./session-schemas.js";
import type { AgentServiceInternals } from "./agent-service.js";
import type { SessionEntry, SessionPatch } from "./session-store.js";
import type { Static } from "../../core/sdk/plugin.js";

type Row = Static<typeof S.SessionRow>;
const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 1000;
/** Messages read from a transcript's head/tail for a title or preview. */
const PREVIEW_CHARS = 120;

export interface SessionRowOptions { titles?: boolean; lastMessage?: boolean }

/** What the chat methods reuse: a session's row as the UI reads it. */
export interface SessionRows {
  describe(sessionKey: string, agentId?: string): Promise<Row | undefined>;
}

export function registerSessionMethods(api: PluginApi<unknown>, agent: AgentServiceInternals): SessionRows {
  const listSubscribers = new Set<string>();
  api.declareEvent("sessions.changed", { scope: "operator.read", payload: S.SessionsChangedEvent });
  api.hooks.onDisconnect.tap((ctx) => {
    listSubscribers.delete(ctx.conn.id);
  });

  const resolve = (key: string, agentId?: string) => agent.resolveSessionKey(key, agentId);
  const firstText = (m: { content: Array<{ text: string }> } | undefined) => m?.content.map((c) => c.text).join(" ").replace(/\s+/g, " ").trim().slice(0, PREVIEW_CHARS) || undefined;

  async function row(agentId: string, key: string, entry: SessionEntry, options: SessionRowOptions = {}): Promise<Row> {
    const store = agent.store(agentId);
    const model = entry.modelOverride ?? entry.model;
    const [provider, ...rest] = model?.includes("/") ? model.split("/") : [undefined, model];
    const active = agent.activeRunIds(key).length > 0;
    const out: Row = {
      key, agentId, kind: key.endsWith(":main") ? "main" : "direct", sessionId: entry.sessionId, createdAt: entry.createdAt, updatedAt: entry.updatedAt,
      hasActiveRun: active, status: active ? "running" : "idle",
      ...(entry.label ? { label: entry.label, displayName: entry.label } : {}),
      ...(entry.channel ? { channel: entry.channel } : {}),
      ...(rest.join("/") ? { model: rest.join("/") } : {}),
      ...(provider ? { modelProvider: provider } : {}),
      ...(entry.inputTokens !== undefined ? { inputTokens: entry.inputTokens } : {}),
      ...(entry.outputTokens !== undefined ? { outputTokens: entry.outputTokens, totalTokens: (entry.inputTokens ?? 0) + entry.outputTokens } : {}),
      ...(entry.archived ? { archived: true } : {}),
      ...(entry.pinned ? { pinned: true } : {}),
    };
    if (options.lastMessage) {
      const [last] = await store.tail(entry.sessionId, { maxMessages: 1 });
      const preview = firstText(last);
      if (preview) out.lastMessagePreview = preview;
    }
    if (options.titles && !entry.label) {
      // A bounded read: the first user message among the newest 50 stands in for the session's opening line.
      const recent = await store.tail(entry.sessionId, { maxMessages: 50 });
      const title = firstText(recent.find((m) => m.role === "user"));
      if (title) out.derivedTitle = title;
    }
    return out;
  }

  async function list(p: Static<typeof S.SessionsListParams>): Promise<Static<typeof S.SessionsListResult>> {
    const agentIds = p.spawnedBy ? [] : p.agentId ? [p.agentId] : agent.agentIds();
    const now = Date.now();
    const search = p.search?.trim().toLowerCase();
    const all: Array<{ agentId: string; key: string; entry: SessionEntry }> = [];
    for (const agentId of agentIds) {
      const store = agent.store(agentId);
      for (const key of store.keys()) {
        const entry = store.entry(key)!;
        const archived = entry.archived === true;
        if (p.archived === true ? !archived : p.archived !== "all" && archived) continue;
        if (p.label !== undefined && entry.label !== p.label) continue;
        if (p.pinned !== undefined && (entry.pinned === true) !== p.pinned) continue;
        if (p.activeMinutes && now - entry.updatedAt > p.activeMinutes * 60_000) continue;
        if (p.activeOnly && agent.activeRunIds(key).length === 0) continue;
        if (search && !`${key} ${entry.label ?? ""}`.toLowerCase().includes(search)) continue;
        all.push({ agentId, key, entry });
      }
    }
    all.sort((a, b) => b.entry.updatedAt - a.entry.updatedAt);
    const offset = p.offset ?? 0;
    const limit = Math.min(p.limit ?? DEFAULT_LIMIT, MAX_LIMIT);
    const page = all.slice(offset, offset + limit);
    const options = { titles: p.includeDerivedTitles, lastMessage: p.includeLastMessage };
    const sessions = await Promise.all(page.map((s) => row(s.agentId, s.key, s.entry, options)));
    const hasMore = offset + page.length < all.length;
    return { ts: now, count: sessions.length, total: all.length, hasMore, ...(hasMore ? { nextOffset: offset + page.length } : {}), defaults: {}, sessions };
  }

  async function changed(agentId: string, sessionKey: string, reason: string): Promise<void> {
    if (!listSubscribers.size) return;
    const entry = agent.store(agentId).entry(sessionKey);
    const payload = { sessionKey, reason, ts: Date.now(), ...(entry ? { session: await row(agentId, sessionKey, entry) } : {}) };
    api.emit("sessions.changed", payload, { to: [...listSubscribers] });
  }

  function existing(key: string, agentId?: string) {
    const r = resolve(key, agentId);
    const entry = agent.store(r.agentId).entry(r.sessionKey);
    if (!entry) throw invalidRequest(`no session "${r.sessionKey}"; sessions.list shows the existing ones`);
    return { ...r, entry };
  }

  function toPatch(p: { label?: string | null; model?: string | null; archived?: boolean; pinned?: boolean }): SessionPatch {
    return { label: p.label, modelOverride: p.model, archived: p.archived, pinned: p.pinned };
  }

  api.registerMethod("sessions.list", { params: S.SessionsListParams, result: S.SessionsListResult, scope: "operator.read", description: "Sessions of every agent, newest first: filters (agentId, label, search, archived, activeMinutes), paging (limit, offset)", handler: list });

  api.registerMethod("sessions.subscribe", {
    params: S.SessionsSubscribeParams, result: S.SessionsSubscribeResult, scope: "operator.read",
    description: "Sends this connection `sessions.changed` events; with list params, also answers the first page",
    async handler(p, ctx) {
      listSubscribers.add(ctx.conn.id);
      if (Object.keys(p).length === 0) return { subscribed: true };
      return { subscribed: true, list: await list(p) };
    },
  });
  api.registerMethod("sessions.unsubscribe", { params: S.SessionsUnsubscribeParams, result: S.SubscribedResult, scope: "operator.read", description: "Stops this connection's `sessions.changed` events", handler: (_p, ctx) => { listSubscribers.delete(ctx.conn.id); return { subscribed: false }; } });

  api.registerMethod("sessions.messages.subscribe", {
    params: S.SessionsMessagesSubscribeParams, result: S.SessionsMessagesSubscribeResult, scope: "operator.read",
    description: "Acknowledges interest in one session: its live messages reach every operator as `chat`/`agent` events",
    // A session's live messages already reach every operator as `chat` and `agent` events, so there is nothing to route.
    handler: (p) => ({ subscribed: true, key: resolve(p.key, p.agentId).sessionKey }),
  });
  api.registerMethod("sessions.messages.unsubscribe", {
    params: S.SessionKeyParams, result: S.SessionsMessagesSubscribeResult, scope: "operator.read",
    description: "Acknowledges the end of interest in one session",
    handler: (p) => ({ subscribed: false, key: resolve(p.key, p.agentId).sessionKey }),
  });

  api.registerMethod("sessions.observer.visibility", {
    params: S.ObserverVisibilityParams, result: S.ObserverVisibilityResult, scope: "operator.read",
    description: "A client saying whether its session view is visible; nothing here depends on it, so it is acknowledged",
    handler: () => ({ ok: true as const }),
  });

  api.registerMethod("sessions.describe", {
    params: S.SessionsDescribeParams, result: S.SessionsDescribeResult, scope: "operator.read",
    description: "One session's row, or `session: null` when the key has none yet",
    async handler(p) {
      const r = resolve(p.key, p.agentId);
      const entry = agent.store(r.agentId).entry(r.sessionKey);
      return { session: entry ? await row(r.agentId, r.sessionKey, entry, { titles: p.includeDerivedTitles, lastMessage: p.includeLastMessage }) : null };
    },
  });

  api.registerMethod("sessions.create", {
    params: S.SessionsCreateParams, result: S.SessionsCreateResult, scope: "operator.write",
    description: "Creates a session (key default `agent:<agentId>:<uuid>`), optionally with a label and model",
    async handler(p) {
      const r = resolve(p.key ?? `session-${crypto.randomUUID()}`, p.agentId);
      const store = agent.store(r.agentId);
      if (store.entry(r.sessionKey)) throw invalidRequest(`session "${r.sessionKey}" already exists; use sessions.reset for a fresh transcript`);
      await store.open(r.sessionKey, "webchat");
      const entry = store.patch(r.sessionKey, toPatch({ label: p.label, model: p.model }))!;
      await changed(r.agentId, r.sessionKey, "create");
      return { ok: true as const, key: r.sessionKey, sessionId: entry.sessionId, entry: await row(r.agentId, r.sessionKey, entry) };
    },
  });

  api.registerMethod("sessions.patch", {
    params: S.SessionsPatchParams, result: S.SessionsPatchResult, scope: "operator.write",
    description: "Sets a session's label (title), model, archived or pinned flag (null clears)",
    async handler(p) {
      const r = existing(p.key, p.agentId);
      const entry = agent.store(r.agentId).patch(r.sessionKey, toPatch(p))!;
      await changed(r.agentId, r.sessionKey, "patch");
      return { ok: true as const, key: r.sessionKey, entry: await row(r.agentId, r.sessionKey, entry) };
    },
  });

  api.registerMethod("sessions.patchMany", {
    params: S.SessionsPatchManyParams, result: S.SessionsPatchManyResult, scope: "operator.write",
    description: "The same patch on several sessions; one outcome per target",
    async handler(p) {
      const outcomes = [];
      for (const t of p.targets) {
        const r = resolve(t.key, t.agentId);
        const entry = agent.store(r.agentId).patch(r.sessionKey, toPatch(p.patch));
        if (entry) await changed(r.agentId, r.sessionKey, "patch");
        outcomes.push(entry ? { key: r.sessionKey, ok: true } : { key: r.sessionKey, ok: false, error: `no session "${r.sessionKey}"` });
      }
      return { outcomes };
    },
  });

  api.registerMethod("sessions.reset", {
    params: S.SessionsResetParams, result: S.SessionsResetResult, scope: "operator.write",
    description: "Starts a fresh transcript for the key (the old one stays on disk); expectedSessionId guards against a race",
    async handler(p) {
      const r = resolve(p.key, p.agentId);
      const store = agent.store(r.agentId);
      const current = store.entry(r.sessionKey);
      if (p.expectedSessionId && current?.sessionId !== p.expectedSessionId) throw invalidRequest(`session "${r.sessionKey}" is now ${current?.sessionId ?? "absent"}, not expectedSessionId ${p.expectedSessionId}; reload it`);
      agent.abort(r.sessionKey);
      const entry = await store.reset(r.sessionKey);
      await changed(r.agentId, r.sessionKey, p.reason ?? "reset");
      return { ok: true as const, key: r.sessionKey, entry: await row(r.agentId, r.sessionKey, entry) };
    },
  });

  api.registerMethod("sessions.delete", {
    params: S.SessionsDeleteParams, result: S.SessionsDeleteResult, scope: "operator.admin",
    description: "Removes the session from the index and aborts its runs (transcript files stay on disk)",
    async handler(p) {
      const r = resolve(p.key, p.agentId);
      agent.abort(r.sessionKey);
      const deleted = agent.store(r.agentId).remove(r.sessionKey);
      if (deleted) await changed(r.agentId, r.sessionKey, "delete");
      return { ok: true as const, key: r.sessionKey, deleted };
    },
  });

  api.registerMethod("sessions.compact", {
    params: S.SessionsCompactParams, result: S.SessionsCompactResult, scope: "operator.admin",
    description: "Compaction request: this gateway never compacts (history sent to the model is already bounded by its window), so it answers compacted:false with the reason",
    handler(p) {
      const r = existing(p.key, p.agentId);
      return { ok: true as const, key: r.sessionKey, compacted: false, reason: "this gateway does not summarise transcripts; each turn sends only the newest messages that fit the model's window" };
    },
  });


  return {
    async describe(sessionKey, agentId) {
      const r = resolve(sessionKey, agentId);
      const entry = agent.store(r.agentId).entry(r.sessionKey);
      return entry ? row(r.agentId, r.sessionKey, entry) : undefined;
    },
  };
}
