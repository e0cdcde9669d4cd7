import { Flags } from "@oclif/core";
import type { GatewayClient } from "../../core/client.js";
import { GatewayCommand } from "../base-command.js";
import type { LogsTailResult as TailResult } from "../../generated/protocol-types.js";
import { formatLogLine, parseLogLine } from "../log-files.js";
import { describeError, tryConnect } from "../probe.js";


const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const t = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => (clearTimeout(t), resolve()), { once: true });
  });

export default class Logs extends GatewayCommand {
  static summary = "Show (and follow) the gateway's log file over the logs.tail RPC";
  static description =
    "Prints the last lines of the running gateway's JSON-lines log as `time level [subsystem] msg` (--json: each JSON line as written). " +
    "--follow polls once a second until Ctrl-C; a rotated or truncated file is announced and followed from its start.";
  static examples = ["<%= config.bin %> logs", "<%= config.bin %> logs --follow", "<%= config.bin %> logs --limit 50 --json"];
  static flags = {
    follow: Flags.boolean({ char: "f", description: "keep printing new lines until interrupted" }),
    limit: Flags.integer({ description: "lines to show first (1-5000)", default: 200, min: 1, max: 5000 }),
    interval: Flags.integer({ description: "poll interval in milliseconds with --follow", default: 1000, min: 100, hidden: true }),
  };

  private json = false;

  async run(): Promise<void> {
    const { flags } = await this.parse(Logs);
    this.json = flags.json;
    let client: GatewayClient = await this.connect(flags);
    let res = await this.tail(client, { limit: flags.limit }, flags);
    this.print(res.lines);
    if (!flags.follow) return;

    const stop = new AbortController();
    const onSignal = () => stop.abort();
    process.once("SIGINT", onSignal);
    process.once("SIGTERM", onSignal);
    let file = res.file;
    let cursor = res.cursor;
    let connected = true;
    try {
      while (!stop.signal.aborted) {
        await sleep(flags.interval, stop.signal);
        if (stop.signal.aborted) break;
        if (!connected) {
          const next = await tryConnect(flags, ["operator.read"]);
          if (!next.client) continue;
          client = next.client;
          connected = true;
          this.notice("reconnected to the gateway");
        }
        try {
          res = (await client.request("logs.tail", { cursor, limit: 5000 })) as TailResult;
          if (res.file !== file) {
            // A new day's file: the cursor belonged to the old one, so read the new one from its start.
            this.notice(`log file changed: now following ${res.file}`);
            res = (await client.request("logs.tail", { cursor: 0, limit: 5000 })) as TailResult;
          } else if (res.reset) this.notice(`log file ${res.file} was truncated or rotated; continuing from its current content`);
          if (res.truncated && !res.reset) this.notice("some lines were skipped (more new log than one read returns)");
          this.print(res.lines);
          file = res.file;
          cursor = res.cursor;
        } catch (err) {
          if (client.connected) throw err;
          connected = false;
          await client.close();
          this.notice(`lost the gateway connection (${describeError(err).message}); retrying every ${flags.interval} ms`);
        }
      }
    } finally {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
      await client.close();
    }
  }

  private async tail(client: GatewayClient, params: Record<string, unknown>, flags: { json: boolean }): Promise<TailResult> {
    try {
      return (await client.request("logs.tail", params)) as TailResult;
    } catch (err) {
      this.fail(err, flags, "logs.tail failed");
    }
  }

  private print(lines: string[]): void {
    for (const line of lines) {
      if (!line) continue;
      if (this.json) this.log(parseLogLine(line) ? line : JSON.stringify({ raw: line }));
      else this.log(formatLogLine(line));
    }
  }

  /** Notices go to stderr, so stdout stays the log itself (and valid JSON lines with --json). */
  private notice(text: string): void {
    this.logToStderr(`-- ${text}`);
  }
}
