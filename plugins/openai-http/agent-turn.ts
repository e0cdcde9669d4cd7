/**
 * Runs one agent turn for an HTTP request. The run is aborted when the client goes away (the provider request
 * with it). A streamed answer's head is held back until the first text (or tool activity, or `headDeferMs`),
 * so a failure before anything was produced still gets a real HTTP status (429, 502, …) the SDK can type,
 * and only later failures travel inside the stream.
 */
import type { ServerResponse } from "node:http";
import type { AgentRunParams, AgentRunResult, AgentService } from "../agent/contract.js";

export interface StreamSink {
  /** Writes the head and the opening frames; called once, before the first `delta`. */
  start(): void;
  delta(text: string): void;
}

export type TurnOutcome =
  | { kind: "ok"; result: AgentRunResult; started: boolean }
  | { kind: "error"; error: unknown; started: boolean }
  /** The client went away; nothing more can be written. */
  | { kind: "gone" };

export async function runAgentTurn(
  agent: AgentService,
  res: ServerResponse,
  params: Omit<AgentRunParams, "signal" | "onEvent">,
  stream?: StreamSink & { headDeferMs: number },
): Promise<TurnOutcome> {
  const controller = new AbortController();
  const onClose = () => {
    if (!res.writableFinished) controller.abort();
  };
  res.on("close", onClose);
  let started = false;
  const start = () => {
    if (started || !stream || res.destroyed) return;
    started = true;
    stream.start();
  };
  const timer = stream ? setTimeout(start, stream.headDeferMs) : undefined;
  try {
    const result = await agent.run({
      ...params,
      signal: controller.signal,
      onEvent: stream
        ? (event) => {
            if (event.stream === "assistant") {
              start();
              if (event.data.delta) stream.delta(event.data.delta);
            } else if (event.stream === "tool") start();
          }
        : undefined,
    });
    if (controller.signal.aborted) return { kind: "gone" };
    return { kind: "ok", result, started };
  } catch (error) {
    if (controller.signal.aborted || res.destroyed) return { kind: "gone" };
    return { kind: "error", error, started };
  } finally {
    clearTimeout(timer);
    res.off("close", onClose);
  }
}
