import { join } from "node:path";
import { Command, Flags } from "@oclif/core";
import { NodeHost } from "../../node-host/host.js";
import { resolveTarget } from "../../target.js";
import { resolveStateDir } from "../../../core/config/paths.js";
import { packageVersion } from "../../version.js";

export default class NodeRun extends Command {
  static summary = "Run a headless node host: system.which, system.notify and allowlisted system.run";
  static description =
    "Connects to the gateway as role \"node\" with a persistent device identity (<stateDir>/identity/device.json) " +
    "and stays connected, reconnecting with backoff. A remote gateway asks an operator to approve the device first " +
    "(openclaw devices approve <requestId>); the node retries until then. system.run executes only commands listed " +
    "in the node's allowlist file (default <stateDir>/node/allowlist.json: {\"version\":1,\"commands\":[\"uname\",\"/usr/bin/git\"]}).";
  static examples = ["<%= config.bin %> node run", "<%= config.bin %> node run --url ws://gateway.lan:18789 --token T --display-name build-box"];
  static flags = {
    url: Flags.string({ description: "gateway WebSocket URL (default: OPENCLAW_GATEWAY_URL or ws://127.0.0.1:<port>)" }),
    token: Flags.string({ description: "gateway token (default: OPENCLAW_GATEWAY_TOKEN, then local config)" }),
    password: Flags.string({ description: "gateway password (default: OPENCLAW_GATEWAY_PASSWORD)" }),
    "display-name": Flags.string({ description: "name shown in node lists (default: the host name)" }),
    allowlist: Flags.string({ description: "system.run allowlist file (default: <stateDir>/node/allowlist.json)" }),
  };

  async run(): Promise<void> {
    const { flags } = await this.parse(NodeRun);
    process.title = "openclaw-node";
    const target = resolveTarget(flags);
    const stateDir = resolveStateDir();
    const host = new NodeHost({
      url: target.url,
      token: target.token,
      password: target.password,
      displayName: flags["display-name"],
      stateDir,
      allowlistFile: flags.allowlist ?? join(stateDir, "node", "allowlist.json"),
      version: packageVersion(),
      log: (line) => process.stdout.write(`[node] ${line}\n`),
    });
    const stopped = new Promise<void>((resolve) => {
      for (const sig of ["SIGINT", "SIGTERM"] as const) process.once(sig, () => void host.stop().then(resolve));
    });
    await host.start();
    await stopped;
    process.stdout.write("[node] stopped\n");
  }
}
