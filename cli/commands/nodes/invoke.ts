import { randomUUID } from "node:crypto";
import { Flags } from "@oclif/core";
import { GatewayCommand } from "../../base-command.js";
import { resolveNodeId } from "../../nodes-view.js";

export default class NodesInvoke extends GatewayCommand {
  static summary = "Run a command on a node through the gateway and print its result";
  static examples = [
    `<%= config.bin %> nodes invoke --node build-box --command system.which --params '{"bins":["git"]}'`,
    `<%= config.bin %> nodes invoke --node build-box --command system.run --params '{"command":["uname","-a"]}' --invoke-timeout 60000`,
  ];
  static flags = {
    node: Flags.string({ description: "node id, id prefix, display name or IP", required: true }),
    command: Flags.string({ description: "node command, e.g. system.run", required: true }),
    params: Flags.string({ description: "command params as JSON", default: "{}" }),
    "invoke-timeout": Flags.integer({ description: "how long the gateway waits for the node, in ms (default 30000)", min: 1, max: 600_000 }),
    "idempotency-key": Flags.string({ description: "forwarded to the node (default: a random UUID)" }),
  };
  protected scopes = ["operator.read", "operator.write"];

  async run(): Promise<void> {
    const { flags } = await this.parse(NodesInvoke);
    let params: unknown;
    try {
      params = JSON.parse(flags.params);
    } catch (err) {
      this.fail(new Error(`--params is not valid JSON: ${(err as Error).message}`), flags);
    }
    const invokeTimeout = flags["invoke-timeout"];
    // The connection must outlive the node's own time budget.
    const client = await this.connect({ ...flags, timeout: Math.max(flags.timeout, (invokeTimeout ?? 30_000) + 5_000) });
    let result: { payload?: unknown };
    try {
      const nodeId = await resolveNodeId(client, flags.node);
      result = await client.request("node.invoke", {
        nodeId, command: flags.command, params, idempotencyKey: flags["idempotency-key"] ?? randomUUID(),
        ...(invokeTimeout ? { timeoutMs: invokeTimeout } : {}),
      });
    } catch (err) {
      // "node command not allowed" alone does not say which rule refused it.
      const reason = (err as { details?: { reason?: string } }).details?.reason;
      if (reason && err instanceof Error) err.message = `${err.message} (${reason})`;
      this.fail(err, flags, `${flags.command} failed`);
    }
    this.printJson(flags.json ? result : result.payload);
  }
}
