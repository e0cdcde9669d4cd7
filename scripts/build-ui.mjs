#!/usr/bin/env node
/**
 * Builds the Control UI (ui/) into dist/control-ui: one minified ESM bundle and one stylesheet with
 * content-hashed names under assets/, and index.html pointing at them. No CDN, no inline script.
 * Usage: node scripts/build-ui.mjs [outDir]   (also exported as buildControlUi for tests)
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const UI = join(ROOT, "ui");
export const DEFAULT_OUT_DIR = join(ROOT, "dist", "control-ui");

/**
 * Builds into `outDir`, replacing what was there; returns each written file with its raw and gzip
 * sizes. The build goes to a sibling folder first and is swapped in, so a running gateway never
 * reads a half-written build.
 */
export async function buildControlUi({ outDir = DEFAULT_OUT_DIR, quiet = false } = {}) {
  const staging = `${outDir}.tmp-${process.pid}-${Date.now()}`;
  try {
    const result = await buildInto(staging, quiet);
    swapIn(staging, outDir);
    if (!quiet) {
      const initial = result.filter((f) => /\.(js|css)$/.test(f.file)).reduce((n, f) => n + f.gzipBytes, 0);
      console.log(`control UI built in ${relative(ROOT, outDir) || "."}: initial JS+CSS ${kib(initial)} gzip`);
    }
    return { outDir, files: result };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

function swapIn(staging, outDir) {
  mkdirSync(dirname(outDir), { recursive: true });
  const old = `${outDir}.old-${process.pid}-${Date.now()}`;
  if (existsSync(outDir)) renameSync(outDir, old);
  try {
    renameSync(staging, outDir);
  } catch (err) {
    // Another build swapped its own output in meanwhile: same sources, same files; keep that one.
    if (err.code !== "ENOTEMPTY" && err.code !== "EEXIST") throw err;
  } finally {
    rmSync(old, { recursive: true, force: true });
  }
}

async function buildInto(outDir, quiet) {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
  const assets = join(outDir, "assets");
  mkdirSync(assets, { recursive: true });
  const result = await build({
    entryPoints: { app: join(UI, "src", "main.tsx") },
    absWorkingDir: ROOT,
    tsconfig: join(UI, "tsconfig.json"),
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: ["chrome111", "firefox115", "safari16.4"],
    jsx: "automatic",
    jsxImportSource: "preact",
    outdir: assets,
    entryNames: "[name]-[hash]",
    assetNames: "[name]-[hash]",
    define: { __UI_VERSION__: JSON.stringify(pkg.version) },
    legalComments: "none",
    metafile: true,
    write: true,
    logLevel: quiet ? "silent" : "warning",
  });
  const outputs = Object.keys(result.metafile.outputs).map((p) => resolve(ROOT, p));
  const js = outputs.find((p) => p.endsWith(".js"));
  const css = outputs.find((p) => p.endsWith(".css"));
  if (!js || !css) throw new Error("esbuild produced no JS or no CSS bundle");
  const icon = readFileSync(join(UI, "favicon.svg"));
  const iconName = `icon-${hash8(icon)}.svg`;
  writeFileSync(join(assets, iconName), icon);
  const html = readFileSync(join(UI, "index.html"), "utf8")
    .replace("%APP_JS%", `./assets/${basename(js)}`)
    .replace("%APP_CSS%", `./assets/${basename(css)}`)
    .replace("%ICON%", `./assets/${iconName}`);
  if (/%[A-Z_]+%/.test(html)) throw new Error(`ui/index.html has an unknown placeholder: ${/%[A-Z_]+%/.exec(html)[0]}`);
  writeFileSync(join(outDir, "index.html"), html);

  const files = [join(outDir, "index.html"), js, css, join(assets, iconName)].map((file) => {
    const body = readFileSync(file);
    return { file: relative(outDir, file), bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length };
  });
  if (!quiet) for (const f of files) console.log(`  ${f.file.padEnd(32)} ${kib(f.bytes).padStart(9)}  gzip ${kib(f.gzipBytes).padStart(9)}`);
  return files;
}

/** esbuild's hash alphabet and length, so the server's "hashed name" rule covers this file too. */
function hash8(buf) {
  const b32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  const digest = createHash("sha256").update(buf).digest();
  let out = "";
  for (let i = 0; i < 8; i++) out += b32[digest[i] % 32];
  return out;
}

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildControlUi({ outDir: process.argv[2] ? resolve(process.argv[2]) : DEFAULT_OUT_DIR }).catch((err) => {
    console.error(`control UI build failed: ${err.message}`);
    process.exit(1);
  });
}
