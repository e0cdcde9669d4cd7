/** Bearer authentication for HTTP routes that need the gateway secret. */
import type { IncomingMessage } from "node:http";
import { safeEqualSecret } from "./secret-compare.js";
import type { AuthSettings } from "./auth.js";

export type BearerVerdict = "ok" | "missing" | "wrong";

export function checkBearer(req: IncomingMessage, settings: AuthSettings): BearerVerdict {
  if (settings.mode === "none") return "ok";
  const header = req.headers.authorization ?? "";
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  if (!match) return "missing";
  const expected = settings.mode === "password" ? settings.password : settings.token;
  return safeEqualSecret(match[1].trim(), expected) ? "ok" : "wrong";
}

/** Query parameters that would put a secret into a URL (and into logs and browser history). */
const SECRET_PARAMS = ["token", "password", "access_token", "auth", "apikey", "api_key"];

export function urlCarriesSecret(url: URL): string | null {
  for (const name of url.searchParams.keys()) if (SECRET_PARAMS.includes(name.toLowerCase())) return name;
  return null;
}
