/**
 * The Control UI over HTTP: the page and its assets with security headers, gzip, caching and ETags;
 * 404 (never the app) for anything else; the gateway's own routes untouched; the enabled flag, a
 * base path, and 503 naming `npm run build` while the page is not built.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { cpSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { stopAllTestGateways } from "../../helpers/gateway.js";
import { rawRequest } from "../canvas/helpers.js";
import { CONTENT_SECURITY_POLICY } from "../../../plugins/control-ui/headers.js";
import { buildUi, removeTemps, startUiGateway, tempDir, type BuiltUi } from "./helpers.js";

let ui: BuiltUi;
beforeAll(async () => {
  ui = await buildUi();
});
afterEach(() => stopAllTestGateways());
afterAll(() => removeTemps());

const get = (url: string, headers: Record<string, string> = {}) => fetch(url, { headers, redirect: "manual" });

function expectSecurityHeaders(res: Response) {
  expect(res.headers.get("content-security-policy")).toBe(CONTENT_SECURITY_POLICY);
  expect(res.headers.get("referrer-policy")).toBe("no-referrer");
  expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  expect(res.headers.get("x-frame-options")).toBe("DENY");
}

describe("control-ui serving", () => {
  it("serves the page at / with the security headers, no-cache and no inline script or style", async () => {
    const gw = await startUiGateway({ assetsDir: ui.dir });
    const res = await get(`${gw.httpUrl}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("no-cache");
    expectSecurityHeaders(res);
    const csp = res.headers.get("content-security-policy")!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    const html = await res.text();
    expect(html).toContain(`<script type="module" src="./assets/${ui.js}"></script>`);
    expect(html).toContain(`href="./assets/${ui.css}"`);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // every script has a src
    expect(html).not.toMatch(/\sstyle=|<style|https?:\/\//);
  });

  it("serves the hashed assets with their types, a year of caching, gzip when accepted, and 304 for a known ETag", async () => {
    const gw = await startUiGateway({ assetsDir: ui.dir });
    for (const [name, type] of [[ui.js, "text/javascript; charset=utf-8"], [ui.css, "text/css; charset=utf-8"], [ui.icon, "image/svg+xml"]]) {
      const plain = await rawRequest(gw.gateway.port, `/assets/${name}`);
      expect(plain.status, name).toBe(200);
      expect(plain.headers["content-type"]).toBe(type);
      expect(plain.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
      expect(plain.headers["content-encoding"]).toBeUndefined();
      expect(plain.headers["x-content-type-options"]).toBe("nosniff");
      const zipped = await rawRequest(gw.gateway.port, `/assets/${name}`, { headers: { "accept-encoding": "br;q=1, gzip;q=0.8" } });
      expect(zipped.headers["content-encoding"]).toBe("gzip");
      expect(zipped.headers.vary).toBe("Accept-Encoding");
      expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);
      expect(zipped.body.length).toBeLessThan(plain.body.length);
      const refused = await rawRequest(gw.gateway.port, `/assets/${name}`, { headers: { "accept-encoding": "gzip;q=0" } });
      expect(refused.headers["content-encoding"]).toBeUndefined();
      const again = await rawRequest(gw.gateway.port, `/assets/${name}`, { headers: { "if-none-match": plain.headers.etag } });
      expect(again.status).toBe(304);
      expect(again.body.length).toBe(0);
    }
    const page = await rawRequest(gw.gateway.port, "/", { headers: { "accept-encoding": "gzip" } });
    expect(page.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(page.body).toString()).toContain("<!doctype html>");
  });

  it("answers HEAD with the headers and no body, and other methods with 405", async () => {
    const gw = await startUiGateway({ assetsDir: ui.dir });
    const head = await rawRequest(gw.gateway.port, "/", { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(Number(head.headers["content-length"])).toBeGreaterThan(0);
    expect(head.body.length).toBe(0);
    const post = await fetch(`${gw.httpUrl}/`, { method: "POST", body: "x" });
    expect(post.status).toBe(405);
  });

  it("answers 404 for unknown paths, never the app", async () => {
    const gw = await startUiGateway({ assetsDir: ui.dir });
    for (const path of ["/nope", "/index.html", "/app", "/assets", "/assets/", "/assets/nope.js", "/assets/app.js", "/favicon.ico", "/chat", "/ui/", "/assets/sub/x.js", `/assets/${ui.js}/`, `/assets/${ui.js}x`, "/robots.txt", "/__openclaw__/control-ui/"]) {
      const res = await get(`${gw.httpUrl}${path}`);
      expect(res.status, path).toBe(404);
      expect(await res.text(), path).not.toContain("<!doctype html>");
    }
  });

  it("leaves the gateway's own routes alone", async () => {
    const gw = await startUiGateway({ assetsDir: ui.dir });
    for (const path of ["/health", "/healthz", "/ready", "/readyz"]) {
      const res = await get(`${gw.httpUrl}${path}`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get("content-type"), path).toContain("application/json");
    }
    for (const path of ["/v1/models", "/v1/chat/completions", "/tools/invoke", "/__openclaw__/canvas/"]) {
      const res = await get(`${gw.httpUrl}${path}`);
      expect(res.status, path).toBe(404);
      expect(await res.text(), path).not.toContain("<!doctype html>");
    }
    // Credentials in a URL are still refused before any route, the page included.
    expect((await get(`${gw.httpUrl}/?token=abc`)).status).toBe(400);
  });

  it("serves nothing when gateway.controlUi.enabled is false", async () => {
    const gw = await startUiGateway({ assetsDir: ui.dir, config: { gateway: { controlUi: { enabled: false } } } });
    expect((await get(`${gw.httpUrl}/`)).status).toBe(404);
    expect((await get(`${gw.httpUrl}/assets/${ui.js}`)).status).toBe(404);
    expect(gw.gateway.routes.list().filter((r) => r.owner === "control-ui")).toEqual([]);
    expect((await get(`${gw.httpUrl}/health`)).status).toBe(200);
  });

  it("serves the page under a base path and redirects the bare path to it", async () => {
    const gw = await startUiGateway({ assetsDir: ui.dir, config: { gateway: { controlUi: { basePath: "/ui/" } } } });
    const page = await get(`${gw.httpUrl}/ui/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(`./assets/${ui.js}`);
    const bare = await get(`${gw.httpUrl}/ui?x=1`);
    expect(bare.status).toBe(308);
    expect(bare.headers.get("location")).toBe("/ui/?x=1");
    expect((await get(`${gw.httpUrl}/ui/assets/${ui.js}`)).status).toBe(200);
    expect((await get(`${gw.httpUrl}/`)).status).toBe(404);
    expect((await get(`${gw.httpUrl}/assets/${ui.js}`)).status).toBe(404);
  });

  it("answers 503 naming `npm run build` while the page is not built, and serves it once it is", async () => {
    const dir = join(tempDir(), "control-ui");
    const gw = await startUiGateway({ assetsDir: dir });
    const res = await get(`${gw.httpUrl}/`);
    expect(res.status).toBe(503);
    expectSecurityHeaders(res);
    const body = (await res.json()) as { error: { message: string } };
    expect(body.error.message).toContain("npm run build");
    expect(body.error.message).toContain(dir);
    expect((await get(`${gw.httpUrl}/assets/${ui.js}`)).status).toBe(503);
    const status = (await (await gw.client()).request("status")) as { controlUi?: { built: boolean } };
    expect(status.controlUi).toEqual({ path: "/", built: false });
    cpSync(ui.dir, dir, { recursive: true });
    expect((await get(`${gw.httpUrl}/`)).status).toBe(200);
    expect((await get(`${gw.httpUrl}/assets/${ui.js}`)).status).toBe(200);
  });

  it("picks up a rebuild while running: the new index.html and its new assets", async () => {
    const dir = join(tempDir(), "control-ui");
    cpSync(ui.dir, dir, { recursive: true });
    const gw = await startUiGateway({ assetsDir: dir });
    const before = await (await get(`${gw.httpUrl}/`)).text();
    // A different build: the same sources with a changed stylesheet name and page text.
    const { writeFileSync, renameSync, readFileSync } = await import("node:fs");
    renameSync(join(dir, "assets", ui.css), join(dir, "assets", "app-ZZZZZZZZ.css"));
    writeFileSync(join(dir, "index.html"), readFileSync(join(dir, "index.html"), "utf8").replace(ui.css, "app-ZZZZZZZZ.css").replace("<title>", "<title>v2 "));
    const after = await (await get(`${gw.httpUrl}/`)).text();
    expect(after).not.toBe(before);
    expect(after).toContain("v2 ");
    expect((await get(`${gw.httpUrl}/assets/app-ZZZZZZZZ.css`)).status).toBe(200);
    expect((await get(`${gw.httpUrl}/assets/${ui.css}`)).status).toBe(404);
  });

  it("reports itself in status", async () => {
    const gw = await startUiGateway({ assetsDir: ui.dir });
    const client = await gw.client();
    expect(((await client.request("status")) as { controlUi?: unknown }).controlUi).toEqual({ path: "/", built: true });
  });
});
