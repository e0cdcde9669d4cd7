/**
 * `config.patch` (RFC 7386 merge patch) and `config.apply` (a whole new file): both refuse a stale
 * `baseHash`, validate the result exactly as start-up would (includes, ${VAR}, every owner's schema),
 * and only then replace the file atomically (0600). Check, validation and write are one critical
 * section per file (write-lock.ts), and the candidate is validated in memory: a config holding secrets
 * is never written anywhere but its own atomic temp file. The running gateway picks the change up
 * through its watcher, hot or with an in-process restart.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname } from "node:path";
import { parseJson5Text } from "./json5.js";
import { invalidRequest } from "../errors.js";
import { isPlainObject } from "../config-paths.js";
import { writeFileAtomic, ensurePrivateDir } from "../state.js";
import { loadConfigText, ConfigFileError } from "./load.js";
import { validateConfig } from "./validate.js";
import { hashConfigText } from "./config-snapshot.js";
import { REDACTED } from "./redact-config.js";
import { withConfigWriteLock } from "./write-lock.js";
import type { PluginEntry } from "../plugin-host.js";

/** RFC 7386: objects merge, `null` deletes, anything else replaces. */
export function applyMergePatch(target: unknown, patch: unknown): unknown {
  if (!isPlainObject(patch)) return structuredClone(patch);
  const out: Record<string, unknown> = isPlainObject(target) ? { ...target } : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = applyMergePatch(out[k], v);
  }
  return out;
}

function currentText(path: string): string {
  return existsSync(path) ? readFileSync(path, "utf8") : "";
}

function checkBaseHash(path: string, text: string, baseHash: string | undefined): void {
  if (baseHash === undefined) {
    if (text !== "") throw invalidRequest("baseHash is required when the config file exists: read it with config.get and send its hash");
    return;
  }
  if (baseHash !== hashConfigText(text)) {
    throw invalidRequest(`config ${path} changed since it was read (stale baseHash); read it again with config.get and retry`, { details: { code: "STALE_BASE_HASH" } });
  }
}

function parseJson5(text: string, what: string): unknown {
  try {
    return parseJson5Text(text);
  } catch (err) {
    throw invalidRequest(`${what} is not valid JSON5: ${(err as Error).message.replace(/^JSON5: /, "")}`);
  }
}

/** Dotted paths of the strings holding the redaction placeholder (what config.get shows instead of a secret). */
function placeholderPaths(value: unknown, path = ""): string[] {
  if (typeof value === "string") return value.includes(REDACTED) ? [path || "<root>"] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => placeholderPaths(v, `${path}[${i}]`));
  if (!isPlainObject(value)) return [];
  return Object.entries(value).flatMap(([k, v]) => placeholderPaths(v, path ? `${path}.${k}` : k));
}

/** Writing the placeholder back would make it the real token or key: refuse, naming where it is. */
function refusePlaceholder(input: unknown, what: string): void {
  const paths = placeholderPaths(input);
  if (paths.length) {
    throw invalidRequest(
      `${what} holds ${REDACTED} at ${paths.join(", ")}: that is the placeholder config.get shows instead of a secret, not a value; ` +
        "leave those keys out of a patch, or put the real values back in the text you apply",
      { details: { code: "REDACTED_PLACEHOLDER", paths } },
    );
  }
}

/** Validates `text` as the config file would be read (in memory, includes relative to `path`). */
function validateCandidate(path: string, text: string, plugins: readonly PluginEntry[]): void {
  let loaded;
  try {
    loaded = loadConfigText(path, text);
  } catch (err) {
    throw invalidRequest(err instanceof ConfigFileError ? err.message : (err as Error).message);
  }
  const { issues } = validateConfig(loaded.raw, plugins);
  if (issues.length) {
    throw invalidRequest(`invalid config, nothing was written: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`, { details: { issues } });
  }
}

/** The critical section: re-read, check the hash, build, validate and write while no other writer of this file runs. */
function writeChecked(path: string, baseHash: string | undefined, build: (current: string) => string, plugins: readonly PluginEntry[]) {
  return withConfigWriteLock(path, async () => {
    const current = currentText(path);
    checkBaseHash(path, current, baseHash);
    const next = build(current);
    validateCandidate(path, next, plugins);
    ensurePrivateDir(dirname(path));
    await writeFileAtomic(path, next);
    return { path, hash: hashConfigText(next) };
  });
}

export async function patchConfig(path: string, rawPatch: string, baseHash: string | undefined, plugins: readonly PluginEntry[]) {
  const patch = parseJson5(rawPatch, "the patch");
  if (!isPlainObject(patch)) throw invalidRequest("the patch must be a JSON object (RFC 7386 merge patch)");
  refusePlaceholder(patch, "the patch");
  return writeChecked(path, baseHash, (text) => {
    const current = text.trim() ? parseJson5(text, `config ${path}`) : {};
    return `${JSON.stringify(applyMergePatch(current, patch), null, 2)}\n`;
  }, plugins);
}

export async function applyConfig(path: string, raw: string, baseHash: string | undefined, plugins: readonly PluginEntry[]) {
  const parsed = parseJson5(raw, "raw");
  if (!isPlainObject(parsed)) throw invalidRequest("raw must be a JSON5 object");
  refusePlaceholder(parsed, "raw");
  return writeChecked(path, baseHash, () => (raw.endsWith("\n") ? raw : `${raw}\n`), plugins);
}
