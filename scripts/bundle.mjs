#!/usr/bin/env node
/**
 * Bundles the CLI's fast path (cli/fast/fast-path.ts, compiled by tsc into dist/) into
 * dist/bundle/: one ESM entry plus chunks that load on demand (the gateway, the health client, each
 * lazily imported part of a plugin). Loading a few large files instead of ~900 small ones (our own
 * modules, TypeBox's ESM tree, ajv, ws) is most of the gateway's start-up; see docs/performance.md.
 * Packages a plugin loads only when it has work (Baileys, grammY, the provider SDKs, croner, …) stay
 * external: they load from node_modules exactly as without the bundle, and only when used.
 * Usage: node scripts/bundle.mjs   (run by `npm run build` after tsc)
 */
import { copyFileSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const OUT = join(ROOT, "dist", "bundle");

/** Loaded lazily by the plugins that use them; bundling them would only move their cost around. */
export const EXTERNAL = [
  "@whiskeysockets/baileys",
  "grammy",
  "@grammyjs/*",
  "openai",
  "@anthropic-ai/sdk",
  "croner",
  "node-fetch",
  "qrcode",
  "qrcode-terminal",
  "chokidar",
  "cosmiconfig",
  "playwright-core",
  "@oclif/*",
  // ws's optional native add-ons: absent is fine, ws falls back to JS.
  "bufferutil",
  "utf-8-validate",
];

export async function bundle({ outDir = OUT } = {}) {
  const staging = `${outDir}.tmp-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  const result = await build({
    entryPoints: { "fast-path": join(ROOT, "dist/cli/fast/fast-path.js") },
    outdir: staging,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    external: EXTERNAL,
    // CommonJS dependencies (ajv, ws, …) call require(); an ESM file has none, so each chunk gets one.
    banner: { js: 'import { createRequire as __ocCreateRequire } from "node:module"; const require = __ocCreateRequire(import.meta.url);' },
    minifyWhitespace: true,
    minifySyntax: true,
    sourcemap: "linked",
    legalComments: "none",
    metafile: true,
    logLevel: "warning",
  });
  // Read with createRequire(import.meta.url) by core/config/upstream-keys.ts, so it sits beside the chunks.
  copyFileSync(join(ROOT, "core/config/upstream-config-keys.json"), join(staging, "upstream-config-keys.json"));
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(dirname(outDir), { recursive: true });
  renameSync(staging, outDir);
  return result.metafile;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const meta = await bundle();
  const bytes = Object.entries(meta.outputs).filter(([f]) => f.endsWith(".js")).reduce((n, [, o]) => n + o.bytes, 0);
  console.log(`fast path bundled in dist/bundle: ${Object.keys(meta.outputs).filter((f) => f.endsWith(".js")).length} files, ${(bytes / 1024).toFixed(0)} KiB`);
}
