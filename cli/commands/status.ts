import { GatewayCommand } from "../base-command.js";
import type { StatusResult } from "../../generated/protocol-types.js";

export default class Status extends GatewayCommand {
  static summary = "Short status of the running gateway";
  static examples = ["<%= config.bin %> status", "<%= config.bin %> status --json"];

  async run(): Promise<void> {
    const { flags } = await this.parse(Status);
    const client = await this.connect(flags);
    let s: StatusResult;
    try {
      s = await client.request<StatusResult>("status", {});
    } catch (err) {
      this.fail(err, flags, "status failed");
    }
    if (flags.json) return this.printJson(s);
    const uptime = Math.round((s.uptimeMs ?? 0) / 1000);
    this.log(`Gateway ${s.runtimeVersion ?? "?"} at ${s.gateway?.url ?? "?"} · pid ${s.pid} · up ${uptime}s · auth ${s.gateway?.authMode ?? "?"}`);
    this.log(`Config: ${s.configPath} · state: ${s.stateDir}`);
    this.log(`Plugins: ${s.plugins?.active?.join(", ") || "none"}${s.plugins?.failed?.length ? ` · failed: ${s.plugins.failed.map((f) => f.name).join(", ")}` : ""}`);
    this.log(`Connections: ${s.connections?.operators ?? 0} operator(s), ${s.connections?.nodes ?? 0} node(s)`);
    for (const line of s.channelSummary ?? []) this.log(line);
    if (s.lastError) this.log(`Last error: ${new Date(s.lastError.ts).toISOString()} [${s.lastError.subsystem}] ${s.lastError.message}`);
  }
}
