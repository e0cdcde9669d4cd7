/**
 * Canvas pages run sandboxed, in a real headless Chromium: a canvas script on the gateway port cannot
 * read what the Control UI keeps in the gateway origin (localStorage, cookies, a same-URL frame) nor
 * open the gateway's control socket, and yet live reload works from that opaque origin, including
 * after the canvas host restarted under an open page (stale ticket → the page reloads itself).
 * (The A2UI page's socket from the sandbox, pushes and actions, is covered by a2ui.test.ts.)
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { stopAllTestGateways, waitFor } from "../../helpers/gateway.js";
import { launchBrowser, removeTemps, startCanvasGateway } from "./helpers.js";

let browser: BrowserContext;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());
afterEach(async () => {
  for (const p of browser?.pages() ?? []) await p.close();
  await stopAllTestGateways();
  removeTemps();
});

const SECRET = "control-ui-token-must-stay-private";

/** What a hostile canvas script tries; it reports everything it got into #out as JSON. */
const PROBE = `<!doctype html><html><body><pre id="out"></pre><script>
  var out = { origin: String(self.origin) }, pending = 2;
  function done() { if (--pending === 0) document.getElementById("out").textContent = JSON.stringify(out); }
  function attempt(name, read) { try { out[name] = read(); } catch (e) { out[name] = "threw " + e.name; } }
  attempt("localStorage", function () { return JSON.stringify(Object.assign({}, localStorage)); });
  attempt("sessionStorage", function () { return JSON.stringify(Object.assign({}, sessionStorage)); });
  attempt("cookie", function () { return document.cookie; });
  var frame = document.createElement("iframe");
  frame.src = "/health";
  frame.onload = function () {
    attempt("frameStorage", function () { return JSON.stringify(Object.assign({}, frame.contentWindow.localStorage)); });
    done();
  };
  document.body.appendChild(frame);
  var control = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/");
  control.onopen = function () { out.controlSocket = "open"; control.close(); done(); };
  control.onerror = function () { out.controlSocket = "refused"; done(); };
</script></body></html>`;

const page = (title: string) => `<!doctype html><html><body><h1 id="t">${title}</h1></body></html>`;

async function seedGatewayOrigin(tab: Page, httpUrl: string): Promise<void> {
  await tab.goto(`${httpUrl}/health`);
  await tab.evaluate((secret) => {
    localStorage.setItem("openclaw.control.token", secret);
    sessionStorage.setItem("openclaw.control.token", secret);
    document.cookie = `openclaw_probe=${secret}; path=/`;
  }, SECRET);
}

async function probeResult(tab: Page): Promise<Record<string, string>> {
  await tab.waitForFunction(() => (document.getElementById("out")?.textContent ?? "") !== "", undefined, { timeout: 10_000 });
  return JSON.parse((await tab.textContent("#out")) ?? "{}") as Record<string, string>;
}

const openedSockets = async (gw: Awaited<ReturnType<typeof startCanvasGateway>>) => (await gw.info()).sockets;

async function waitForSockets(gw: Awaited<ReturnType<typeof startCanvasGateway>>, channel: "reload" | "a2ui", n: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  while ((await openedSockets(gw))[channel] < n) {
    if (Date.now() > deadline) throw new Error(`the page never opened its ${channel} socket`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe("canvas pages are sandboxed", () => {
  it("a canvas script on the gateway port cannot read the gateway origin's storage, cookies or frames, nor open the control socket", async () => {
    const gw = await startCanvasGateway();
    writeFileSync(join(gw.root, "probe.html"), PROBE);
    const tab = await browser.newPage();
    await seedGatewayOrigin(tab, gw.httpUrl);
    // The seed is real: a page of the gateway origin reads it back.
    expect(await tab.evaluate(() => localStorage.getItem("openclaw.control.token"))).toBe(SECRET);

    await tab.goto(`${gw.httpUrl}/__openclaw__/canvas/probe.html`);
    const out = await probeResult(tab);
    expect(out).toMatchObject({
      origin: "null",
      localStorage: "threw SecurityError",
      sessionStorage: "threw SecurityError",
      cookie: "threw SecurityError",
      frameStorage: "threw SecurityError",
      controlSocket: "refused",
    });
    expect(JSON.stringify(out)).not.toContain(SECRET);
  });

  it("every canvas surface is an opaque origin: files and the A2UI page, on both ports and through a capability", async () => {
    const gw = await startCanvasGateway();
    writeFileSync(join(gw.root, "index.html"), page("x"));
    writeFileSync(join(gw.root, "image.svg"), `<svg xmlns="http://www.w3.org/2000/svg"><script>document.documentElement.setAttribute("data-origin", String(self.origin))</script></svg>`);
    const node = await gw.client({ role: "node", scopes: [], client: { id: "node-host", mode: "node" } });
    const tab = await browser.newPage();
    for (const url of [
      `${gw.httpUrl}/__openclaw__/canvas/`,
      `${gw.httpUrl}/__openclaw__/a2ui/`,
      `http://127.0.0.1:${gw.canvasPort}/__openclaw__/canvas/`,
      `http://127.0.0.1:${gw.canvasPort}/__openclaw__/a2ui/`,
      `${node.hello!.pluginSurfaceUrls!.canvas}/__openclaw__/canvas/`,
      `${gw.httpUrl}/__openclaw__/canvas/missing/`, // the 404 page is HTML too
    ]) {
      await tab.goto(url);
      expect(await tab.evaluate(() => String(self.origin)), url).toBe("null");
    }
    await tab.goto(`${gw.httpUrl}/__openclaw__/canvas/image.svg`);
    expect(await tab.evaluate(() => document.documentElement.getAttribute("data-origin"))).toBe("null");
  });

  it("classic scripts, stylesheets and images still load from the canvas folder; CORS-mode requests (fetch, module scripts) do not", async () => {
    const gw = await startCanvasGateway();
    writeFileSync(join(gw.root, "classic.js"), "window.classicRan = true;");
    writeFileSync(join(gw.root, "module.js"), "window.moduleRan = true;");
    writeFileSync(join(gw.root, "style.css"), "#t { color: rgb(1, 2, 3); }");
    writeFileSync(join(gw.root, "data.json"), '{"a":1}');
    writeFileSync(join(gw.root, "pixel.png"), Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64"));
    writeFileSync(
      join(gw.root, "assets.html"),
      `<!doctype html><html><head><link rel="stylesheet" href="style.css"><script src="classic.js"></script><script type="module" src="module.js"></script></head>
      <body><p id="t">t</p><img id="i" src="pixel.png"><script>
        fetch("data.json").then(function (r) { return r.text(); }).then(function () { window.fetched = "ok"; }, function () { window.fetched = "failed"; });
      </script></body></html>`,
    );
    const tab = await browser.newPage();
    await tab.goto(`${gw.httpUrl}/__openclaw__/canvas/assets.html`);
    await tab.waitForFunction(() => (window as unknown as { fetched?: string }).fetched !== undefined && (document.getElementById("i") as HTMLImageElement).complete, undefined, { timeout: 10_000 });
    const seen = await tab.evaluate(() => {
      const w = window as unknown as { classicRan?: boolean; moduleRan?: boolean; fetched?: string };
      return { classic: w.classicRan === true, module: w.moduleRan === true, fetched: w.fetched, color: getComputedStyle(document.getElementById("t")!).color, image: (document.getElementById("i") as HTMLImageElement).naturalWidth };
    });
    expect(seen).toEqual({ classic: true, module: false, fetched: "failed", color: "rgb(1, 2, 3)", image: 1 });
  });
});

describe("live reload from the sandbox", () => {
  it("a page on the gateway port connects from Origin null with its ticket and reloads on a change", async () => {
    const gw = await startCanvasGateway();
    writeFileSync(join(gw.root, "index.html"), page("first"));
    const tab = await browser.newPage();
    await tab.goto(`${gw.httpUrl}/__openclaw__/canvas/`);
    expect(await tab.evaluate(() => String(self.origin))).toBe("null");
    await waitForSockets(gw, "reload", 1);
    await gw.watching();
    writeFileSync(join(gw.root, "index.html"), page("second"));
    await tab.waitForFunction(() => document.getElementById("t")?.textContent === "second", undefined, { timeout: 10_000 });
  });

  it("after the canvas host restarts under an open page, the page's stale ticket makes it reload, reconnect and live-reload again", async () => {
    const gw = await startCanvasGateway();
    writeFileSync(join(gw.root, "index.html"), page("before"));
    const tab = await browser.newPage();
    let loads = 0;
    tab.on("load", () => loads++);
    await tab.goto(`${gw.httpUrl}/__openclaw__/canvas/`);
    await waitForSockets(gw, "reload", 1);
    expect(loads).toBe(1);

    // A new plugin instance: new ticket key, so the page's reconnect is told its ticket is stale.
    await gw.gateway.plugins.reload(["canvas"], { canvasHost: { root: gw.root, port: 0 } });
    await waitFor(() => loads >= 2, 15_000, "the page reloading itself");
    await waitForSockets(gw, "reload", 1);
    expect(loads).toBe(2); // once: the fresh ticket is accepted
    await gw.watching();
    writeFileSync(join(gw.root, "index.html"), page("after"));
    await tab.waitForFunction(() => document.getElementById("t")?.textContent === "after", undefined, { timeout: 10_000 });
  });
});
