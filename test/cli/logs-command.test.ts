/** `openclaw logs` over logs.tail: first lines, --json, --follow through appends, truncation (reset) and a gateway restart. */
import { spawn, type ChildProcess } from "node:child_process";
import { appendFileSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { BIN, cliHome, freePort, runCli, spawnGateway, type CliHome, type RunningGateway } from "../helpers/cli.js";
import { waitFor } from "../helpers/gateway.js";

const running: RunningGateway[] = [];
const children: ChildProcess[] = [];
afterEach(async () => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill("SIGKILL");
  await Promise.all(running.splice(0).map((g) => g.stop("SIGKILL")));
});

const TOKEN = "tok-logs-12345678";
const line = (msg: string, level = "info", subsystem = "test") => `${JSON.stringify({ time: "2025-04-01T12:00:00.000Z", level, subsystem, msg })}\n`;

function logFile(h: CliHome): string {
  const dir = join(h.stateDir, "logs");
  return join(dir, readdirSync(dir).filter((f) => f.endsWith(".log")).sort().at(-1) as string);
}

/** Starts the gateway and waits until its start-up lines are in the file (they are written asynchronously). */
async function gateway(h: CliHome) {
  const g = await spawnGateway([], h.env);
  running.push(g);
  expect(g.output()).toContain("ready in");
  const before = g.output().match(/ready in/g)?.length ?? 0;
  await waitFor(() => (readFileSync(logFile(h), "utf8").match(/ready in/g)?.length ?? 0) >= before, 5000, "start-up lines in the log file");
  return g;
}

function follow(args: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, [BIN, "logs", "--follow", "--interval", "150", ...args], { env, stdio: ["ignore", "pipe", "pipe"] });
  children.push(child);
  let out = "";
  let err = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (err += d));
  const exited = new Promise<number | null>((r) => child.on("exit", (code) => r(code)));
  return { child, out: () => out, err: () => err, exited };
}

describe("openclaw logs", () => {
  it("prints the last N lines as `time level [subsystem] msg`; --json prints the JSON lines", async () => {
    const h = cliHome();
    const port = await freePort();
    h.writeConfig({ gateway: { mode: "local", port, auth: { token: TOKEN } } });
    await gateway(h);
    appendFileSync(logFile(h), line("first marker") + line("an error happened", "error", "canvas") + line("last marker"));
    const r = await runCli(["logs", "--limit", "3"], h.env);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split("\n")).toEqual([
      "2025-04-01T12:00:00.000Z info [test] first marker",
      "2025-04-01T12:00:00.000Z error [canvas] an error happened",
      "2025-04-01T12:00:00.000Z info [test] last marker",
    ]);
    const j = await runCli(["logs", "--limit", "2", "--json"], h.env);
    const lines = j.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines).toEqual([
      // logs.tail adds `message` (what the official Control UI reads) next to our `msg`
      { time: "2025-04-01T12:00:00.000Z", level: "error", subsystem: "canvas", msg: "an error happened", message: "an error happened" },
      { time: "2025-04-01T12:00:00.000Z", level: "info", subsystem: "test", msg: "last marker", message: "last marker" },
    ]);
    const all = await runCli(["logs"], h.env);
    expect(all.stdout).toMatch(/info \[gateway\] .*listening on/);
  });

  it("--follow prints new lines, announces a truncated file and continues, and stops cleanly on SIGINT", async () => {
    const h = cliHome();
    const port = await freePort();
    h.writeConfig({ gateway: { mode: "local", port, auth: { token: TOKEN } } });
    await gateway(h);
    const file = logFile(h);
    const f = follow(["--limit", "1"], h.env);
    await waitFor(() => f.out().split("\n").length > 1, 5000, "the first line");
    appendFileSync(file, line("appended one") + line("appended two"));
    await waitFor(() => f.out().includes("appended two"), 5000, "appended lines");
    expect(f.out().indexOf("appended one")).toBeLessThan(f.out().indexOf("appended two"));
    writeFileSync(file, line("after truncation"));
    await waitFor(() => f.out().includes("after truncation"), 5000, "the line after truncation");
    expect(f.err()).toContain("was truncated or rotated; continuing");
    appendFileSync(file, line("and later"));
    await waitFor(() => f.out().includes("and later"), 5000, "a later line");
    expect(f.out().match(/after truncation/g)).toHaveLength(1); // not printed twice
    f.child.kill("SIGINT");
    expect(await f.exited).toBe(0);
  });

  it("--follow survives a gateway restart: says the connection was lost, reconnects, keeps printing", async () => {
    const h = cliHome();
    const port = await freePort();
    h.writeConfig({ gateway: { mode: "local", port, auth: { token: TOKEN } } });
    const g = await gateway(h);
    const f = follow(["--limit", "1", "--json"], h.env);
    await waitFor(() => f.out().length > 0, 5000, "the first line");
    await g.stop();
    await waitFor(() => f.err().includes("lost the gateway connection"), 5000, "the lost-connection notice");
    await gateway(h);
    await waitFor(() => f.err().includes("reconnected to the gateway"), 8000, "the reconnect notice");
    appendFileSync(logFile(h), line("after restart"));
    await waitFor(() => f.out().includes("after restart"), 5000, "a line after the restart");
    for (const l of f.out().trim().split("\n")) expect(() => JSON.parse(l)).not.toThrow(); // stdout stays JSON lines
    f.child.kill("SIGTERM");
    expect(await f.exited).toBe(0);
  });

  it("no gateway: a clear connect error and exit 1", async () => {
    const h = cliHome();
    h.writeConfig({ gateway: { mode: "local", port: await freePort() } });
    const r = await runCli(["logs"], h.env);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot connect to the gateway at ws:\/\/127\.0\.0\.1:\d+: ECONNREFUSED/);
  });
});
