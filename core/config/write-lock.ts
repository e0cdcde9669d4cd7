/**
 * One queue per config file for everything that writes it (`config.patch`, `config.apply`, the CLI's
 * file fallback): the baseHash check, the validation and the write run as one critical section, so of
 * concurrent writers holding the same hash exactly one wins. The queues are per process because the
 * file is a process-wide resource (two gateways in one process still share one file); an idle queue
 * is dropped, so the map never outgrows the writes in flight.
 */
import { resolve } from "node:path";

const tails = new Map<string, Promise<void>>();

export async function withConfigWriteLock<T>(path: string, critical: () => Promise<T>): Promise<T> {
  const key = resolve(path);
  const previous = tails.get(key) ?? Promise.resolve();
  let release!: () => void;
  const mine = new Promise<void>((r) => (release = r));
  const tail = previous.then(() => mine);
  tails.set(key, tail);
  await previous;
  try {
    return await critical();
  } finally {
    release();
    if (tails.get(key) === tail) tails.delete(key);
  }
}
