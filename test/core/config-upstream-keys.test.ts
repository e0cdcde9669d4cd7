/**
 * The three kinds of config key: ours (used), upstream OpenClaw's only (accepted, ignored, kept on
 * writes), neither's (refused with the closest key); and the pinned upstream key list.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import JSON5 from "json5";
import { startTestGateway, stopAllTestGateways } from "../helpers/gateway.js";
import { validateConfig } from "../../core/config/validate.js";
import { upstreamKeyList } from "../../core/config/upstream-keys.js";
import { builtinPlugins } from "../../plugins/index.js";
import agentPlugin from "../../plugins/agent/index.js";
import type { ConfigSnapshot } from "../../core/config/config-snapshot.js";

afterEach(() => stopAllTestGateways());

const plugins = builtinPlugins().map((def) => ({ def, enabled: true }));
const validate = (raw: unknown) => validateConfig(raw, plugins);

describe("config keys upstream defines but this gateway does not implement", () => {
  it("are accepted, listed once, and left out of the effective config; our keys beside them still apply", () => {
    const raw = {
      gateway: { mode: "local", port: 19001, nodes: { pairing: { autoApproveCidrs: ["10.0.0.0/8"] } } },
      messages: { groupChat: { historyLimit: 50 } },
      skills: { allowBundled: ["gemini"] },
      channels: { discord: { enabled: true, guilds: { "123456789012345678": { requireMention: true } } }, whatsapp: { responsePrefix: "🦞", dmPolicy: "pairing" } },
      agents: { defaults: { skills: ["x"], timeoutSeconds: 30 } },
    };
    const v = validate(raw);
    expect(v.issues).toEqual([]);
    expect(v.ignored).toEqual(["agents.defaults.skills", "channels.discord", "channels.whatsapp.responsePrefix", "gateway.nodes.pairing", "messages", "skills"]);
    expect(v.warnings.filter((w) => w.startsWith("ignored, not supported by this gateway: "))).toHaveLength(1);
    expect(v.warnings.join("\n")).toContain("— see docs/compatibility.md");
    expect(v.config).toEqual({
      gateway: { mode: "local", port: 19001, nodes: {} },
      channels: { whatsapp: { dmPolicy: "pairing" } },
      agents: { defaults: { timeoutSeconds: 30 } },
    });
  });

  it("a key neither defines is refused with the closest valid key, also inside an upstream-only section", () => {
    expect(validate({ gatway: { mode: "local" } }).issues).toEqual([{ path: "gatway", message: expect.stringContaining('did you mean "gateway"?') }]);
    expect(validate({ gateway: { prot: 1 } }).issues).toEqual([{ path: "gateway.prot", message: expect.stringContaining('did you mean "gateway.port"?') }]);
    const inside = validate({ messages: { groupChatt: { historyLimit: 5 } } });
    expect(inside.issues).toEqual([{ path: "messages.groupChatt", message: expect.stringContaining('did you mean "messages.groupChat"?') }]);
    expect(inside.ignored).toEqual(["messages"]);
    const deep = validate({ agents: { entries: { main: { skils: [] } } } });
    expect(deep.issues).toEqual([{ path: "agents.entries.main.skils", message: expect.stringContaining('did you mean "agents.entries.main.skills"?') }]);
  });

  it("a wrong value at a key we implement is still an error (only unknown keys are ever ignored)", () => {
    expect(validate({ gateway: { port: "x" }, messages: {} }).issues).toEqual([{ path: "gateway.port", message: "must be integer" }]);
  });

  it("agents.entries.<id> (upstream's shape) is read; agents.list still works beside it", async () => {
    const gw = await startTestGateway({
      plugins: [agentPlugin],
      config: { agents: { entries: { work: { name: "Work", default: true, skills: ["ignored"] } }, list: [{ id: "home" }] } },
    });
    const c = await gw.client();
    expect(await c.request("status")).toMatchObject({ agent: { defaultAgentId: "work", agents: ["work", "home"] } });
    expect(gw.logs.join("\n")).toMatch(/agents\.list is deprecated/);
  });

  it("survive a config.patch round trip, and config.get lists them", async () => {
    const gw = await startTestGateway();
    const path = gw.gateway.info.configPath;
    writeFileSync(path, JSON.stringify({ gateway: { mode: "local" }, messages: { groupChat: { historyLimit: 50 } }, session: { dmScope: "per-peer" } }));
    const c = await gw.client();
    const before = (await c.request("config.get")) as ConfigSnapshot;
    expect(before.valid).toBe(true);
    expect(before.ignored).toEqual(["messages", "session"]);
    await c.request("config.patch", { raw: `{ gateway: { port: 19002 } }`, baseHash: before.hash });
    expect(JSON5.parse(readFileSync(path, "utf8"))).toEqual({
      gateway: { mode: "local", port: 19002 }, messages: { groupChat: { historyLimit: 50 } }, session: { dmScope: "per-peer" },
    });
    const after = (await c.request("config.get")) as ConfigSnapshot;
    const text = readFileSync(path, "utf8").replace('"mode": "local"', '"mode": "local", "bind": "loopback"');
    await c.request("config.apply", { raw: text, baseHash: after.hash });
    expect(JSON5.parse(readFileSync(path, "utf8")).messages).toEqual({ groupChat: { historyLimit: 50 } });
  });
});

describe("the pinned upstream key list", () => {
  const pkg = resolve(".cache/official-cli/node_modules/openclaw/package.json");
  it.skipIf(!existsSync(pkg))("matches the installed official package (else: npm run upstream-keys:gen)", () => {
    const installed = JSON.parse(readFileSync(pkg, "utf8")).version as string;
    const list = upstreamKeyList();
    expect(list.version, `core/config/upstream-config-keys.json is for openclaw@${list.version}, the official package is ${installed}: run npm run upstream-keys:gen`).toBe(installed);
    expect(list.generated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(list.keys.agents).toMatchObject({ entries: { "*": { skills: expect.anything() } } });
    expect(list.count).toBeGreaterThan(1000);
  });
});
