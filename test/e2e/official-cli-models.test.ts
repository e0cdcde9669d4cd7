/**
 * The official `openclaw` CLI's `models list --json` (unchanged) against our gateway: it requires the
 * "published-model-catalog" capability in hello-ok and prints the catalog from `models.list`. Skipped when
 * the official CLI is not installed in .cache/official-cli (scripts/install-official-cli.sh; CI installs it).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OFFICIAL_CLI_INSTALLED, runOfficialCli } from "../helpers/official-cli.js";
import { cliHome, freePort, spawnGateway, type RunningGateway } from "../helpers/cli.js";

const INSTALLED = OFFICIAL_CLI_INSTALLED;
const TOKEN = "e2e-official-models-token-0123456789";

let gateway: RunningGateway | undefined;
let url = "";
const home = mkdtempSync(join(tmpdir(), "ocgw-official-models-"));

beforeAll(async () => {
  if (!INSTALLED) return;
  const h = cliHome();
  const port = await freePort();
  h.writeConfig({
    gateway: { mode: "local", port, auth: { mode: "token", token: TOKEN } },
    models: {
      providers: {
        // Nothing listens on these: the catalog is built from the config, no provider is called (127.0.0.1 counts as local).
        anthropic: { baseUrl: "http://127.0.0.1:9", apiKey: "sk-ant-e2e-key", api: "anthropic-messages", models: [{ id: "claude-e2e", name: "Claude E2E", contextWindow: 200000, maxTokens: 8192, input: ["text", "image"] }] },
        openai: { baseUrl: "https://api.openai.invalid/v1", api: "openai-responses", models: [{ id: "gpt-e2e", contextWindow: 400000 }] },
      },
    },
    agents: { defaults: { model: { primary: "anthropic/claude-e2e", fallbacks: ["openai/gpt-e2e"] } } },
  });
  gateway = await spawnGateway([], h.env);
  url = `ws://127.0.0.1:${port}`;
});
afterAll(async () => {
  await gateway?.stop("SIGKILL");
  rmSync(home, { recursive: true, force: true });
});

const official = (args: string[]) => runOfficialCli(home, args, { OPENCLAW_GATEWAY_URL: url, OPENCLAW_GATEWAY_TOKEN: TOKEN });

describe.skipIf(!INSTALLED)("official openclaw CLI: models list against our gateway", () => {
  it("models list --json prints the configured catalog with auth state and tags", async () => {
    const out = await official(["models", "list", "--json"]);
    expect(out.code, out.stderr).toBe(0);
    const parsed = JSON.parse(out.stdout) as { count: number; models: Array<Record<string, unknown>> };
    expect(parsed.count).toBe(2);
    expect(parsed.models).toEqual([
      expect.objectContaining({ key: "anthropic/claude-e2e", name: "Claude E2E", input: "text+image", contextWindow: 200000, local: true, available: true, tags: ["default"] }),
      expect.objectContaining({ key: "openai/gpt-e2e", input: "text", contextWindow: 400000, available: false, tags: ["fallback#1"] }),
    ]);
  });
});
