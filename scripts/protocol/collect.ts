/**
 * Reads the protocol from the live registries: a gateway with every built-in plugin is set up (it
 * never listens) and each registered method's params/result schemas and each declared event's
 * payload schema are collected, sorted by name so the generated files do not depend on setup order.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TSchema } from "@sinclair/typebox";
import { createGateway } from "../../core/gateway.js";
import { LogSink } from "../../core/log.js";
import { builtinPlugins } from "../../plugins/index.js";
import type { MethodScope } from "../../core/protocol/scopes.js";

export interface MethodDescription {
  name: string;
  owner: string;
  scope: MethodScope;
  description?: string;
  params?: TSchema;
  result?: TSchema;
}

export interface EventDescription {
  name: string;
  owner: string;
  scope: string;
  payload?: TSchema;
}

export interface ProtocolDescription {
  methods: MethodDescription[];
  events: EventDescription[];
}

const byName = <T extends { name: string }>(a: T, b: T) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

export async function collectProtocol(): Promise<ProtocolDescription> {
  const stateDir = mkdtempSync(join(tmpdir(), "openclaw-protocol-gen-"));
  const entries = builtinPlugins().map((def) => ({ def, source: "builtin", enabled: true }));
  const gateway = createGateway({
    host: "127.0.0.1",
    port: 0,
    config: {},
    configPath: join(stateDir, "openclaw.json"),
    stateDir,
    plugins: entries,
    auth: () => ({ mode: "none" }),
    logSink: new LogSink({ consoleLevel: "error", write: () => undefined }),
    version: "protocol-gen",
    validateResults: false,
  });
  try {
    await gateway.plugins.start(entries, {});
    const failed = gateway.plugins.list().filter((p) => p.state !== "active");
    if (failed.length) throw new Error(`plugins did not set up: ${failed.map((p) => `${p.name} (${p.state}: ${p.error ?? ""})`).join(", ")}`);
    const methods = gateway.methods.list().map((m) => ({
      name: m.name,
      owner: m.owner,
      scope: m.scope,
      description: m.spec.description,
      params: m.spec.params,
      result: m.spec.result,
    }));
    const events = gateway.events.list().map((e) => ({ name: e.name, owner: e.owner, scope: e.spec.scope ?? "any", payload: e.spec.payload }));
    return { methods: methods.sort(byName), events: events.sort(byName) };
  } finally {
    await gateway.stop();
    rmSync(stateDir, { recursive: true, force: true });
  }
}
