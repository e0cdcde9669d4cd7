import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";

// A slow disk: every index write takes 120 ms; record how many run at once and what each wrote.
const writes: { active: number; maxActive: number; keys: number[]; startedAt: number[] } = { active: 0, maxActive: 0, keys: [], startedAt: [] };
vi.mock("../../../core/sdk/plugin.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../../core/sdk/plugin.js")>();
  return {
    ...real,
    async writeJsonAtomic(path: string, value: unknown) {
      const text = JSON.stringify(value); // what the real one serialises at call time
      writes.startedAt.push(Date.now());
      writes.active++;
      writes.maxActive = Math.max(writes.maxActive, writes.active);
      await new Promise((r) => setTimeout(r, 120));
      writes.keys.push(Object.keys(JSON.parse(text) as object).length);
      writes.active--;
      await real.writeJsonAtomic(path, value);
    },
  };
});

const { SessionStore } = await import("../../../plugins/agent/session-store.js");
const { TranscriptCache } = await import("../../../plugins/agent/transcript-cache.js");

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("session index writes", () => {
  it("on a disk slower than the changes: one write at a time, no backlog, the last write holds every change", async () => {
    const dir = mkdtempSync(join(tmpdir(), "session-index-"));
    dirs.push(dir);
    const store = new SessionStore(dir, "main", { cache: new TranscriptCache(1 << 20), rotateBytes: 1 << 20 });
    await store.load();
    for (let i = 0; i < 30; i++) {
      await store.open(`agent:main:s${i}`);
      await new Promise((r) => setTimeout(r, 10)); // a change every 10 ms, a write takes 120
    }
    const changesEnd = Date.now();
    await store.flush();
    expect(writes.maxActive).toBe(1);
    expect(writes.keys.at(-1)).toBe(30);
    // Queued copies (one per 50 ms burst, each write taking 120 ms) would go on being written one after another
    // long after the changes stopped; coalesced, one write at most starts after the last change.
    expect(writes.startedAt.filter((t) => t > changesEnd).length).toBeLessThanOrEqual(1);
    expect(writes.keys.length).toBeLessThan(30);
    const reread = new SessionStore(dir, "main", { cache: new TranscriptCache(1 << 20), rotateBytes: 1 << 20 });
    await reread.load();
    expect(reread.keys()).toHaveLength(30);
  });
});
