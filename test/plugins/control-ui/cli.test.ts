/**
 * The real `openclaw gateway` (bin/run.js, built): the banner prints the Control UI URL when the
 * plugin serves it, and that URL answers with the page built into dist/control-ui.
 */
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { cliHome, freePort, spawnGateway, type RunningGateway } from "../../helpers/cli.js";
import { ensureDefaultBuild } from "./helpers.js";

const running: RunningGateway[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((g) => g.stop("SIGKILL")));
});
beforeAll(async () => {
  await ensureDefaultBuild(); // what `npm run build` does last
});

async function start(gateway: Record<string, unknown>) {
  const h = cliHome();
  const port = await freePort();
  h.writeConfig({ gateway: { mode: "local", port, auth: { token: "tok-ui-1234567890" }, ...gateway } });
  const g = await spawnGateway([], h.env);
  running.push(g);
  expect(g.output()).toContain("ready in");
  return { g, port };
}

describe("openclaw gateway with the Control UI", () => {
  it("prints the Control UI URL, which serves the page", async () => {
    const { g, port } = await start({});
    const line = g.output().split("\n").find((l) => l.includes("control UI:"));
    expect(line).toContain(`control UI: http://127.0.0.1:${port}/`);
    const res = await fetch(`http://127.0.0.1:${port}/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<script type="module" src="./assets/app-');
  });

  it("prints the base path, and no URL when the UI is off", async () => {
    const withBase = await start({ controlUi: { basePath: "/ops" } });
    expect(withBase.g.output()).toContain(`control UI: http://127.0.0.1:${withBase.port}/ops/`);
    const off = await start({ controlUi: { enabled: false } });
    expect(off.g.output()).not.toContain("control UI:");
    expect(off.g.output()).toContain("control UI disabled");
    expect((await fetch(`http://127.0.0.1:${off.port}/`)).status).toBe(404);
  });
});
