/** The size limit on a turn's message, checked wherever a message gets in (methods, HTTP, channels: all call `run`). */
import { invalidRequest } from "../../core/sdk/plugin.js";

const count = (n: number) => n.toLocaleString("en-US");

/** Throws INVALID_REQUEST naming the actual size, the limit and the config key when the message is larger. */
export function checkMessageSize(message: string, limitBytes: number): void {
  // Each UTF-16 unit is at most 3 UTF-8 bytes: short messages skip the byte count.
  if (message.length * 3 <= limitBytes) return;
  const bytes = Buffer.byteLength(message, "utf8");
  if (bytes <= limitBytes) return;
  throw invalidRequest(
    `message is ${count(bytes)} bytes; the limit is ${count(limitBytes)} (agents.defaults.maxMessageBytes): send a shorter message, or raise that limit in the config`,
    { details: { kind: "message_too_large", bytes, limitBytes } },
  );
}
