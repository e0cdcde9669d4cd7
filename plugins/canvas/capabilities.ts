/**
 * Short-lived capability tokens for canvas URLs, one per node connection (upstream's shape:
 * 18 random bytes, base64url, in the path `/__openclaw__/cap/<cap>/...`). A token is valid while
 * its connection is open and it was used (or issued) within the TTL; using it slides the expiry.
 * Tokens are kept by their SHA-256, so a lookup compares no secret bytes.
 */
import { createHash, randomBytes } from "node:crypto";

export const CAPABILITY_TTL_MS = 10 * 60_000;
/** Bound on live tokens (one per node connection; refused or dropped connections age out). */
export const MAX_CAPABILITIES = 10_000;

interface Entry {
  connId: string;
  expiresAtMs: number;
}

export interface CapabilityOptions {
  /** Whether the connection that owns a token is still open. */
  isOpen(connId: string): boolean;
  ttlMs?: number;
  now?: () => number;
}

const digest = (token: string) => createHash("sha256").update(token).digest("base64url");

export class CapabilityStore {
  private readonly byDigest = new Map<string, Entry>();
  private readonly byConn = new Map<string, string>();
  private readonly ttlMs: number;
  private readonly now: () => number;

  constructor(private readonly options: CapabilityOptions) {
    this.ttlMs = options.ttlMs ?? CAPABILITY_TTL_MS;
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.byDigest.size;
  }

  /** Issues a fresh token for the connection; its previous token stops working. */
  mint(connId: string): { token: string; expiresAtMs: number } {
    this.revoke(connId);
    if (this.byDigest.size >= MAX_CAPABILITIES) this.evict();
    const token = randomBytes(18).toString("base64url");
    const d = digest(token);
    const expiresAtMs = this.now() + this.ttlMs;
    this.byDigest.set(d, { connId, expiresAtMs });
    this.byConn.set(connId, d);
    return { token, expiresAtMs };
  }

  /** True when the token is live; slides its expiry. */
  verify(token: string): boolean {
    const d = digest(token);
    const entry = this.byDigest.get(d);
    if (!entry) return false;
    const now = this.now();
    if (entry.expiresAtMs <= now || !this.options.isOpen(entry.connId)) {
      this.drop(d, entry);
      return false;
    }
    entry.expiresAtMs = now + this.ttlMs;
    return true;
  }

  revoke(connId: string): void {
    const d = this.byConn.get(connId);
    const entry = d === undefined ? undefined : this.byDigest.get(d);
    if (d !== undefined && entry) this.drop(d, entry);
    this.byConn.delete(connId);
  }

  clear(): void {
    this.byDigest.clear();
    this.byConn.clear();
  }

  private drop(d: string, entry: Entry): void {
    this.byDigest.delete(d);
    if (this.byConn.get(entry.connId) === d) this.byConn.delete(entry.connId);
  }

  /** Drops expired or orphaned tokens; if none, the oldest issued (Map order). */
  private evict(): void {
    const now = this.now();
    for (const [d, e] of this.byDigest) if (e.expiresAtMs <= now || !this.options.isOpen(e.connId)) this.drop(d, e);
    if (this.byDigest.size < MAX_CAPABILITIES) return;
    const [d, e] = this.byDigest.entries().next().value as [string, Entry];
    this.drop(d, e);
  }
}
