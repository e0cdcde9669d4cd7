/**
 * gateway.controlUi.root: another built Control UI folder (laid out as the official build is: nested
 * folders, precompressed siblings, inline bootstrap scripts, app routes) served instead of ours; and
 * GET /control-ui-config.json, which that build fetches before it connects.
 */
import { createHash } from "node:crypto";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { stopAllTestGateways, TEST_TOKEN } from "../../helpers/gateway.js";
import { removeTemps, startUiGateway, tempDir } from "./helpers.js";

afterEach(() => stopAllTestGateways());
afterAll(() => removeTemps());

const INLINE = `globalThis.booted = 1;`;

function officialLikeBuild(): string {
  const dir = tempDir("ocgw-official-ui-");
  mkdirSync(join(dir, "assets"));
  mkdirSync(join(dir, "themes"));
  writeFileSync(join(dir, "index.html"), `<!doctype html><html lang="en"><head><script>${INLINE}</script><script type="module" src="./assets/index-DsEuFQRE.js"></script></head><body><openclaw-app></openclaw-app></body></html>`);
  writeFileSync(join(dir, "assets", "index-DsEuFQRE.js"), "export const app = 'official';\n".repeat(50));
  writeFileSync(join(dir, "assets", "index-DsEuFQRE.js.gz"), gzipSync("export const app = 'official';\n".repeat(50)));
  writeFileSync(join(dir, "themes", "claw.css"), ":root{--bg:#000}");
  const outside = tempDir("ocgw-outside-");
  writeFileSync(join(outside, "secret.js"), "secret");
  symlinkSync(join(outside, "secret.js"), join(dir, "assets", "leak.js"));
  return dir;
}

describe("gateway.controlUi.root", () => {
  it("serves the folder: base path stamped, inline scripts allowed by hash, precompressed assets, app routes", async () => {
    const root = officialLikeBuild();
    const ours = tempDir("ocgw-ours-");
    const gw = await startUiGateway({ assetsDir: ours, bare: true, config: { gateway: { controlUi: { root } } } });
    const page = await fetch(`${gw.httpUrl}/`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(`<html lang="en" data-openclaw-control-ui-base-path="">`);
    const csp = page.headers.get("content-security-policy")!;
    const hash = createHash("sha256").update(INLINE).digest("base64");
    expect(csp).toContain(`script-src 'self' 'sha256-${hash}'`);
    expect(csp).toContain("connect-src 'self' data:");
    expect(csp).not.toContain("unsafe-eval");
    expect(page.headers.get("x-frame-options")).toBe("DENY");

    const js = await fetch(`${gw.httpUrl}/assets/index-DsEuFQRE.js`, { headers: { "accept-encoding": "gzip" } });
    expect(js.status).toBe(200);
    expect(js.headers.get("content-encoding")).toBe("gzip");
    expect(js.headers.get("cache-control")).toContain("immutable");
    expect(await js.text()).toContain("official");
    expect((await fetch(`${gw.httpUrl}/themes/claw.css`)).headers.get("content-type")).toContain("text/css");
    // an app route renders from index.html; a missing file is a 404, never the app
    const route = await fetch(`${gw.httpUrl}/sessions`, { headers: { accept: "text/html" } });
    expect(route.status).toBe(200);
    expect(await route.text()).toContain("openclaw-app");
    expect((await fetch(`${gw.httpUrl}/assets/missing-AAAAAAAA.js`)).status).toBe(404);
    for (const bad of ["/assets/leak.js", "/%2e%2e/secret.js", "/assets/..%2fsecret.js", "/.hidden.js"]) {
      expect((await fetch(`${gw.httpUrl}${bad}`)).status, bad).toBe(404);
    }
    // the gateway's own routes keep answering
    expect((await fetch(`${gw.httpUrl}/health`)).status).toBe(200);
    const client = await gw.client();
    expect(await client.request("status")).toMatchObject({ controlUi: { path: "/", built: true, root: expect.stringContaining("ocgw-official-ui-") } });
  });

  it("a root that is not a built folder fails the plugin with the key and the fix; the gateway keeps serving", async () => {
    const empty = tempDir("ocgw-empty-");
    for (const root of [join(empty, "nope"), empty]) {
      const gw = await startUiGateway({ assetsDir: empty, bare: true, config: { gateway: { controlUi: { root } } } });
      const status = gw.gateway.plugins.list().find((p) => p.name === "control-ui");
      expect(status?.state).toBe("failed");
      expect(status?.error).toMatch(/gateway\.controlUi\.root .*(does not exist|has no index\.html).*point it at a built Control UI folder/);
      expect((await fetch(`${gw.httpUrl}/health`)).status).toBe(200);
      await gw.stop();
    }
  });
});

describe("GET /control-ui-config.json", () => {
  it("answers what the official UI reads; a loopback browser needs no token, HEAD works", async () => {
    const gw = await startUiGateway({ assetsDir: tempDir("ocgw-ours-"), bare: true, config: { gateway: { controlUi: { basePath: "/ui" } } } });
    const res = await fetch(`${gw.httpUrl}/ui/control-ui-config.json`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      basePath: "/ui", assistantName: "Assistant", assistantAvatar: "A", assistantAvatarSource: null, assistantAvatarStatus: null, assistantAvatarReason: null,
      serverVersion: "test", embedSandbox: "scripts", allowExternalEmbedUrls: false, automaticallyFetchFavicons: true, communityInvite: true,
      terminalEnabled: false, cliAgentsEnabled: false, pluginAssetsRequireAuth: true, pluginFrameGrants: [],
    });
    expect((await fetch(`${gw.httpUrl}/ui/control-ui-config.json`, { method: "HEAD" })).status).toBe(200);
    // a client that is not a direct loopback one (it came through a proxy) needs the credential
    const proxied = { "x-forwarded-for": "203.0.113.9" };
    expect((await fetch(`${gw.httpUrl}/ui/control-ui-config.json`, { headers: proxied })).status).toBe(401);
    expect((await fetch(`${gw.httpUrl}/ui/control-ui-config.json`, { headers: { ...proxied, authorization: `Bearer ${TEST_TOKEN}` } })).status).toBe(200);
  });
});
