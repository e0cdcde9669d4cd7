/**
 * Shared by `config get|set|unset` and `plugins enable|disable`: dotted paths, values, and editing the
 * config through the running gateway (config.get + config.patch with baseHash) or, when no gateway
 * answers on the local target, the file itself with the same validation.
 */
import { parseJson5Text } from "../core/config/json5.js";
import { GatewayRequestError, type GatewayClient } from "../core/client.js";
import { readConfigSnapshot, hashConfigText, type ConfigSnapshot } from "../core/config/config-snapshot.js";
import { patchConfig } from "../core/config/config-write.js";
import { resolveConfigPath } from "../core/config/paths.js";
import { RESTART_PATHS } from "../core/config/reload-plan.js";
import { redactConfig } from "../core/config/redact-config.js";
import { configRoot } from "../core/config/sensitive-schema.js";
import { existsSync, readFileSync } from "node:fs";
import { loadLocalPlugins } from "./local-plugins.js";
import { tryConnect, type ConnectFlags } from "./probe.js";

const SEGMENT = /^[^.\s]+$/;

export class ConfigEditError extends Error {}

export function parsePath(path: string): string[] {
  const segments = path.split(".");
  if (!path || segments.some((s) => !SEGMENT.test(s))) throw new ConfigEditError(`"${path}" is not a config path: use dotted keys like gateway.port`);
  return segments;
}

/** JSON5 when it parses (numbers, booleans, objects, quoted strings), otherwise the text as a string. */
export function parseValue(raw: string): unknown {
  try {
    return parseJson5Text(raw);
  } catch {
    return raw;
  }
}

/** {a: {b: value}} for "a.b": an RFC 7386 merge patch that sets (or, with null, deletes) one path. */
export function patchAt(segments: string[], value: unknown): Record<string, unknown> {
  return segments.reduceRight<Record<string, unknown>>((inner, key, i) => ({ [key]: i === segments.length - 1 ? value : inner }), {});
}

/** The value as `config set` may echo it: "(hidden)" when the schemas say it holds a secret (or do not know the path). */
export async function shownValue(segments: string[], value: unknown): Promise<string> {
  const { entries } = await loadLocalPlugins(resolveConfigPath());
  return redactConfig(patchAt(segments, value), configRoot(entries)).hidden.length ? "(hidden)" : JSON.stringify(value);
}

/** How the running gateway applies a change at this path. */
export function applyNote(path: string): string {
  const under = (p: string) => path === p || path.startsWith(`${p}.`) || p.startsWith(`${path}.`);
  return RESTART_PATHS.some(under) ? "the gateway restarts in-process to apply it" : "the gateway applies it hot";
}

export interface ConfigTarget {
  via: "gateway" | "file";
  client: GatewayClient | null;
  url: string;
  /** Why the file is edited directly (no gateway answered). */
  reason?: string;
  configPath: string;
}

/** Connects; falls back to the local file only when nothing answers on a local target. Throws otherwise. */
export async function openConfigTarget(flags: ConnectFlags, scopes: string[]): Promise<ConfigTarget> {
  const conn = await tryConnect(flags, scopes);
  if (conn.client) return { via: "gateway", client: conn.client, url: conn.target.url, configPath: "" };
  const msg = conn.error?.message ?? "connect failed";
  if (!conn.unreachable) throw new ConfigEditError(`the gateway at ${conn.target.url} refused the connection: ${conn.error?.code ? `${conn.error.code}: ` : ""}${msg}`);
  if (conn.explicit) throw new ConfigEditError(`no gateway answered at ${conn.target.url} (${msg}); not editing a local file for a gateway chosen by URL`);
  return { via: "file", client: null, url: conn.target.url, reason: `no gateway answered at ${conn.target.url}`, configPath: resolveConfigPath() };
}

export async function readSnapshot(t: ConfigTarget): Promise<ConfigSnapshot> {
  if (t.client) return (await t.client.request("config.get", {})) as ConfigSnapshot;
  const { entries } = await loadLocalPlugins(t.configPath);
  return readConfigSnapshot(t.configPath, entries);
}

/** Applies a merge patch with the current baseHash (re-reading once if the file changed in between). */
export async function applyPatch(t: ConfigTarget, patch: Record<string, unknown>): Promise<{ path: string; hash: string }> {
  const raw = JSON.stringify(patch);
  if (!t.client) {
    const text = existsSync(t.configPath) ? readFileSync(t.configPath, "utf8") : "";
    const { entries } = await loadLocalPlugins(t.configPath);
    try {
      return await patchConfig(t.configPath, raw, text === "" ? undefined : hashConfigText(text), entries);
    } catch (err) {
      throw new ConfigEditError((err as Error).message);
    }
  }
  for (let attempt = 0; ; attempt++) {
    const snap = await readSnapshot(t);
    try {
      const res = (await t.client.request("config.patch", { raw, ...(snap.exists ? { baseHash: snap.hash } : {}) })) as { path: string; hash: string };
      return res;
    } catch (err) {
      const stale = err instanceof GatewayRequestError && (err.details as { code?: string } | undefined)?.code === "STALE_BASE_HASH";
      if (stale && attempt === 0) continue;
      throw err instanceof GatewayRequestError ? new ConfigEditError(err.message) : err;
    }
  }
}
