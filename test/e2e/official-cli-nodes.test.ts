/**
 * The official `openclaw` CLI's `nodes` and `devices` commands against our gateway and our headless
 * node host (`openclaw node run`), all real processes. Skipped when the official CLI is not installed
 * in .cache/official-cli (scripts/install-official-cli.sh; CI installs it).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { OFFICIAL_CLI_INSTALLED, runOfficialCli } from "../helpers/official-cli.js";
import { cliHome, freePort, spawnGateway, type RunningGateway } from "../helpers/cli.js";
import { spawnNodeHost, stopAllNodeHosts } from "../helpers/node-host.js";

const INSTALLED = OFFICIAL_CLI_INSTALLED;
const TOKEN = "e2e-official-nodes-token-0123456789";

let gateway: RunningGateway | undefined;
const home = mkdtempSync(join(tmpdir(), "ocgw-official-nodes-"));
afterAll(async () => {
  await stopAllNodeHosts();
  await gateway?.stop("SIGKILL");
  rmSync(home, { recursive: true, force: true });
});

const official = (args: string[]) => runOfficialCli(home, args);

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
    expect(status.nodes).toMatchObject([{ displayName: "official-e2e", connected: true, paired: true, commands: ["system.run", "system.run.prepare", "system.which", "system.notify"] }]);
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
