import { Flags } from "@oclif/core";
import { GatewayCommand } from "../../base-command.js";
import { collectStatus, type GatewayStatusReport } from "../../gateway-status.js";
import { describeHolders } from "../../run/port-holders.js";
import { EXIT } from "../../run/exit-codes.js";

const EXIT_MEANING: Record<number, string> = {
  [EXIT.CONFIG]: "invalid config; not restarted — run `openclaw doctor`",
  [EXIT.PORT_IN_USE]: "port in use",
  [EXIT.SHUTDOWN_TIMEOUT]: "shutdown timed out",
};

export default class GatewayStatus extends GatewayCommand {
  static summary = "Service state and RPC reachability, reported separately";
  static description =
    "Supervisor state (installed? running? PID) and whether the gateway answers over RPC are separate facts. " +
    "Also shows the config path the CLI uses, the one the installed service uses and the one the running gateway reports, " +
    "the probe target, the port's listeners, and the last gateway error line when the service looks alive but the port is closed.";
  static examples = ["<%= config.bin %> gateway status", "<%= config.bin %> gateway status --json", "<%= config.bin %> gateway status --no-probe", "<%= config.bin %> gateway status --require-rpc"];
  static flags = {
    deep: Flags.boolean({ description: "also call health, scan for other gateway services (user and system level) and show the last log error" }),
    probe: Flags.boolean({ description: "probe the gateway over RPC (--no-probe skips it)", default: true, allowNo: true }),
    "require-rpc": Flags.boolean({ description: "exit 1 when the RPC probe fails" }),
  };

  async run(): Promise<void> {
    const { flags } = await this.parse(GatewayStatus);
    if (flags["require-rpc"] && !flags.probe) this.error("--require-rpc needs the RPC probe: drop --no-probe", { exit: 2 });
    const report = await collectStatus({ ...flags, probe: flags.probe, deep: flags.deep });
    if (flags.json) this.printJson(report);
    else this.render(report);
    if (flags["require-rpc"] && report.probe.ok !== true) this.exit(1);
  }

  private render(r: GatewayStatusReport): void {
    const s = r.service;
    if (!s.manager) this.log(`Service:    none (${s.supervisor.detail})`);
    else {
      const what = s.manager === "systemd" ? `systemd user unit ${s.name}` : `launchd agent ${s.name}`;
      this.log(`Service:    ${what} — ${s.installed ? `installed (${s.file})` : `not installed (would be ${s.file}; \`openclaw gateway install\`)`}`);
      if (!s.supervisor.available) this.log(`Supervisor: not available (${s.supervisor.detail}); running state unknown`);
      else if (s.state !== null) {
        const exit = s.lastExitStatus ? `, last exit ${s.lastExitStatus}${EXIT_MEANING[s.lastExitStatus] ? ` (${EXIT_MEANING[s.lastExitStatus]})` : ""}` : "";
        this.log(`Supervisor: ${s.state}${s.pid ? `, pid ${s.pid}` : ""}${exit}`);
      }
      for (const o of s.others ?? []) this.log(`Also found: ${o.file} (${o.scope}${o.profile ? `, profile ${o.profile}` : ""}${o.legacy ? ", legacy" : ""})`);
    }
    this.log(`Config:     CLI ${r.config.cli}`);
    if (r.config.service) this.log(`            service ${r.config.service}`);
    if (r.config.gateway) this.log(`            running gateway ${r.config.gateway}`);
    if (!r.config.match) this.log("            (these differ: the CLI and the gateway read different files — `openclaw doctor`)");
    if (s.port !== null && r.port.number !== null && s.port !== r.port.number) this.log(`            the service listens on port ${s.port}, the CLI probes ${r.port.number}`);
    if (r.probe.skipped) this.log(`Probe:      ${r.probe.url} (skipped: --no-probe)`);
    else if (r.probe.ok) {
      const g = r.probe.gateway;
      this.log(`Probe:      ${r.probe.url} — RPC ok (gateway ${g?.version ?? "?"}, pid ${g?.pid ?? "?"}, up ${Math.round((g?.uptimeMs ?? 0) / 1000)}s)`);
    } else this.log(`Probe:      ${r.probe.url} — RPC failed: ${r.probe.error?.code ? `${r.probe.error.code}: ` : ""}${r.probe.error?.message ?? "unknown error"}`);
    if (r.port.number !== null) {
      const l = r.port.listeners;
      this.log(`Port:       ${r.port.number} — ${l === null ? "listeners unknown (remote target, or lsof is not installed)" : l.length ? `listening: ${describeHolders(l)}` : "nothing is listening"}`);
    }
    if (r.lastError) {
      const e = r.lastError;
      this.log(`Last error: ${e.time ?? "?"} [${e.subsystem ?? "?"}] ${e.msg}`);
      this.log(`            (from ${e.file})`);
    }
  }
}
