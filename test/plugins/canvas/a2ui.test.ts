/**
 * A2UI: the bundled page renders pushed JSONL (text, buttons, images) in a real browser, replays
 * the current surfaces to pages opened later, clears on reset, and sends button presses back as
 * `canvas.a2ui.action` events.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { BrowserContext } from "playwright-core";
import { stopAllTestGateways, waitFor } from "../../helpers/gateway.js";
import { parseJsonl, textMessages } from "../../../plugins/canvas/a2ui.js";
import { parseAction } from "../../../plugins/canvas/socket-hub.js";
import type { EventFrameIn } from "../../../core/client.js";
import { launchBrowser, removeTemps, startCanvasGateway } from "./helpers.js";

let browser: BrowserContext;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());
afterEach(async () => {
  await stopAllTestGateways();
  removeTemps();
});

const PIXEL = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

const JSONL = [
  { surfaceUpdate: { surfaceId: "main", components: [
    { id: "root", component: { Column: { children: { explicitList: ["title", "pic", "row"] } } } },
    { id: "title", component: { Text: { text: { literalString: "Pick one <b>now</b>" }, usageHint: "h1" } } },
    { id: "pic", component: { Image: { url: { literalString: PIXEL } } } },
    { id: "row", component: { Row: { children: { explicitList: ["yes", "no"] } } } },
    { id: "yes", component: { Button: { child: "yes-label", primary: true, action: { name: "choose", context: [{ key: "answer", value: { literalString: "yes" } }, { key: "user", value: { path: "/user/name" } }] } } } },
    { id: "yes-label", component: { Text: { text: { literalString: "Yes" } } } },
    { id: "no", component: { Button: { child: "no-label", action: { name: "choose", context: [{ key: "answer", value: { literalString: "no" } }] } } } },
    { id: "no-label", component: { Text: { text: { literalString: "No" } } } },
  ] } },
  { dataModelUpdate: { surfaceId: "main", path: "/user", contents: [{ key: "name", valueString: "Ada" }] } },
  { beginRendering: { surfaceId: "main", root: "root" } },
].map((m) => JSON.stringify(m)).join("\n");

describe("A2UI page", () => {
  it("renders pushed JSONL (text, image, buttons) and posts button presses back as canvas.a2ui.action", async () => {
    const gw = await startCanvasGateway();
    const op = await gw.client({ scopes: ["operator.write"] });
    const actions: EventFrameIn[] = [];
    op.on("event:canvas.a2ui.action", (_p: unknown, e: EventFrameIn) => actions.push(e));
    const tab = await browser.newPage();
    await tab.goto(`http://127.0.0.1:${gw.gateway.port}/__openclaw__/a2ui/`);
    await tab.waitForFunction(() => document.body.dataset.connected === "1");
    const pushed = (await op.request("canvas.a2ui.push", { jsonl: JSONL })) as { messages: number; delivered: number };
    expect(pushed).toMatchObject({ ok: true, messages: 3, delivered: 1 });
    await tab.waitForSelector("h1");
    expect(await tab.textContent("h1")).toBe("Pick one <b>now</b>"); // text, never markup
    expect(await tab.locator("b").count()).toBe(0);
    expect(await tab.getAttribute("img", "src")).toBe(PIXEL);
    expect(await tab.locator("button").allTextContents()).toEqual(["Yes", "No"]);
    await tab.click("button.primary");
    await waitFor(() => actions.length === 1, 2000, "canvas.a2ui.action");
    const { userAction } = actions[0].payload as { userAction: Record<string, unknown> };
    expect(userAction).toMatchObject({ name: "choose", surfaceId: "main", sourceComponentId: "yes", context: { answer: "yes", user: "Ada" } });
    expect(Date.parse(userAction.timestamp as string)).toBeGreaterThan(0);
    await tab.close();
  });

  it("replays the current surfaces to a page opened later, on the dedicated port too; reset clears every page", async () => {
    const gw = await startCanvasGateway();
    const op = await gw.client({ scopes: ["operator.write"] });
    await op.request("canvas.a2ui.push", { text: "Hello from the agent" });
    const tab = await browser.newPage();
    await tab.goto(`http://127.0.0.1:${gw.canvasPort}/__openclaw__/a2ui/`);
    await tab.waitForSelector("p >> text=Hello from the agent");
    expect(await op.request("canvas.a2ui.reset")).toMatchObject({ ok: true, delivered: 1 });
    await tab.waitForFunction(() => document.querySelectorAll(".surface").length === 0);
    expect(await tab.textContent("#state")).toMatch(/Waiting for A2UI messages/);
    await tab.close();
  });

  it("rejects invalid pushes with the line at fault, and needs operator.write", async () => {
    const gw = await startCanvasGateway();
    const writer = await gw.client({ scopes: ["operator.write"] });
    await expect(writer.request("canvas.a2ui.push", { jsonl: '{"beginRendering":{}}\n{nope' })).rejects.toThrow(/line 2: not JSON/);
    await expect(writer.request("canvas.a2ui.push", { jsonl: '{"a":1}' })).rejects.toThrow(/line 1: expected exactly one of/);
    await expect(writer.request("canvas.a2ui.push", {})).rejects.toThrow(/exactly one of jsonl or text/);
    const reader = await gw.client({ scopes: ["operator.read"] });
    await expect(reader.request("canvas.a2ui.push", { text: "x" })).rejects.toThrow();
  });

  it("parses JSONL, text and actions", () => {
    expect(parseJsonl('\n{"deleteSurface":{"surfaceId":"a"}}\n\n{"version":"v0.8","beginRendering":{"surfaceId":"a","root":"r"}}\n')).toHaveLength(2);
    expect(textMessages("hi")[1]).toEqual({ beginRendering: { surfaceId: "main", root: "root" } });
    expect(parseAction('{"userAction":{"name":"go","context":{"a":1}}}')).toEqual({ name: "go", context: { a: 1 }, surfaceId: undefined, sourceComponentId: undefined, timestamp: undefined });
    for (const bad of ["x", "{}", '{"userAction":[]}', '{"userAction":{"name":""}}', `{"userAction":{"name":"${"n".repeat(201)}"}}`]) expect(parseAction(bad)).toBeNull();
  });
});
