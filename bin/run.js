#!/usr/bin/env node
// The `openclaw` CLI entry. Global profile flags (--dev, --profile NAME) come before the command and are
// applied here. `gateway` and `health` then run from the bundled fast path (dist/bundle, built by
// `npm run build`) without oclif; every other command, `--help` and anything the fast path declines go
// to oclif, whose commands live in dist/cli/commands.
import module from "node:module";

// Node ≥ 22.1 keeps compiled code between runs; on Node 20 there is no such API and this is a no-op.
module.enableCompileCache?.();

const fast = await loadFastPath();
let args;
try {
  args = fast.takeProfileFlags(process.argv.slice(2), process.env);
} catch (err) {
  if (!(err instanceof fast.ProfileError)) throw err;
  process.stderr.write(`${err.message}\n`);
  process.exit(2);
}
const code = await fast.runFast(args);
if (code !== null) {
  // Let piped stdout drain, then exit: a stopped gateway may leave a plugin's timer behind.
  process.stdout.write("", () => process.exit(code));
} else {
  const { execute } = await import("@oclif/core");
  await execute({ dir: import.meta.url, args });
}

/** The bundle when it was built; the same code unbundled (tsc output) otherwise. */
async function loadFastPath() {
  try {
    return await import("../dist/bundle/fast-path.js");
  } catch (err) {
    if (err?.code !== "ERR_MODULE_NOT_FOUND" || !String(err.message).includes("dist/bundle/fast-path.js")) throw err;
    return import("../dist/cli/fast/fast-path.js");
  }
}
