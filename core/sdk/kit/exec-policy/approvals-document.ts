/**
 * The host approvals document (`exec-approvals.json` in the state dir of the host that executes): read with
 * its hash, replaced only against the hash the writer saw (`baseHash`), updated under one lock, written
 * atomically (temp file, fsync, rename), so a crash mid-write leaves the old or the new file, never a mix.
 * Shared by the gateway (host `gateway`) and our node host.
 */
import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import { dirname } from "node:path";
import { invalidRequest } from "../../../errors.js";
import { ensurePrivateDir, writeJsonAtomic } from "../../../state.js";
import type { ApprovalsFile, ApprovalsSnapshot } from "./document-schema.js";

export const APPROVALS_FILE_NAME = "exec-approvals.json";
/** Bigger documents are refused on read and on write (an allowlist is small). */
export const MAX_DOCUMENT_BYTES = 1024 * 1024;

const hashOf = (text: string) => createHash("sha256").update(text).digest("hex");

export class ApprovalsDocument {
  private tail: Promise<unknown> = Promise.resolve();

  constructor(readonly path: string) {}

  /** The document and its hash; a missing file is `{version: 1}` with the hash of the empty text. */
  async snapshot(): Promise<ApprovalsSnapshot> {
    let text: string;
    try {
      text = await fs.readFile(this.path, "utf8");
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return { path: this.path, exists: false, hash: hashOf(""), file: { version: 1 } };
      throw new Error(`cannot read the exec approvals document ${this.path}: ${(err as Error).message}`);
    }
    if (Buffer.byteLength(text) > MAX_DOCUMENT_BYTES) throw new Error(`the exec approvals document ${this.path} is larger than ${MAX_DOCUMENT_BYTES} bytes`);
    let file: unknown;
    try {
      file = JSON.parse(text);
    } catch (err) {
      throw new Error(`the exec approvals document ${this.path} is not valid JSON (${(err as Error).message}); fix or remove it — until then every exec is denied`);
    }
    if (typeof file !== "object" || file === null || (file as { version?: unknown }).version !== 1) {
      throw new Error(`the exec approvals document ${this.path} must be an object with "version": 1`);
    }
    return { path: this.path, exists: true, hash: hashOf(text), file: file as ApprovalsFile };
  }

  /** Replaces the document. An existing file needs the `baseHash` of the snapshot the caller edited. */
  replace(file: ApprovalsFile, baseHash: string | undefined): Promise<ApprovalsSnapshot> {
    return this.locked(async () => {
      const current = await this.snapshot();
      if (current.exists && baseHash === undefined) {
        throw invalidRequest("exec approvals baseHash required: read the document first (exec.approvals.get) and send its hash", { details: { code: "BASE_HASH_REQUIRED" } });
      }
      if (baseHash !== undefined && baseHash !== current.hash) {
        throw invalidRequest("exec approvals changed since last load; re-run the command to reload and retry", { details: { code: "STALE_BASE_HASH", hash: current.hash } });
      }
      return this.write(file);
    });
  }

  /** Read-modify-write under the lock; `change` returns the new document, or undefined to leave the file alone. */
  update(change: (file: ApprovalsFile) => ApprovalsFile | undefined): Promise<void> {
    return this.locked(async () => {
      const next = change(structuredClone((await this.snapshot()).file));
      if (next) await this.write(next);
    });
  }

  private async write(file: ApprovalsFile): Promise<ApprovalsSnapshot> {
    const text = JSON.stringify(file, null, 2);
    if (Buffer.byteLength(text) > MAX_DOCUMENT_BYTES) throw invalidRequest(`the exec approvals document may not exceed ${MAX_DOCUMENT_BYTES} bytes`);
    ensurePrivateDir(dirname(this.path));
    await writeJsonAtomic(this.path, file);
    return this.snapshot();
  }

  private locked<R>(fn: () => Promise<R>): Promise<R> {
    const run = this.tail.then(fn, fn);
    this.tail = run.catch(() => undefined);
    return run;
  }
}
