/**
 * Temp files that a crash left behind: an atomic write's `.<name>.<pid>.<hex>.tmp` (state.ts) holds a
 * whole state or config file, secrets included, so it must not outlive the process that wrote it.
 * Only our own naming pattern is touched, and only in the directories we are given.
 */
import { promises as fs } from "node:fs";
import { basename, dirname, join } from "node:path";
import { ATOMIC_TEMP_NAME } from "./state.js";

/** Candidate configs of earlier versions, validated on disk beside the config (now validated in memory). */
const LEGACY_CONFIG_PROBE = /^\.openclaw-candidate-[0-9a-f]{8}\.json$/;
/** No atomic write takes this long: a temp this old is stale even if its pid now names a live process. */
const MAX_WRITE_AGE_MS = 60 * 60 * 1000;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

const startedAt = () => Date.now() - process.uptime() * 1000;

/** Whether the temp file `name` (modified at `mtimeMs`) belongs to no write in progress. */
function isStale(name: string, mtimeMs: number): boolean {
  if (LEGACY_CONFIG_PROBE.test(name)) return true;
  const match = ATOMIC_TEMP_NAME.exec(name);
  if (!match) return false;
  const pid = Number(match[2]);
  if (Date.now() - mtimeMs > MAX_WRITE_AGE_MS) return true;
  // Our own pid on a file older than this process: a previous run with the same pid (usual in containers).
  if (pid === process.pid) return mtimeMs < startedAt();
  return !alive(pid);
}

async function removeIfStale(path: string): Promise<boolean> {
  try {
    const st = await fs.lstat(path);
    if (!st.isFile() || !isStale(basename(path), st.mtimeMs)) return false;
    await fs.rm(path, { force: true });
    return true;
  } catch {
    return false; // gone already, or not ours to touch
  }
}

const looksLikeTemp = (name: string) => ATOMIC_TEMP_NAME.test(name) || LEGACY_CONFIG_PROBE.test(name);

/** Removes the stale temp files of one target file (its siblings `.<name>.<pid>.<hex>.tmp`); returns their paths. */
export async function removeStaleTempsOf(path: string): Promise<string[]> {
  const dir = dirname(path);
  const prefix = `.${basename(path)}.`;
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    if (name.startsWith(prefix) && ATOMIC_TEMP_NAME.test(name) && (await removeIfStale(join(dir, name)))) removed.push(join(dir, name));
  }
  return removed;
}

/**
 * Removes stale temp files in `dir` and, down to `depth` levels, its subdirectories (symlinks are not
 * followed); returns their paths. Meant for start-up, once the state-dir lock is held.
 */
export async function sweepStaleTemps(dir: string, depth: number): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
  const removed: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && depth > 0) removed.push(...(await sweepStaleTemps(path, depth - 1)));
    else if (entry.isFile() && looksLikeTemp(entry.name) && (await removeIfStale(path))) removed.push(path);
  }
  return removed;
}
