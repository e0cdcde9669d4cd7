/** The config RPCs (`config.get`, `config.patch`, `config.apply`) and `logs.tail`. */
import { statSync } from "node:fs";
import { Type } from "@sinclair/typebox";
import { readConfigSnapshot } from "./config/config-snapshot.js";
import { applyConfig, patchConfig } from "./config/config-write.js";
import { tailLog } from "./log-tail.js";
import { invalidRequest } from "./errors.js";
import type { MethodRegistry } from "./methods.js";
import type { PluginEntry } from "./plugin-host.js";
import type { LogSink } from "./log.js";
import { ConfigSnapshot, ConfigWriteResult, TailResult } from "./core-schemas.js";

const NoParams = Type.Object({}, { additionalProperties: true });
const WriteParams = Type.Object(
  {
    raw: Type.String({ minLength: 1 }),
    baseHash: Type.Optional(Type.String()),
    sessionKey: Type.Optional(Type.String()),
    note: Type.Optional(Type.String()),
    restartDelayMs: Type.Optional(Type.Integer({ minimum: 0 })),
  },
  { additionalProperties: false },
);
const TailParams = Type.Object(
  {
    cursor: Type.Optional(Type.Integer({ minimum: 0 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 5000 })),
    maxBytes: Type.Optional(Type.Integer({ minimum: 1, maximum: 1_000_000 })),
  },
  { additionalProperties: false },
);

export function registerConfigMethods(methods: MethodRegistry, configPath: string, plugins: readonly PluginEntry[], sink: LogSink): void {
  const snapshots = recentSnapshots(configPath, plugins);
  methods.register("config.get", {
    params: NoParams,
    result: ConfigSnapshot,
    scope: "operator.read",
    description: "The config file: path, raw text and parsed config with secrets hidden, hash (baseHash for writes), validity and issues.",
    handler: () => snapshots.read(),
  }, "core");
  methods.register("config.patch", {
    params: WriteParams,
    result: ConfigWriteResult,
    scope: "operator.admin",
    description: "Applies a JSON merge patch to the config file after validating the result; refuses a stale baseHash.",
    handler: async (p: typeof WriteParams.static) => ({ ok: true, ...(await patchConfig(configPath, p.raw, p.baseHash, plugins)) }),
  }, "core");
  methods.register("config.apply", {
    params: WriteParams,
    result: ConfigWriteResult,
    scope: "operator.admin",
    description: "Replaces the config file with `raw` (JSON5, comments kept) after validating it; refuses a stale baseHash.",
    handler: async (p: typeof WriteParams.static) => ({ ok: true, ...(await applyConfig(configPath, p.raw, p.baseHash, plugins)) }),
  }, "core");
  methods.register("logs.tail", {
    params: TailParams,
    result: TailResult,
    scope: "operator.read",
    description: "Lines of the JSON-lines log file from a byte cursor (rotation gives reset).",
    handler: async (p: typeof TailParams.static) => {
      const file = sink.currentFile();
      if (!file) throw invalidRequest("this gateway logs to the console only (no log directory)");
      return tailLog(file, p);
    },
  }, "core");
}

/** How long a `config.get` answer is reused while the file's size, mtime and inode stay the same. */
const SNAPSHOT_REUSE_MS = 1000;

/**
 * Reading, parsing, validating and redacting a large config is synchronous work: a client pipelining
 * `config.get` would hold the event loop for every other client. Answers within a second of each other
 * for an unchanged file share one snapshot (an `$include`d file edited meanwhile shows within a second).
 */
function recentSnapshots(configPath: string, plugins: readonly PluginEntry[]): { read(): ConfigSnapshot } {
  let cached: { key: string; at: number; snapshot: ConfigSnapshot } | null = null;
  const keyOf = () => {
    try {
      const st = statSync(configPath);
      return `${st.ino}:${st.size}:${st.mtimeMs}`;
    } catch {
      return "missing";
    }
  };
  return {
    read() {
      const key = keyOf();
      const now = Date.now();
      if (cached && cached.key === key && now - cached.at < SNAPSHOT_REUSE_MS) return cached.snapshot;
      const snapshot = readConfigSnapshot(configPath, plugins);
      cached = { key, at: now, snapshot };
      return snapshot;
    },
  };
}
