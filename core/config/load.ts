/**
 * Reads the config: the main JSON5 file through cosmiconfig (with a JSON5 loader), then `$include`s,
 * then `${VAR}` substitution. A missing file is an empty config; an empty (or whitespace-only),
 * unreadable or unparsable one is an error naming the file (and line/column): a truncated file must
 * never turn into "all defaults" (a fresh token, every client dropped). The file is never written here.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { parseJson5Text } from "./json5.js";
import { resolveIncludes, ConfigIncludeError } from "./includes.js";
import { substituteEnv, ConfigEnvError } from "./env-subst.js";
import type { Env } from "./paths.js";

export interface LoadedConfigFile {
  path: string;
  exists: boolean;
  /** The main file's text ("" when missing). */
  text: string;
  /** The config after includes and substitution. */
  raw: unknown;
  /** Main file and every included file (what a watcher should watch). */
  files: string[];
}

export class ConfigFileError extends Error {
  constructor(readonly path: string, message: string, readonly reason: "empty" | "invalid" = "invalid") {
    super(message);
    this.name = "ConfigFileError";
  }
}

function refuseEmpty(path: string, text: string, what: string): void {
  if (text.trim()) return;
  const size = text.length ? `only whitespace, ${text.length} bytes` : "0 bytes";
  throw new ConfigFileError(path, `${what} ${path} is empty (${size}): restore its content, or write {} to mean "all defaults"`, "empty");
}

function parseJson5(path: string, text: string, what = "config"): unknown {
  refuseEmpty(path, text, what);
  try {
    return parseJson5Text(text);
  } catch (err) {
    const e = err as Error & { lineNumber?: number; columnNumber?: number };
    const where = e.lineNumber ? ` at line ${e.lineNumber}, column ${e.columnNumber}` : "";
    throw new ConfigFileError(path, `config ${path} is not valid JSON5${where}: ${e.message.replace(/^JSON5: /, "")}`);
  }
}

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ConfigFileError(path, code === "ENOENT" ? `${what} ${path} does not exist` : `cannot read ${what} ${path}: ${(err as Error).message}`);
  }
}

type Explorer = { load(path: string): { config: unknown; isEmpty?: boolean } | null };
let explorer: Explorer | undefined;

/** cosmiconfig is loaded only when a config file exists, keeping it off a bare start-up. */
function configExplorer(): Explorer {
  if (!explorer) {
    const require = createRequire(import.meta.url);
    const { cosmiconfigSync } = require("cosmiconfig") as typeof import("cosmiconfig");
    const json5Loader = (path: string, content: string) => parseJson5(path, content);
    explorer = cosmiconfigSync("openclaw", { cache: false, loaders: { ".json": json5Loader, ".json5": json5Loader, noExt: json5Loader } });
  }
  return explorer;
}

export function loadConfigFile(path: string, env: Env = process.env): LoadedConfigFile {
  if (!existsSync(path)) return { path, exists: false, text: "", raw: {}, files: [path] };
  const text = readText(path, "config");
  refuseEmpty(path, text, "config");
  let parsed: unknown;
  try {
    const result = configExplorer().load(path);
    // cosmiconfig reads the file again: it may have been truncated in between.
    if (!result || result.isEmpty) refuseEmpty(path, "", "config");
    parsed = result?.config ?? {};
  } catch (err) {
    if (err instanceof ConfigFileError) throw err;
    throw new ConfigFileError(path, `cannot load config ${path}: ${(err as Error).message}`);
  }
  return resolveParsed(path, text, parsed, env);
}

/**
 * `text` read as if it were the config file at `path` (includes resolve relative to it), without
 * writing it anywhere: how a candidate config is checked before it replaces the file.
 */
export function loadConfigText(path: string, text: string, env: Env = process.env): LoadedConfigFile {
  return resolveParsed(path, text, parseJson5(path, text), env);
}

function resolveParsed(path: string, text: string, parsed: unknown, env: Env): LoadedConfigFile {
  const files = new Set([path]);
  try {
    const included = resolveIncludes(parsed, path, { files, read: (p) => parseJson5(p, readText(p, "included file"), "included file") });
    return { path, exists: true, text, raw: substituteEnv(included, env), files: [...files] };
  } catch (err) {
    if (err instanceof ConfigFileError) throw err;
    if (err instanceof ConfigIncludeError) throw new ConfigFileError(err.file, err.message);
    if (err instanceof ConfigEnvError) throw new ConfigFileError(path, `config ${path}: ${err.message}`);
    throw err;
  }
}
