import { Args, Flags } from "@oclif/core";
import { ConfigCommand } from "../../config-command.js";
import { togglePlugin } from "../../plugins-view.js";

export default class PluginsDisable extends ConfigCommand {
  static summary = "Turn a plugin off (plugins.entries.<name>.enabled = false)";
  static description =
    "A config.patch through the running gateway, which applies it hot (only that plugin and its dependents change). " +
    "When no gateway answers on the local target, the config file is edited directly.";
  static examples = ["<%= config.bin %> plugins disable hello"];
  static args = { name: Args.string({ description: "plugin name (see plugins list)", required: true }) };
  static flags = {
    wait: Flags.integer({ description: "milliseconds to wait for the gateway to apply it", default: 5000, min: 0 }),
  };

  async run(): Promise<void> {
    const { args, flags } = await this.parse(PluginsDisable);
    const target = await this.openTarget(flags, ["operator.admin"]);
    const r = await this.guarded(flags, () => togglePlugin(target, args.name, false, flags.wait));
    for (const w of r.warnings) this.logToStderr(`warning: ${w}`);
    if (flags.json) return this.printJson({ ok: true, plugin: args.name, enabled: false, via: target.via, ...r });
    if (!r.changed) return this.log(`${args.name} is already disabled${r.state ? ` (${r.state})` : ""}`);
    if (target.via === "file") return this.log(`disabled ${args.name} in ${r.file}; a running gateway picks it up from the file`);
    this.log(r.applied ? `disabled ${args.name}: the gateway applied it (now ${r.state})` : `disabled ${args.name} in ${r.file}; the gateway has not applied it yet (state: ${r.state ?? "unknown"})`);
  }
}
