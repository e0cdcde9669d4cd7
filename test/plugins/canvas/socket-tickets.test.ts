/**
 * Socket tickets: a socket that says `Origin: null` (any sandboxed page, ours or another site's) reaches
 * the canvas socket only with the ticket of a page we served; a forged, expired or old ticket is told to
 * reload (4401) and receives nothing; the gateway's control socket still refuses `Origin: null`.
 */
import { afterEach, describe, expect, it } from "vitest";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import WebSocket from "ws";
import { stopAllTestGateways } from "../../helpers/gateway.js";
import { STALE_TICKET_CLOSE, TICKET_PROTOCOL_PREFIX, TICKET_TTL_MS, createSocketTickets } from "../../../plugins/canvas/socket-tickets.js";
import { rawRequest, removeTemps, startCanvasGateway, type CanvasGateway } from "./helpers.js";

afterEach(async () => {
  await stopAllTestGateways();
  removeTemps();
});

type Outcome = { opened: boolean; status?: number; closeCode?: number; messages: string[] };

/** Connects like a sandboxed page would (Origin "null"), records the outcome, and lets `during` act while open. */
function tryConnect(url: string, protocols: string[], during?: (ws: WebSocket) => Promise<void>): Promise<Outcome> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, protocols, { origin: "null" });
    const outcome: Outcome = { opened: false, messages: [] };
    ws.on("message", (d) => outcome.messages.push(d.toString()));
    ws.on("unexpected-response", (_req, res) => {
      outcome.status = res.statusCode;
      ws.terminate();
      resolve(outcome);
    });
    ws.on("error", () => undefined);
    ws.on("open", () => {
      outcome.opened = true;
      if (during) void during(ws).then(() => ws.close());
    });
    ws.on("close", (code) => {
      outcome.closeCode = code;
      resolve(outcome);
    });
  });
}

/** The ticket an HTML response carries, as the page would offer it. */
async function servedTicket(port: number, path = "/__openclaw__/canvas/"): Promise<string> {
  const body = (await rawRequest(port, path)).body.toString();
  const match = new RegExp(`${TICKET_PROTOCOL_PREFIX.replace(".", "\\.")}[0-9a-z]+\\.[A-Za-z0-9_-]{22}`).exec(body);
  if (!match) throw new Error(`no ticket in ${path}`);
  return match[0];
}

const wsUrl = (port: number, path = "/__openclaw__/ws") => `ws://127.0.0.1:${port}${path}`;

async function expectReloadDelivered(gw: CanvasGateway, port: number, ticket: string): Promise<void> {
  const outcome = await tryConnect(wsUrl(port), [ticket], async (ws) => {
    await gw.watching(); // the first reload socket starts the watcher
    writeFileSync(join(gw.root, `touch-${port}.txt`), "x");
    await new Promise<void>((r) => ws.once("message", () => r()));
  });
  expect(outcome.opened).toBe(true);
  expect(outcome.messages).toEqual(["reload"]);
}

describe("sockets from sandboxed pages (Origin null)", () => {
  it("are accepted with a served ticket, on both ports, from a canvas page or the A2UI page", async () => {
    const gw = await startCanvasGateway();
    for (const port of [gw.gateway.port, gw.canvasPort!]) {
      await expectReloadDelivered(gw, port, await servedTicket(port));
      const a2ui = await tryConnect(wsUrl(port, "/__openclaw__/ws?channel=a2ui"), [await servedTicket(port, "/__openclaw__/a2ui/")], async () => undefined);
      expect(a2ui.opened).toBe(true);
    }
  });

  it("are refused with 403 without a ticket, and told to reload (4401, nothing sent) with a forged or foreign one", async () => {
    const gw = await startCanvasGateway();
    const other = await startCanvasGateway();
    const foreign = await servedTicket(other.gateway.port); // valid, but from another canvas host instance
    // The watcher runs (started by a page with a good ticket), so a refused socket that got in would hear reloads.
    await tryConnect(wsUrl(gw.gateway.port), [await servedTicket(gw.gateway.port)], () => gw.watching());
    for (const port of [gw.gateway.port, gw.canvasPort!]) {
      expect((await tryConnect(wsUrl(port), [])).status, `no ticket on ${port}`).toBe(403);
      expect((await tryConnect(wsUrl(port), ["some-other-protocol"])).status).toBe(403);
      for (const ticket of [`${TICKET_PROTOCOL_PREFIX}kz0000.AAAAAAAAAAAAAAAAAAAAAA`, `${TICKET_PROTOCOL_PREFIX}garbage`, foreign]) {
        const outcome = await tryConnect(wsUrl(port), [ticket]);
        expect(outcome, `${ticket} on ${port}`).toMatchObject({ opened: true, closeCode: STALE_TICKET_CLOSE, messages: [] });
      }
    }
    expect((await gw.info()).sockets).toEqual({ reload: 0, a2ui: 0 });
  });

  it("the gateway's control socket refuses Origin null whatever it offers", async () => {
    const gw = await startCanvasGateway();
    const ticket = await servedTicket(gw.gateway.port);
    expect((await tryConnect(wsUrl(gw.gateway.port, "/"), [ticket])).status).toBe(403);
    expect((await tryConnect(wsUrl(gw.gateway.port, "/"), [])).status).toBe(403);
  });

  it("a ticket still needs the socket's usual access: a remote client without a capability is refused", async () => {
    const gw = await startCanvasGateway({}, { trustedProxies: ["127.0.0.1"] });
    const ticket = await servedTicket(gw.gateway.port);
    const remote = await new Promise<number | undefined>((resolve) => {
      const ws = new WebSocket(wsUrl(gw.gateway.port), [ticket], { origin: "null", headers: { "x-forwarded-for": "203.0.113.9" } });
      ws.on("unexpected-response", (_req, res) => {
        ws.terminate();
        resolve(res.statusCode);
      });
      ws.on("error", () => resolve(undefined));
      ws.on("open", () => {
        ws.terminate();
        resolve(101);
      });
    });
    expect(remote).toBe(401);
  });
});

describe("ticket lifetime", () => {
  it("valid from issue until the TTL; forged, tampered, expired and other keys' tickets are stale", () => {
    let now = 1_700_000_000_000;
    const tickets = createSocketTickets(() => now);
    const other = createSocketTickets(() => now);
    const offer = (t: string) => `chat, ${TICKET_PROTOCOL_PREFIX}${t}`;
    const ticket = tickets.issue();
    expect(tickets.check(offer(ticket))).toBe("valid");
    expect(tickets.check(undefined)).toBe("missing");
    expect(tickets.check("chat, superchat")).toBe("missing");
    expect(other.check(offer(ticket))).toBe("stale");
    const [issued, mac] = ticket.split(".");
    expect(tickets.check(offer(`${(parseInt(issued, 36) + 1).toString(36)}.${mac}`))).toBe("stale");
    expect(tickets.check(offer(`${issued}.${mac.slice(0, -1)}${mac.endsWith("A") ? "B" : "A"}`))).toBe("stale");
    now += TICKET_TTL_MS;
    expect(tickets.check(offer(ticket))).toBe("valid");
    now += 1000;
    expect(tickets.check(offer(ticket))).toBe("stale");
  });
});
