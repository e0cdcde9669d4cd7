/**
 * Sends `size` bytes of an open file to a response through a small pool of reusable buffers:
 * read a chunk, write it, wait until the socket took it, reuse the buffer. Streaming with a fresh
 * 64 KiB Buffer per chunk (fs.createReadStream) leaves garbage whose collection, in a process with
 * a gateway-sized heap, cost more than the serving itself (bench/canvas.mjs).
 */
import { read } from "node:fs";
import type { ServerResponse } from "node:http";
import { promisify } from "node:util";

const readP = promisify(read);

export const CHUNK_BYTES = 256 * 1024;
/** Buffers kept for reuse (at most 4 MiB idle). */
const POOL_MAX = 16;
const pool: Buffer[] = [];

/** Writes `chunk`; resolves false if the response failed or closed first (the buffer may still be in use then). */
function write(res: ServerResponse, chunk: Buffer): Promise<boolean> {
  return new Promise((resolve) => {
    const onClose = () => resolve(false);
    res.once("close", onClose);
    res.write(chunk, (err) => {
      res.off("close", onClose);
      resolve(!err);
    });
  });
}

/** Streams the file; ends the response, or destroys it if the file shrank or the client left. */
export async function sendFd(fd: number, size: number, res: ServerResponse): Promise<void> {
  const buf = pool.pop() ?? Buffer.allocUnsafeSlow(CHUNK_BYTES);
  let reusable = true;
  try {
    let pos = 0;
    while (pos < size) {
      const { bytesRead } = await readP(fd, buf, 0, Math.min(buf.length, size - pos), pos);
      if (bytesRead === 0) {
        res.destroy(); // the file was truncated under us: the promised content-length cannot be met
        return;
      }
      pos += bytesRead;
      if (!(await write(res, buf.subarray(0, bytesRead)))) {
        reusable = false;
        return;
      }
    }
    res.end();
  } catch {
    reusable = false;
    res.destroy();
  } finally {
    if (reusable && pool.length < POOL_MAX) pool.push(buf);
  }
}
