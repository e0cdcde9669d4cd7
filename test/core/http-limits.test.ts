/**
 * HTTP socket hygiene (security.md "Limits and liveness"): a short header deadline (408, then the
 * socket is destroyed), a peer that stops reading (half-closed or not) loses its socket after the idle
 * deadline, a malformed request is answered and destroyed rather than half-closed, and the number of
 * open sockets is capped with a rate-limited log line. Deadlines are shortened through the gateway
 * timings. The gateway runs in this process, so its descriptors are counted as this process's TCP
 * handles: each test connection is one client handle plus one gateway handle until the gateway lets go.
 */
import { afterEach, describe, expect, it } from "vitest";
import net from "node:net";
import { sleep, startTestGateway, stopAllTestGateways, waitFor } from "../helpers/gateway.js";
import { definePlugin } from "../../core/plugin-types.js";

const probes: net.Socket[] = [];
afterEach(async () => {
  // Every client socket is gone before the next test counts handles.
  await Promise.all(probes.splice(0).map((s) => new Promise((resolve) => (s.closed ? resolve(null) : (s.once("close", resolve), s.destroy())))));
  await stopAllTestGateways();
});

const timings = { httpHeadersTimeoutMs: 500, httpRequestTimeoutMs: 1000, httpIdleTimeoutMs: 700 };
const tcpHandles = () => process.getActiveResourcesInfo().filter((r) => r === "TCPSocketWrap").length;

/** Routes for the tests: a 32 MiB answer, and one that takes 1.5 s (longer than the idle deadline) to answer. */
const routes = definePlugin({
  name: "routes",
  setup(api) {
    const big = Buffer.alloc(32 * 1024 * 1024, 0x61);
    api.registerRoute("GET", "/big", (_req, res) => {
      res.writeHead(200, { "content-type": "application/octet-stream", "content-length": big.length });
      res.end(big);
    }, { auth: "public" });
    api.registerRoute("GET", "/slow", async (_req, res) => {
      await sleep(1500);
      res.writeHead(200, { "content-type": "text/plain", "content-length": 4 });
      res.end("done");
    }, { auth: "public" });
  },
});

interface Probe {
  socket: net.Socket;
  data: Buffer[];
  received: () => number;
  text: () => string;
  ended: boolean;
}

/** A raw client; `allowHalfOpen` keeps its side open after the gateway's FIN, as a client that never closes would. */
function probe(port: number, send: string | null, options: { halfClose?: boolean; read?: boolean } = {}): Promise<Probe> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ port, host: "127.0.0.1", allowHalfOpen: true });
    probes.push(socket);
    const p: Probe = { socket, data: [], received: () => p.data.reduce((n, b) => n + b.length, 0), text: () => Buffer.concat(p.data).toString(), ended: false };
    socket.on("data", (d: Buffer) => p.data.push(d));
    socket.on("end", () => (p.ended = true));
    socket.on("error", () => undefined);
    socket.once("connect", () => {
      if (send) socket.write(send);
      if (options.halfClose) socket.end();
      if (options.read === false) socket.pause();
      resolve(p);
    });
    socket.once("error", reject);
  });
}

describe("HTTP socket deadlines", () => {
  it("partial-header and silent sockets get 408 and are destroyed within the header deadline + 1 s", async () => {
    const gw = await startTestGateway({ timings });
    const base = tcpHandles();
    const N = 40;
    const started = Date.now();
    const partial = await Promise.all(Array.from({ length: N / 2 }, () => probe(gw.gateway.port, "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")));
    const silent = await Promise.all(Array.from({ length: N / 2 }, () => probe(gw.gateway.port, null)));
    await waitFor(() => tcpHandles() === base + 2 * N, 5000, "all sockets accepted");
    // The gateway lets go of every one of them; the clients keep their side open.
    await waitFor(() => tcpHandles() === base + N, timings.httpHeadersTimeoutMs + 1000, "gateway sockets destroyed");
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(timings.httpHeadersTimeoutMs - 100); // not before the deadline
    await waitFor(() => [...partial, ...silent].every((p) => p.ended), 2000, "clients saw the close");
    for (const p of [...partial, ...silent]) {
      expect(p.text()).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
      expect(p.text()).toContain("request not received in time");
    }
  });

  it("a peer that stops reading a large answer loses its socket after the idle deadline, half-closed or not", async () => {
    const gw = await startTestGateway({ plugins: [routes], timings });
    const base = tcpHandles();
    const request = "GET /big HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    const halfClosed = await probe(gw.gateway.port, request, { halfClose: true, read: false });
    const stalled = await probe(gw.gateway.port, request, { read: false });
    await waitFor(() => tcpHandles() === base + 2, 15_000, "the gateway destroyed both sockets");
    // Reading now yields only what had reached the kernel's buffers, not the whole 32 MiB.
    for (const p of [halfClosed, stalled]) p.socket.resume();
    await waitFor(() => halfClosed.ended && stalled.ended, 5000, "the clients reach the end of what was sent");
    for (const p of [halfClosed, stalled]) {
      expect(p.text().slice(0, 15)).toBe("HTTP/1.1 200 OK");
      expect(p.received()).toBeLessThan(32 * 1024 * 1024);
    }
  }, 30_000);

  it("a handler that takes longer than the idle deadline still answers", async () => {
    const gw = await startTestGateway({ plugins: [routes], timings });
    const p = await probe(gw.gateway.port, "GET /slow HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    await waitFor(() => p.ended, 5000, "the slow answer");
    expect(p.text()).toMatch(/^HTTP\/1\.1 200 OK\r\n[\s\S]*\r\n\r\ndone$/);
  });

  it("a malformed request gets 400 and its socket is destroyed, even when the client keeps its side open", async () => {
    const gw = await startTestGateway({ timings: { ...timings, httpHeadersTimeoutMs: 60_000, httpRequestTimeoutMs: 60_000, httpIdleTimeoutMs: 60_000 } });
    const base = tcpHandles();
    const p = await probe(gw.gateway.port, "NOT A REQUEST\r\n\r\n");
    await waitFor(() => p.ended, 3000, "the answer");
    await waitFor(() => tcpHandles() === base + 1, 2000, "the gateway destroyed its socket");
    expect(p.text()).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(p.text()).toContain("malformed HTTP request");
  });
});

describe("HTTP connection cap", () => {
  it("sockets over gateway.limits.maxConnections are dropped at once, with one log line per interval", async () => {
    const logs: string[] = [];
    const gw = await startTestGateway({ limits: { maxConnections: 5 }, timings: { httpHeadersTimeoutMs: 30_000, httpRequestTimeoutMs: 30_000 }, logs });
    const held = await Promise.all(Array.from({ length: 5 }, () => probe(gw.gateway.port, "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n")));
    await sleep(100);
    const extra = await Promise.all(Array.from({ length: 10 }, () => probe(gw.gateway.port, "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")));
    await waitFor(() => extra.every((p) => p.ended || p.socket.destroyed), 3000, "the extra sockets are closed");
    for (const p of extra) expect(p.received()).toBe(0);
    const notices = logs.filter((l) => l.includes("refusing new connections"));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain("gateway.limits.maxConnections");
    // Under the cap again, the gateway serves.
    for (const p of held) p.socket.destroy();
    await sleep(100);
    const res = await fetch(`${gw.httpUrl}/health`);
    expect(res.status).toBe(200);
  });
});
