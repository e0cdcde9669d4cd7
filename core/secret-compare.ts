/**
 * Constant-time secret comparison: SHA-256 both sides, then timingSafeEqual over the equal-length
 * digests (which removes both the length leak and timingSafeEqual's throw on unequal lengths). The
 * digest of the provided value takes time that depends only on its length, never on the secret.
 */
import { hash, timingSafeEqual } from "node:crypto";

/** One native call (no Hash object per comparison: this runs on every handshake and bearer request). */
const digest = (value: string): Buffer => hash("sha256", value, "buffer");

/** The configured secret rarely changes: its digest is reused until it does. */
let lastExpected: { value: string; digest: Buffer } | null = null;

export function safeEqualSecret(provided: unknown, expected: unknown): boolean {
  if (typeof provided !== "string" || typeof expected !== "string" || expected.length === 0) return false;
  if (lastExpected?.value !== expected) lastExpected = { value: expected, digest: digest(expected) };
  return timingSafeEqual(digest(provided), lastExpected.digest);
}
