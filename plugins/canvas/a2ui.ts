/**
 * A2UI state and methods: `canvas.a2ui.push` (JSONL or plain text) and `canvas.a2ui.reset` reach
 * every open A2UI page; the messages since the last reset are kept (bounded) so a page that opens
 * later shows the same surfaces. Pages send `userAction`s back as the `canvas.a2ui.action` event.
 */
import { Type, invalidRequest, type PluginApi } from "../../core/sdk/plugin.js";
import type { SocketHub } from "./socket-hub.js";
import { A2uiActionPayload, MAX_JSONL_BYTES, PushParams, PushResult, ResetResult } from "./schemas.js";

export { MAX_JSONL_BYTES };

/** Bound on the replay log; the oldest messages go first. */
export const MAX_KEPT_MESSAGES = 1000;
const MAX_KEPT_BYTES = 2 * 1024 * 1024;

const MESSAGE_KEYS = ["surfaceUpdate", "dataModelUpdate", "beginRendering", "deleteSurface"] as const;

export type A2uiMessage = Record<string, unknown>;

/** Parses JSONL into A2UI v0.8 messages; an invalid line is an INVALID_REQUEST naming it. */
export function parseJsonl(jsonl: string): A2uiMessage[] {
  const out: A2uiMessage[] = [];
  for (const [i, raw] of jsonl.split("\n").entries()) {
    const line = raw.trim();
    if (!line) continue;
    let msg: unknown;
    try {
      msg = JSON.parse(line);
    } catch {
      throw invalidRequest(`jsonl line ${i + 1}: not JSON`);
    }
    if (!msg || typeof msg !== "object" || Array.isArray(msg)) throw invalidRequest(`jsonl line ${i + 1}: not an object`);
    const keys = Object.keys(msg).filter((k) => k !== "version");
    if (keys.length !== 1 || !(MESSAGE_KEYS as readonly string[]).includes(keys[0])) {
      throw invalidRequest(`jsonl line ${i + 1}: expected exactly one of ${MESSAGE_KEYS.join(", ")}`);
    }
    out.push(msg as A2uiMessage);
  }
  if (!out.length) throw invalidRequest("jsonl has no messages");
  return out;
}

/** Plain text becomes one Text component on the "main" surface. */
export function textMessages(text: string): A2uiMessage[] {
  return [
    { surfaceUpdate: { surfaceId: "main", components: [{ id: "root", component: { Column: { children: { explicitList: ["text"] } } } }, { id: "text", component: { Text: { text: { literalString: text } } } }] } },
    { beginRendering: { surfaceId: "main", root: "root" } },
  ];
}

export class A2uiLog {
  private kept: string[] = [];
  private bytes = 0;

  add(messages: readonly A2uiMessage[]): string {
    for (const m of messages) {
      const json = JSON.stringify(m);
      this.kept.push(json);
      this.bytes += json.length;
    }
    while (this.kept.length > MAX_KEPT_MESSAGES || (this.bytes > MAX_KEPT_BYTES && this.kept.length > 1)) this.bytes -= this.kept.shift()!.length;
    return frame(messages.map((m) => JSON.stringify(m)));
  }

  reset(): void {
    this.kept = [];
    this.bytes = 0;
  }

  /** Frames that bring a fresh page up to date. */
  replay(): string[] {
    return this.kept.length ? [frame(this.kept)] : [];
  }
}

const frame = (jsonMessages: readonly string[]) => `{"type":"a2ui","messages":[${jsonMessages.join(",")}]}`;
export const RESET_FRAME = `{"type":"a2ui.reset"}`;

export function registerA2ui(api: PluginApi<unknown>, log: A2uiLog, hub: SocketHub): void {
  api.declareEvent("canvas.a2ui.action", { scope: "operator.read", payload: A2uiActionPayload });
  api.registerMethod("canvas.a2ui.push", {
    scope: "operator.write",
    params: PushParams,
    result: PushResult,
    description: "Pushes A2UI v0.8 JSONL (or plain text) to every open A2UI page; later pages replay it.",
    handler: (p: typeof PushParams.static) => {
      if ((p.jsonl === undefined) === (p.text === undefined)) throw invalidRequest("give exactly one of jsonl or text");
      const messages = p.jsonl !== undefined ? parseJsonl(p.jsonl) : textMessages(p.text!);
      const delivered = hub.sendA2ui(log.add(messages));
      return { ok: true, messages: messages.length, delivered };
    },
  });
  api.registerMethod("canvas.a2ui.reset", {
    scope: "operator.write",
    result: ResetResult,
    description: "Clears every A2UI surface on every open A2UI page.",
    handler: () => {
      log.reset();
      return { ok: true, delivered: hub.sendA2ui(RESET_FRAME) };
    },
  });
}
