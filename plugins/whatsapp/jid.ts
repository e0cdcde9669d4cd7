/** WhatsApp addresses: JIDs (`15551234567@s.whatsapp.net`, `…@g.us`, `…@lid`) and E.164 numbers. */
import { GatewayError, ERROR_CODES } from "../../core/sdk/plugin.js";

export const USER_SERVER = "s.whatsapp.net";
export const GROUP_SERVER = "g.us";

/** `1555:12@s.whatsapp.net` → `{user: "1555", server: "s.whatsapp.net"}` (device and agent suffixes dropped). */
export function splitJid(jid: string): { user: string; server: string } | undefined {
  const at = jid.indexOf("@");
  if (at <= 0 || at === jid.length - 1) return undefined;
  const user = jid.slice(0, at).split(":")[0].split("_")[0];
  return user ? { user, server: jid.slice(at + 1) } : undefined;
}

/** The JID without its device part, so that one account's devices compare equal. */
export function normalizeJid(jid: string): string {
  const parts = splitJid(jid);
  return parts ? `${parts.user}@${parts.server === "c.us" ? USER_SERVER : parts.server}` : jid;
}

export function isGroupJid(jid: string): boolean {
  return jid.endsWith(`@${GROUP_SERVER}`);
}

/** Status updates, broadcast lists and newsletters are never conversations with the assistant. */
export function isIgnoredJid(jid: string): boolean {
  return jid === "status@broadcast" || jid.endsWith("@broadcast") || jid.endsWith("@newsletter");
}

/** `+15551234567` for a phone-number JID; undefined for groups and LIDs. */
export function jidToE164(jid: string | null | undefined): string | undefined {
  const parts = jid ? splitJid(jid) : undefined;
  if (!parts || (parts.server !== USER_SERVER && parts.server !== "c.us") || !/^\d{5,20}$/.test(parts.user)) return undefined;
  return `+${parts.user}`;
}

const JID_SERVERS = new Set([USER_SERVER, GROUP_SERVER, "lid", "c.us"]);

/** Turns a send target (E.164 like `+15551234567`, optionally `whatsapp:`-prefixed, or a JID) into a JID. */
export function toWhatsAppJid(target: string): string {
  const to = target.trim().replace(/^whatsapp:/i, "");
  if (to.includes("@")) {
    const parts = splitJid(to);
    if (parts && JID_SERVERS.has(parts.server) && /^[\d-]+$/.test(parts.user)) return normalizeJid(to);
  } else {
    const digits = to.replace(/[\s().-]/g, "").replace(/^\+/, "");
    if (/^\d{6,15}$/.test(digits)) return `${digits}@${USER_SERVER}`;
  }
  throw new GatewayError(
    ERROR_CODES.INVALID_REQUEST,
    `invalid WhatsApp target "${target}": use an E.164 number like +15551234567, or a JID like 15551234567@s.whatsapp.net or 120363…@g.us`,
  );
}

/** Canonical allowFrom entry / sender id: `whatsapp:+1 (555) 010-0100` and `15550100100@s.whatsapp.net` → `+15550100100`. */
export function normalizeAllowEntry(entry: string): string {
  const value = entry.trim().replace(/^whatsapp:/i, "");
  if (value === "*") return value;
  if (value.includes("@")) return jidToE164(value) ?? normalizeJid(value);
  const digits = value.replace(/[\s().-]/g, "").replace(/^\+/, "");
  return /^\d{5,20}$/.test(digits) ? `+${digits}` : value;
}
