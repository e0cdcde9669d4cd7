/** The config file as `config.get` reports it: path, raw text and parsed config (secrets hidden), hash, validity. */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { ConfigFileError, loadConfigFile } from "./load.js";
import { validateConfig, type ConfigIssue } from "./validate.js";
import { redactConfig, redactRawText } from "./redact-config.js";
import { configRoot } from "./sensitive-schema.js";
import type { PluginEntry } from "../plugin-host.js";
import type { ConfigSnapshot } from "../core-schemas.js";

export type { ConfigSnapshot };

export const hashConfigText = (text: string) => createHash("sha256").update(text).digest("hex");

export function readConfigSnapshot(path: string, plugins: readonly PluginEntry[]): ConfigSnapshot {
  let loaded;
  try {
    loaded = loadConfigFile(path);
  } catch (err) {
    const message = err instanceof ConfigFileError ? err.message : (err as Error).message;
    let text = "";
    try {
      text = readFileSync(path, "utf8");
    } catch {
      // unreadable: hash of nothing
    }
    return { path, exists: existsSync(path), raw: "(not shown: the file does not load)", config: {}, hash: hashConfigText(text), valid: false, issues: [{ path: "<root>", message }], warnings: [] };
  }
  if (!loaded.exists) return { path, exists: false, raw: null, config: {}, hash: hashConfigText(""), valid: true, issues: [], warnings: [] };
  const result = validateConfig(loaded.raw, plugins);
  const root = configRoot(plugins);
  const { config, secrets } = redactConfig(loaded.raw, root);
  return {
    path, exists: true, raw: redactRawText(loaded.text, secrets, root), config, hash: hashConfigText(loaded.text),
    valid: result.issues.length === 0, issues: result.issues, warnings: result.warnings, ignored: result.ignored,
  };
}
