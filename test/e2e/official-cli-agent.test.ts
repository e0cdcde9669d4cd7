/**
 * The official `openclaw` CLI's `agent` command (unchanged) against our gateway and a fake provider:
 * streamed text and --json. Skipped when the official CLI is not installed in .cache/official-cli
 * (scripts/install-official-cli.sh; CI installs it).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OFFICIAL_CLI_INSTALLED, runOfficialCli } from "../helpers/official-cli.js";
import { cliHome, freePort, spawnGateway, type RunningGateway } from "../helpers/cli.js";
import { startFakeProvider, fakeProviderConfig, type FakeProvider } from "../helpers/fake-provider.js";

const INSTALLED = OFFICIAL_CLI_INSTALLED;
const TOKEN = "e2e-official-agent-token-0123456789";

let gateway: RunningGateway | undefined;
let provider: FakeProvider;
let url = "";
const home = mkdtempSync(join(tmpdir(), "ocgw-official-agent-"));

beforeAll(async () => {
  if (!INSTALLED) return;
  provider = await startFakeProvider({ reply: () => ({ text: "Hello from our gateway", chunkSize: 4 }) });
  const h = cliHome();
  const port = await freePort();
  h.writeConfig({ gateway: { mode: "local", port, auth: { mode: "token", token: TOKEN } }, ...fakeProviderConfig(provider) });
  gateway = await spawnGateway([], h.env);
  url = `ws://127.0.0.1:${port}`;
});
afterAll(async () => {
  await gateway?.stop("SIGKILL");
  await provider?.close();
  rmSync(home, { recursive: true, force: true });
});

const official = (args: string[]) => runOfficialCli(home, args, { OPENCLAW_GATEWAY_URL: url, OPENCLAW_GATEWAY_TOKEN: TOKEN });

describe.skipIf(!INSTALLED)("official openclaw CLI: agent against our gateway", () => {
  it("agent --message prints the provider's answer; --json gives the final result", async () => {
    const text = await official(["agent", "--message", "hi", "--agent", "main"]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout.trim()).toBe("Hello from our gateway");
    const json = await official(["agent", "--message", "again", "--agent", "main", "--json"]);
    expect(json.code, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ status: "ok", summary: "completed", result: { payloads: [{ text: "Hello from our gateway" }], meta: { agentMeta: { sessionKey: "agent:main:main", provider: "fake", model: "m1" } } } });
    expect(provider.requests.at(-1)?.body.messages.map((m) => m.content).slice(1)).toEqual(["hi", "Hello from our gateway", "again"]);
  });
});
