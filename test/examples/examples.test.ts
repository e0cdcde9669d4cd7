/**
 * The examples are packages a plugin author could copy out of the repository: each is copied to a
 * fresh folder whose node_modules holds only `openclaw-gateway-host` (a link to this package, as a
 * peer dependency would) and @types, type-checked and built there with tsc against the published SDK
 * types (`openclaw-gateway-host/plugin` → dist/core/sdk/plugin.d.ts), then loaded into a real
 * `openclaw gateway` through `plugins.load.paths` and exercised over its real interfaces.
 * Needs a built dist/ (like the other CLI tests); the tests run in order (the last loads what the first two built).
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GatewayClient } from "../../core/client.js";
import { cliHome, freePort, spawnGateway, type RunningGateway } from "../helpers/cli.js";
import { waitFor } from "../helpers/gateway.js";

const ROOT = resolve(import.meta.dirname, "../..");
const EXAMPLES = ["hello-plugin", "webhook-channel"] as const;
const TOKEN = "examples-token-0123456789";
const SECRET = "webhook-secret-0123456789";

let workDir: string;
let gateway: RunningGateway | undefined;
const received: Array<{ headers: IncomingHttpHeaders; body: Record<string, unknown> }> = [];
const remote = createServer((req, res) => {
  let body = "";
  req.on("data", (chunk: Buffer) => (body += chunk));
  req.on("end", () => {
    received.push({ headers: req.headers, body: JSON.parse(body) as Record<string, unknown> });
    res.writeHead(200, { "content-type": "application/json" }).end("{}");
  });
});

function tsc(project: string) {
  return spawnSync(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", project], { encoding: "utf8" });
}

beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), "ocgw-examples-"));
  mkdirSync(join(workDir, "node_modules"));
  symlinkSync(ROOT, join(workDir, "node_modules", "openclaw-gateway-host"), "dir");
  symlinkSync(join(ROOT, "node_modules", "@types"), join(workDir, "node_modules", "@types"), "dir");
  for (const name of EXAMPLES) {
    cpSync(join(ROOT, "examples", name), join(workDir, name), { recursive: true, filter: (src) => !/[/\\](dist|node_modules)$/.test(src) });
  }
  return new Promise<void>((done) => remote.listen(0, "127.0.0.1", () => done()));
});

afterAll(async () => {
  await gateway?.stop("SIGKILL");
  await new Promise((done) => remote.close(done));
});

describe("examples/ as third-party packages", () => {
  it.each(EXAMPLES)("%s has a manifest and type-checks and builds against openclaw-gateway-host/plugin by package name", (name) => {
    const manifest = JSON.parse(readFileSync(join(workDir, name, "openclaw.plugin.json"), "utf8")) as Record<string, unknown>;
    expect(manifest).toMatchObject({ apiVersion: "^1.0.0", configSchema: { type: "object" } });
    expect(typeof manifest.id).toBe("string");
    const pkg = JSON.parse(readFileSync(join(workDir, name, "package.json"), "utf8")) as Record<string, Record<string, string>>;
    expect(pkg).toMatchObject({ type: "module", peerDependencies: { "openclaw-gateway-host": expect.any(String) } });
    for (const file of ["index.ts", ...(name === "webhook-channel" ? ["channel.ts", "config.ts", "inbound.ts"] : [])]) {
      const source = readFileSync(join(workDir, name, "src", file), "utf8");
      expect(source, `${name}/src/${file} reaches outside its package`).not.toMatch(/from "\.\.\//);
    }
    const result = tsc(join(workDir, name, "tsconfig.json"));
    expect(result.stdout + result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("a wrong use of the SDK fails type-checking (the check is real)", () => {
    const dir = join(workDir, "broken");
    mkdirSync(join(dir, "src"), { recursive: true });
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "broken", type: "module" }));
    writeFileSync(join(dir, "tsconfig.json"), readFileSync(join(workDir, "hello-plugin", "tsconfig.json")));
    writeFileSync(
      join(dir, "src", "index.ts"),
      'import { definePlugin } from "openclaw-gateway-host/plugin";\nexport default definePlugin({ name: "broken", setup(api) { api.registerRoute("GET", "/x", () => undefined, { auth: "nobody" }); } });\n',
    );
    const result = tsc(join(dir, "tsconfig.json"));
    expect(result.status).not.toBe(0);
    expect(result.stdout).toContain('"nobody"');
  });

  it("both load into a real gateway: hello answers its method and route; a webhook message gets its reply posted out", async () => {
    const h = cliHome();
    const port = await freePort();
    const outboundUrl = `http://127.0.0.1:${(remote.address() as AddressInfo).port}/out`;
    h.writeConfig({
      gateway: { mode: "local", port, auth: { token: TOKEN } },
      plugins: { load: { paths: EXAMPLES.map((name) => join(workDir, name)) } },
      hello: { greeting: "Hi" },
      channels: { webhook: { outboundUrl, secret: SECRET, dmPolicy: "open", allowFrom: ["*"] } },
    });
    gateway = await spawnGateway([], h.env);
    expect(gateway.output()).toContain("ready in");

    const client = new GatewayClient({ url: `ws://127.0.0.1:${port}`, token: TOKEN, client: { id: "test", mode: "test" } });
    await client.connect();
    try {
      const plugins = (await client.request("plugins.list")) as { plugins: Array<{ name: string; state: string; error?: string }> };
      expect(plugins.plugins.filter((p) => p.name === "hello" || p.name === "webhook").map((p) => [p.name, p.state, p.error])).toEqual([["hello", "active", undefined], ["webhook", "active", undefined]]);
      await expect(client.request("hello.say", { name: "Ada" })).resolves.toMatchObject({ text: "Hi, Ada!" });
      const http = await fetch(`http://127.0.0.1:${port}/hello?name=Bo`, { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(await http.json()).toEqual({ text: "Hi, Bo!" });

      const inbound = (secret: string) =>
        fetch(`http://127.0.0.1:${port}/webhook-channel/inbound`, {
          method: "POST",
          headers: { "content-type": "application/json", "x-webhook-secret": secret },
          body: JSON.stringify({ chatId: "chat-1", senderId: "user-1", senderName: "Ada", messageId: "m-1", text: "hello there" }),
        });
      expect((await inbound("wrong-secret-000000000")).status).toBe(401);
      // The channels host starts the account right after setup; until then the webhook answers 503.
      let status = 0;
      for (const deadline = Date.now() + 5000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 50))) {
        status = (await inbound(SECRET)).status;
        if (status !== 503) break;
      }
      expect(status).toBe(202);
      await waitFor(() => received.length > 0, 10_000, "the reply posted to the remote service");
      expect(received[0]!.headers["x-webhook-secret"]).toBe(SECRET);
      expect(received[0]!.body).toMatchObject({ chatId: "chat-1", text: expect.any(String) });
      expect(String(received[0]!.body.text).length).toBeGreaterThan(0);
    } finally {
      await client.close();
    }
  });
});
