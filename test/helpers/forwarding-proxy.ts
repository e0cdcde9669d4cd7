/**
 * A TCP proxy on 127.0.0.1 that adds `X-Forwarded-For: <ip>` to the first request line it relays,
 * so a gateway that trusts 127.0.0.1 as a proxy sees the client as remote (the path a LAN device takes).
 */
import { createServer, connect, type Server, type Socket } from "node:net";

export interface ForwardingProxy {
  port: number;
  close(): Promise<void>;
}

export async function startForwardingProxy(targetPort: number, clientIp: string): Promise<ForwardingProxy> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(targetPort, "127.0.0.1");
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on("close", () => sockets.delete(s));
      s.on("error", () => client.destroy());
    }
    upstream.on("close", () => client.destroy());
    client.on("close", () => upstream.destroy());
    let head = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      head = Buffer.concat([head, chunk]);
      const eol = head.indexOf("\r\n");
      if (eol < 0) return;
      client.off("data", onData);
      upstream.write(Buffer.concat([head.subarray(0, eol + 2), Buffer.from(`X-Forwarded-For: ${clientIp}\r\n`), head.subarray(eol + 2)]));
      client.pipe(upstream);
    };
    client.on("data", onData);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as { port: number }).port,
    close: () => new Promise((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    }),
  };
}
