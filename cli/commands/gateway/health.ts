import { GatewayCommand } from "../../base-command.js";
import { renderHealth } from "../../health-view.js";
import type { HealthResult } from "../../../generated/protocol-types.js";

export default class GatewayHealth extends GatewayCommand {
  static summary = "Ask the running gateway for its health summary";
  static examples = ["<%= config.bin %> gateway health --json"];

  async run(): Promise<void> {
    const { flags } = await this.parse(GatewayHealth);
    const client = await this.connect(flags);
    try {
      const payload = await client.request<HealthResult>("health", {});
      if (flags.json) this.printJson(payload);
      else this.log(renderHealth(payload));
    } catch (err) {
      this.fail(err, flags, "health failed");
    }
  }
}
