/**
 * `${VAR}` substitution in every string value (upper-case names only). A missing or empty variable
 * is an error naming the key path; `$${VAR}` stays as the literal text `${VAR}`.
 */
import { isPlainObject } from "../config-paths.js";

const PATTERN = /\$?\$\{([A-Z_][A-Z0-9_]*)\}/g;

export class ConfigEnvError extends Error {
  constructor(readonly keyPath: string, readonly variable: string) {
    super(`${keyPath || "<root>"}: environment variable ${variable} is not set (or is empty); set it, or write $\${${variable}} for a literal`);
    this.name = "ConfigEnvError";
  }
}

export function substituteEnv(value: unknown, env: Record<string, string | undefined>, keyPath = ""): unknown {
  if (typeof value === "string") {
    return value.replace(PATTERN, (match: string, name: string) => {
      if (match.startsWith("$$")) return match.slice(1); // escaped: keep ${NAME}
      const v = env[name];
      if (v === undefined || v === "") throw new ConfigEnvError(keyPath, name);
      return v;
    });
  }
  if (Array.isArray(value)) return value.map((v, i) => substituteEnv(v, env, `${keyPath}[${i}]`));
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = substituteEnv(v, env, keyPath ? `${keyPath}.${k}` : k);
  return out;
}
