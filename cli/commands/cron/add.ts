import { Args, Flags } from "@oclif/core";
import { GatewayCommand } from "../../base-command.js";
import { deliveryFrom, jobFlags, scheduleFrom } from "../../cron-flags.js";

export default class CronAdd extends GatewayCommand {
  static summary = "Add a job: a schedule and a message (agent turn) or a system event";
  static examples = [
    '<%= config.bin %> cron add "0 7 * * *" "Summarize overnight updates." --name "Morning brief" --tz Europe/Oslo',
    '<%= config.bin %> cron add --name weather --cron "0 8 * * *" --message "Weather for Oslo" --announce --channel telegram --to 123456',
    '<%= config.bin %> cron add --name reminder --at 20m --session main --system-event "Stand up and stretch"',
  ];
  static args = {
    scheduleOrName: Args.string({ description: "cron expression, or the job name when --at/--every/--cron is given" }),
    message: Args.string({ description: "agent message when the schedule is positional" }),
  };
  static flags = { ...jobFlags, disabled: Flags.boolean({ description: "create the job disabled" }) };
  protected scopes = ["operator.read", "operator.admin"];

  async run(): Promise<void> {
    const { args, flags } = await this.parse(CronAdd);
    let params: Record<string, unknown>;
    try {
      const hasScheduleFlag = Boolean(flags.at || flags.every || flags.cron);
      const schedule = scheduleFrom(flags, hasScheduleFlag ? undefined : args.scheduleOrName);
      if (!schedule) throw new Error("a schedule is required: a positional cron expression, --at, --every or --cron");
      const name = flags.name ?? (hasScheduleFlag ? args.scheduleOrName : undefined);
      if (!name) throw new Error("a job name is required: --name <name>");
      const message = flags.message ?? args.message;
      if (Boolean(message) === Boolean(flags["system-event"])) throw new Error("choose exactly one payload: --message (or a positional message) or --system-event");
      const payload = flags["system-event"]
        ? { kind: "systemEvent", text: flags["system-event"] }
        : { kind: "agentTurn", message, ...(flags.model ? { model: flags.model } : {}), ...(flags["timeout-seconds"] !== undefined ? { timeoutSeconds: flags["timeout-seconds"] } : {}) };
      const sessionTarget = flags.session ?? (payload.kind === "systemEvent" ? "main" : "isolated");
      const delivery = deliveryFrom(flags);
      if (flags["delete-after-run"] && flags["keep-after-run"]) throw new Error("choose --delete-after-run or --keep-after-run, not both");
      params = {
        name,
        ...(flags.description ? { description: flags.description } : {}),
        enabled: !flags.disabled,
        ...(flags["delete-after-run"] ? { deleteAfterRun: true } : flags["keep-after-run"] ? { deleteAfterRun: false } : {}),
        ...(flags.agent ? { agentId: flags.agent } : {}),
        ...(flags["missed-runs"] ? { missedRuns: flags["missed-runs"] } : {}),
        schedule,
        sessionTarget,
        wakeMode: flags.wake ?? "now",
        payload,
        ...(delivery ? { delivery } : {}),
      };
    } catch (err) {
      this.fail(err, flags, "cron add");
    }
    const client = await this.connect(flags);
    try {
      this.printJson(await client.request("cron.add", params));
    } catch (err) {
      this.fail(err, flags, "cron.add failed");
    }
  }
}
