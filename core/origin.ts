/**
 * Browser Origin check, run on every WebSocket upgrade that carries an Origin header, before the 101.
 * Loopback origins are allowed only for direct local clients; any other origin must be listed in
 * `gateway.controlUi.allowedOrigins` (or the list holds "*").
 */
export type OriginVerdict = { ok: true } | { ok: false; reason: string };

export function normalizeOrigin(value: string): string | null {
  const raw = value.trim();
  if (!raw || raw.toLowerCase() === "null") return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  if (url.username || url.password || (url.pathname !== "/" && url.pathname !== "") || url.search || url.hash) return null;
  return `${url.protocol}//${url.host}`.toLowerCase(); // URL drops default ports itself
}

export function isLoopbackOrigin(origin: string): boolean {
  const host = new URL(origin).hostname;
  return host === "localhost" || host === "[::1]" || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host);
}

export function checkOrigin(
  originHeader: string,
  context: { localDirect: boolean; allowedOrigins: readonly string[] },
): OriginVerdict {
  const origin = normalizeOrigin(originHeader);
  if (!origin) return { ok: false, reason: `origin not allowed: malformed or null Origin ${JSON.stringify(originHeader.slice(0, 100))}` };
  const allowed = context.allowedOrigins;
  if (allowed.includes("*")) return { ok: true };
  if (allowed.some((entry) => normalizeOrigin(entry) === origin)) return { ok: true };
  if (isLoopbackOrigin(origin)) {
    return context.localDirect
      ? { ok: true }
      : { ok: false, reason: `origin not allowed: loopback origin ${origin} from a non-local client` };
  }
  return { ok: false, reason: `origin not allowed: ${origin} (add it to gateway.controlUi.allowedOrigins)` };
}
