/**
 * One agent's transcripts on disk and in the shared cache. A session's transcript is its current segment `<sessionId>.jsonl` (the upstream
 * layout) plus, once that grew past the rotation size, archived segments `<sessionId>.1.jsonl`,
 * `<sessionId>.2.jsonl`, … (oldest first; names never change once written). Nothing is ever rewritten:
 * rotation is a rename; a transcript is deleted only when its session is pruned (`remove`). Appends, rotations, reads and the cache updates that go with them run one
 * at a time per session, so a reader never sees a rotation half done and the cache always holds a true suffix.
 */
import { randomUUID } from "node:crypto";
import { appendFile, mkdir, open, readdir, rename, unlink } from "node:fs/promises";
import { basename, join } from "node:path";
import { ensurePrivateDir, STATE_FILE_MODE } from "../../core/sdk/plugin.js";
import { countMessageLines, linesBackwards, parseRecord } from "./transcript-reader.js";
import { TailCollector, type TailQuery } from "./tail-query.js";
import type { TranscriptCache } from "./transcript-cache.js";
import type { TranscriptMessage } from "./contract.js";

export interface TranscriptsOptions {
  dir: string;
  cache: TranscriptCache;
  /** A segment that would grow past this many bytes is archived first (unless it holds no message yet). */
  rotateBytes: number;
  /** Told after each rotation (for the log). */
  onRotate?(sessionId: string, archivedAs: string): void;
}

interface FileState {
  /** Bytes in the current segment. */
  size: number;
  /** How many archived segments exist. */
  archives: number;
  /** The current segment ends mid-line (a crash mid-append): the next append starts on a fresh line. */
  tornTail: boolean;
  /** The current segment holds no message yet, so rotating it would only archive a header. */
  empty: boolean;
}

/** File states kept between operations (each is re-read from disk when dropped). */
const STATE_LIMIT = 1000;

export class Transcripts {
  private readonly states = new Map<string, FileState>();
  private readonly locks = new Map<string, Promise<unknown>>();

  constructor(private readonly options: TranscriptsOptions) {}

  /** Starts a transcript: its current segment with the header line. */
  create(sessionId: string, header: Record<string, unknown>): Promise<void> {
    return this.exclusive(sessionId, async () => {
      ensurePrivateDir(this.options.dir);
      await mkdir(this.options.dir, { recursive: true, mode: 0o700 });
      const text = `${JSON.stringify(header)}\n`;
      await appendFile(this.currentPath(sessionId), text, { mode: STATE_FILE_MODE });
      this.remember(sessionId, { size: Buffer.byteLength(text), archives: 0, tornTail: false, empty: true });
      this.options.cache.put(sessionId, [], true);
    });
  }

  /** Appends one message, archiving the current segment first when its line would overflow it. */
  append(sessionId: string, sessionKey: string, message: TranscriptMessage): Promise<void> {
    return this.exclusive(sessionId, async () => {
      const state = await this.state(sessionId);
      const line = JSON.stringify({ type: "message", id: randomUUID(), timestamp: new Date(message.timestamp).toISOString(), message });
      const text = `${state.tornTail ? "\n" : ""}${line}\n`;
      const bytes = Buffer.byteLength(text);
      try {
        if (!state.empty && state.size + bytes > this.options.rotateBytes) await this.rotate(sessionId, sessionKey, state);
        await appendFile(this.currentPath(sessionId), text, { mode: STATE_FILE_MODE });
      } catch (err) {
        this.states.delete(sessionId); // what is on disk now is not known: the next operation looks again
        throw err;
      }
      state.size += bytes;
      state.tornTail = false;
      state.empty = false;
      this.options.cache.append(sessionId, { message, bytes: Buffer.byteLength(line) + 1 });
    });
  }

  /** The newest messages the query asks for, oldest first: from the cache when it holds enough, else read backwards across segments. */
  tail(sessionId: string, query: TailQuery): Promise<TranscriptMessage[]> {
    return this.exclusive(sessionId, async () => {
      const cached = this.options.cache.query(sessionId, query);
      if (cached) return cached;
      const collector = new TailCollector(query);
      const complete = await this.readBackwards(sessionId, collector);
      this.options.cache.put(sessionId, [...collector.taken].reverse(), complete);
      return collector.messages();
    });
  }

  /** Messages in every segment (streamed: memory holds one line at a time). */
  count(sessionId: string): Promise<number> {
    return this.exclusive(sessionId, async () => {
      let total = 0;
      for (const path of await this.segmentsNewestFirst(sessionId)) total += await countMessageLines(path);
      return total;
    });
  }

  /** Deletes these transcripts (every segment; one directory listing for all) and forgets them; files already gone are fine. */
  async remove(sessionIds: readonly string[]): Promise<void> {
    const names = await readdir(this.options.dir).catch((err: NodeJS.ErrnoException) => {
      if (err.code === "ENOENT") return [] as string[];
      throw err;
    });
    const files = new Map<string, string[]>(sessionIds.map((id) => [id, []]));
    for (const name of names) {
      const id = /^(.+?)(?:\.\d+)?\.jsonl$/.exec(name)?.[1];
      if (id !== undefined) files.get(id)?.push(name);
    }
    for (const [sessionId, own] of files) {
      await this.exclusive(sessionId, async () => {
        this.states.delete(sessionId);
        this.options.cache.drop(sessionId);
        for (const name of own) {
          await unlink(join(this.options.dir, name)).catch((err: NodeJS.ErrnoException) => {
            if (err.code !== "ENOENT") throw err;
          });
        }
      });
    }
  }

  /** Feeds the collector messages newest first until it is satisfied; true when it saw every message. */
  private async readBackwards(sessionId: string, collector: TailCollector): Promise<boolean> {
    for (const path of await this.segmentsNewestFirst(sessionId)) {
      for await (const line of linesBackwards(path)) {
        const record = parseRecord(line);
        if (record && !collector.offer(record)) return false;
      }
    }
    return true;
  }

  private async rotate(sessionId: string, sessionKey: string, state: FileState): Promise<void> {
    const archived = this.archivePath(sessionId, state.archives + 1);
    await rename(this.currentPath(sessionId), archived);
    state.archives++;
    // A crash here leaves no current segment: the next append simply starts one (without this header).
    const header = { type: "session", version: 1, id: sessionId, sessionKey, timestamp: new Date().toISOString(), segment: state.archives + 1, continues: basename(archived) };
    const text = `${JSON.stringify(header)}\n`;
    await appendFile(this.currentPath(sessionId), text, { mode: STATE_FILE_MODE });
    Object.assign(state, { size: Buffer.byteLength(text), tornTail: false, empty: true });
    this.options.onRotate?.(sessionId, basename(archived));
  }

  /** Missing older segments (removed by hand) are simply not there to read: the history then starts later. */
  private async segmentsNewestFirst(sessionId: string): Promise<string[]> {
    const { archives } = await this.state(sessionId);
    const paths = [this.currentPath(sessionId)];
    for (let n = archives; n >= 1; n--) paths.push(this.archivePath(sessionId, n));
    return paths;
  }

  private async state(sessionId: string): Promise<FileState> {
    const known = this.states.get(sessionId);
    if (known) return known;
    const state: FileState = { size: 0, archives: await this.highestArchive(sessionId), tornTail: false, empty: true };
    const handle = await open(this.currentPath(sessionId), "r").catch((err: NodeJS.ErrnoException) => {
      if (err.code === "ENOENT") return undefined;
      throw err;
    });
    if (handle) {
      try {
        state.size = (await handle.stat()).size;
        state.empty = false; // not known without reading it; at worst a rotation archives a header alone
        if (state.size > 0) {
          const last = Buffer.alloc(1);
          await handle.read(last, 0, 1, state.size - 1);
          state.tornTail = last[0] !== 0x0a;
        }
      } finally {
        await handle.close();
      }
    }
    this.remember(sessionId, state);
    return state;
  }

  /** The newest archived segment's number (0: none). Taken from the directory, so a removed older segment leaves no hole in the numbering. */
  private async highestArchive(sessionId: string): Promise<number> {
    const names = await readdir(this.options.dir).catch((err: NodeJS.ErrnoException) => {
      if (err.code === "ENOENT") return [] as string[];
      throw err;
    });
    const prefix = `${sessionId}.`;
    let highest = 0;
    for (const name of names) {
      const n = name.startsWith(prefix) ? /^(\d+)\.jsonl$/.exec(name.slice(prefix.length)) : null;
      if (n) highest = Math.max(highest, Number(n[1]));
    }
    return highest;
  }

  private remember(sessionId: string, state: FileState): void {
    this.states.delete(sessionId);
    this.states.set(sessionId, state);
    if (this.states.size > STATE_LIMIT) this.states.delete(this.states.keys().next().value as string);
  }

  private exclusive<T>(sessionId: string, work: () => Promise<T>): Promise<T> {
    const run = (this.locks.get(sessionId) ?? Promise.resolve()).then(work);
    const settled = run.catch(() => undefined);
    this.locks.set(sessionId, settled);
    void settled.then(() => {
      if (this.locks.get(sessionId) === settled) this.locks.delete(sessionId);
    });
    return run;
  }

  private currentPath(sessionId: string): string {
    return join(this.options.dir, `${sessionId}.jsonl`);
  }

  private archivePath(sessionId: string, n: number): string {
    return join(this.options.dir, `${sessionId}.${n}.jsonl`);
  }
}
