/**
 * Security headers on every Control UI response (errors included). The page loads only its own
 * script and stylesheet and talks only to its own origin: `connect-src 'self'` also covers the
 * same-host `ws:`/`wss:` URL in CSP Level 3 browsers (Chromium, Firefox, Safari ≥ 15.4), so no
 * host name from the request ever ends up in the policy.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  "content-security-policy": CONTENT_SECURITY_POLICY,
  "referrer-policy": "no-referrer",
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "cross-origin-opener-policy": "same-origin",
});

export const CACHE_IMMUTABLE = "public, max-age=31536000, immutable";
/** index.html (and unhashed files): revalidate every time, so a new build is picked up at once. */
export const CACHE_REVALIDATE = "no-cache";

/**
 * The CSP for another Control UI build served from `gateway.controlUi.root` (the official one): its
 * inline bootstrap scripts by hash, inline styles (its components set style attributes), images from
 * anywhere over https (provider logos, avatars), and web fonts from Google Fonts as that build links
 * them. It still talks only to its own origin (plus data: URLs it fetches for icons).
 */
export function officialUiCsp(inlineScriptHashes: readonly string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self'${inlineScriptHashes.map((h) => ` '${h}'`).join("")}`,
    "style-src 'self' 'unsafe-inline' https://fonts.googleapis.com",
    "img-src 'self' data: blob: https:",
    "media-src 'self' data: blob:",
    "font-src 'self' https://fonts.gstatic.com",
    "worker-src 'self'",
    "manifest-src 'self'",
    // data: — the build fetch()es its inline SVG icons.
    "connect-src 'self' data:",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
}
