/**
 * Serializes hello-ok for one connection in the shape of its protocol generation. Every part that
 * does not depend on the connection arrives pre-encoded (features, health, presence), so a handshake
 * costs a few small string joins and one copy rather than a full JSON.stringify of the snapshot.
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
  /** `features`, `snapshot.presence` and `snapshot.health`, already encoded (see EncodedText). */
  features: Buffer;
  presence: Buffer;
  health: Buffer;
  stateVersion: StateVersion;
  uptimeMs: number;
  configPath: string;
  stateDir: string;
  authMode: string;
  policyJson: string;
}

/**
 * The UTF-8 bytes of the last text it was given. hello-ok's large parts (the method list, presence,
 * health) change rarely, so each handshake copies their bytes instead of re-encoding a 5 KB string.
 */
export class EncodedText {
  private text: string | undefined;
  private bytes = Buffer.alloc(0);

  of(text: string): Buffer {
    if (text !== this.text) {
      this.text = text;
      this.bytes = Buffer.from(text);
    }
    return this.bytes;
  }
}

const PRESENCE_KEY = Buffer.from(`,"snapshot":{"presence":`);
const HEALTH_KEY = Buffer.from(`,"health":`);

/**
 * The `res` frame answering `connect` with hello-ok, in the shape of the connection's protocol
 * generation, as one buffer: the cached parts are copied in, only the per-connection fields are
 * serialized. A frame this size lives outside the JS heap, so a burst of handshakes does not grow
 * the young generation with 5 KB strings that the socket needs only until they are written.
 */
export function buildHelloFrame(conn: Connection, requestId: string, parts: HelloParts, helloAuth: Record<string, unknown>, surfaces: Record<string, string>): Buffer {
  // Protocol 3 servers also sent their host; the protocol 4 schema closes `server` at version + connId.
  const server = conn.protocol === 3 ? { version: parts.version, connId: conn.id, host: HOST } : { version: parts.version, connId: conn.id };
  const head = `{"type":"res","id":${JSON.stringify(requestId)},"ok":true,"payload":{"type":"hello-ok","protocol":${conn.protocol},"server":${JSON.stringify(server)},"features":`;
  let extras = "";
  if (conn.protocol === 3 && surfaces.canvas) extras += `,"canvasHostUrl":${JSON.stringify(surfaces.canvas)}`;
  if (conn.protocol === 4 && Object.keys(surfaces).length) extras += `,"pluginSurfaceUrls":${JSON.stringify(surfaces)}`;
  // Protocol 4 always reports the granted role and scopes; protocol 3 only when a device token was issued.
  if (conn.protocol === 4 || helloAuth.deviceToken !== undefined) {
    extras += `,"auth":${JSON.stringify({ role: conn.role, scopes: [...conn.scopes], ...helloAuth })}`;
  }
  const tail =
    `,"stateVersion":${JSON.stringify(parts.stateVersion)},"uptimeMs":${parts.uptimeMs},` +
    `"configPath":${JSON.stringify(parts.configPath)},"stateDir":${JSON.stringify(parts.stateDir)},"authMode":${JSON.stringify(parts.authMode)}}` +
    `${extras},"policy":${parts.policyJson}}}`;
  const headBytes = Buffer.byteLength(head);
  const tailBytes = Buffer.byteLength(tail);
  const frame = Buffer.allocUnsafe(headBytes + parts.features.length + PRESENCE_KEY.length + parts.presence.length + HEALTH_KEY.length + parts.health.length + tailBytes);
  let at = frame.write(head, 0);
  at += parts.features.copy(frame, at);
  at += PRESENCE_KEY.copy(frame, at);
  at += parts.presence.copy(frame, at);
  at += HEALTH_KEY.copy(frame, at);
  at += parts.health.copy(frame, at);
  frame.write(tail, at);
  return frame;
}
