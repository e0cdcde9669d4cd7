import { Args } from "@oclif/core";
import { getPath } from "../../../core/config-paths.js";
import { ConfigCommand } from "../../config-command.js";
import { parsePath, readSnapshot } from "../../config-edit.js";

export default class ConfigGet extends ConfigCommand {
  static summary = "Print a config value (secrets shown redacted)";
  static description =
    "Reads through the running gateway's config.get; when no gateway answers on the local target, reads the config file directly. " +
    "The value is after $include and ${VAR} substitution, with secrets replaced by __OPENCLAW_REDACTED__.";
  static examples = ["<%= config.bin %> config get gateway.port", "<%= config.bin %> config get gateway --json"];
  static args = { path: Args.string({ description: "dotted key path, e.g. gateway.auth.mode", required: true }) };

  async run(): Promise<void> {
    const { args, flags } = await this.parse(ConfigGet);
    const target = await this.openTarget(flags, ["operator.read"]);
    const snap = await this.guarded(flags, async () => {
      parsePath(args.path);
      return readSnapshot(target);
    });
    if (!snap.valid) this.logToStderr(`warning: ${snap.path} has problems: ${snap.issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`);
    const value = getPath(snap.config, args.path);
    if (flags.json) {
      this.printJson({ path: args.path, value: value ?? null, set: value !== undefined, file: snap.path, via: target.via });
      if (value === undefined) this.exit(1);
      return;
    }
    if (value === undefined) {
      this.logToStderr(`${args.path} is not set in ${snap.path}`);
      this.exit(1);
    }
    this.log(typeof value === "string" ? value : JSON.stringify(value, null, 2));
  }
}
