import { ConfigCommand } from "../../config-command.js";
import { pluginRows, renderRows } from "../../plugins-view.js";

export default class PluginsList extends ConfigCommand {
  static summary = "List plugins: built-in and plugins.load.paths, with their state";
  static description =
    "Asks the running gateway (plugins.list: active, failed, skipped, disabled). When no gateway answers on the local target, " +
    "lists what the config would load (enabled/disabled, and paths that fail to load).";
  static examples = ["<%= config.bin %> plugins list", "<%= config.bin %> plugins list --json"];

  async run(): Promise<void> {
    const { flags } = await this.parse(PluginsList);
    const target = await this.openTarget(flags, ["operator.read"]);
    const rows = await this.guarded(flags, () => pluginRows(target));
    if (flags.json) return this.printJson({ via: target.via, plugins: rows });
    for (const line of renderRows(rows)) this.log(line);
  }
}
