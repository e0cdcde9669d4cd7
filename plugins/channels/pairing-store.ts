/**
 * DM pairing state under `<stateDir>/credentials/`, in the upstream file formats:
 * - `<channel>-pairing.json` `{version:1, requests:[{id, code, createdAt, lastSeenAt, meta:{accountId,…}}]}`:
 *   pending requests (8-character codes, 1 hour, at most 3 per account);
 * - `<channel>-<accountId>-allowFrom.json` `{version:1, allowFrom:[…]}`: approved senders. The default
 *   account also honours the legacy unscoped `<channel>-allowFrom.json`.
 * Every change is a serialized read-modify-write with an atomic write; an unreadable file is never overwritten.
 */
import { randomInt } from "node:crypto";
import { join } from "node:path";
import { JsonFile, KeyedMutex } from "../../core/sdk/plugin.js";

export const PAIRING_CODE_LENGTH = 8;
export const PAIRING_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no 0, O, 1, I
export const PAIRING_TTL_MS = 3600_000;
export const PAIRING_MAX_PENDING_PER_ACCOUNT = 3;
const DEFAULT_ACCOUNT = "default";

export interface PairingRequest {
  /** The sender id (Telegram user id, WhatsApp E.164). */
  id: string;
  code: string;
  createdAt: string;
  lastSeenAt: string;
  meta?: Record<string, string>;
}

interface PairingFile {
  version: 1;
  requests: PairingRequest[];
}

interface AllowFromFile {
  version: 1;
  allowFrom: string[];
}

export type UpsertResult =
  | { status: "created"; request: PairingRequest }
  | { status: "pending"; request: PairingRequest }
  | { status: "full" };

/** A file-name-safe form of a channel or account id (upstream's rule). */
function safeKey(raw: string, what: string): string {
  const safe = raw.trim().toLowerCase().replace(/[\\/:*?"<>|]/g, "_").replace(/\.\./g, "_");
  if (!safe || safe === "_") throw new Error(`invalid ${what}: ${JSON.stringify(raw)}`);
  return safe;
}

export class PairingStore {
  private readonly dir: string;
  private readonly files = new Map<string, JsonFile<unknown>>();
  private readonly lock = new KeyedMutex();

  constructor(stateDir: string, private readonly now: () => number = Date.now) {
    this.dir = join(stateDir, "credentials");
  }

  /** Approved senders of an account (the store only; config `allowFrom` is added by the caller). */
  async allowFrom(channel: string, accountId: string): Promise<string[]> {
    const scoped = await this.readAllow(this.allowPath(channel, accountId));
    if (accountId.trim().toLowerCase() !== DEFAULT_ACCOUNT) return scoped;
    const legacy = await this.readAllow(join(this.dir, `${safeKey(channel, "channel")}-allowFrom.json`));
    return [...new Set([...scoped, ...legacy])];
  }

  async addAllowFrom(channel: string, accountId: string, entry: string): Promise<boolean> {
    const path = this.allowPath(channel, accountId);
    return this.lock.run(path, async () => {
      const current = await this.readAllow(path);
      if (current.includes(entry)) return false;
      await this.file<AllowFromFile>(path).write(() => ({ version: 1, allowFrom: [...current, entry] }));
      return true;
    });
  }

  /** Pending (unexpired) requests of a channel, optionally of one account, oldest first. */
  async list(channel: string, accountId?: string): Promise<PairingRequest[]> {
    const requests = this.live(await this.readRequests(channel));
    return accountId === undefined ? requests : requests.filter((r) => accountOf(r) === accountId);
  }

  /**
   * Records that `senderId` asked to talk: a new request with a fresh code (`created`, the caller
   * sends the code), the existing one (`pending`, nothing is sent again), or `full` when the account
   * already has the maximum of pending requests.
   */
  async upsert(channel: string, accountId: string, senderId: string, meta: Record<string, string> = {}): Promise<UpsertResult> {
    const path = this.pairingPath(channel);
    return this.lock.run(path, async () => {
      const requests = this.live(await this.readRequests(channel));
      const nowIso = new Date(this.now()).toISOString();
      const existing = requests.find((r) => r.id === senderId && accountOf(r) === accountId);
      if (existing) {
        existing.lastSeenAt = nowIso;
        await this.file<PairingFile>(path).write(() => ({ version: 1, requests }));
        return { status: "pending", request: existing };
      }
      if (requests.filter((r) => accountOf(r) === accountId).length >= PAIRING_MAX_PENDING_PER_ACCOUNT) return { status: "full" };
      const taken = new Set(requests.map((r) => r.code));
      const request: PairingRequest = { id: senderId, code: uniqueCode(taken), createdAt: nowIso, lastSeenAt: nowIso, meta: { ...meta, accountId } };
      requests.push(request);
      await this.file<PairingFile>(path).write(() => ({ version: 1, requests }));
      return { status: "created", request };
    });
  }

  /** Approves the request with `code` (case-insensitive): its sender joins the account's allow store. */
  async approve(channel: string, code: string): Promise<{ request: PairingRequest; accountId: string } | undefined> {
    const path = this.pairingPath(channel);
    const wanted = code.trim().toUpperCase();
    const found = await this.lock.run(path, async () => {
      const requests = this.live(await this.readRequests(channel));
      const index = requests.findIndex((r) => r.code.toUpperCase() === wanted);
      if (index < 0) return undefined;
      const [request] = requests.splice(index, 1);
      // Allow the sender first: if that write fails, the code stays valid and the approval can be retried.
      await this.addAllowFrom(channel, accountOf(request), request.id);
      await this.file<PairingFile>(path).write(() => ({ version: 1, requests }));
      return request;
    });
    if (!found) return undefined;
    return { request: found, accountId: accountOf(found) };
  }

  private live(requests: PairingRequest[]): PairingRequest[] {
    const now = this.now();
    return requests.filter((r) => {
      const created = Date.parse(r.createdAt);
      return Number.isFinite(created) && now - created <= PAIRING_TTL_MS;
    });
  }

  private async readRequests(channel: string): Promise<PairingRequest[]> {
    const data = await this.file<PairingFile>(this.pairingPath(channel)).read({ version: 1, requests: [] });
    return Array.isArray(data?.requests) ? data.requests.filter((r) => r && typeof r.id === "string" && typeof r.code === "string") : [];
  }

  private async readAllow(path: string): Promise<string[]> {
    const data = await this.file<AllowFromFile>(path).read({ version: 1, allowFrom: [] });
    return Array.isArray(data?.allowFrom) ? data.allowFrom.map((v) => String(v).trim()).filter(Boolean) : [];
  }

  private pairingPath(channel: string): string {
    return join(this.dir, `${safeKey(channel, "channel")}-pairing.json`);
  }

  private allowPath(channel: string, accountId: string): string {
    return join(this.dir, `${safeKey(channel, "channel")}-${safeKey(accountId, "account id")}-allowFrom.json`);
  }

  private file<T>(path: string): JsonFile<T> {
    let f = this.files.get(path);
    if (!f) {
      f = new JsonFile<unknown>(path);
      this.files.set(path, f);
    }
    return f as JsonFile<T>;
  }

  flush(): Promise<unknown> {
    return Promise.all([...this.files.values()].map((f) => f.flush()));
  }
}

function accountOf(r: PairingRequest): string {
  return r.meta?.accountId?.trim() || DEFAULT_ACCOUNT;
}

function uniqueCode(taken: Set<string>): string {
  for (let attempt = 0; attempt < 500; attempt++) {
    let code = "";
    for (let i = 0; i < PAIRING_CODE_LENGTH; i++) code += PAIRING_CODE_ALPHABET[randomInt(PAIRING_CODE_ALPHABET.length)];
    if (!taken.has(code)) return code;
  }
  throw new Error("could not generate a unique pairing code");
}
