/**
 * Secrets in the config are hidden by schema (`sensitive: true`), not by key name: provider headers and
 * keys, URL credentials, channel tokens, a third-party plugin's own secret fields, and keys no schema
 * describes. Checked through config.get with a read-scope client, the CLI, and the gateway's logs.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startTestGateway, stopAllTestGateways, waitFor } from "../helpers/gateway.js";
import { cliHome, freePort, runCli, spawnGateway, type RunningGateway } from "../helpers/cli.js";
import { builtinPlugins } from "../../plugins/index.js";
import type { ConfigSnapshot } from "../../core/config/config-snapshot.js";

const running: RunningGateway[] = [];
afterEach(async () => {
  await stopAllTestGateways();
  await Promise.all(running.splice(0).map((g) => g.stop("SIGKILL")));
});

const R = "__OPENCLAW_REDACTED__";
// Every built-in plugin's schema counts, but none runs (no network, no channel logins).
const builtinsOff = () => builtinPlugins().map((def) => ({ def, source: "builtin", enabled: false }));

const SECRETS = {
  gatewayToken: "gw-token-AAAA1111",
  remotePassword: "remote-pass-BBBB2222",
  remoteToken: "remote-tok-CCCC3333",
  basePassword: "base-pass-DDDD4444",
  apiKey: "acme-key-EEEE5555",
  authorization: "Bearer hdr-auth-FFFF6666",
  xApiKey: "hdr-xkey-GGGG7777",
  botToken: "123456:tg-bot-IIII8888",
  webhookSecret: "tgwebhookJJJJ9999",
};

const CONFIG = `{
  // mine: kept in the raw text
  gateway: {
    mode: "local",
    auth: { token: "${SECRETS.gatewayToken}" },
    remote: { url: "wss://ops:${SECRETS.remotePassword}@gw.example:443", token: "${SECRETS.remoteToken}" },
  },
  models: {
    providers: {
      acme: {
        baseUrl: "https://bob:${SECRETS.basePassword}@llm.example/v1",
        apiKey: "${SECRETS.apiKey}",
        headers: { Authorization: "${SECRETS.authorization}", "x-api-key": "${SECRETS.xApiKey}" },
        models: [{ id: "m1" }],
      },
    },
  },
  channels: { telegram: { botToken: "${SECRETS.botToken}", webhookUrl: "https://hooks.example/tg", webhookSecret: "${SECRETS.webhookSecret}" } },
}
`;

function expectNoSecret(text: string, secrets: readonly string[]): void {
  for (const s of secrets) expect(text, `leaked ${s}`).not.toContain(s);
}

describe("config.get hides secrets by schema", () => {
  it("a read-scope client sees no provider header, API key, URL password, gateway or channel secret", async () => {
    const gw = await startTestGateway({ plugins: builtinsOff() });
    writeFileSync(gw.gateway.info.configPath, CONFIG);
    const reader = await gw.client({ scopes: ["operator.read"] });
    const snap = (await reader.request("config.get")) as ConfigSnapshot;
    expectNoSecret(JSON.stringify(snap), Object.values(SECRETS));
    expect(snap.valid).toBe(true);
    expect(snap.config).toMatchObject({
      gateway: { mode: "local", auth: { token: R }, remote: { url: `wss://ops:${R}@gw.example:443`, token: R } },
      models: { providers: { acme: { baseUrl: `https://bob:${R}@llm.example/v1`, apiKey: R, headers: { Authorization: R, "x-api-key": R }, models: [{ id: "m1" }] } } },
      channels: { telegram: { botToken: R, webhookUrl: "https://hooks.example/tg", webhookSecret: R } },
    });
    expect(snap.raw).toContain("// mine: kept in the raw text");
    expect(snap.raw).toContain(`"x-api-key": "${R}"`);
  });

  it("a key no schema describes (a typo) is hidden too, and so is the raw text that holds it", async () => {
    const gw = await startTestGateway({ plugins: builtinsOff() });
    const typo = "typo-key-KKKK0000";
    writeFileSync(gw.gateway.info.configPath, `{ models: { providers: { acme: { baseUrl: "http://127.0.0.1:1/v1", apiKye: "${typo}" } } } }`);
    const snap = (await (await gw.client({ scopes: ["operator.read"] })).request("config.get")) as ConfigSnapshot;
    expectNoSecret(JSON.stringify(snap), [typo]);
    expect(snap.config).toEqual({ models: { providers: { acme: { baseUrl: "http://127.0.0.1:1/v1", apiKye: R } } } });
    expect(snap.raw).toBeNull();
  });

  it("a secret the text spells with escapes withholds the raw text instead of showing it", async () => {
    const gw = await startTestGateway({ plugins: builtinsOff() });
    // JSON5 reads "\u0045" as "E": the parsed key matches nothing in the text, so cutting it out would miss it.
    writeFileSync(gw.gateway.info.configPath, `{ models: { providers: { acme: { baseUrl: "http://127.0.0.1:1/v1", apiKey: "acme-key-\\u0045EEE5555" } } } }`);
    const snap = (await (await gw.client({ scopes: ["operator.read"] })).request("config.get")) as ConfigSnapshot;
    expect(snap.config).toMatchObject({ models: { providers: { acme: { apiKey: R } } } });
    expect(snap.raw).toBeNull();
    expectNoSecret(JSON.stringify(snap), [SECRETS.apiKey, "EEE5555"]);
  });

  it("a credential in a URL query (?key=, &access_token=) is hidden in the config and the raw text", async () => {
    const gw = await startTestGateway({ plugins: builtinsOff() });
    writeFileSync(gw.gateway.info.configPath, `{ models: { providers: { acme: { baseUrl: "https://proxy.example/v1?key=SECRET_QUERY_222&region=eu" } } } }`);
    const snap = (await (await gw.client({ scopes: ["operator.read"] })).request("config.get")) as ConfigSnapshot;
    expect(snap.config).toMatchObject({ models: { providers: { acme: { baseUrl: `https://proxy.example/v1?key=${R}&region=eu` } } } });
    expect(snap.raw).toContain(`?key=${R}&region=eu`);
    expectNoSecret(JSON.stringify(snap), ["SECRET_QUERY_222"]);
  });

  it("config.apply refuses the placeholder config.get shows, so it never becomes the real token", async () => {
    const gw = await startTestGateway({ plugins: builtinsOff() });
    const path = gw.gateway.info.configPath;
    writeFileSync(path, CONFIG);
    const admin = await gw.client();
    const snap = (await admin.request("config.get")) as ConfigSnapshot;
    await expect(admin.request("config.apply", { raw: snap.raw, baseHash: snap.hash })).rejects.toMatchObject({
      code: "INVALID_REQUEST",
      message: expect.stringMatching(/holds __OPENCLAW_REDACTED__ at gateway\.auth\.token, .*models\.providers\.acme\.headers\.Authorization/),
    });
    await expect(admin.request("config.patch", { raw: JSON.stringify({ gateway: { auth: { token: R } } }), baseHash: snap.hash })).rejects.toMatchObject({
      message: expect.stringMatching(/placeholder/),
    });
    expect(readFileSync(path, "utf8")).toBe(CONFIG);
  });
});

/** A third-party plugin whose schema marks its own secret, and which logs it (as careless code does). */
function secretLoggingPlugin(secret: string): string {
  const dir = mkdtempSync(join(tmpdir(), "ocgw-secret-plugin-"));
  writeFileSync(
    join(dir, "index.mjs"), // .mjs: a bare folder has no package.json saying "module"
    `export default {
  name: "vault",
  configPaths: ["vault"],
  configSchema: { type: "object", additionalProperties: false, properties: { vault: { type: "object", additionalProperties: false,
    properties: { endpoint: { type: "string" }, credential: { type: "string", sensitive: true } } } } },
  setup(api) { api.log.info("vault connecting with " + api.config.vault.credential + " to " + api.config.vault.endpoint); },
};
`,
  );
  expect(secret).not.toMatch(/token|password|secret|key/i); // nothing the log patterns would catch by name
  return dir;
}

describe("the CLI and the logs use the same schema decision", () => {
  it("a plugin's sensitive field is masked in the gateway's console and file logs, and hidden by `config get`", async () => {
    const h = cliHome();
    const port = await freePort();
    const credential = "vault-credential-LLLL1234";
    const plugin = secretLoggingPlugin(credential);
    h.writeConfig({ gateway: { mode: "local", port, auth: { token: "tok-one-11111111" } }, plugins: { load: { paths: [plugin] } }, vault: { endpoint: "https://vault.example", credential } });
    const g = await spawnGateway([], h.env);
    running.push(g);
    await waitFor(() => g.output().includes("vault connecting with"), 10_000, "the plugin's log line");
    expect(g.output()).toContain("to https://vault.example");
    expect(g.output()).not.toContain(credential);
    const logDir = join(h.stateDir, "logs");
    const fileText = readdirSync(logDir).map((f) => readFileSync(join(logDir, f), "utf8")).join("");
    expect(fileText).toContain("vault connecting with");
    expect(fileText).not.toContain(credential);
    const get = await runCli(["config", "get", "vault", "--json"], h.env);
    expect(JSON.parse(get.stdout)).toMatchObject({ via: "gateway", value: { endpoint: "https://vault.example", credential: R } });
  });

  it("`config set` does not echo a header value (a secret by schema, whatever its key is called)", async () => {
    const h = cliHome();
    h.writeConfig({ gateway: { mode: "local", port: await freePort() } });
    const header = "Bearer hdr-set-MMMM5678";
    const set = await runCli(["config", "set", "models.providers.acme", JSON.stringify({ baseUrl: "http://127.0.0.1:1/v1", headers: { Authorization: header } })], h.env);
    expect(set.code).toBe(0);
    expect(set.stdout).toContain("models.providers.acme = (hidden)");
    expect(set.stdout + set.stderr).not.toContain("hdr-set-MMMM5678");
    expect(JSON.parse(readFileSync(h.configPath, "utf8")).models.providers.acme.headers.Authorization).toBe(header);
  });
});
