/**
 * Temp files a crash left behind (an atomic write's `.<name>.<pid>.<hex>.tmp`, an old on-disk config
 * candidate) hold whole state or config files, secrets included: the gateway removes them when it
 * starts, in the state dir (and below) and the config dir, and touches nothing else.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { cliHome, freePort, spawnGateway, type RunningGateway } from "../helpers/cli.js";

const running: RunningGateway[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((g) => g.stop("SIGKILL")));
});

describe("start-up sweep of crash leftovers", () => {
  it("removes stale temp files of dead writers, keeps a live writer's and anything not ours", async () => {
    const h = cliHome();
    const configDir = join(h.home, "etc");
    mkdirSync(configDir);
    const configPath = join(configDir, "openclaw.json");
    writeFileSync(configPath, JSON.stringify({ gateway: { mode: "local", port: await freePort(), auth: { token: "tok-sweep-11111111" } } }));
    const dead = spawnSync(process.execPath, ["-e", ""]).pid; // exited: nobody writes with this pid
    const live = process.pid; // this test process: a writer that may still be working
    const secret = `{"token":"left-behind-secret"}`;
    const sessions = join(h.stateDir, "agents", "main", "sessions");
    mkdirSync(sessions, { recursive: true });
    const stale = [
      join(h.stateDir, `.gateway.token.${dead}.deadbeef.tmp`),
      join(sessions, `.sessions.json.${dead}.12345678.tmp`),
      join(configDir, `..openclaw-candidate-ab12cd34.json.${dead}.0badf00d.tmp`),
      join(configDir, ".openclaw-candidate-ab12cd34.json"),
      join(h.stateDir, `.aged.json.${live}.aaaaaaaa.tmp`), // a live pid, but no write takes two hours
    ];
    const kept = [join(h.stateDir, `.store.json.${live}.cafebabe.tmp`), join(h.stateDir, "notes.tmp"), join(h.stateDir, ".draft.tmp"), join(configDir, "backup.json.tmp")];
    for (const f of [...stale, ...kept]) writeFileSync(f, secret);
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    utimesSync(stale[4], twoHoursAgo, twoHoursAgo);

    const g = await spawnGateway([], { ...h.env, OPENCLAW_CONFIG_PATH: configPath });
    running.push(g);
    expect(g.output()).toContain("ready in");
    expect(g.output()).toContain(`removed ${stale.length} temp file(s) left by an interrupted write`);
    expect(stale.filter((f) => existsSync(f))).toEqual([]);
    expect(kept.filter((f) => !existsSync(f))).toEqual([]);
  });
});
