/** Shared by `gateway install|uninstall|start|stop|restart`: --json, printing a report, exit codes. */
import { Command, Flags } from "@oclif/core";
import { ServiceError } from "./spec.js";
import type { ServiceReport } from "./actions.js";

export abstract class ServiceCommand extends Command {
  static baseFlags = {
    json: Flags.boolean({ description: "print machine-readable JSON" }),
  };

  /** The package root, where bin/run.js lives (what ExecStart runs). */
  protected get packageRoot(): string {
    return this.config.root;
  }

  protected async runReport(json: boolean, produce: () => Promise<ServiceReport>): Promise<void> {
    let report: ServiceReport;
    try {
      report = await produce();
    } catch (err) {
      if (!(err instanceof ServiceError)) throw err;
      if (json) this.log(JSON.stringify({ ok: false, error: { message: err.message } }, null, 2));
      else this.logToStderr(err.message);
      this.exit(1);
    }
    if (json) this.log(JSON.stringify(report, null, 2));
    else {
      for (const line of report.messages) (report.ok ? this.log(line) : this.logToStderr(line));
      for (const w of report.warnings) this.logToStderr(`warning: ${w}`);
    }
    if (!report.ok) this.exit(1);
  }
}
