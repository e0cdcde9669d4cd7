/** kill -9 at random points while a state file is being rewritten: it always parses, old or new, 0600. */
import { fork } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ITERATIONS = 200;

describe("atomic state writes", () => {
  it(`survive kill -9 at ${ITERATIONS} random points`, async () => {
    const dir = mkdtempSync(join(tmpdir(), "ocgw-crash-"));
    const file = join(dir, "state.json");
    writeFileSync(file, JSON.stringify({ tag: "A", filler: "A".repeat(200_000) }), { mode: 0o600 });
    const seen = { A: 0, B: 0 };
    for (let i = 0; i < ITERATIONS; i++) {
      const child = fork(resolve("test/fixtures/atomic-writer.mjs"), [file], { stdio: "ignore" });
      await new Promise<void>((r) => child.once("message", () => r()));
      await new Promise((r) => setTimeout(r, Math.random() * 15));
      child.kill("SIGKILL");
      await new Promise((r) => child.once("exit", r));
      const text = readFileSync(file, "utf8");
      const parsed = JSON.parse(text) as { tag: "A" | "B"; filler: string };
      expect(["A", "B"]).toContain(parsed.tag);
      expect(parsed.filler).toBe(parsed.tag.repeat(200_000));
      expect(statSync(file).mode & 0o777).toBe(0o600);
      seen[parsed.tag] += 1;
    }
    // Both contents were observed, so kills landed between writes, not only before the first one.
    expect(seen.A).toBeGreaterThan(0);
    expect(seen.B).toBeGreaterThan(0);
    // Leftover temp files are possible after a kill, but never in place of the real file.
    expect(readdirSync(dir).filter((f) => f === "state.json")).toHaveLength(1);
  }, 120_000);
});
