/**
 * Tickets for the sockets of sandboxed canvas pages. A page served with `Content-Security-Policy: sandbox`
 * runs in an opaque origin, so its WebSocket says `Origin: null`, exactly like a sandboxed frame on any
 * other site would. Each HTML response therefore carries a ticket, which the page offers as a WebSocket
 * subprotocol (a header: never the URL, never a log line); only a page we served can know one.
 *
 * A ticket is its issue time and an HMAC of it under a key that lives as long as this plugin instance: a
 * gateway restart or a canvasHost reload invalidates every ticket, and so does age. A page whose ticket
 * went stale is told so (close code 4401) and reloads itself, which gets it a fresh one.
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/** The subprotocol a page offers: this prefix and its ticket. */
export const TICKET_PROTOCOL_PREFIX = "openclaw-canvas.";
/** How long after the page was served its ticket still opens a socket (reconnects included). */
export const TICKET_TTL_MS = 60 * 60_000;
/** Close code for a stale ticket: the page should reload. */
export const STALE_TICKET_CLOSE = 4401;

const MAC_CHARS = 22; // 128 bits of base64url

/** Marks where a page template takes its response's ticket (a string no page text contains). */
export const TICKET_SLOT = "\u0000ticket\u0000";

/** Splits a template holding one TICKET_SLOT once; the result fills it per response. */
export function ticketTemplate(text: string): (ticket: string) => Buffer {
  const parts = text.split(TICKET_SLOT);
  if (parts.length !== 2) throw new Error(`a ticket template needs exactly one slot, found ${parts.length - 1}`);
  const [head, tail] = parts.map((part) => Buffer.from(part));
  return (ticket) => Buffer.concat([head, Buffer.from(ticket, "latin1"), tail]);
}

/** "missing": no ticket offered; "stale": offered but forged, expired or from another instance. */
export type TicketVerdict = "valid" | "stale" | "missing";

export interface SocketTickets {
  issue(): string;
  check(protocolHeader: string | undefined): TicketVerdict;
}

export function createSocketTickets(now: () => number = Date.now): SocketTickets {
  const key = randomBytes(32);
  const mac = (issued: string) => createHmac("sha256", key).update(issued).digest("base64url").slice(0, MAC_CHARS);
  return {
    issue() {
      const issued = Math.floor(now() / 1000).toString(36);
      return `${issued}.${mac(issued)}`;
    },
    check(protocolHeader) {
      const offered = (protocolHeader ?? "").split(",").map((p) => p.trim()).find((p) => p.startsWith(TICKET_PROTOCOL_PREFIX));
      if (offered === undefined) return "missing";
      const match = /^([0-9a-z]{1,12})\.([A-Za-z0-9_-]{22})$/.exec(offered.slice(TICKET_PROTOCOL_PREFIX.length));
      if (!match) return "stale";
      const [, issued, given] = match;
      if (!timingSafeEqual(Buffer.from(given), Buffer.from(mac(issued)))) return "stale";
      const ageMs = now() - parseInt(issued, 36) * 1000;
      return ageMs >= -60_000 && ageMs <= TICKET_TTL_MS ? "valid" : "stale";
    },
  };
}
