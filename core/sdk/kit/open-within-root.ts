/**
 * Opens a file below the root without a check-then-open race: the file is opened first, then the
 * opened descriptor itself is checked (its real path via /proc/self/fd, or dev/ino against the
 * realpath where /proc is missing). Whatever a swapped symlink pointed at during the open, the
 * bytes served are those of a regular file whose real location is inside the root, or nothing.
 */
import { close, constants, fstat, open, readlink, realpath, stat, type Stats } from "node:fs";
import { join, sep } from "node:path";
import { promisify } from "node:util";

// Callback APIs (promisified) rather than FileHandle: fewer allocations on the hot path.
const openFd = promisify(open);
const fstatFd = promisify(fstat);
const readlinkP = promisify(readlink);
const realpathP = promisify(realpath);
const statP = promisify(stat);

export interface OpenedFile {
  fd: number;
  stat: Stats;
  /** The segments actually opened (index.html appended for a directory). */
  segments: string[];
}

export type OpenResult = { ok: true; file: OpenedFile } | { ok: false; status: 404; reason: string };

// O_NOFOLLOW: a final-component symlink is refused outright (ELOOP), as upstream does.
// O_NONBLOCK: a FIFO planted in the root cannot park a thread-pool thread in open().
const FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK | constants.O_NOCTTY;
const hasProcFd = process.platform === "linux";

const notFound = (reason: string): OpenResult => ({ ok: false, status: 404, reason });

export function closeFd(fd: number): void {
  close(fd, () => undefined);
}

/** `rootReal` must be the realpath of the root. Directories resolve to their index.html. The caller closes `fd`. */
export async function openWithinRoot(rootReal: string, segments: readonly string[]): Promise<OpenResult> {
  const first = await openChecked(rootReal, segments);
  if (!first.ok || !first.file.stat.isDirectory()) return first;
  closeFd(first.file.fd);
  const index = await openChecked(rootReal, [...segments, "index.html"]);
  if (index.ok && index.file.stat.isDirectory()) {
    closeFd(index.file.fd);
    return notFound("index.html is a directory");
  }
  return index;
}

async function openChecked(rootReal: string, segments: readonly string[]): Promise<OpenResult> {
  const path = segments.length ? join(rootReal, ...segments) : rootReal;
  let fd: number;
  try {
    fd = await openFd(path, FLAGS);
  } catch (err) {
    return notFound((err as NodeJS.ErrnoException).code ?? "open failed");
  }
  try {
    const st = await fstatFd(fd);
    if (!st.isFile() && !st.isDirectory()) throw new Error("not a regular file");
    const real = await realPathOf(fd, path, st);
    if (real !== rootReal && !real.startsWith(rootReal.endsWith(sep) ? rootReal : rootReal + sep)) throw new Error("outside the root");
    return { ok: true, file: { fd, stat: st, segments: [...segments] } };
  } catch (err) {
    closeFd(fd);
    return notFound((err as Error).message);
  }
}

/** Where the opened descriptor really lives. */
async function realPathOf(fd: number, path: string, st: Stats): Promise<string> {
  if (hasProcFd) return readlinkP(`/proc/self/fd/${fd}`);
  // No /proc: resolve the name now and accept it only if it still names the very file we opened.
  const real = await realpathP(path);
  const again = await statP(real);
  if (again.dev !== st.dev || again.ino !== st.ino) throw new Error("file changed while opening");
  return real;
}
