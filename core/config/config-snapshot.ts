/** The config file as `config.get` reports it: path, raw text and parsed config (secrets hidden), hash, validity. */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import JSON5 from "json5";
import { validateConfig, type ConfigIssue } from "./validate.js";
import { redactConfig, redactRawText } from "./redact-config.js";
import type { PluginEntry } from "../plugin-host.js";

export interface ConfigSnapshot {
  path: string;
  exists: boolean;
  raw: string | null;
  config: unknown;
  /** sha256 of the raw file text ("" for a missing file): the `baseHash` for later writes. */
  hash: string;
  valid: boolean;
  issues: ConfigIssue[];
  warnings: string[];
}

export const hashConfigText = (text: string) => createHash("sha256").update(text).digest("hex");

export function readConfigSnapshot(path: string, plugins: readonly PluginEntry[]): ConfigSnapshot {
  let raw: string;
  try {
    raw = readFileSync(path, "utf8");
  } catch (err) {
    const missing = (err as NodeJS.ErrnoException).code === "ENOENT";
    return {
      path, exists: false, raw: null, config: {}, hash: hashConfigText(""), valid: missing,
      issues: missing ? [] : [{ path: "<root>", message: `cannot read: ${(err as Error).message}` }], warnings: [],
    };
  }
  let parsed: unknown;
  try {
    parsed = raw.trim() ? JSON5.parse(raw) : {};
  } catch (err) {
    return { path, exists: true, raw: "(unparsable; not shown)", config: {}, hash: hashConfigText(raw), valid: false, issues: [{ path: "<root>", message: `not valid JSON5: ${(err as Error).message}` }], warnings: [] };
  }
  const result = validateConfig(parsed, plugins);
  const secrets: string[] = [];
  const config = redactConfig(parsed, secrets);
  return { path, exists: true, raw: redactRawText(raw, secrets), config, hash: hashConfigText(raw), valid: result.issues.length === 0, issues: result.issues, warnings: result.warnings };
}
