/**
 * The `presence` service: what other plugins (nodes) get from `api.use<PresenceService>("presence")`.
 * Types only: the one file of this plugin other plugins may import (`import type`).
 */

import type { Static } from "../../core/sdk/plugin.js";
import type { PresenceEntry as PresenceEntrySchema } from "./schemas.js";

/** One row of `system-presence` (a client, a node, or the gateway itself): the schema's type. */
export type PresenceEntry = Static<typeof PresenceEntrySchema>;

/** What other plugins get from `api.use("presence")`. */
export interface PresenceService {
  list(): PresenceEntry[];
  upsert(key: string, patch: Omit<PresenceEntry, "ts">): void;
}
