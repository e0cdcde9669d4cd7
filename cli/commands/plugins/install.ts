import { Args, Flags } from "@oclif/core";
import { ConfigCommand } from "../../config-command.js";
import { installPlugin } from "../../plugin-install.js";

export default class PluginsInstall extends ConfigCommand {
  static summary = "Install a third-party plugin from a folder, a .tgz or an npm spec";
  static description =
    "Checks the plugin's openclaw.plugin.json and its plugin-API range, copies it (or, with --link, symlinks a folder) into " +
    "<stateDir>/extensions/<id>, and enables it (plugins.entries.<id>.enabled = true) through the running gateway, which restarts " +
    "in-process to load it, or in the config file when no gateway answers. Never prompts.";
  static examples = [
    "<%= config.bin %> plugins install ./my-plugin",
    "<%= config.bin %> plugins install ./my-plugin --link",
    "<%= config.bin %> plugins install my-plugin-1.0.0.tgz",
    "<%= config.bin %> plugins install @acme/openclaw-weather@^1",
  ];
  static args = { spec: Args.string({ description: "a plugin folder, a .tgz made by npm pack, or an npm package spec", required: true }) };
  static flags = {
    link: Flags.boolean({ description: "symlink the folder instead of copying it (for development)" }),
    force: Flags.boolean({ description: "replace an installed plugin with the same id" }),
  };

  async run(): Promise<void> {
    const { args, flags } = await this.parse(PluginsInstall);
    const target = await this.openTarget(flags, ["operator.admin"]);
    const r = await this.guarded(flags, () => installPlugin(target, args.spec, { link: flags.link === true, force: flags.force === true }));
    for (const w of r.warnings) this.logToStderr(`warning: ${w}`);
    if (flags.json) return this.printJson({ ok: true, via: target.via, ...r });
    const what = `${r.id}${r.version ? ` ${r.version}` : ""}`;
    this.log(`installed ${what} ${r.linked ? "as a link" : ""}${r.linked ? " " : ""}at ${r.dir} (plugin API ${r.apiVersion ?? "any"}; this gateway implements ${r.hostPluginApi})`);
    this.log(r.configChanged ? `enabled it in ${r.file}: ${r.note}` : `already enabled in ${r.file}: ${r.note}`);
  }
}
