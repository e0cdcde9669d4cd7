import { readlinkSync, lstatSync } from "node:fs";
import { Args } from "@oclif/core";
import { ConfigCommand } from "../../config-command.js";
import { ConfigEditError } from "../../config-edit.js";
import { pluginRows, sourceLabel } from "../../plugins-view.js";

export default class PluginsInfo extends ConfigCommand {
  static summary = "Show one plugin: id, version, source, plugin-API range, state, and what it registered";
  static description =
    "Asks the running gateway (plugins.list: state, methods and routes it registered). When no gateway answers on the local target, " +
    "shows what the config and the plugin's manifest say (methods and routes are known only once it runs).";
  static examples = ["<%= config.bin %> plugins info hello", "<%= config.bin %> plugins info hello --json"];
  static args = { id: Args.string({ description: "plugin id (see plugins list)", required: true }) };

  async run(): Promise<void> {
    const { args, flags } = await this.parse(PluginsInfo);
    const target = await this.openTarget(flags, ["operator.read"]);
    const row = await this.guarded(flags, async () => {
      const rows = await pluginRows(target);
      const found = rows.find((r) => r.name === args.id);
      if (!found) throw new ConfigEditError(`unknown plugin "${args.id}" (known: ${rows.map((r) => r.name).join(", ")})`);
      return found;
    });
    const linkedTo = row.origin === "installed" ? linkTarget(row.source) : undefined;
    if (flags.json) return this.printJson({ via: target.via, plugin: { ...row, ...(linkedTo ? { linkedTo } : {}) } });
    const lines: Array<[string, string | undefined]> = [
      ["id", row.name],
      ["version", row.version],
      ["description", row.description],
      ["source", `${sourceLabel(row)}${row.origin === "installed" ? ` (${row.source}${linkedTo ? ` → ${linkedTo}` : ""})` : ""}`],
      ["plugin API", row.apiVersion ?? (row.origin === "builtin" ? "ships with the gateway" : "any (none declared)")],
      ["state", `${row.state}${row.error ? ` (${row.error})` : ""}`],
      ["methods", row.methods ? row.methods.join(", ") || "none" : target.client ? undefined : "(known once a gateway runs it)"],
      ["routes", row.routes ? row.routes.join(", ") || "none" : undefined],
    ];
    for (const [k, v] of lines) if (v !== undefined) this.log(`${`${k}:`.padEnd(13)}${v}`);
  }
}

function linkTarget(path: string): string | undefined {
  try {
    return lstatSync(path).isSymbolicLink() ? readlinkSync(path) : undefined;
  } catch {
    return undefined;
  }
}
