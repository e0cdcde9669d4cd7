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
