/**
 * Every json5 example of the official package's configuration docs (docs/gateway/configuration-examples.md,
 * read from the installed package at test time) written as ~/.openclaw/openclaw.json starts our gateway,
 * which answers `health`. Skipped when the official package is not installed (scripts/install-official-cli.sh).
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import JSON5 from "json5";
import { cliHome, freePort, spawnGateway, type RunningGateway } from "../helpers/cli.js";
import { GatewayClient } from "../../core/client.js";
import { startFakeTelegram, type FakeTelegram } from "../helpers/fake-telegram.js";

const DOC = resolve(".cache/official-cli/node_modules/openclaw/docs/gateway/configuration-examples.md");
const examples = existsSync(DOC) ? [...readFileSync(DOC, "utf8").matchAll(/```json5\n([\s\S]*?)```/g)].map((m) => m[1]) : [];

let telegram: FakeTelegram | undefined;
const running: RunningGateway[] = [];
let saidIgnored = 0;
afterAll(async () => {
  await Promise.all(running.map((g) => g.stop()));
  await telegram?.close();
});

describe.skipIf(examples.length === 0)("upstream's configuration examples start this gateway", () => {
  it("the docs hold the examples the test expects", () => {
    expect(examples.length).toBeGreaterThanOrEqual(10);
  });

  it.each(examples.map((text, i) => [i + 1, text] as const))("example %i starts and answers health", async (_n, text) => {
    const config = JSON5.parse(text) as { channels?: { telegram?: Record<string, unknown> }; gateway?: { auth?: { token?: string } } };
    // A bot token in the example must reach a Telegram on 127.0.0.1, never the real one (apiRoot is an upstream key too).
    if (config.channels?.telegram) {
      telegram ??= await startFakeTelegram({});
      config.channels.telegram.apiRoot = telegram.apiRoot;
    }
    const h = cliHome();
    h.writeConfig(config);
    // The user of such a config has its ${VAR}s set.
    const env = { ...h.env, ...Object.fromEntries([...text.matchAll(/\$\{([A-Z0-9_]+)\}/g)].map((m) => [m[1], "value-from-env"])) };
    const port = await freePort();
    const gw = await spawnGateway(["--port", String(port), "--allow-unconfigured"], env, 60_000);
    running.push(gw);
    // Upstream-only keys are named in one line at start, never one line each.
    const ignoredLines = gw.output().match(/ignored, not supported by this gateway: /g)?.length ?? 0;
    expect(ignoredLines).toBeLessThanOrEqual(1);
    saidIgnored += ignoredLines;
    expect(gw.child.exitCode, gw.output()).toBeNull();
    const token = config.gateway?.auth?.token ?? readFileSync(join(h.stateDir, "gateway.token"), "utf8").trim();
    const client = new GatewayClient({ url: `ws://127.0.0.1:${port}`, token });
    try {
      await client.connect();
      expect(await client.request("health")).toMatchObject({ ok: true });
    } finally {
      await client.close();
    }
    await gw.stop();
  }, 120_000);

  it("named the ignored upstream keys at start (most examples use sections this gateway lacks)", () => {
    expect(saidIgnored).toBeGreaterThanOrEqual(5);
  });
});
