/**
 * The node's own allowlist for `system.run`: `<stateDir>/node/allowlist.json`
 * `{"version": 1, "commands": ["uname", "/usr/bin/git"]}`. Entries are bare names (looked up in
 * PATH) or absolute paths; a command is allowed when its executable resolves to the same file
 * as an entry. Re-read on every run, so edits apply at once; a missing file allows nothing.
 */
import { accessSync, constants, promises as fs, statSync } from "node:fs";
import { delimiter, isAbsolute, join } from "node:path";

export interface Allowlist {
  file: string;
  commands: string[];
  /** Why nothing is allowed (missing or broken file), when that is the case. */
  problem?: string;
}

export async function loadAllowlist(file: string): Promise<Allowlist> {
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch (err) {
    const missing = (err as NodeJS.ErrnoException).code === "ENOENT";
    return { file, commands: [], problem: missing ? `no allowlist file at ${file}` : `cannot read ${file}: ${(err as Error).message}` };
  }
  try {
    const data = JSON.parse(text) as { commands?: unknown };
    if (!Array.isArray(data.commands) || !data.commands.every((c) => typeof c === "string" && c.length > 0)) {
      return { file, commands: [], problem: `${file} must be {"version": 1, "commands": ["name or /absolute/path", …]}` };
    }
    return { file, commands: data.commands as string[] };
  } catch (err) {
    return { file, commands: [], problem: `${file} is not valid JSON (${(err as Error).message})` };
  }
}

/** Synchronous on purpose: a few stat calls cost microseconds, a thread-pool round trip each costs far more. */
function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path, { throwIfNoEntry: false })?.isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Resolves a bare name through PATH, or checks an absolute path; relative paths with a slash are refused. */
export async function which(name: string, pathEnv = process.env.PATH ?? ""): Promise<string | null> {
  if (isAbsolute(name)) return isExecutableFile(name) ? name : null;
  if (name.includes("/") || name.includes("\\") || name === "." || name === "..") return null;
  for (const dir of pathEnv.split(delimiter)) {
    if (!dir || !isAbsolute(dir)) continue;
    const candidate = join(dir, name);
    if (isExecutableFile(candidate)) return candidate;
  }
  return null;
}

const realpath = (p: string) => fs.realpath(p).catch(() => p);

/** The executable to spawn for `argv0` if the allowlist permits it, else null. */
export async function allowedExecutable(argv0: string, list: Allowlist): Promise<string | null> {
  const resolved = await which(argv0);
  if (!resolved) return null;
  const target = await realpath(resolved);
  for (const entry of list.commands) {
    const entryPath = await which(entry);
    if (entryPath && (await realpath(entryPath)) === target) return resolved;
  }
  return null;
}
