import { Args } from "@oclif/core";
import { ConfigCommand } from "../../config-command.js";
import { applyNote, applyPatch, parsePath, parseValue, patchAt, shownValue } from "../../config-edit.js";

export default class ConfigSet extends ConfigCommand {
  static summary = "Set a config value (validated before it is written)";
  static description =
    "The value is parsed as JSON5 (numbers, booleans, arrays, objects, quoted strings), otherwise taken as a string. " +
    "Sent to the running gateway as a config.patch merge patch with the current baseHash; the gateway validates, writes and applies it. " +
    "When no gateway answers on the local target, the file is edited directly with the same validation.";
  static examples = ["<%= config.bin %> config set gateway.port 19000", "<%= config.bin %> config set logging.level debug", `<%= config.bin %> config set gateway.trustedProxies '["127.0.0.1"]'`];
  static args = {
    path: Args.string({ description: "dotted key path", required: true }),
    value: Args.string({ description: "JSON5 value or plain string", required: true }),
  };

  async run(): Promise<void> {
    const { args, flags } = await this.parse(ConfigSet);
    const segments = await this.guarded(flags, async () => parsePath(args.path));
    const value = parseValue(args.value);
    const target = await this.openTarget(flags, ["operator.admin"]);
    const res = await this.guarded(flags, () => applyPatch(target, patchAt(segments, value)));
    const shown = await shownValue(segments, value);
    if (flags.json) return this.printJson({ ok: true, path: args.path, file: res.path, hash: res.hash, via: target.via });
    const how = target.via === "gateway" ? applyNote(args.path) : "a running gateway picks it up from the file";
    this.log(`${args.path} = ${shown} (written to ${res.path}; ${how})`);
  }
}
