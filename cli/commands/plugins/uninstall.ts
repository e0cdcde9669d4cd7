import { Args } from "@oclif/core";
import { ConfigCommand } from "../../config-command.js";
import { uninstallPlugin } from "../../plugin-install.js";
import { applyNote } from "../../config-edit.js";

export default class PluginsUninstall extends ConfigCommand {
  static summary = "Remove an installed plugin and its plugins.entries config";
  static description =
    "Deletes <stateDir>/extensions/<id> (for a linked install only the link: the folder it points to is never touched) and removes " +
    "plugins.entries.<id> through the running gateway, which restarts in-process without it, or in the config file when no gateway answers.";
  static examples = ["<%= config.bin %> plugins uninstall weather"];
  static args = { id: Args.string({ description: "the plugin's id (see plugins list)", required: true }) };

  async run(): Promise<void> {
    const { args, flags } = await this.parse(PluginsUninstall);
    const target = await this.openTarget(flags, ["operator.admin"]);
    const r = await this.guarded(flags, () => uninstallPlugin(target, args.id));
    if (flags.json) return this.printJson({ ok: true, via: target.via, ...r });
    if (r.removed) this.log(`removed ${r.linked ? "the link " : ""}${r.dir}`);
    else this.log(`nothing was installed at ${r.dir}`);
    if (r.configChanged) this.log(`removed plugins.entries.${r.id} from ${r.file}${target.client ? `: ${applyNote("plugins.load")}` : ""}`);
  }
}
