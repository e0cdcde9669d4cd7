/**
 * Resolving the executable of an argv (PATH lookup, no shell) and the identity of that file (real path,
 * device, inode, size, mtime and a SHA-256 of its bytes), so an approval can refuse a binary that was
 * swapped after the reviewer saw it.
 */
import { createHash } from "node:crypto";
import { accessSync, constants, createReadStream, promises as fs, statSync } from "node:fs";
import { delimiter, isAbsolute, join } from "node:path";

export interface FileIdentity {
  realPath: string;
  dev: number;
  ino: number;
  size: number;
  mtimeMs: number;
  sha256: string;
}

/** Files larger than this are identified by their metadata only (hashing them would stall the run). */
const MAX_HASH_BYTES = 256 * 1024 * 1024;

function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path, { throwIfNoEntry: false })?.isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** An absolute path as is, a bare name through PATH; relative paths with a slash are refused (they depend on cwd). */
export function resolveExecutable(argv0: string, pathEnv = process.env.PATH ?? ""): string | null {
  if (isAbsolute(argv0)) return isExecutableFile(argv0) ? argv0 : null;
  if (argv0.includes("/") || argv0.includes("\\") || argv0 === "." || argv0 === "..") return null;
  for (const dir of pathEnv.split(delimiter)) {
    if (!dir || !isAbsolute(dir)) continue;
    const candidate = join(dir, argv0);
    if (isExecutableFile(candidate)) return candidate;
  }
  return null;
}

export async function fileIdentity(path: string): Promise<FileIdentity> {
  const realPath = await fs.realpath(path);
  const st = await fs.stat(realPath);
  let sha256 = "";
  if (st.size <= MAX_HASH_BYTES) {
    const hash = createHash("sha256");
    for await (const chunk of createReadStream(realPath)) hash.update(chunk as Buffer);
    sha256 = hash.digest("hex");
  }
  return { realPath, dev: st.dev, ino: st.ino, size: st.size, mtimeMs: st.mtimeMs, sha256 };
}

export function sameIdentity(a: FileIdentity, b: FileIdentity): boolean {
  return a.realPath === b.realPath && a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs && a.sha256 === b.sha256;
}
