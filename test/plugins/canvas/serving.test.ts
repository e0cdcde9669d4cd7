/** canvas: starter page, MIME types, HEAD, 405, no-store, live-reload injection, both ports byte-identical. */
import { afterEach, describe, expect, it } from "vitest";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import { stopAllTestGateways } from "../../helpers/gateway.js";
import { STARTER_HTML } from "../../../plugins/canvas/starter-page.js";
import { injectLiveReload, liveReloadSnippet } from "../../../plugins/canvas/live-reload.js";
import { contentTypeFor } from "../../../plugins/canvas/mime.js";
import { SANDBOX_CSP } from "../../../plugins/canvas/static-files.js";
import { rawRequest, removeTemps, startCanvasGateway, tempDir } from "./helpers.js";

afterEach(async () => {
  await stopAllTestGateways();
  removeTemps();
});

const C = "/__openclaw__/canvas";
/** The socket ticket each HTML response carries (issue time and MAC): masked where bytes are compared. */
const TICKET = /openclaw-canvas\.[0-9a-z]+\.[A-Za-z0-9_-]{22}/g;
const masked = (body: Buffer) => body.toString("latin1").replace(TICKET, "openclaw-canvas.<ticket>");

describe("canvas serving", () => {
  it("writes the starter index.html into an empty root and serves it for /, a trailing slash and no slash", async () => {
    const gw = await startCanvasGateway();
    expect(readFileSync(join(gw.root, "index.html"), "utf8")).toBe(STARTER_HTML);
    for (const path of [`${C}/`, C, `${C}/index.html`]) {
      const r = await rawRequest(gw.gateway.port, path);
      expect(r.status).toBe(200);
      expect(r.headers["content-type"]).toBe("text/html; charset=utf-8");
      expect(r.headers["cache-control"]).toBe("no-store");
      expect(r.body.toString()).toContain("OpenClaw Canvas");
      expect(r.body.toString()).toContain("<script data-openclaw-live-reload>");
      expect(r.body.toString()).toMatch(TICKET);
    }
  });

  it("leaves a non-empty root alone and answers a missing index with a 404 page", async () => {
    const root = join(tempDir(), "canvas");
    mkdirSync(root);
    writeFileSync(join(root, "app.js"), "console.log(1)");
    const gw = await startCanvasGateway({ root });
    const r = await rawRequest(gw.gateway.port, `${C}/`);
    expect(r.status).toBe(404);
    expect(r.body.toString()).toContain("Missing file. Create index.html");
    expect((await rawRequest(gw.gateway.port, `${C}/app.js`)).body.toString()).toBe("console.log(1)");
  });

  it("serves subdirectory indexes and correct content types", async () => {
    const gw = await startCanvasGateway();
    mkdirSync(join(gw.root, "game"));
    const files: Record<string, string> = {
      "game/index.html": "<html><body>game</body></html>",
      "style.css": "body{}",
      "app.js": "1",
      "mod.mjs": "2",
      "data.json": "{}",
      "pic.png": "png",
      "pic.svg": "<svg/>",
      "font.woff2": "w",
      "blob.bin": "b",
      "page.HTM": "<p>x</p>",
    };
    for (const [name, body] of Object.entries(files)) writeFileSync(join(gw.root, name), body);
    const expected: Record<string, string> = {
      "game/": "text/html; charset=utf-8",
      game: "text/html; charset=utf-8",
      "style.css": "text/css; charset=utf-8",
      "app.js": "text/javascript; charset=utf-8",
      "mod.mjs": "text/javascript; charset=utf-8",
      "data.json": "application/json; charset=utf-8",
      "pic.png": "image/png",
      "pic.svg": "image/svg+xml",
      "font.woff2": "font/woff2",
      "blob.bin": "application/octet-stream",
      "page.HTM": "text/html; charset=utf-8",
    };
    for (const [path, type] of Object.entries(expected)) {
      const r = await rawRequest(gw.gateway.port, `${C}/${path}`);
      expect(r.status, path).toBe(200);
      expect(r.headers["content-type"], path).toBe(type);
      expect(r.headers["x-content-type-options"]).toBe("nosniff");
    }
    expect(contentTypeFor("x.unknownext")).toBe("application/octet-stream");
    expect((await rawRequest(gw.gateway.port, `${C}/missing.txt`)).status).toBe(404);
    expect((await rawRequest(gw.gateway.port, `${C}/.hidden`)).status).toBe(404);
  });

  it("the dedicated port and the gateway port serve identical bytes (small, HTML, 1 MiB)", async () => {
    const gw = await startCanvasGateway();
    const big = randomBytes(1024 * 1024);
    writeFileSync(join(gw.root, "big.bin"), big);
    writeFileSync(join(gw.root, "small.txt"), "x".repeat(10 * 1024));
    expect(gw.canvasPort).toBeGreaterThan(0);
    expect(gw.canvasPort).not.toBe(gw.gateway.port);
    for (const path of ["big.bin", "small.txt", "index.html", ""]) {
      const a = await rawRequest(gw.gateway.port, `${C}/${path}`);
      const b = await rawRequest(gw.canvasPort!, `${C}/${path}`);
      expect(a.status).toBe(200);
      expect(b.status).toBe(200);
      expect(masked(a.body), path).toBe(masked(b.body));
      for (const h of ["content-type", "content-length", "cache-control", "content-security-policy"]) expect(b.headers[h]).toBe(a.headers[h]);
    }
    expect(Buffer.compare((await rawRequest(gw.canvasPort!, `${C}/big.bin`)).body, big)).toBe(0);
  });

  it("HEAD has the GET headers and no body; other methods get 405 with Allow on both ports", async () => {
    const gw = await startCanvasGateway();
    writeFileSync(join(gw.root, "a.txt"), "hello");
    for (const port of [gw.gateway.port, gw.canvasPort!]) {
      const head = await rawRequest(port, `${C}/a.txt`, { method: "HEAD" });
      expect(head.status).toBe(200);
      expect(head.headers["content-length"]).toBe("5");
      expect(head.body.length).toBe(0);
      const headHtml = await rawRequest(port, `${C}/`, { method: "HEAD" });
      const getHtml = await rawRequest(port, `${C}/`);
      expect(headHtml.headers["content-length"]).toBe(String(getHtml.body.length));
      expect(headHtml.body.length).toBe(0);
      for (const method of ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"]) {
        const r = await rawRequest(port, `${C}/a.txt`, { method, headers: { "content-length": "0" } });
        expect(r.status, `${method} on ${port}`).toBe(405);
        expect(r.headers.allow).toMatch(/GET/);
        expect(r.headers.allow).toMatch(/HEAD/);
      }
    }
  });

  it("every canvas response, whatever its type or status, carries the sandbox CSP (opaque origin, scripts allowed)", async () => {
    expect(SANDBOX_CSP).toMatch(/^sandbox allow-scripts( |$)/);
    expect(SANDBOX_CSP).not.toMatch(/allow-same-origin|allow-top-navigation|escape-sandbox/);
    const gw = await startCanvasGateway();
    for (const [name, body] of [["a.html", "<p>x"], ["b.svg", "<svg xmlns='http://www.w3.org/2000/svg'/>"], ["c.js", "1"], ["d.xml", "<a/>"], ["e.bin", "x"]]) writeFileSync(join(gw.root, name), body);
    for (const port of [gw.gateway.port, gw.canvasPort!]) {
      for (const [path, status, method] of [
        [`${C}/`, 200], [`${C}/a.html`, 200], [`${C}/b.svg`, 200], [`${C}/c.js`, 200], [`${C}/d.xml`, 200], [`${C}/e.bin`, 200],
        [`${C}/a.html`, 200, "HEAD"], [`${C}/missing/`, 404], [`${C}/nope.html`, 404], [`${C}/a%00b`, 400], ["/__openclaw__/a2ui/", 200],
      ] as Array<[string, number, string?]>) {
        const r = await rawRequest(port, path, { method });
        expect(r.status, `${path} on ${port}`).toBe(status);
        expect(r.headers["content-security-policy"], `${path} on ${port}`).toBe(SANDBOX_CSP);
      }
    }
    const refused = await rawRequest(gw.canvasPort!, `${C}/a.html`, { method: "POST", headers: { "content-length": "0" } });
    expect(refused.status).toBe(405);
    expect(refused.headers["content-security-policy"]).toBe(SANDBOX_CSP);
  });

  it("the socket path answers a plain GET with 426, and the A2UI page is served on both ports", async () => {
    const gw = await startCanvasGateway();
    for (const port of [gw.gateway.port, gw.canvasPort!]) {
      expect((await rawRequest(port, "/__openclaw__/ws")).status).toBe(426);
      const page = await rawRequest(port, "/__openclaw__/a2ui/");
      expect(page.status).toBe(200);
      expect(page.body.toString()).toContain("OpenClaw A2UI");
      expect((await rawRequest(port, "/__openclaw__/a2ui/other.js")).status).toBe(404);
    }
    expect((await rawRequest(gw.canvasPort!, "/health")).status).toBe(404);
  });

  it("a client that leaves mid-download costs no descriptor; every download is complete", async () => {
    const gw = await startCanvasGateway();
    writeFileSync(join(gw.root, "big.bin"), randomBytes(8 * 1024 * 1024));
    const fds = () => readdirSync("/proc/self/fd").length;
    const before = fds();
    for (let i = 0; i < 20; i++) {
      await new Promise<void>((resolve) => {
        const s = connect(i % 2 ? gw.canvasPort! : gw.gateway.port, "127.0.0.1", () => s.write("GET /__openclaw__/canvas/big.bin HTTP/1.1\r\nhost: 127.0.0.1\r\n\r\n"));
        s.once("data", () => s.destroy());
        s.on("close", () => resolve());
      });
    }
    await new Promise((r) => setTimeout(r, 200));
    expect(fds()).toBeLessThanOrEqual(before + 2);
    const all = await Promise.all(Array.from({ length: 6 }, (_, i) => rawRequest(i % 2 ? gw.canvasPort! : gw.gateway.port, "/__openclaw__/canvas/big.bin")));
    for (const r of all) expect(r.body.length).toBe(8 * 1024 * 1024);
  });

  it("injects the reload script before the last </body>, or appends it", () => {
    const snippet = liveReloadSnippet("t.ticket").toString();
    expect(snippet).toContain('var protocol = "openclaw-canvas.t.ticket";');
    const out = injectLiveReload(Buffer.from("<html><body>a</body><!-- </BODY > --></html>"), "t.ticket").toString();
    expect(out.indexOf(snippet)).toBe(out.lastIndexOf("</BODY >") - snippet.length);
    expect(injectLiveReload(Buffer.from("<p>x"), "t.ticket").toString()).toBe(`<p>x${snippet}`);
  });
});
