/**
 * Sessions on disk, upstream layout: `<stateDir>/agents/<agentId>/sessions/sessions.json` maps a session key
 * to its current session id; each session's transcript is `<sessionId>.jsonl` (plus archived segments once it
 * grows past the rotation size, see transcripts.ts), one JSON object per line, appended (never rewritten).
 * The index is replaced atomically. Transcripts are never loaded whole: a request reads only the newest
 * messages it needs, through a byte-bounded cache shared by every agent.
 */
import { randomUUID } from "node:crypto";
import { join } from "node:path";
import { readJsonFileSync, writeJsonAtomic } from "../../core/sdk/plugin.js";
import { Transcripts } from "./transcripts.js";
import type { TailQuery } from "./tail-query.js";
import type { TranscriptCache } from "./transcript-cache.js";
import type { TranscriptMessage } from "./contract.js";

export interface SessionEntry {
  sessionId: string;
  createdAt: number;
  updatedAt: number;
  channel?: string;
  model?: string;
  /** Provider id of `model` (upstream's name). */
  modelProvider?: string;
  /** Token counts summed over the session's turns (upstream's SessionEntry names). */
  inputTokens?: number;
  outputTokens?: number;
  cacheRead?: number;
  cacheWrite?: number;
  /** The context after the latest reply (its last call's prompt + output), as upstream uses it. */
  totalTokens?: number;
  totalTokensFresh?: boolean;
  /** USD summed over the turns whose model has a price. */
  estimatedCostUsd?: number;
  /** Set by the user (sessions.patch): the session's title. */
  label?: string;
  /** A model chosen for this session (sessions.patch), shown as the session's model. */
  modelOverride?: string;
  archived?: boolean;
  pinned?: boolean;
}

/** What one turn adds to its session entry. */
export interface TurnUsageUpdate {
  input: number;
  output: number;
  cacheRead?: number;
  cacheWrite?: number;
  /** The last call's context size (see SessionEntry.totalTokens). */
  contextTokens?: number;
  costUsd?: number;
  model?: string;
  provider?: string;
}

/** The user-settable fields of a session entry (sessions.patch); `null` clears one. */
export interface SessionPatch {
  label?: string | null;
  modelOverride?: string | null;
  archived?: boolean;
  pinned?: boolean;
}

export interface SessionStoreOptions {
  cache: TranscriptCache;
  /** Size at which a transcript segment is archived and a new one started. */
  rotateBytes: number;
  onRotate?(sessionId: string, archivedAs: string): void;
}

/**
 * Index changes within this window share one atomic write. Each write serialises the whole index (about
 * 350 bytes per session, pretty-printed), so a busy gateway — a dozen turns a second, several index changes
 * per turn — wrote hundreds of KB of JSON 20 times a second with a 50 ms window, and V8 kept an old
 * generation twice the live heap to absorb it. A crash loses at most this window of index changes; the
 * transcripts, appended first, are complete.
 */
const INDEX_WRITE_DELAY_MS = 1_000;

export class SessionStore {
  private readonly dir: string;
  private readonly transcripts: Transcripts;
  private index: Record<string, SessionEntry> = {};
  /** The write under way (at most one); it writes again while changes keep arriving. */
  private indexWrite: Promise<void> | undefined;
  private indexDirty = false;
  private indexTimer: NodeJS.Timeout | undefined;

  constructor(stateDir: string, readonly agentId: string, options: SessionStoreOptions) {
    this.dir = join(stateDir, "agents", agentId, "sessions");
    this.transcripts = new Transcripts({ dir: this.dir, cache: options.cache, rotateBytes: options.rotateBytes, onRotate: options.onRotate });
  }

  private get indexPath(): string {
    return join(this.dir, "sessions.json");
  }

  /** Reads the index (once, at setup, synchronously); an unreadable index fails loudly (and is left alone). */
  load(): void {
    this.index = readJsonFileSync<Record<string, SessionEntry>>(this.indexPath, {});
  }

  keys(): string[] {
    return Object.keys(this.index);
  }

  entry(sessionKey: string): SessionEntry | undefined {
    return this.index[sessionKey];
  }

  /** The session's entry, creating the session on first use. Reads no transcript. */
  async open(sessionKey: string, channel?: string): Promise<SessionEntry> {
    return this.index[sessionKey] ?? this.create(sessionKey, channel);
  }

  /** Starts a fresh transcript for the key (`/new`, `/reset`); the old files stay on disk. */
  async reset(sessionKey: string, channel?: string): Promise<SessionEntry> {
    const previous = this.index[sessionKey];
    const entry = await this.create(sessionKey, channel ?? previous?.channel);
    // The user's title and choices belong to the key, not to one transcript.
    if (previous) return this.patch(sessionKey, { label: previous.label, modelOverride: previous.modelOverride, pinned: previous.pinned }) ?? entry;
    return entry;
  }

  /** The newest messages of the session's transcript that the query asks for, oldest first. */
  tail(sessionId: string, query: TailQuery): Promise<TranscriptMessage[]> {
    return this.transcripts.tail(sessionId, query);
  }

  /** How many messages the session's transcript holds (all segments; streamed, never loaded whole). */
  countMessages(sessionId: string): Promise<number> {
    return this.transcripts.count(sessionId);
  }

  async append(sessionKey: string, message: TranscriptMessage, usage?: TurnUsageUpdate): Promise<void> {
    const current = await this.open(sessionKey);
    await this.transcripts.append(current.sessionId, sessionKey, message);
    const entry = { ...current, updatedAt: message.timestamp };
    if (usage) {
      entry.inputTokens = (entry.inputTokens ?? 0) + usage.input;
      entry.outputTokens = (entry.outputTokens ?? 0) + usage.output;
      if (usage.cacheRead) entry.cacheRead = (entry.cacheRead ?? 0) + usage.cacheRead;
      if (usage.cacheWrite) entry.cacheWrite = (entry.cacheWrite ?? 0) + usage.cacheWrite;
      if (usage.contextTokens !== undefined) Object.assign(entry, { totalTokens: usage.contextTokens, totalTokensFresh: true });
      if (usage.costUsd !== undefined) entry.estimatedCostUsd = (entry.estimatedCostUsd ?? 0) + usage.costUsd;
      if (usage.model) entry.model = usage.model;
      if (usage.provider) entry.modelProvider = usage.provider;
    }
    this.index[sessionKey] = entry;
    this.saveIndex();
  }

  /** Applies user-set fields to an existing session; undefined when the key has no session. */
  patch(sessionKey: string, patch: SessionPatch): SessionEntry | undefined {
    const current = this.index[sessionKey];
    if (!current) return undefined;
    const next: SessionEntry = { ...current, updatedAt: Date.now() };
    for (const field of ["label", "modelOverride", "archived", "pinned"] as const) {
      const value = patch[field];
      if (value === null) delete next[field];
      else if (value !== undefined) (next as unknown as Record<string, unknown>)[field] = value;
    }
    this.index[sessionKey] = next;
    this.saveIndex();
    return next;
  }

  /** Forgets the key (its transcript files stay on disk, as upstream keeps them); false when there was none. */
  remove(sessionKey: string): boolean {
    if (!this.index[sessionKey]) return false;
    delete this.index[sessionKey];
    this.saveIndex();
    return true;
  }

  /**
   * Removes the sessions `select` picks, with their transcript files and cached tails (prunes disposable sessions,
   * e.g. finished isolated cron runs). The index is rewritten once; the files go after it, so a crash in between
   * leaves only unreferenced files behind. Resolves how many were removed.
   */
  async prune(select: (sessionKey: string, entry: SessionEntry) => boolean): Promise<number> {
    const gone: string[] = [];
    for (const [key, entry] of Object.entries(this.index)) {
      if (!select(key, entry)) continue;
      delete this.index[key];
      gone.push(entry.sessionId);
    }
    if (!gone.length) return 0;
    this.saveIndex();
    await this.flush();
    await this.transcripts.remove(gone);
    return gone.length;
  }

  /** Writes a pending index change now and waits for every index write (used on dispose). */
  async flush(): Promise<void> {
    clearTimeout(this.indexTimer);
    this.indexTimer = undefined;
    if (this.indexDirty || this.indexWrite) await this.writeIndexNow();
  }

  private async create(sessionKey: string, channel?: string): Promise<SessionEntry> {
    const now = Date.now();
    const entry: SessionEntry = { sessionId: randomUUID(), createdAt: now, updatedAt: now, ...(channel ? { channel } : {}) };
    await this.transcripts.create(entry.sessionId, { type: "session", version: 1, id: entry.sessionId, sessionKey, timestamp: new Date(now).toISOString() });
    this.index[sessionKey] = entry;
    this.saveIndex();
    return entry;
  }

  /**
   * The transcript (appended first) is the record; the index only maps keys to transcripts. Its atomic
   * rewrite (fsync + rename) is coalesced off the request path: one write per burst of changes, and never
   * more than one at a time. Changes made while a write is under way are written right after it, from the
   * index as it is then, so a disk slower than the changes never queues up copies of the index.
   */
  private saveIndex(): void {
    this.indexDirty = true;
    this.indexTimer ??= setTimeout(() => {
      this.indexTimer = undefined;
      this.writeIndexNow().catch(() => undefined); // left dirty: the next change or flush tries again
    }, INDEX_WRITE_DELAY_MS);
  }

  private writeIndexNow(): Promise<void> {
    this.indexWrite ??= this.drainIndex().finally(() => (this.indexWrite = undefined));
    return this.indexWrite;
  }

  private async drainIndex(): Promise<void> {
    while (this.indexDirty) {
      this.indexDirty = false;
      try {
        await writeJsonAtomic(this.indexPath, this.index); // serialised synchronously: later changes go in the next write
      } catch (err) {
        this.indexDirty = true;
        throw err;
      }
    }
  }
}
