import { Args, Flags } from "@oclif/core";
import { ConfigCommand } from "../../config-command.js";
import { togglePlugin } from "../../plugins-view.js";

export default class PluginsEnable extends ConfigCommand {
  static summary = "Turn a plugin on (plugins.entries.<name>.enabled = true)";
  static description =
    "A config.patch through the running gateway, which applies it hot (only that plugin and its dependents change). " +
    "When no gateway answers on the local target, the config file is edited directly.";
  static examples = ["<%= config.bin %> plugins enable hello"];
  static args = { name: Args.string({ description: "plugin name (see plugins list)", required: true }) };
  static flags = {
    wait: Flags.integer({ description: "milliseconds to wait for the gateway to apply it", default: 5000, min: 0 }),
  };

  async run(): Promise<void> {
    const { args, flags } = await this.parse(PluginsEnable);
    const target = await this.openTarget(flags, ["operator.admin"]);
    const r = await this.guarded(flags, () => togglePlugin(target, args.name, true, flags.wait));
    for (const w of r.warnings) this.logToStderr(`warning: ${w}`);
    if (flags.json) return this.printJson({ ok: true, plugin: args.name, enabled: true, via: target.via, ...r });
    if (!r.changed) return this.log(`${args.name} is already enabled${r.state ? ` (${r.state})` : ""}`);
    if (target.via === "file") return this.log(`enabled ${args.name} in ${r.file}; a running gateway picks it up from the file`);
    this.log(r.applied ? `enabled ${args.name}: the gateway applied it (now ${r.state})` : `enabled ${args.name} in ${r.file}; the gateway has not applied it yet (state: ${r.state ?? "unknown"})`);
  }
}
