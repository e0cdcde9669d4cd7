/**
 * Turns the raw (still percent-encoded) part of a request path below a mount prefix into path
 * segments that can only name something inside the root. Percent-decoding happens exactly once;
 * anything that could climb out or be read two ways is refused rather than repaired.
 */

export type ParsedPath =
  | { ok: true; segments: string[]; directory: boolean }
  | { ok: false; status: 400 | 404; reason: string };

const MAX_PATH_BYTES = 2048;
const MAX_SEGMENT_BYTES = 255;

const bad = (reason: string): ParsedPath => ({ ok: false, status: 400, reason });

/**
 * `rawRest` is what follows the mount prefix: "" or "/..." (e.g. "/games/a%20b.html").
 * Returns segments relative to the root; `directory` when the path ends in "/" (or is empty).
 */
export function parseSubPath(rawRest: string): ParsedPath {
  if (rawRest === "" || rawRest === "/") return { ok: true, segments: [], directory: true };
  if (!rawRest.startsWith("/")) return bad("path must continue with /");
  if (rawRest.length > MAX_PATH_BYTES) return bad("path too long");
  // Raw backslashes (and their encodings below) are refused: they mean "/" to some clients and not to others.
  if (rawRest.includes("\\")) return bad("backslash in path");
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawRest);
  } catch {
    return bad("malformed percent-encoding");
  }
  // A "%" left after one decode means the client encoded twice (%252e, %255c, %2500): no second decode, no guessing.
  if (/%[0-9a-f]{2}/i.test(decoded)) return bad("double percent-encoding");
  // NUL, other C0 controls and DEL: never part of a file we serve, and NUL truncates paths in C APIs.
  if (/[\u0000-\u001f\u007f]/.test(decoded)) return bad("control character in path");
  if (decoded.includes("\\")) return bad("backslash in path");
  const directory = decoded.endsWith("/");
  const parts = decoded.slice(1, directory ? -1 : undefined).split("/");
  for (const [i, part] of parts.entries()) {
    // An empty segment ("//etc", "a//b") would read as an absolute or UNC path once joined.
    if (part === "") return bad("empty path segment");
    if (part === "." || part === "..") return bad("dot segment");
    if (i === 0 && /^[a-z]:/i.test(part)) return bad("drive-letter path");
    if (Buffer.byteLength(part) > MAX_SEGMENT_BYTES) return bad("path segment too long");
  }
  // Dotfiles and dot-directories (.git, .env) and node_modules are not part of the canvas.
  if (parts.some((p) => p.startsWith(".") || p === "node_modules")) return { ok: false, status: 404, reason: "hidden path" };
  return { ok: true, segments: parts, directory };
}
