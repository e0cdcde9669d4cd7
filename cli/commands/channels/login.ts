import { Flags } from "@oclif/core";
import qrcode from "qrcode-terminal";
import { GatewayCommand } from "../../base-command.js";
import type { WebLoginStartResult, WebLoginWaitResult } from "../../../generated/protocol-types.js";

type LoginStart = WebLoginStartResult;

type LoginWait = WebLoginWaitResult;

export default class ChannelsLogin extends GatewayCommand {
  static summary = "Link a channel account by QR code (WhatsApp): prints the QR and waits for the scan";
  static examples = ["<%= config.bin %> channels login", "<%= config.bin %> channels login --channel whatsapp --account work"];
  static flags = {
    channel: Flags.string({ description: "channel id (default: the only channel with a login)" }),
    account: Flags.string({ description: "account id (default: the channel's default account)" }),
    force: Flags.boolean({ description: "start a new link even if the account is linked" }),
    "wait-timeout": Flags.integer({ description: "how long to wait for the scan, in ms", default: 180_000, min: 1000, max: 600_000 }),
  };
  protected scopes = ["operator.admin"];

  async run(): Promise<void> {
    const { flags } = await this.parse(ChannelsLogin);
    const waitMs = flags["wait-timeout"];
    const client = await this.connect({ ...flags, timeout: Math.max(flags.timeout, 60_000) });
    const target = { ...(flags.channel ? { channel: flags.channel } : {}), ...(flags.account ? { accountId: flags.account } : {}) };
    let start: LoginStart;
    try {
      start = await client.request<LoginStart>("web.login.start", { ...target, ...(flags.force ? { force: true } : {}) });
    } catch (err) {
      this.fail(err, flags, "login failed");
    }
    if (!flags.json) {
      if (start.qr) {
        this.log(`Scan this QR code with ${start.channel === "whatsapp" ? "WhatsApp (Settings → Linked devices → Link a device)" : start.channel}:`);
        qrcode.generate(start.qr, { small: true }, (art) => this.log(art));
      }
      this.log(start.message);
      if (!start.qr) return;
    } else if (!start.qr) {
      return this.printJson({ start });
    }
    let wait: LoginWait;
    try {
      wait = await client.request<LoginWait>("web.login.wait", { channel: start.channel, accountId: start.accountId, timeoutMs: waitMs }, { timeoutMs: waitMs + 10_000 });
    } catch (err) {
      this.fail(err, flags, "waiting for the scan failed");
    }
    if (flags.json) return this.printJson({ start: { channel: start.channel, accountId: start.accountId, message: start.message }, wait });
    this.log(wait.message);
    if (!wait.connected) this.exit(1);
  }
}
