/**
 * Bearer auth on the dedicated canvas port. The plugin api does not expose the gateway's secret or
 * its failed-auth limiter, so a request that presents `Authorization` is checked by the gateway
 * itself: a HEAD to a gateway-auth route on the gateway port, carrying the same header and the
 * client's address in X-Forwarded-For (so the gateway never takes it for a local client, and a
 * gateway that trusts loopback as a proxy keys its limiter by the real client address).
 * One loopback round trip per authenticated request; no verdict is cached, so a rotated token
 * stops working at once.
 */
import { Agent, request, type ClientRequest, type IncomingMessage } from "node:http";
import { normalizeIp } from "../../core/sdk/plugin.js";

export type BearerVerdict = { ok: true } | { ok: false; status: 401 | 429 | 503; retryAfter?: string };

export interface BearerProbe {
  check(req: IncomingMessage): Promise<BearerVerdict>;
  close(): void;
}

/** `baseUrl()` is the gateway's HTTP URL (read per call: the port is final only after listen). */
export function createBearerProbe(baseUrl: () => string, probePath: string, timeoutMs = 5000): BearerProbe {
  const agent = new Agent({ keepAlive: true, maxSockets: 16 });
  return {
    check(req) {
      const peer = normalizeIp(req.socket.remoteAddress);
      const prior = req.headers["x-forwarded-for"];
      const chain = [prior, peer].flat().filter(Boolean).join(", ");
      return new Promise<BearerVerdict>((resolve) => {
        let probe: ClientRequest;
        try {
          probe = request(new URL(probePath, baseUrl()), {
            method: "HEAD",
            agent,
            timeout: timeoutMs,
            headers: { authorization: req.headers.authorization ?? "", "x-forwarded-for": chain },
          });
        } catch {
          return resolve({ ok: false, status: 503 });
        }
        probe.on("response", (res) => {
          res.resume();
          const status = res.statusCode ?? 503;
          if (status === 401) resolve({ ok: false, status: 401 });
          else if (status === 429) resolve({ ok: false, status: 429, retryAfter: String(res.headers["retry-after"] ?? "") });
          // The probe path answers 404 (or 200) once the gateway let the request through.
          else if (status === 200 || status === 404) resolve({ ok: true });
          else resolve({ ok: false, status: 503 });
        });
        probe.on("timeout", () => probe.destroy(new Error("timeout")));
        probe.on("error", () => resolve({ ok: false, status: 503 }));
        probe.end();
      });
    },
    close: () => agent.destroy(),
  };
}
