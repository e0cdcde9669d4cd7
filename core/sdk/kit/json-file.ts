/**
 * One JSON document on disk, written atomically (temp file, fsync, rename; 0600). Writes are
 * serialized, and writes requested while one is running share the next one (which takes the
 * latest value). A file that cannot be parsed is never overwritten: `read` throws and says so.
 */
import { dirname } from "node:path";
import { ensurePrivateDir, readJsonFile, readJsonFileSync, writeJsonAtomic } from "../../state.js";

export class JsonFile<T> {
  private writing: Promise<void> = Promise.resolve();
  private queued: Promise<void> | null = null;
  private pending?: () => T;

  constructor(readonly path: string) {}

  /** The parsed file, or `fallback` when it does not exist; throws when it cannot be read or parsed. */
  read(fallback: T): Promise<T> {
    return readJsonFile<T>(this.path, fallback);
  }

  /** `read` without the thread-pool round trip: for the one read at a plugin's setup. */
  readSync(fallback: T): T {
    return readJsonFileSync<T>(this.path, fallback);
  }

  /** Writes `value()` (evaluated when the write starts); resolves once a write that includes this call's value is on disk. */
  write(value: () => T): Promise<void> {
    this.pending = value;
    if (this.queued) return this.queued;
    const run = this.writing.then(() => {
      this.queued = null;
      const next = this.pending as () => T;
      ensurePrivateDir(dirname(this.path));
      return writeJsonAtomic(this.path, next());
    });
    this.queued = run;
    this.writing = run.catch(() => undefined);
    return run;
  }

  /** Resolves when every requested write has finished (or failed). */
  flush(): Promise<void> {
    return this.writing;
  }
}

/** Runs async read-modify-write sections for one key one after another. */
export class KeyedMutex {
  private tails = new Map<string, Promise<unknown>>();

  run<R>(key: string, fn: () => Promise<R>): Promise<R> {
    const prev = this.tails.get(key) ?? Promise.resolve();
    const next = prev.then(fn, fn);
    const tail = next.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return next;
  }
}
