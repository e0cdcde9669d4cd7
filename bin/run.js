#!/usr/bin/env node
// The `openclaw` CLI entry (oclif). Commands live in dist/cli/commands (built from cli/commands).
import { execute } from "@oclif/core";

await execute({ dir: import.meta.url });
