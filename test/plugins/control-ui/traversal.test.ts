/**
 * Security promise: the Control UI serves only the built files. The canvas traversal corpus (≥ 200
 * payloads) under the page and asset paths, raw control bytes, and symlinks planted in the build
 * folder that point outside it → 404 (or the core's 400), never a byte from outside.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { cpSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { randomBytes } from "node:crypto";
import { stopAllTestGateways } from "../../helpers/gateway.js";
import { rawRequest } from "../canvas/helpers.js";
import { traversalCorpus } from "../canvas/traversal-corpus.js";
import { buildUi, removeTemps, startUiGateway, tempDir, type BuiltUi } from "./helpers.js";

let ui: BuiltUi;
beforeAll(async () => {
  ui = await buildUi();
});
afterEach(() => stopAllTestGateways());
afterAll(() => removeTemps());

/** A copy of the build with an outside neighbour holding a marker that must never be served. */
function setup() {
  const base = tempDir();
  const root = join(base, "control-ui");
  cpSync(ui.dir, root, { recursive: true });
  const marker = `OUTSIDE-${randomBytes(8).toString("hex")}`;
  mkdirSync(join(base, "outside"));
  const outsideAbs = join(base, "outside", "secret.js");
  writeFileSync(outsideAbs, marker);
  return { root, marker, outsideAbs };
}

function expectRefused(r: { status: number; raw: Buffer }, marker: string, what: string) {
  expect([400, 404], `${what} → ${r.status}`).toContain(r.status);
  expect(r.raw.includes(marker), `${what} leaked outside bytes`).toBe(false);
  expect(r.raw.includes("<!doctype html>"), `${what} answered with the app`).toBe(false);
}

describe("control-ui path safety", () => {
  it("refuses ≥ 200 traversal payloads below / and /assets/ with 0 bytes from outside", async () => {
    const { root, marker, outsideAbs } = setup();
    const gw = await startUiGateway({ assetsDir: root });
    const port = gw.gateway.port;
    expect((await rawRequest(port, `/assets/${ui.js}`)).status).toBe(200); // the control
    let checked = 0;
    for (const [prefix, dir] of [["/", root], ["/assets/", join(root, "assets")]] as const) {
      const corpus = traversalCorpus(relative(dir, outsideAbs), outsideAbs);
      expect(corpus.length).toBeGreaterThanOrEqual(200);
      for (const payload of corpus) {
        expectRefused(await rawRequest(port, `${prefix}${payload}`), marker, `${prefix}${payload}`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(400);
  });

  it("refuses encoded spellings of real asset names and raw control bytes", async () => {
    const { root, marker } = setup();
    const gw = await startUiGateway({ assetsDir: root });
    const port = gw.gateway.port;
    const encoded = ui.js.replace("app", "%61pp");
    for (const t of [`/assets/${encoded}`, `/assets%2f${ui.js}`, `/assets/./${ui.js}`, `/x/../assets/${ui.js}`, `/%2e/`, "/index.html", "/./", "/assets/\u0000", `/assets/${ui.js}\u0000`, "/\t"]) {
      expectRefused(await rawRequest(port, t), marker, JSON.stringify(t));
    }
  });

  it("does not serve symlinks in the build folder that lead outside it", async () => {
    const { root, marker, outsideAbs } = setup();
    symlinkSync(outsideAbs, join(root, "assets", "leak-AAAAAAAA.js"));
    symlinkSync(join(outsideAbs, ".."), join(root, "assets", "dir-BBBBBBBB.js"));
    symlinkSync("/etc/passwd", join(root, "assets", "passwd-CCCCCCCC.css"));
    const gw = await startUiGateway({ assetsDir: root });
    for (const name of ["leak-AAAAAAAA.js", "dir-BBBBBBBB.js", "passwd-CCCCCCCC.css", "dir-BBBBBBBB.js/secret.js"]) {
      const r = await rawRequest(gw.gateway.port, `/assets/${name}`);
      expectRefused(r, marker, name);
      expect(r.raw.includes("root:"), `${name} served /etc/passwd`).toBe(false);
    }
    expect((await rawRequest(gw.gateway.port, "/")).status).toBe(200);
  });

  it("does not serve an index.html that is a symlink out of the build folder", async () => {
    const { root, marker, outsideAbs } = setup();
    const { rmSync } = await import("node:fs");
    rmSync(join(root, "index.html"));
    symlinkSync(outsideAbs, join(root, "index.html"));
    const gw = await startUiGateway({ assetsDir: root });
    const r = await rawRequest(gw.gateway.port, "/");
    expect(r.status).toBe(503);
    expect(r.raw.includes(marker)).toBe(false);
  });
});
