import { Args } from "@oclif/core";
import { GatewayCommand } from "../../base-command.js";
import { age } from "../../channels-view.js";
import { table } from "../../nodes-view.js";
import type { ChannelsPairingListResult } from "../../../generated/protocol-types.js";

type PairingRequestRow = ChannelsPairingListResult["requests"][number];

export default class PairingList extends GatewayCommand {
  static summary = "Pending DM pairing requests (senders waiting for approval), by channel";
  static examples = ["<%= config.bin %> pairing list", "<%= config.bin %> pairing list telegram"];
  static args = { channel: Args.string({ description: "only this channel (telegram, whatsapp)" }) };
  protected scopes = ["operator.pairing"];

  async run(): Promise<void> {
    const { args, flags } = await this.parse(PairingList);
    const client = await this.connect(flags);
    let result: { requests: PairingRequestRow[]; allowFrom: Record<string, Record<string, string[]>> };
    try {
      result = await client.request("channels.pairing.list", args.channel ? { channel: args.channel } : {});
    } catch (err) {
      this.fail(err, flags, "listing pairing requests failed");
    }
    if (flags.json) return this.printJson(result);
    if (!result.requests.length) return this.log(`No pending pairing requests${args.channel ? ` for ${args.channel}` : ""}.`);
    const now = Date.now();
    this.log(table(
      ["CHANNEL", "ACCOUNT", "CODE", "SENDER", "NAME", "ASKED", "EXPIRES"],
      result.requests.map((r) => {
        const created = Date.parse(r.createdAt);
        return [r.channel, r.accountId, r.code, r.id, r.meta.name ?? "", age(now - created), `in ${Math.max(0, Math.round((created + 3600_000 - now) / 60_000))}m`];
      }),
    ));
    this.log("Approve with: openclaw pairing approve <channel> <code>");
  }
}
