/** 1000 presence updates from many live clients keep the presence map within its bound of 200. */
import { afterEach, describe, expect, it } from "vitest";
import { startTestGateway, stopAllTestGateways } from "../../helpers/gateway.js";
import presence from "../../../plugins/presence/index.js";
import { PRESENCE_MAX_ENTRIES } from "../../../plugins/presence/store.js";

afterEach(() => stopAllTestGateways());

describe("presence under load", () => {
  it("1000 updates from 250 connected clients leave at most 200 entries, newest kept", async () => {
    const gw = await startTestGateway({ plugins: [presence] });
    const clients = await Promise.all(Array.from({ length: 250 }, (_, i) => gw.client({ client: { id: "webchat", mode: "webchat", instanceId: `client-${i}` } })));
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
