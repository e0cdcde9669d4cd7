/** 1000 presence updates from many live clients keep the presence map within its bound of 200. */
import { afterEach, describe, expect, it } from "vitest";
import { startTestGateway, stopAllTestGateways } from "../../helpers/gateway.js";
import presence from "../../../plugins/presence/index.js";
import { PRESENCE_MAX_ENTRIES } from "../../../plugins/presence/store.js";

afterEach(() => stopAllTestGateways());

describe("presence under load", () => {
  it("1000 updates from 250 connected clients leave at most 200 entries, newest kept", async () => {
    const gw = await startTestGateway({ plugins: [presence] });
    // The 250 clients share this process with the gateway and parse every full-list broadcast, so on a
    // loaded 2-core runner a burst of 250 handshakes can take longer than the default 10 s: connect in
    // waves of 50, each with a generous handshake timeout (the bound under test is the presence map's).
    const clients = [];
    for (let wave = 0; wave < 250; wave += 50) {
      clients.push(...(await Promise.all(Array.from({ length: 50 }, (_, i) =>
        gw.client({ client: { id: "webchat", mode: "webchat", instanceId: `client-${wave + i}` }, connectTimeoutMs: 30_000 }),
      ))));
    }
    await Promise.all(clients.slice(0, 50).map(async (c, i) => {
      for (let j = 0; j < 15; j++) {
        await c.request("system-event", { text: `Node: host-${i}-${j} (10.0.${i}.${j}) · app 1.0 · last input ${j}s ago · mode ui · reason periodic` });
      }
    }));
    const list = await clients[0].request<Array<{ host?: string; reason?: string }>>("system-presence");
    expect(list.length).toBeLessThanOrEqual(PRESENCE_MAX_ENTRIES);
    expect(list.length).toBeGreaterThan(150);
    expect(list[0].reason).toBe("self");
    expect(list.some((e) => e.host === "host-0-14")).toBe(true);
  }, 60_000);
});
