import { Flags } from "@oclif/core";
import { GatewayCommand } from "../../base-command.js";

interface Job { id: string; name: string; enabled: boolean; schedule: { kind: string; at?: string; everyMs?: number; expr?: string; tz?: string }; sessionTarget: string; agentId?: string; state: { nextRunAtMs?: number; lastRunStatus?: string; consecutiveErrors?: number } }

const describeSchedule = (s: Job["schedule"]) => (s.kind === "at" ? `at ${s.at}` : s.kind === "every" ? `every ${s.everyMs} ms` : `cron ${s.expr}${s.tz ? ` @ ${s.tz}` : ""}`);

export default class CronList extends GatewayCommand {
  static summary = "List jobs (enabled ones unless --all)";
  static examples = ["<%= config.bin %> cron list", "<%= config.bin %> cron list --all --json"];
  static flags = {
    all: Flags.boolean({ description: "include disabled jobs" }),
    agent: Flags.string({ description: "only jobs of this agent" }),
  };

  async run(): Promise<void> {
    const { flags } = await this.parse(CronList);
    const client = await this.connect(flags);
    const jobs: Job[] = [];
    try {
      for (let offset = 0; ; ) {
        const page = await client.request<{ jobs: Job[]; nextOffset: number | null }>("cron.list", { includeDisabled: flags.all, limit: 200, offset, ...(flags.agent ? { agentId: flags.agent } : {}) });
        jobs.push(...page.jobs);
        if (page.nextOffset === null) break;
        offset = page.nextOffset;
      }
    } catch (err) {
      this.fail(err, flags, "cron.list failed");
    }
    if (flags.json) return this.printJson({ jobs, total: jobs.length });
    if (!jobs.length) return this.log(flags.all ? "No jobs. Add one with: openclaw cron add" : "No enabled jobs (--all shows disabled ones).");
    for (const j of jobs) {
      const next = j.state.nextRunAtMs ? new Date(j.state.nextRunAtMs).toISOString() : "-";
      const last = j.state.lastRunStatus ? `${j.state.lastRunStatus}${j.state.consecutiveErrors ? ` ×${j.state.consecutiveErrors}` : ""}` : "-";
      this.log(`${j.id}  ${j.name}  ${describeSchedule(j.schedule)}  ${j.sessionTarget}  next ${next}  last ${last}${j.enabled ? "" : "  (disabled)"}`);
    }
  }
}
