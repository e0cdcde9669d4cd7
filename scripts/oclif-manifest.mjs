// Build step: writes oclif.manifest.json from the compiled commands, so a CLI start imports only the
// command it runs (not every command file). Regenerated on every build, so it is never stale.
import { rmSync, writeFileSync } from "node:fs";
import { Config } from "@oclif/core";

// oclif reads an existing manifest instead of the command files: remove it first, or new commands stay hidden.
rmSync("oclif.manifest.json", { force: true });
const config = await Config.load({ root: process.cwd() });
const plugin = config.plugins.get(config.pjson.name) ?? config.rootPlugin;
writeFileSync("oclif.manifest.json", `${JSON.stringify(plugin.manifest)}\n`);
console.log(`oclif.manifest.json: ${Object.keys(plugin.manifest.commands).length} commands`);
