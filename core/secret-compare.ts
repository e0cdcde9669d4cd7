/** Constant-time secret comparison: HMAC both sides with a per-process key, then timingSafeEqual. */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

const key = randomBytes(32);
const digest = (value: string) => createHmac("sha256", key).update(value, "utf8").digest();

/** Equal-length digests remove both the length leak and timingSafeEqual's length throw. */
let lastExpected: { value: string; digest: Buffer } | null = null;

export function safeEqualSecret(provided: unknown, expected: unknown): boolean {
  if (typeof provided !== "string" || typeof expected !== "string" || expected.length === 0) return false;
  // The configured secret rarely changes: reuse its digest until it does.
  if (lastExpected?.value !== expected) lastExpected = { value: expected, digest: digest(expected) };
  return timingSafeEqual(digest(provided), lastExpected.digest);
}
