import { Args, Flags } from "@oclif/core";
import { GatewayCommand } from "../../base-command.js";
import { deliveryFrom, jobFlags, scheduleFrom } from "../../cron-flags.js";

export default class CronEdit extends GatewayCommand {
  static summary = "Edit a job (patch the given fields)";
  static examples = ["<%= config.bin %> cron edit <id> --every 30m", "<%= config.bin %> cron edit <id> --disable", "<%= config.bin %> cron edit <id> --announce --channel telegram --to 123456"];
  static args = { id: Args.string({ description: "job id", required: true }) };
  static flags = {
    ...jobFlags,
    enable: Flags.boolean({ description: "enable the job" }),
    disable: Flags.boolean({ description: "disable the job" }),
    "clear-agent": Flags.boolean({ description: "unset the agent (use the default agent)" }),
    "clear-model": Flags.boolean({ description: "remove the model override" }),
    "clear-channel": Flags.boolean({ description: "unset the delivery channel" }),
    "clear-to": Flags.boolean({ description: "unset the delivery destination" }),
    "clear-account": Flags.boolean({ description: "unset the delivery account" }),
  };
  protected scopes = ["operator.read", "operator.admin"];

  async run(): Promise<void> {
    const { args, flags } = await this.parse(CronEdit);
    const patch: Record<string, unknown> = {};
    try {
      if (flags.enable && flags.disable) throw new Error("choose --enable or --disable, not both");
      if (flags.name) patch.name = flags.name;
      if (flags.description !== undefined) patch.description = flags.description;
      if (flags.enable) patch.enabled = true;
      if (flags.disable) patch.enabled = false;
      if (flags["delete-after-run"]) patch.deleteAfterRun = true;
      if (flags["keep-after-run"]) patch.deleteAfterRun = false;
      if (flags.agent) patch.agentId = flags.agent;
      if (flags["clear-agent"]) patch.agentId = null;
      if (flags.session) patch.sessionTarget = flags.session;
      if (flags.wake) patch.wakeMode = flags.wake;
      if (flags["missed-runs"]) patch.missedRuns = flags["missed-runs"];
      const schedule = scheduleFrom(flags);
      if (schedule) patch.schedule = schedule;
      if (flags["system-event"]) patch.payload = { kind: "systemEvent", text: flags["system-event"] };
      else if (flags.message || flags.model || flags["clear-model"] || flags["timeout-seconds"] !== undefined) {
        patch.payload = {
          kind: "agentTurn",
          ...(flags.message ? { message: flags.message } : {}),
          ...(flags.model ? { model: flags.model } : flags["clear-model"] ? { model: null } : {}),
          ...(flags["timeout-seconds"] !== undefined ? { timeoutSeconds: flags["timeout-seconds"] } : {}),
        };
      }
      const delivery: Record<string, unknown> = { ...deliveryFrom(flags) };
      if (!flags.announce && flags.deliver === undefined) delete delivery.mode;
      if (flags["clear-channel"]) delivery.channel = null;
      if (flags["clear-to"]) delivery.to = null;
      if (flags["clear-account"]) delivery.accountId = null;
      if (Object.keys(delivery).length) patch.delivery = delivery;
      if (!Object.keys(patch).length) throw new Error("nothing to change: give at least one field flag");
    } catch (err) {
      this.fail(err, flags, "cron edit");
    }
    const client = await this.connect(flags);
    try {
      this.printJson(await client.request("cron.update", { id: args.id, patch }));
    } catch (err) {
      this.fail(err, flags, "cron.update failed");
    }
  }
}
