import GatewayHealth from "./gateway/health.js";

/** Same as `openclaw gateway health` (reads OPENCLAW_GATEWAY_URL / OPENCLAW_GATEWAY_TOKEN). */
export default class Health extends GatewayHealth {
  static summary = "Health of the running gateway (same as `gateway health`)";
  static examples = ["<%= config.bin %> health --json", "OPENCLAW_GATEWAY_TOKEN=… <%= config.bin %> health"];
}
