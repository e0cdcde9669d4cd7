/** The providers' HTTP transport: kept-alive connections reused across turns, and closed when the plugin stops. */
import { describe, expect, it } from "vitest";
import { startTestGateway, waitFor } from "../../helpers/gateway.js";
import { fakeProviderConfig } from "../../helpers/fake-provider.js";
import { useFakeProvider } from "../../helpers/use-fake-provider.js";
import agentPlugin from "../../../plugins/agent/index.js";

const provider = useFakeProvider();

describe("provider transport", () => {
  it("sends consecutive turns over one kept-alive connection and closes it when the gateway stops", async () => {
    provider.setReply(() => ({ text: "streamed in pieces", chunkSize: 4, delayMs: 1 }));
    const gw = await startTestGateway({ plugins: [agentPlugin], config: fakeProviderConfig(provider) });
    const connectionsBefore = provider.connections;
    const requestsBefore = provider.requests.length;
    try {
      const client = await gw.client();
      for (let i = 0; i < 3; i++) {
        const final = await client.request<{ status: string; result: { payloads: Array<{ text: string }> } }>("agent", { message: `turn ${i}`, idempotencyKey: `keep-${i}` }, { expectFinal: true });
        expect(final.status).toBe("ok");
        expect(final.result.payloads[0].text).toBe("streamed in pieces");
      }
      expect(provider.requests.length - requestsBefore).toBe(3);
      expect(provider.connections - connectionsBefore).toBe(1);
      expect(provider.openSockets).toBe(1);
    } finally {
      await gw.stop();
    }
    await waitFor(() => provider.openSockets === 0, 2000);
  });
});
