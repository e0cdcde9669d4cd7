#!/usr/bin/env node
// The `openclaw` CLI entry (oclif). Global profile flags (--dev, --profile NAME) come before the
// command and are applied here, before oclif parses argv. Commands live in dist/cli/commands.
import { execute } from "@oclif/core";
import { takeProfileFlags, ProfileError } from "../dist/cli/profile.js";

let args;
try {
  args = takeProfileFlags(process.argv.slice(2), process.env);
} catch (err) {
  if (!(err instanceof ProfileError)) throw err;
  process.stderr.write(`${err.message}\n`);
  process.exit(2);
}
await execute({ dir: import.meta.url, args });
