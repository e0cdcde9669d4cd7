import { Flags } from "@oclif/core";
import { randomUUID } from "node:crypto";
import { GatewayCommand } from "../../base-command.js";
import type { AgentResult } from "../../../generated/protocol-types.js";

type AgentFinal = AgentResult;

export default class Agent extends GatewayCommand {
  static summary = "Send a message to the agent and stream its answer";
  static description = "Runs one agent turn through the running gateway, prints the reply as it streams, and exits when the run ends. Ctrl-C aborts the run.";
  static examples = [
    `<%= config.bin %> agent --message "hi"`,
    `<%= config.bin %> agent --message "summarise today" --session-key agent:main:work --timeout 120`,
    `<%= config.bin %> agent --message "hi" --agent work --json`,
  ];
  static flags = {
    message: Flags.string({ char: "m", description: "the message to send", required: true }),
    to: Flags.string({ description: "delivery target recorded with the run (e.g. a phone number)" }),
    "session-key": Flags.string({ description: "session to continue (default agent:<agent>:main)" }),
    agent: Flags.string({ description: "agent id (default: the default agent)" }),
    timeout: Flags.integer({ description: "seconds the run may take before it is stopped (default: agents.defaults.timeoutSeconds)", min: 1, max: 86_400 }),
    "idempotency-key": Flags.string({ description: "run id; repeating it replays the first result instead of running again" }),
  };

  async run(): Promise<void> {
    const { flags } = await this.parse(Agent);
    this.scopes = ["operator.read", "operator.write"];
    const client = await this.connect({ ...flags, timeout: 10_000 });
    const runId = flags["idempotency-key"] ?? randomUUID();
    let printed = "";
    // The gateway names the session it resolved in the run's events: Ctrl-C aborts exactly that one.
    let sessionKey: string | undefined;
    client.on("event:agent", (p: { runId?: string; sessionKey?: string }) => {
      if (p.runId === runId && p.sessionKey) sessionKey = p.sessionKey;
    });
    if (!flags.json) {
      client.on("event:agent", (p: { runId?: string; stream?: string; data?: { text?: string } }) => {
        if (p.runId !== runId || p.stream !== "assistant" || typeof p.data?.text !== "string") return;
        // Cumulative text works with both protocol generations; print only what is new.
        if (p.data.text.startsWith(printed)) process.stdout.write(p.data.text.slice(printed.length));
        printed = p.data.text;
      });
    }
    const onInterrupt = () => {
      const key = sessionKey ?? flags["session-key"] ?? "main";
      process.stderr.write("\naborting the run…\n");
      client
        .request("chat.abort", { sessionKey: key, runId })
        .catch((err: Error) => process.stderr.write(`could not abort the run: ${err.message}\n`))
        .finally(() => process.exit(130));
    };
    process.once("SIGINT", onInterrupt);
    const waitMs = ((flags.timeout ?? 600) + 30) * 1000; // the gateway enforces the run budget; this only guards a lost connection
    try {
      const final = await client.request<AgentFinal>(
        "agent",
        {
          message: flags.message,
          idempotencyKey: runId,
          ...(flags.agent ? { agentId: flags.agent } : {}),
          ...(flags["session-key"] ? { sessionKey: flags["session-key"] } : {}),
          ...(flags.to ? { to: flags.to } : {}),
          ...(flags.timeout ? { timeout: flags.timeout } : {}),
        },
        { expectFinal: true, timeoutMs: waitMs },
      );
      if (flags.json) return this.printJson(final);
      const text = final.result?.payloads?.map((p) => p.text ?? "").join("\n\n") ?? "";
      if (!printed) process.stdout.write(text);
      else if (text.startsWith(printed)) process.stdout.write(text.slice(printed.length));
      process.stdout.write("\n");
    } catch (err) {
      if (printed) process.stdout.write("\n");
      this.fail(err, flags, "agent run failed");
    } finally {
      process.removeListener("SIGINT", onInterrupt);
    }
  }
}
