/** The dedicated canvas port (default gateway port + 4): the same handler as the gateway routes, its own listener. */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { sendText } from "./static-files.js";
import type { CanvasRequestHandler } from "./request-handler.js";
import type { Logger } from "../../core/sdk/plugin.js";

export interface CanvasServer {
  readonly port: number;
  close(): Promise<void>;
}

/** Listens on `host:port`; rejects with the listen error (EADDRINUSE, EACCES) so the caller can degrade. */
export async function startCanvasServer(handler: CanvasRequestHandler, host: string, port: number, log: Logger): Promise<CanvasServer> {
  const server: Server = createServer((req, res) => {
    handler.http(req, res, false).catch((err: unknown) => {
      log.error("canvas request failed", { path: req.url?.split("?")[0], error: err });
      if (!res.headersSent) sendText(res, 500, "internal error");
      else res.destroy();
    });
  });
  server.on("upgrade", (req, socket, head) => handler.upgrade(req, socket, head, "canvas"));
  server.on("clientError", (_err, socket) => {
    if (socket.writable) socket.end("HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n");
    else socket.destroy();
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  server.on("error", (err) => log.error("canvas server error", { error: err }));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
