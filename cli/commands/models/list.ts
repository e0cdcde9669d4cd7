import { Flags } from "@oclif/core";
import { GatewayCommand } from "../../base-command.js";
import { table } from "../../nodes-view.js";

interface ModelRow {
  id: string;
  name: string;
  provider: string;
  tags?: string[];
  available?: boolean;
  contextWindow?: number;
  local?: boolean;
  input?: string[];
}

export default class ModelsList extends GatewayCommand {
  static summary = "List the model catalog of the running gateway (configured models; --refresh asks each provider's /v1/models)";
  static examples = ["<%= config.bin %> models list", "<%= config.bin %> models list --refresh --json", "<%= config.bin %> models list --provider anthropic"];
  static flags = {
    provider: Flags.string({ description: "only this provider id" }),
    agent: Flags.string({ description: "tags (default, fallback#n) for this agent" }),
    refresh: Flags.boolean({ description: "ask each provider for its models now" }),
  };

  async run(): Promise<void> {
    const { flags } = await this.parse(ModelsList);
    const client = await this.connect(flags);
    let data: { models: ModelRow[]; providerOutcomes?: Array<{ provider: string; status: string }> };
    try {
      data = await client.request("models.list", { view: "all", ...(flags.provider ? { provider: flags.provider } : {}), ...(flags.agent ? { agentId: flags.agent } : {}), ...(flags.refresh ? { refresh: true } : {}) }, { timeoutMs: 30_000 });
    } catch (err) {
      this.fail(err, flags, "models.list failed");
    }
    if (flags.json) return this.printJson({ count: data.models.length, models: data.models });
    for (const o of data.providerOutcomes ?? []) if (o.status !== "ready") this.warn(`provider "${o.provider}" could not list its models (${o.status})`);
    if (!data.models.length) return this.log("No models configured. Add models.providers.<id>.models (see docs/agent.md).");
    this.log(table(
      ["MODEL", "INPUT", "CTX", "LOCAL", "AUTH", "TAGS"],
      data.models.map((m) => [`${m.provider}/${m.id}`, (m.input ?? []).join("+") || "-", m.contextWindow ? `${Math.round(m.contextWindow / 1000)}k` : "-", m.local ? "yes" : "no", m.available ? "yes" : "no", (m.tags ?? []).join(",")]),
    ));
  }
}
