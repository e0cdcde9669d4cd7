/**
 * The per-turn usage log: one JSON line per provider call at `<stateDir>/agents/<agentId>/usage/usage.jsonl`,
 * appended, never rewritten. Bounded: when the file would pass MAX_FILE_BYTES it becomes `usage.1.jsonl`
 * (replacing the previous one), so at most two files exist. The records are read into memory only when a
 * usage query asks (at most MAX_RECORDS of them), kept up to date while queries keep coming, and let go
 * RELEASE_AFTER_MS after the last one: appending a record never loads the file, so a busy gateway nobody
 * asks for usage does not carry tens of thousands of records. Aggregates by session, agent, model and day
 * are computed from these records (usage-methods.ts).
 */
import { appendFile, readFile, rename, stat } from "node:fs/promises";
import { join } from "node:path";
import { ensurePrivateDir, STATE_FILE_MODE } from "../../core/sdk/plugin.js";
import type { UsageCost } from "./pricing.js";

export interface UsageRecord {
  /** Epoch ms of the call's end. */
  ts: number;
  agentId: string;
  sessionKey: string;
  sessionId: string;
  runId: string;
  provider: string;
  model: string;
  input: number;
  output: number;
  cacheRead: number;
  cacheWrite: number;
  total: number;
  /** USD at the configured price; absent when the model has no price (tokens only). */
  cost?: UsageCost;
  /** Tools the call asked for, one name per tool call (absent: none, or a record written before they were kept). */
  tools?: string[];
}

const MAX_FILE_BYTES = 8 * 1024 * 1024;
const MAX_RECORDS = 50_000;
/** Loaded records are dropped this long after the last query (the next one reads the files again). */
const RELEASE_AFTER_MS = 2 * 60_000;

export class UsageLog {
  private records: UsageRecord[] | undefined;
  private loading: Promise<UsageRecord[]> | undefined;
  private releaseTimer: NodeJS.Timeout | undefined;
  private writes: Promise<void> = Promise.resolve();
  /** Appends waiting behind the write in progress: they leave together, in one append, when it is done. */
  private open: { records: UsageRecord[]; text: string; done?: Promise<void> } | undefined;
  /** Bytes in usage.jsonl as far as our own appends tell (undefined: not known yet, stat it). */
  private size: number | undefined;
  private dirReady = false;
  private readonly dir: string;

  constructor(stateDir: string, agentId: string) {
    this.dir = join(stateDir, "agents", agentId, "usage");
  }

  private get path(): string {
    return join(this.dir, "usage.jsonl");
  }

  /** Appends records, in order with earlier appends (added to the loaded records too, when they are loaded). */
  append(records: readonly UsageRecord[]): Promise<void> {
    if (!records.length) return this.writes;
    const text = records.map((r) => JSON.stringify(r)).join("\n") + "\n";
    // While a write is in progress, later appends join one batch (busy gateways write once per batch, not per turn).
    if (this.open) {
      this.open.records.push(...records);
      this.open.text += text;
      return this.open.done!;
    }
    const batch: { records: UsageRecord[]; text: string; done?: Promise<void> } = { records: [...records], text };
    this.open = batch;
    this.writes = this.writes
      .catch(() => undefined)
      .then(async () => {
        if (this.open === batch) this.open = undefined; // appends from now on start the next batch
        if (this.records) this.keep(batch.records);
        await this.write(batch.text);
      });
    batch.done = this.writes;
    return this.writes;
  }

  /** Every kept record, oldest first (read from disk after the pending appends, when not loaded). */
  async all(): Promise<readonly UsageRecord[]> {
    this.armRelease();
    if (this.records) return this.records;
    if (!this.loading) {
      // Loading is queued behind the appends, and later appends behind it: none is missed or counted twice.
      const loading = this.writes
        .catch(() => undefined)
        .then(() => this.load())
        .then((loaded) => (this.records = loaded))
        .finally(() => (this.loading = undefined));
      this.loading = loading;
      this.writes = loading.then(() => undefined, () => undefined);
      this.open = undefined; // appends from now on are written after the load, and kept by it
    }
    return this.loading;
  }

  private armRelease(): void {
    clearTimeout(this.releaseTimer);
    this.releaseTimer = setTimeout(() => {
      this.releaseTimer = undefined;
      this.records = undefined;
    }, RELEASE_AFTER_MS);
    this.releaseTimer.unref();
  }

  /** Waits for pending appends (dispose). */
  flush(): Promise<void> {
    clearTimeout(this.releaseTimer);
    return this.writes.catch(() => undefined);
  }

  private keep(records: readonly UsageRecord[]): void {
    const list = this.records!;
    list.push(...records);
    if (list.length > MAX_RECORDS) list.splice(0, list.length - MAX_RECORDS);
  }

  private async write(text: string): Promise<void> {
    if (!this.dirReady) {
      ensurePrivateDir(this.dir);
      this.dirReady = true;
    }
    const bytes = Buffer.byteLength(text);
    // The file's size is stat'ed once, then counted; it is stat'ed again before a rotation, in case it moved.
    this.size ??= await this.fileSize();
    if (this.size > 0 && this.size + bytes > MAX_FILE_BYTES) {
      this.size = await this.fileSize();
      if (this.size > 0 && this.size + bytes > MAX_FILE_BYTES) {
        await rename(this.path, join(this.dir, "usage.1.jsonl"));
        this.size = 0;
      }
    }
    try {
      await appendFile(this.path, text, { mode: STATE_FILE_MODE });
    } catch (err) {
      this.size = undefined;
      if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
      ensurePrivateDir(this.dir); // the directory was removed since: recreate it, as the first write did
      await appendFile(this.path, text, { mode: STATE_FILE_MODE });
    }
    if (this.size !== undefined) this.size += bytes; // after a failed first try it is stat'ed again next time
  }

  private fileSize(): Promise<number> {
    return stat(this.path).then((s) => s.size, () => 0);
  }

  private async load(): Promise<UsageRecord[]> {
    const out: UsageRecord[] = [];
    for (const file of ["usage.1.jsonl", "usage.jsonl"]) {
      const text = await readFile(join(this.dir, file), "utf8").catch((err: NodeJS.ErrnoException) => {
        if (err.code === "ENOENT") return "";
        throw err;
      });
      for (const line of text.split("\n")) {
        if (!line.trim()) continue;
        try {
          const r = JSON.parse(line) as UsageRecord;
          if (typeof r.ts === "number" && typeof r.total === "number") out.push(r);
        } catch {
          // a line torn by a crash is skipped; the others stand
        }
      }
    }
    return out.length > MAX_RECORDS ? out.slice(out.length - MAX_RECORDS) : out;
  }
}
