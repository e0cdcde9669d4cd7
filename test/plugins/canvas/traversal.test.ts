/**
 * Security promise: every path resolves inside the root. ≥ 200 payloads on both ports, through the
 * plain and the capability-scoped prefix, plus symlinks leaving the root and a symlink swapped
 * while requests are in flight → 400/404 and never a byte from outside.
 */
import { afterEach, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { randomBytes } from "node:crypto";
import { stopAllTestGateways } from "../../helpers/gateway.js";
import { parseSubPath } from "../../../plugins/canvas/safe-path.js";
import { closeFd, openWithinRoot } from "../../../core/sdk/kit/open-within-root.js";
import { rawRequest, removeTemps, startCanvasGateway, tempDir } from "./helpers.js";
import { traversalCorpus } from "./traversal-corpus.js";

afterEach(async () => {
  await stopAllTestGateways();
  removeTemps();
});

/** A root with an outside neighbour holding a marker that must never appear in a response. */
async function setup() {
  const base = tempDir();
  const marker = `OUTSIDE-${randomBytes(8).toString("hex")}`;
  mkdirSync(join(base, "outside"));
  writeFileSync(join(base, "outside", "secret.txt"), marker);
  const gw = await startCanvasGateway({ root: join(base, "canvas") });
  mkdirSync(join(gw.root, "sub"));
  writeFileSync(join(gw.root, "sub", "ok.txt"), "inside");
  const outsideAbs = join(base, "outside", "secret.txt");
  return { gw, marker, outsideAbs, outsideRel: relative(gw.root, outsideAbs) };
}

function expectRefused(r: { status: number; raw: Buffer }, marker: string, what: string) {
  expect([400, 404], `${what} → ${r.status}`).toContain(r.status);
  expect(r.raw.includes(marker), `${what} leaked outside bytes`).toBe(false);
}

describe("path traversal", () => {
  it("refuses ≥ 200 payloads with 400/404 on both ports and both prefixes, with 0 bytes from outside", async () => {
    const { gw, marker, outsideAbs, outsideRel } = await setup();
    const corpus = traversalCorpus(outsideRel, outsideAbs);
    expect(corpus.length).toBeGreaterThanOrEqual(200);
    const node = await gw.client({ role: "node", scopes: [], client: { id: "node-host", mode: "node" } });
    const capPrefix = new URL(node.hello!.pluginSurfaceUrls!.canvas).pathname;
    const prefixes = ["/__openclaw__/canvas/", `${capPrefix}/__openclaw__/canvas/`];
    let checked = 0;
    for (const port of [gw.gateway.port, gw.canvasPort!]) {
      for (const prefix of prefixes) {
        // The control: the same prefix serves an inside file.
        expect((await rawRequest(port, `${prefix}sub/ok.txt`)).body.toString()).toBe("inside");
        for (const payload of corpus) {
          expectRefused(await rawRequest(port, `${prefix}${payload}`), marker, `${port} ${prefix}${payload}`);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(800);
  });

  it("refuses raw NUL and control bytes in the request target", async () => {
    const { gw, marker } = await setup();
    for (const port of [gw.gateway.port, gw.canvasPort!]) {
      for (const t of ["/__openclaw__/canvas/sub/ok.txt\u0000", "/__openclaw__/canvas/\u0000../secret", "/__openclaw__/canvas/a\tb"]) {
        expectRefused(await rawRequest(port, t), marker, JSON.stringify(t));
      }
    }
  });

  it("refuses symlinks that leave the root (file, directory, chained, absolute) and serves ones that stay inside", async () => {
    const { gw, marker } = await setup();
    const outsideDir = join(dirname(gw.root), "outside");
    symlinkSync(join(outsideDir, "secret.txt"), join(gw.root, "file-link.txt"));
    symlinkSync(outsideDir, join(gw.root, "dir-link"));
    symlinkSync("../../outside", join(gw.root, "sub", "rel-link"));
    symlinkSync("/etc", join(gw.root, "etc-link"));
    symlinkSync(join(gw.root, "dir-link"), join(gw.root, "chain"));
    symlinkSync("sub", join(gw.root, "inside-dir-link"));
    symlinkSync("sub/ok.txt", join(gw.root, "inside-file-link.txt"));
    for (const port of [gw.gateway.port, gw.canvasPort!]) {
      for (const p of ["file-link.txt", "dir-link/secret.txt", "dir-link/", "sub/rel-link/secret.txt", "etc-link/passwd", "etc-link/hostname", "chain/secret.txt", "chain/"]) {
        expectRefused(await rawRequest(port, `/__openclaw__/canvas/${p}`), marker, p);
      }
      // A symlinked directory that stays inside is followed; a final-component symlink never is (O_NOFOLLOW).
      expect((await rawRequest(port, "/__openclaw__/canvas/inside-dir-link/ok.txt")).body.toString()).toBe("inside");
      expect((await rawRequest(port, "/__openclaw__/canvas/inside-file-link.txt")).status).toBe(404);
    }
  });

  it("a directory symlink swapped between inside and outside during requests never yields outside bytes", async () => {
    const { gw, marker } = await setup();
    const outsideDir = join(dirname(gw.root), "outside");
    const insideDir = join(gw.root, "inside");
    mkdirSync(insideDir);
    writeFileSync(join(insideDir, "secret.txt"), "inside-copy");
    const swap = join(gw.root, "swap");
    symlinkSync(insideDir, swap);
    // Another process flips the link with atomic renames as fast as it can while we request through it.
    const script = `const fs=require("fs");const [l,a,b]=process.argv.slice(1);let i=0;const end=Date.now()+2000;` +
      `while(Date.now()<end){const t=l+".tmp";try{fs.unlinkSync(t)}catch{}fs.symlinkSync(i++%2?a:b,t);fs.renameSync(t,l)}`;
    const flipper = spawn(process.execPath, ["-e", script, swap, insideDir, outsideDir], { stdio: "ignore" });
    const exited = new Promise((r) => flipper.on("exit", r));
    const seen = { inside: 0, refused: 0 };
    const deadline = Date.now() + 1200;
    try {
      while (Date.now() < deadline) {
        const batch = await Promise.all(
          Array.from({ length: 16 }, (_, i) => rawRequest(i % 2 ? gw.gateway.port : gw.canvasPort!, "/__openclaw__/canvas/swap/secret.txt")),
        );
        for (const r of batch) {
          expect(r.raw.includes(marker), "swapped symlink leaked outside bytes").toBe(false);
          if (r.status === 200) {
            expect(r.body.toString()).toBe("inside-copy");
            seen.inside++;
          } else {
            expect(r.status).toBe(404);
            seen.refused++;
          }
        }
      }
    } finally {
      flipper.kill();
      await exited;
    }
    expect(seen.inside + seen.refused).toBeGreaterThan(50);
    expect(seen.refused).toBeGreaterThan(0);
  });

  it("parseSubPath and openWithinRoot refuse on their own (defence in depth)", async () => {
    for (const p of ["/../x", "/a/../../x", "/%2e%2e/x", "/a%2f..%2f..%2fx", "/a%5c..", "/x%00", "//etc/passwd", "/C:/x", "/%252e%252e/x", "/%zz", "/a\\b"]) {
      expect(parseSubPath(p).ok, p).toBe(false);
    }
    expect(parseSubPath("/a/b%20c.txt")).toEqual({ ok: true, segments: ["a", "b c.txt"], directory: false });
    expect(parseSubPath("/.git/config")).toMatchObject({ ok: false, status: 404 });
    const { gw } = await setup();
    const outside = await openWithinRoot(gw.root, ["..", "outside", "secret.txt"]);
    expect(outside.ok).toBe(false);
    const inside = await openWithinRoot(gw.root, ["sub", "ok.txt"]);
    expect(inside.ok).toBe(true);
    if (inside.ok) closeFd(inside.file.fd);
  });
});
