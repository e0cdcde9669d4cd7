/**
 * A JSON object file (`{key: record}`) held in memory and written atomically. Saves are serialized
 * (a save never races an older one to the rename) and coalesced (saves requested while one is
 * writing share the next write, which takes the latest state). An unreadable file fails `load()`
 * and is never overwritten.
 */
import { readdirSync } from "node:fs";
import { basename, dirname } from "node:path";
import { ensurePrivateDir, readJsonFileSync, writeJsonAtomic } from "../../state.js";
import { removeStaleTempsOf } from "../../stale-temps.js";

export class JsonMapFile<T> {
  readonly map = new Map<string, T>();
  private writing: Promise<void> = Promise.resolve();
  private queued: Promise<void> | null = null;
  private loaded = false;
  /** Whether this file's folder is known to exist (with 0700). */
  private dirReady = false;

  constructor(readonly path: string) {}

  async load(): Promise<void> {
    const dir = dirname(this.path);
    const names = listFolder(dir);
    if (!names) {
      // Nothing was ever saved here (a fresh install): no file to read, no temp to sweep. The folder
      // is created by the first save, so a plugin that never stores anything leaves none behind.
      this.map.clear();
      this.loaded = true;
      return;
    }
    ensurePrivateDir(dir);
    this.dirReady = true;
    // Read synchronously (once, at a plugin's setup: an await would hand the event loop to other
    // start-up work in the middle of it). Temps left by a writer killed mid-write are other files,
    // swept only when the folder has one.
    const data = readJsonFileSync<unknown>(this.path, {});
    const tempPrefix = `.${basename(this.path)}.`;
    if (names.some((name) => name.startsWith(tempPrefix))) await removeStaleTempsOf(this.path);
    if (typeof data !== "object" || data === null || Array.isArray(data)) {
      throw new Error(`${this.path} must hold a JSON object; fix or move it away — it was left untouched`);
    }
    this.map.clear();
    for (const [k, v] of Object.entries(data)) this.map.set(k, v as T);
    this.loaded = true;
  }

  /** Writes the current map; resolves when a write that includes every change made before the call is on disk. */
  save(): Promise<void> {
    if (!this.loaded) return Promise.reject(new Error(`${this.path} was not loaded; refusing to overwrite it`));
    if (this.queued) return this.queued;
    const run = this.writing.then(() => {
      this.queued = null;
      if (!this.dirReady) {
        ensurePrivateDir(dirname(this.path));
        this.dirReady = true;
      }
      return writeJsonAtomic(this.path, Object.fromEntries(this.map));
    });
    this.queued = run;
    this.writing = run.catch(() => undefined);
    return run;
  }

  /** Resolves when every requested save has finished (or failed). */
  flush(): Promise<void> {
    return this.writing;
  }
}

/** The folder's entry names, or undefined when it does not exist. */
function listFolder(dir: string): string[] | undefined {
  try {
    return readdirSync(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw err;
  }
}
