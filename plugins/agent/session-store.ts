/**
 * Sessions on disk, upstream layout: `<stateDir>/agents/<agentId>/sessions/sessions.json` maps a session key
 * to its current session id; each session's transcript is `<sessionId>.jsonl`, one JSON object per line,
 * appended (never rewritten). The index is replaced atomically. A torn last line (crash mid-append) is skipped.
 */
import { randomUUID } from "node:crypto";
import { appendFile, mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { ensurePrivateDir, readJsonFile, writeJsonAtomic, STATE_FILE_MODE } from "../../core/state.js";
import type { TranscriptMessage } from "./types.js";

export interface SessionEntry {
  sessionId: string;
  createdAt: number;
  updatedAt: number;
  channel?: string;
  model?: string;
  inputTokens?: number;
  outputTokens?: number;
}

interface LoadedSession {
  entry: SessionEntry;
  messages: TranscriptMessage[];
}

/** Transcripts kept in memory after first use (bounded; evicted ones are re-read from disk). */
const CACHE_LIMIT = 200;
/** Index changes within this window share one atomic write. */
const INDEX_WRITE_DELAY_MS = 50;

export class SessionStore {
  private readonly dir: string;
  private index: Record<string, SessionEntry> = {};
  private readonly cache = new Map<string, LoadedSession>();
  private indexWrite: Promise<void> = Promise.resolve();
  private indexTimer: NodeJS.Timeout | undefined;
  /** Transcripts whose last line was torn by a crash: the next append starts on a fresh line. */
  private readonly tornTail = new Set<string>();

  constructor(stateDir: string, readonly agentId: string) {
    this.dir = join(stateDir, "agents", agentId, "sessions");
  }

  private get indexPath(): string {
    return join(this.dir, "sessions.json");
  }

  /** Reads the index; an unreadable index fails loudly (and is left alone). */
  async load(): Promise<void> {
    this.index = await readJsonFile<Record<string, SessionEntry>>(this.indexPath, {});
  }

  keys(): string[] {
    return Object.keys(this.index);
  }

  entry(sessionKey: string): SessionEntry | undefined {
    return this.index[sessionKey];
  }

  /** The session's current transcript, creating the session on first use. */
  async open(sessionKey: string, channel?: string): Promise<LoadedSession> {
    const cached = this.cache.get(sessionKey);
    if (cached && cached.entry === this.index[sessionKey]) {
      this.cache.delete(sessionKey); // refresh LRU position
      this.cache.set(sessionKey, cached);
      return cached;
    }
    const entry = this.index[sessionKey];
    const session = entry ? { entry, messages: await this.readTranscript(entry.sessionId) } : await this.create(sessionKey, channel);
    this.remember(sessionKey, session);
    return session;
  }

  /** Starts a fresh transcript for the key (`/new`, `/reset`); the old file stays on disk. */
  async reset(sessionKey: string, channel?: string): Promise<LoadedSession> {
    const session = await this.create(sessionKey, channel);
    this.remember(sessionKey, session);
    return session;
  }

  async append(sessionKey: string, message: TranscriptMessage, usage?: { input: number; output: number; model?: string }): Promise<void> {
    const session = await this.open(sessionKey);
    session.messages.push(message);
    const line = JSON.stringify({ type: "message", id: randomUUID(), timestamp: new Date(message.timestamp).toISOString(), message });
    const lead = this.tornTail.delete(session.entry.sessionId) ? "\n" : "";
    await appendFile(this.transcriptPath(session.entry.sessionId), `${lead}${line}\n`, { mode: STATE_FILE_MODE });
    const entry = { ...session.entry, updatedAt: message.timestamp };
    if (usage) {
      entry.inputTokens = (entry.inputTokens ?? 0) + usage.input;
      entry.outputTokens = (entry.outputTokens ?? 0) + usage.output;
      if (usage.model) entry.model = usage.model;
    }
    session.entry = entry;
    this.index[sessionKey] = entry;
    this.saveIndex();
  }

  /** Writes a pending index change now and waits for every index write (used on dispose). */
  async flush(): Promise<void> {
    if (this.indexTimer) {
      clearTimeout(this.indexTimer);
      this.indexTimer = undefined;
      this.writeIndexNow();
    }
    await this.indexWrite;
  }

  private async create(sessionKey: string, channel?: string): Promise<LoadedSession> {
    ensurePrivateDir(this.dir);
    const now = Date.now();
    const entry: SessionEntry = { sessionId: randomUUID(), createdAt: now, updatedAt: now, ...(channel ? { channel } : {}) };
    const header = { type: "session", version: 1, id: entry.sessionId, sessionKey, timestamp: new Date(now).toISOString() };
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    await appendFile(this.transcriptPath(entry.sessionId), `${JSON.stringify(header)}\n`, { mode: STATE_FILE_MODE });
    this.index[sessionKey] = entry;
    this.saveIndex();
    return { entry, messages: [] };
  }

  private async readTranscript(sessionId: string): Promise<TranscriptMessage[]> {
    let text: string;
    try {
      text = await readFile(this.transcriptPath(sessionId), "utf8");
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return [];
      throw err;
    }
    if (text && !text.endsWith("\n")) this.tornTail.add(sessionId);
    const messages: TranscriptMessage[] = [];
    for (const line of text.split("\n")) {
      if (!line) continue;
      try {
        const record = JSON.parse(line) as { type?: string; message?: TranscriptMessage };
        if (record.type === "message" && record.message) messages.push(record.message);
      } catch {
        // A torn line from a crash mid-append: everything before it is intact.
      }
    }
    return messages;
  }

  private transcriptPath(sessionId: string): string {
    return join(this.dir, `${sessionId}.jsonl`);
  }

  private remember(sessionKey: string, session: LoadedSession): void {
    this.cache.set(sessionKey, session);
    if (this.cache.size > CACHE_LIMIT) this.cache.delete(this.cache.keys().next().value as string);
  }

  /**
   * The transcript (appended first) is the record; the index only maps keys to transcripts. Its atomic
   * rewrite (fsync + rename) is coalesced off the request path: one write per burst of changes.
   */
  private saveIndex(): void {
    this.indexTimer ??= setTimeout(() => {
      this.indexTimer = undefined;
      this.writeIndexNow();
    }, INDEX_WRITE_DELAY_MS);
  }

  private writeIndexNow(): void {
    // Writes are chained so an older snapshot never lands after a newer one.
    const snapshot = { ...this.index };
    this.indexWrite = this.indexWrite.catch(() => undefined).then(() => writeJsonAtomic(this.indexPath, snapshot));
    this.indexWrite.catch(() => undefined);
  }
}
