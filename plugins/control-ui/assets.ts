/**
 * The built Control UI (`index.html` plus `assets/*`) as a fixed in-memory table. A request can only
 * name an entry of this table, so no request path is ever joined onto the filesystem; the files
 * themselves are opened within the root (no symlink out of it), gzipped once and tagged once.
 * The table is rebuilt when `index.html` changes (a new `npm run build` while the gateway runs).
 */
import { createHash } from "node:crypto";
import { promises as fs, type Stats } from "node:fs";
import { extname, join } from "node:path";
import { promisify } from "node:util";
import { read } from "node:fs";
import { gzipSync, constants as zlib } from "node:zlib";
import { closeFd, openWithinRoot } from "../../core/sdk/plugin.js";

const readFd = promisify(read);

export interface Asset {
  body: Buffer;
  /** Present when compressing helped (text types). */
  gzip?: Buffer;
  type: string;
  etag: string;
  /** Content-hashed file name: cacheable for a year. */
  immutable: boolean;
}

export type AssetTable = ReadonlyMap<string, Asset>;

export type Lookup = { kind: "missing"; reason: string } | { kind: "ok"; table: AssetTable };

const TYPES: Readonly<Record<string, { type: string; compress: boolean }>> = Object.freeze({
  ".html": { type: "text/html; charset=utf-8", compress: true },
  ".js": { type: "text/javascript; charset=utf-8", compress: true },
  ".css": { type: "text/css; charset=utf-8", compress: true },
  ".svg": { type: "image/svg+xml", compress: true },
  ".json": { type: "application/json; charset=utf-8", compress: true },
  ".png": { type: "image/png", compress: false },
  ".ico": { type: "image/x-icon", compress: false },
  ".woff2": { type: "font/woff2", compress: false },
});

/** What a served asset name may look like: one plain segment, a known extension. */
export const ASSET_NAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}$/;
/** `name-HASH.ext` as the build writes it (esbuild's 8-character base32 hash). */
const HASHED = /-[A-Z0-9]{8}\.[a-z0-9]+$/;
/** Keeps a damaged or hostile dist folder from filling memory. */
const MAX_FILES = 200;
const MAX_FILE_BYTES = 8 * 1024 * 1024;

export class AssetStore {
  private table: AssetTable | null = null;
  private stamp = "";
  private loading: Promise<Lookup> | null = null;

  constructor(readonly root: string) {}

  /**
   * The table; `recheck` (on page loads) looks whether index.html changed since it was read.
   * Missing assets are looked for again on every call, so a build made after start-up is picked up.
   */
  async get(recheck: boolean): Promise<Lookup> {
    if (this.table && !recheck) return { kind: "ok", table: this.table };
    this.loading ??= this.refresh().finally(() => (this.loading = null));
    return this.loading;
  }

  private async refresh(): Promise<Lookup> {
    let st: Stats;
    try {
      st = await fs.stat(join(this.root, "index.html"));
    } catch {
      this.table = null;
      return { kind: "missing", reason: `${join(this.root, "index.html")} does not exist` };
    }
    const stamp = `${st.ino}:${st.size}:${st.mtimeMs}`;
    if (this.table && stamp === this.stamp) return { kind: "ok", table: this.table };
    const table = await loadTable(this.root);
    if (!table.has("index.html")) {
      this.table = null;
      return { kind: "missing", reason: `${join(this.root, "index.html")} cannot be read` };
    }
    this.table = table;
    this.stamp = stamp;
    return { kind: "ok", table };
  }
}

async function loadTable(root: string): Promise<Map<string, Asset>> {
  let rootReal: string;
  try {
    rootReal = await fs.realpath(root);
  } catch {
    return new Map();
  }
  const names: string[][] = [["index.html"]];
  const entries = await fs.readdir(join(rootReal, "assets"), { withFileTypes: true }).catch(() => []);
  for (const e of entries) if (e.isFile() && ASSET_NAME.test(e.name) && TYPES[extname(e.name)]) names.push(["assets", e.name]);
  const table = new Map<string, Asset>();
  for (const segments of names.slice(0, MAX_FILES)) {
    const body = await readWithinRoot(rootReal, segments);
    if (!body) continue;
    const kind = TYPES[extname(segments[segments.length - 1])];
    const gz = kind.compress ? gzipSync(body, { level: zlib.Z_BEST_COMPRESSION }) : undefined;
    table.set(segments.join("/"), {
      body,
      gzip: gz && gz.length < body.length ? gz : undefined,
      type: kind.type,
      etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 22)}"`,
      immutable: segments[0] === "assets" && HASHED.test(segments[1]),
    });
  }
  return table;
}

async function readWithinRoot(rootReal: string, segments: string[]): Promise<Buffer | null> {
  const opened = await openWithinRoot(rootReal, segments);
  if (!opened.ok) return null;
  const { fd, stat } = opened.file;
  try {
    if (!stat.isFile() || stat.size > MAX_FILE_BYTES) return null;
    const buf = Buffer.alloc(stat.size);
    let off = 0;
    while (off < buf.length) {
      const { bytesRead } = await readFd(fd, buf, off, buf.length - off, off);
      if (bytesRead === 0) break;
      off += bytesRead;
    }
    return buf.subarray(0, off);
  } finally {
    closeFd(fd);
  }
}
