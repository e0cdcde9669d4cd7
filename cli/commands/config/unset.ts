import { Args } from "@oclif/core";
import { getPath } from "../../../core/config-paths.js";
import { ConfigCommand } from "../../config-command.js";
import { applyNote, applyPatch, parsePath, patchAt, readSnapshot } from "../../config-edit.js";

export default class ConfigUnset extends ConfigCommand {
  static summary = "Remove a config key (its default applies again)";
  static description = "A config.patch merge patch with null at the path, validated before it is written; the local file when no gateway answers.";
  static examples = ["<%= config.bin %> config unset gateway.port", "<%= config.bin %> config unset plugins.entries.hello"];
  static args = { path: Args.string({ description: "dotted key path", required: true }) };

  async run(): Promise<void> {
    const { args, flags } = await this.parse(ConfigUnset);
    const segments = await this.guarded(flags, async () => parsePath(args.path));
    const target = await this.openTarget(flags, ["operator.admin"]);
    const snap = await this.guarded(flags, () => readSnapshot(target));
    if (getPath(snap.config, args.path) === undefined) {
      if (flags.json) return this.printJson({ ok: true, path: args.path, changed: false, file: snap.path, via: target.via });
      return this.log(`${args.path} is not set in ${snap.path}; nothing to do`);
    }
    const res = await this.guarded(flags, () => applyPatch(target, patchAt(segments, null)));
    if (flags.json) return this.printJson({ ok: true, path: args.path, changed: true, file: res.path, hash: res.hash, via: target.via });
    const how = target.via === "gateway" ? applyNote(args.path) : "a running gateway picks it up from the file";
    this.log(`removed ${args.path} (written to ${res.path}; ${how})`);
  }
}
