import { Command, Flags } from "@oclif/core";
import { runGatewayCommand } from "../../fast/gateway-main.js";

export default class Gateway extends Command {
  static summary = "Run the gateway in the foreground";
  static description =
    "Serves the WebSocket control plane (protocols 3 and 4) and HTTP on one port until SIGTERM/SIGINT. " +
    "Port precedence: --port > OPENCLAW_GATEWAY_PORT > gateway.port > 18789.";
  static examples = ["<%= config.bin %> gateway", "<%= config.bin %> gateway --port 19000 --token T", "<%= config.bin %> gateway --force --verbose"];
  static flags = {
    port: Flags.integer({ description: "port to listen on (0 picks a free one)", min: 0, max: 65535 }),
    bind: Flags.string({ description: "loopback (default), lan, auto, custom, or an IP address" }),
    token: Flags.string({ description: "require this token (also OPENCLAW_GATEWAY_TOKEN)" }),
    password: Flags.string({ description: "require this password (also OPENCLAW_GATEWAY_PASSWORD)" }),
    auth: Flags.string({ description: "auth mode", options: ["token", "password", "none"] }),
    force: Flags.boolean({ description: "stop whatever listens on the port first (needs lsof)" }),
    verbose: Flags.boolean({ description: "log handshakes, requests, responses and events to stdout" }),
    "allow-unconfigured": Flags.boolean({ description: "run without gateway.mode=local in the config" }),
    dev: Flags.boolean({ description: "run the dev profile (~/.openclaw-dev, port 19001), creating its config if missing" }),
  };

  async run(): Promise<void> {
    const { flags } = await this.parse(Gateway);
    const code = await runGatewayCommand({ ...flags, auth: flags.auth as "token" | "password" | "none" | undefined }, (line) => this.log(line));
    this.exit(code);
  }
}
