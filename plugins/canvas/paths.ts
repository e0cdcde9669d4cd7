/** The URL paths the canvas host answers, shared by the gateway port and the dedicated canvas port. */

/** User files from `canvasHost.root`. */
export const CANVAS_PATH = "/__openclaw__/canvas";
/** The bundled A2UI page. */
export const A2UI_PATH = "/__openclaw__/a2ui";
/** The live-reload (and A2UI push/action) WebSocket. */
export const WS_PATH = "/__openclaw__/ws";
/** Capability-scoped URLs: `/__openclaw__/cap/<capability>/__openclaw__/canvas/...` (upstream's shape). */
export const CAP_PREFIX = "/__openclaw__/cap";

/** Which part of the host a (capability-stripped) raw path addresses. */
export type Surface = "canvas" | "a2ui" | "ws";

/** `prefix` itself or anything below it: `/__openclaw__/canvas`, `/__openclaw__/canvas/x`, not `/__openclaw__/canvasx`. */
export function under(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`);
}

export function surfaceOf(path: string): Surface | null {
  if (under(path, CANVAS_PATH)) return "canvas";
  if (under(path, A2UI_PATH)) return "a2ui";
  if (path === WS_PATH) return "ws";
  return null;
}

/** Capability tokens are 18 random bytes in base64url (24 characters); accept a little slack, nothing else. */
const CAP_SEGMENT = /^[A-Za-z0-9_-]{16,128}$/;

export type ScopedPath = { capability: string; inner: string } | { capability: null; inner: string } | { malformed: true };

/**
 * Splits `/__openclaw__/cap/<cap>/<inner>` into the capability and the inner path (still raw,
 * still percent-encoded); any other path comes back unchanged with `capability: null`.
 */
export function splitCapability(rawPath: string): ScopedPath {
  if (!under(rawPath, CAP_PREFIX)) return { capability: null, inner: rawPath };
  const rest = rawPath.slice(CAP_PREFIX.length + 1);
  const slash = rest.indexOf("/");
  const capability = slash < 0 ? rest : rest.slice(0, slash);
  if (!CAP_SEGMENT.test(capability)) return { malformed: true };
  return { capability, inner: slash < 0 ? "/" : rest.slice(slash) };
}

/** The raw request path without query or fragment (never decoded, never normalised). */
export function rawPathOf(url: string | undefined): string {
  const raw = url ?? "/";
  const q = raw.search(/[?#]/);
  return q < 0 ? raw : raw.slice(0, q);
}
