/** The methods the core itself answers: `health`, `status`, `plugins.list`; and its HTTP probes. */
import { hostname } from "node:os";
import { Type } from "@sinclair/typebox";
import { rawJson } from "./rawjson.js";
import { sendJson } from "./server.js";
import { SUPPORTED_PROTOCOLS } from "./protocol/version.js";
import type { MethodRegistry } from "./methods.js";
import type { RouteRegistry } from "./routes.js";
import type { HealthService } from "./health.js";
import type { PluginEntry, PluginHost } from "./plugin-host.js";
import { registerConfigMethods } from "./config-methods.js";
import { registerConfigSchemaMethods } from "./config-schema-methods.js";
import { HealthSummary, PluginsListResult, StatusSummary } from "./core-schemas.js";
import type { Contributors } from "./contributors.js";
import type { GatewayInfo } from "./plugin-types.js";
import type { Connection } from "./connection.js";
import type { LogSink } from "./log.js";
import type { ActivityCounter } from "./activity.js";

export interface CoreMethodDeps {
  methods: MethodRegistry;
  routes: RouteRegistry;
  health: HealthService;
  plugins: PluginHost;
  statusSections: Contributors<() => Record<string, unknown>>;
  gateway: GatewayInfo;
  connections: Map<string, Connection>;
  logSink: LogSink;
  /** The plugin set the config is validated against. */
  pluginEntries: readonly PluginEntry[];
  /** False until plugins are set up and the port listens, and again while stopping. */
  ready(): boolean;
  /** Counts what may change `status`; without it every call builds its answer. */
  activity?: ActivityCounter;
}

/**
 * How long one built `status` answer may serve calls that arrive while nothing else happened (see
 * ActivityCounter): long enough for a burst of clients polling at once, short enough that the
 * time-derived fields (uptime, ages) stay current.
 */
const STATUS_REUSE_MS = 100;

const HOST = hostname();
const HealthParams = Type.Object({ probe: Type.Optional(Type.Boolean()) }, { additionalProperties: true });
const StatusParams = Type.Object({ includeChannelSummary: Type.Optional(Type.Boolean()) }, { additionalProperties: true });
const NoParams = Type.Object({}, { additionalProperties: true });

export function registerCoreMethods(deps: CoreMethodDeps): void {
  const { methods, routes } = deps;
  methods.register("health", {
    params: HealthParams,
    result: HealthSummary,
    scope: "any",
    description: "Health summary: plugins, channels and every plugin's section (cached).",
    handler: (params: { probe?: boolean }) => rawJson(deps.health.json({ probe: params.probe === true })),
  }, "core");

  let memory = { at: 0, rssBytes: 0, heapUsedBytes: 0 };
  let lastStatus: { json: string; builtAt: number; seq: number } | undefined;
  methods.register("status", {
    params: StatusParams,
    result: StatusSummary,
    scope: "operator.read",
    description: "Short status: version, uptime, plugins, connections, last error and plugin sections.",
    handler: () => {
      const now = Date.now();
      const seq = deps.activity?.seq;
      // Reused only when the one thing counted since it was built is this call's own dispatch.
      if (lastStatus && seq !== undefined && seq === lastStatus.seq + 1 && now - lastStatus.builtAt < STATUS_REUSE_MS) {
        lastStatus.seq = seq;
        return rawJson(lastStatus.json);
      }
      if (now - memory.at > 1000) {
        const m = process.memoryUsage();
        memory = { at: now, rssBytes: m.rss, heapUsedBytes: m.heapUsed };
      }
      let operators = 0;
      let nodes = 0;
      for (const c of deps.connections.values()) {
        if (c.state !== "open") continue;
        if (c.role === "node") nodes += 1;
        else operators += 1;
      }
      const plugins = deps.plugins.list();
      const collectSections = (checkEach: boolean): Record<string, unknown> => {
        const sections: Record<string, unknown> = {};
        for (const { fn } of deps.statusSections.list()) {
          try {
            const section = fn();
            if (checkEach) JSON.stringify(section); // an unencodable section is left out like a throwing one
            Object.assign(sections, section);
          } catch {
            // a failing section is reported through health; status stays answerable
          }
        }
        return sections;
      };
      const g = deps.gateway;
      const summary = (sections: Record<string, unknown>) => ({
        runtimeVersion: g.version,
        uptimeMs: now - g.startedAtMs,
        pid: process.pid,
        host: HOST,
        gateway: { url: g.httpUrl.replace(/^http/, "ws"), bindHost: g.host, port: g.port, authMode: g.authMode, protocols: [...SUPPORTED_PROTOCOLS] },
        configPath: g.configPath,
        stateDir: g.stateDir,
        plugins: {
          active: plugins.filter((p) => p.state === "active").map((p) => p.name),
          failed: plugins.filter((p) => p.state === "failed" || p.state === "skipped").map((p) => ({ name: p.name, error: p.error })),
        },
        connections: { operators, nodes },
        channelSummary: [],
        // Shape clients (the official CLI's `status`) read even when no agent plugin adds sessions.
        sessions: { paths: [], count: 0, defaults: { model: null, contextTokens: null }, recent: [], byAgent: [] },
        heartbeat: { defaultAgentId: null, agents: [] },
        queuedSystemEvents: [],
        lastError: deps.logSink.lastError ?? null,
        processMemory: { rssBytes: memory.rssBytes, heapUsedBytes: memory.heapUsedBytes },
        ...sections,
      });
      // Serialized once here (not again by the dispatcher); only when that fails is each section checked
      // on its own, so one unencodable section cannot cost every call a second serialization.
      try {
        const json = JSON.stringify(summary(collectSections(false)));
        lastStatus = seq === undefined ? undefined : { json, builtAt: now, seq };
        return rawJson(json);
      } catch {
        lastStatus = undefined;
        return summary(collectSections(true));
      }
    },
  }, "core");

  methods.register("plugins.list", {
    params: NoParams,
    result: PluginsListResult,
    scope: "operator.read",
    description: "Every known plugin with its state, source, services, config paths and what it registered.",
    handler: () => ({
      plugins: deps.plugins.list().map((p) => ({
        ...p,
        provides: [...p.provides],
        requires: [...p.requires],
        configPaths: [...p.configPaths],
        methods: methods.ownedBy(p.name),
        routes: routes.list().filter((r) => r.owner === p.name).map((r) => `${r.method} ${r.path}`),
      })),
    }),
  }, "core");

  registerConfigMethods(methods, deps.gateway.configPath, deps.pluginEntries, deps.logSink);
  registerConfigSchemaMethods(methods, deps.gateway.configPath, deps.pluginEntries, deps.gateway.version);

  const live = (_req: unknown, res: import("node:http").ServerResponse) => sendJson(res, 200, { ok: true, status: "live" });
  routes.register("GET", "/health", live, { auth: "public" }, "core");
  routes.register("GET", "/healthz", live, { auth: "public" }, "core");
  const ready = (_req: unknown, res: import("node:http").ServerResponse) => {
    const failing = deps.plugins.list().filter((p) => p.state === "failed" || p.state === "skipped").map((p) => p.name);
    const isReady = deps.ready();
    sendJson(res, isReady ? 200 : 503, { ready: isReady, failing, uptimeMs: Date.now() - deps.gateway.startedAtMs });
  };
  routes.register("GET", "/readyz", ready, { auth: "public" }, "core");
  routes.register("GET", "/ready", ready, { auth: "public" }, "core");
}
