/**
 * Serializes hello-ok for one connection in the shape of its protocol generation. Every part that
 * does not depend on the connection arrives pre-serialized (features, health, presence), so a
 * handshake costs a few string joins rather than a full JSON.stringify of the snapshot.
 */
import { hostname } from "node:os";
import { LIMITS } from "./protocol/limits.js";
import type { StateVersion } from "./protocol/frames.js";
import type { Connection } from "./connection.js";

const HOST = hostname();

/** `hello-ok.policy` (a closed object upstream: only these three fields). */
export function policyJson(maxBufferedBytes: number): string {
  return JSON.stringify({ maxPayload: LIMITS.maxPayload, maxBufferedBytes, tickIntervalMs: LIMITS.tickIntervalMs });
}

export interface HelloParts {
  version: string;
  featuresJson: string;
  presenceJson: string;
  healthJson: string;
  stateVersion: StateVersion;
  uptimeMs: number;
  configPath: string;
  stateDir: string;
  authMode: string;
  policyJson: string;
}

export function buildHelloJson(conn: Connection, parts: HelloParts, helloAuth: Record<string, unknown>, surfaces: Record<string, string>): string {
  const snapshot =
    `{"presence":${parts.presenceJson},"health":${parts.healthJson},` +
    `"stateVersion":${JSON.stringify(parts.stateVersion)},"uptimeMs":${parts.uptimeMs},` +
    `"configPath":${JSON.stringify(parts.configPath)},"stateDir":${JSON.stringify(parts.stateDir)},"authMode":${JSON.stringify(parts.authMode)}}`;
  // Protocol 3 servers also sent their host; the protocol 4 schema closes `server` at version + connId.
  const server = conn.protocol === 3 ? { version: parts.version, connId: conn.id, host: HOST } : { version: parts.version, connId: conn.id };
  let extras = "";
  if (conn.protocol === 3 && surfaces.canvas) extras += `,"canvasHostUrl":${JSON.stringify(surfaces.canvas)}`;
  if (conn.protocol === 4 && Object.keys(surfaces).length) extras += `,"pluginSurfaceUrls":${JSON.stringify(surfaces)}`;
  // Protocol 4 always reports the granted role and scopes; protocol 3 only when a device token was issued.
  if (conn.protocol === 4 || helloAuth.deviceToken !== undefined) {
    extras += `,"auth":${JSON.stringify({ role: conn.role, scopes: [...conn.scopes], ...helloAuth })}`;
  }
  return `{"type":"hello-ok","protocol":${conn.protocol},"server":${JSON.stringify(server)},"features":${parts.featuresJson},"snapshot":${snapshot}${extras},"policy":${parts.policyJson}}`;
}
