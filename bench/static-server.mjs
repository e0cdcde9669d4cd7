// Baseline for bench/canvas.mjs: a bare node:http server that pipes fs.createReadStream(root + path)
// into the response, with a content type and nothing else (no path checks, no auth, no stat).
// Usage: node bench/static-server.mjs <root> [port]
import { createServer } from "node:http";
import { createReadStream } from "node:fs";
import { join } from "node:path";

const [root, port = "0"] = process.argv.slice(2);
const PREFIX = "/__openclaw__/canvas/";
const server = createServer((req, res) => {
  const name = req.url.startsWith(PREFIX) ? req.url.slice(PREFIX.length) : "";
  const stream = createReadStream(join(root, name));
  stream.on("error", () => {
    res.writeHead(404).end();
  });
  stream.once("open", () => res.writeHead(200, { "content-type": name.endsWith(".html") ? "text/html" : "application/octet-stream" }));
  stream.pipe(res);
});
server.listen(Number(port), "127.0.0.1", () => console.log(`listening on http://127.0.0.1:${server.address().port}`));
process.on("SIGTERM", () => process.exit(0));
