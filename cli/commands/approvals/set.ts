import { Flags } from "@oclif/core";
import { GatewayCommand } from "../../base-command.js";
import { describeTarget, parseDocument, readDocumentSource, replaceDocument, resolveTarget, targetFlags } from "../../approvals-view.js";

export default class ApprovalsSet extends GatewayCommand {
  static summary = "Replace an exec approvals document with a JSON5 file (--file) or standard input (--stdin)";
  static description = "The current document's hash is read first and sent with the update, so a change made meanwhile elsewhere is refused instead of overwritten.";
  static examples = [
    "<%= config.bin %> approvals set --file ./exec-approvals.json",
    `<%= config.bin %> approvals set --gateway --stdin <<'EOF'\n{ version: 1, defaults: { security: "allowlist", ask: "on-miss", askFallback: "deny" } }\nEOF`,
    "<%= config.bin %> approvals set --node build-box --file ./exec-approvals.json",
  ];
  static flags = {
    ...targetFlags,
    file: Flags.string({ description: "read the new document (JSON5) from this file" }),
    stdin: Flags.boolean({ description: "read the new document (JSON5) from standard input" }),
  };
  protected scopes = ["operator.admin"];

  async run(): Promise<void> {
    const { flags } = await this.parse(ApprovalsSet);
    let file;
    try {
      const source = readDocumentSource(flags);
      file = parseDocument(source.text, source.origin);
    } catch (err) {
      this.fail(Object.assign(err as Error, { code: "INVALID_INPUT" }), flags);
    }
    const client = flags.gateway || flags.node ? await this.connect(flags) : undefined;
    try {
      const target = await resolveTarget(flags, client);
      const snap = await replaceDocument(target, file, client);
      if (flags.json) return this.printJson(snap);
      this.log(`Replaced the ${describeTarget(target)} approvals document (hash ${snap.hash}).`);
    } catch (err) {
      this.fail(err, flags, "approvals set failed");
    }
  }
}
