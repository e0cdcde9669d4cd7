/** The state directory and crash-safe file writes (temp file, fsync, rename; 0600 files, 0700 dirs). */
import { promises as fs, mkdirSync, chmodSync, existsSync, readFileSync } from "node:fs";
import { dirname, join, basename } from "node:path";
import { randomBytes } from "node:crypto";

export const STATE_DIR_MODE = 0o700;
export const STATE_FILE_MODE = 0o600;

/** Creates the directory (and parents) with 0700 if missing; tightens an existing one. */
export function ensurePrivateDir(dir: string): void {
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true, mode: STATE_DIR_MODE });
  try {
    chmodSync(dir, STATE_DIR_MODE);
  } catch {
    // Not ours to change (e.g. a shared mount); the files inside stay 0600.
  }
}

/** `.<name>.<pid>.<8 hex>.tmp`: the temp file of an atomic write, named so a later start can tell whose it was. */
export const ATOMIC_TEMP_NAME = /^\.(.+)\.(\d+)\.[0-9a-f]{8}\.tmp$/;

const tempPathFor = (path: string) => join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);

/**
 * Writes `data` so that a crash at any point leaves either the old or the new content:
 * write a sibling temp file, fsync it, rename it over the target, fsync the directory.
 * A failed write removes its temp file; one left by a crash is swept at the next start (stale-temps.ts).
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array, mode = STATE_FILE_MODE): Promise<void> {
  const dir = dirname(path);
  const tmp = tempPathFor(path);
  const handle = await fs.open(tmp, "wx", mode);
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(tmp, path);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw err;
  }
  const dirHandle = await fs.open(dir, "r").catch(() => undefined);
  if (dirHandle) {
    await dirHandle.sync().catch(() => undefined);
    await dirHandle.close();
  }
}

export async function writeJsonAtomic(path: string, value: unknown): Promise<void> {
  await writeFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`);
}

/**
 * Reads a JSON state file. Missing → `fallback`. Unreadable or unparsable → throws, so that
 * callers never overwrite a damaged file with defaults.
 */
export async function readJsonFile<T>(path: string, fallback: T): Promise<T> {
  let text: string;
  try {
    text = await fs.readFile(path, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return fallback;
    throw err;
  }
  return parseStateJson<T>(path, text);
}

/**
 * `readJsonFile` without the thread-pool round trip, for a plugin's one read of its index at setup:
 * there an await only hands the event loop to other start-up work in the middle of that setup.
 */
export function readJsonFileSync<T>(path: string, fallback: T): T {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return fallback;
    throw err;
  }
  return parseStateJson<T>(path, text);
}

function parseStateJson<T>(path: string, text: string): T {
  try {
    return JSON.parse(text) as T;
  } catch (err) {
    throw new Error(`${path} is not valid JSON (${(err as Error).message}); fix or move it away — it was left untouched`);
  }
}
