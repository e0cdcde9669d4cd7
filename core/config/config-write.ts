/**
 * `config.patch` (RFC 7386 merge patch) and `config.apply` (a whole new file): both refuse a stale
 * `baseHash`, validate the result exactly as start-up would (includes, ${VAR}, every owner's schema),
 * and only then replace the file atomically (0600). The running gateway picks the change up through
 * its watcher, hot or with an in-process restart.
 */
import { existsSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { randomBytes } from "node:crypto";
import JSON5 from "json5";
import { invalidRequest } from "../errors.js";
import { isPlainObject } from "../config-paths.js";
import { writeFileAtomic, ensurePrivateDir } from "../state.js";
import { loadConfigFile, ConfigFileError } from "./load.js";
import { validateConfig } from "./validate.js";
import { hashConfigText } from "./config-snapshot.js";
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
    return JSON5.parse(text);
  } catch (err) {
    throw invalidRequest(`${what} is not valid JSON5: ${(err as Error).message.replace(/^JSON5: /, "")}`);
  }
}

/** Validates `text` as the config file (in a sibling temp file, so relative includes resolve), then writes it. */
async function validateAndWrite(path: string, text: string, plugins: readonly PluginEntry[]): Promise<{ path: string; hash: string }> {
  ensurePrivateDir(dirname(path));
  const probe = join(dirname(path), `.openclaw-candidate-${randomBytes(4).toString("hex")}.json`);
  try {
    await writeFileAtomic(probe, text);
    let loaded;
    try {
      loaded = loadConfigFile(probe);
    } catch (err) {
      throw invalidRequest(err instanceof ConfigFileError ? err.message.split(probe).join(path) : (err as Error).message);
    }
    const { issues } = validateConfig(loaded.raw, plugins);
    if (issues.length) {
      throw invalidRequest(`invalid config, nothing was written: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`, { details: { issues } });
    }
  } finally {
    rmSync(probe, { force: true });
  }
  await writeFileAtomic(path, text);
  return { path, hash: hashConfigText(text) };
}

export async function patchConfig(path: string, rawPatch: string, baseHash: string | undefined, plugins: readonly PluginEntry[]) {
  const text = currentText(path);
  checkBaseHash(path, text, baseHash);
  const patch = parseJson5(rawPatch, "the patch");
  if (!isPlainObject(patch)) throw invalidRequest("the patch must be a JSON object (RFC 7386 merge patch)");
  const current = text.trim() ? parseJson5(text, `config ${path}`) : {};
  const next = applyMergePatch(current, patch);
  return validateAndWrite(path, `${JSON.stringify(next, null, 2)}\n`, plugins);
}

export async function applyConfig(path: string, raw: string, baseHash: string | undefined, plugins: readonly PluginEntry[]) {
  const text = currentText(path);
  checkBaseHash(path, text, baseHash);
  if (!isPlainObject(parseJson5(raw, "raw"))) throw invalidRequest("raw must be a JSON5 object");
  return validateAndWrite(path, raw.endsWith("\n") ? raw : `${raw}\n`, plugins);
}
