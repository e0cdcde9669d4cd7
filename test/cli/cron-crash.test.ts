/**
 * kill -9 of a real `openclaw gateway` while clients add, edit and remove cron jobs: after each kill
 * the gateway starts again, the store parses, and every acknowledged change is there (an edit or
 * removal that was still unanswered at the kill may or may not have landed; nothing else may differ).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { cliHome, freePort, spawnGateway, type RunningGateway } from "../helpers/cli.js";
import { GatewayClient } from "../../core/client.js";

const TOKEN = "tok-cron-crash-1234567";
const KILLS = 4;
const WORKERS = 6;

const running: RunningGateway[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((g) => g.stop("SIGKILL")));
});

type Listed = { id: string; description?: string };
/** What the test knows: each job's last acknowledged version, and an unanswered request on it, if any. */
interface Known {
  version: number;
  pending?: { kind: "update"; version: number } | { kind: "remove" };
}

const job = (name: string) => ({
  name,
  description: "v0",
  schedule: { kind: "every", everyMs: 3_600_000 },
  sessionTarget: "main",
  wakeMode: "next-heartbeat",
  payload: { kind: "systemEvent", text: `from ${name}` },
});

async function listAll(c: GatewayClient): Promise<Listed[]> {
  const out: Listed[] = [];
  for (let offset = 0; ; ) {
    const page = await c.request<{ jobs: Listed[]; nextOffset: number | null }>("cron.list", { includeDisabled: true, limit: 200, offset });
    out.push(...page.jobs);
    if (page.nextOffset === null) return out;
    offset = page.nextOffset;
  }
}

/** Compares the restarted gateway's jobs with what was acknowledged; returns the listing as the new truth. */
function check(listed: Listed[], known: Map<string, Known>, removed: Set<string>): Map<string, Known> {
  const byId = new Map(listed.map((j) => [j.id, Number((j.description ?? "v-1").slice(1))]));
  for (const id of removed) expect(byId.has(id), `acknowledged removal of ${id} was lost`).toBe(false);
  for (const [id, k] of known) {
    const stored = byId.get(id);
    if (stored === undefined) {
      expect(k.pending?.kind, `acknowledged job ${id} was lost`).toBe("remove");
      continue;
    }
    const allowed = [k.version, ...(k.pending?.kind === "update" ? [k.pending.version] : [])];
    expect(allowed, `job ${id} holds v${stored}, acknowledged v${k.version}`).toContain(stored);
  }
  return new Map([...byId].map(([id, version]) => [id, { version }]));
}

describe("cron store under kill -9", () => {
  it(`keeps every acknowledged add, edit and removal across ${KILLS} kills mid-write`, async () => {
    const h = cliHome();
    const port = await freePort();
    h.writeConfig({ gateway: { mode: "local", port, auth: { token: TOKEN } } });
    let known = new Map<string, Known>();
    const removed = new Set<string>();
    let acknowledged = 0;

    for (let round = 0; round <= KILLS; round++) {
      const g = await spawnGateway([], h.env);
      running.push(g);
      expect(g.output(), g.output()).toMatch(/ready in/);
      const c = new GatewayClient({ url: `ws://127.0.0.1:${port}`, token: TOKEN, reconnect: false, client: { id: "test", mode: "test" } });
      await c.connect();
      // The store parses as a whole (no torn file) and holds every acknowledged change.
      const store = join(h.stateDir, "cron", "jobs.json");
      const doc = round === 0 ? { jobs: [] } : (JSON.parse(readFileSync(store, "utf8")) as { jobs: unknown[] });
      known = check(await listAll(c), known, removed);
      expect(doc.jobs).toHaveLength(known.size);
      if (round === KILLS) {
        await c.close();
        break;
      }

      let dead = false;
      const worker = async (w: number) => {
        for (let i = 0; !dead; i++) {
          const ids = [...known].filter(([, k]) => !k.pending).map(([id]) => id);
          const pick = ids.length ? ids[(w * 7 + i) % ids.length] : undefined;
          const op = !pick || known.size < 40 || i % 3 === 0 ? "add" : i % 3 === 1 ? "update" : "remove";
          try {
            if (op === "add" || !pick) {
              const added = await c.request<{ id: string }>("cron.add", job(`r${round}-w${w}-${i}`));
              known.set(added.id, { version: 0 });
            } else if (op === "update") {
              const k = known.get(pick) as Known;
              const version = k.version + 1;
              k.pending = { kind: "update", version };
              await c.request("cron.update", { id: pick, patch: { description: `v${version}` } });
              known.set(pick, { version });
            } else {
              (known.get(pick) as Known).pending = { kind: "remove" };
              await c.request("cron.remove", { id: pick });
              known.delete(pick);
              removed.add(pick);
            }
            acknowledged++;
          } catch {
            return; // the gateway was killed: this request stays unanswered (its pending mark stays)
          }
        }
      };
      const workers = Array.from({ length: WORKERS }, (_, w) => worker(w));
      await new Promise((r) => setTimeout(r, 250 + Math.random() * 500));
      g.child.kill("SIGKILL");
      await g.exited;
      dead = true;
      await Promise.all(workers);
      await c.close().catch(() => undefined);
    }
    // The kills landed while writes were being acknowledged, not before the first or after the last.
    expect(acknowledged).toBeGreaterThan(KILLS * 10);
    expect(removed.size).toBeGreaterThan(0);
  }, 120_000);
});
