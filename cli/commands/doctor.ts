import { Command, Flags } from "@oclif/core";
import { runDoctor } from "../doctor/checks.js";

const LABEL = { ok: "ok     ", warn: "warn   ", problem: "PROBLEM" } as const;

export default class Doctor extends Command {
  static summary = "Check config, permissions, ports and the installed service; --fix repairs the safe ones";
  static description =
    "Checks: the config is valid (includes, ${VAR}, core and plugin schemas, plugins.load.paths load); a migration report for an " +
    "upstream OpenClaw install (carried over / ignored config keys / needs action); the state dir is 0700 and config " +
    "and credential files 0600; the gateway port is free or held by the gateway; the installed service uses the CLI's config, state dir " +
    "and port, holds no secret (OPENCLAW_GATEWAY_TOKEN in a unit) and is current. --fix chmods, strips secrets from the unit " +
    "(moving the token to <stateDir>/gateway.token when nothing else holds it) and rewrites an outdated unit, backing each rewritten file up to <file>.bak. " +
    "Exits 1 while problems remain.";
  static examples = ["<%= config.bin %> doctor", "<%= config.bin %> doctor --fix", "<%= config.bin %> --profile work doctor --json"];
  static flags = {
    fix: Flags.boolean({ description: "repair what is safe to repair (with a .bak backup before rewriting a file)", aliases: ["repair"] }),
    json: Flags.boolean({ description: "print machine-readable JSON" }),
  };

  async run(): Promise<void> {
    const { flags } = await this.parse(Doctor);
    const report = await runDoctor(process.env, this.config.root, flags.fix);
    if (flags.json) this.log(JSON.stringify(report, null, 2));
    else {
      this.log(`openclaw doctor · config ${report.configPath} · state ${report.stateDir}`);
      for (const f of report.fixed) this.log(`${f.ok ? "fixed  " : "FAILED "} ${f.check}: ${f.message}`);
      for (const f of report.findings) {
        this.log(`${LABEL[f.status]} ${f.check}: ${f.message}`);
        if (f.hint && f.status !== "ok") this.log(`         → ${f.hint}`);
      }
      const fixable = report.findings.filter((f) => f.status === "problem" && f.fixable).length;
      if (report.ok) this.log("no problems found");
      else this.log(`${report.problems} problem(s)${fixable && !flags.fix ? `; \`openclaw doctor --fix\` fixes ${fixable} of them` : ""}`);
    }
    if (!report.ok) this.exit(1);
  }
}
