/**
 * Agents come from `agents.entries.<id>` (upstream OpenClaw's shape, the agent id is the key) and, for
 * configs written for this gateway's first release, from the deprecated `agents.list` array. Both are
 * read; an id present in both is taken from `agents.entries`.
 */
import type { AgentConfig, AgentEntryConfig } from "./config.js";

/** Every configured agent in one list: `agents.entries` first (in file order), then `agents.list`. */
export function agentEntryList(config: AgentConfig): AgentEntryConfig[] {
  const fromEntries = Object.entries(config.agents?.entries ?? {}).map(([id, entry]) => ({ ...entry, id }));
  const taken = new Set(fromEntries.map((e) => e.id));
  return [...fromEntries, ...(config.agents?.list ?? []).filter((e) => !taken.has(e.id))];
}

/** What the agent plugin says at setup about the spelling of `agents` (empty when it is upstream's). */
export function agentEntryNotes(config: AgentConfig): string[] {
  const list = config.agents?.list ?? [];
  if (!list.length) return [];
  const notes = [
    "agents.list is deprecated (this gateway's earlier spelling): write each agent as agents.entries.<id> instead, " +
      "as upstream OpenClaw does (upstream refuses agents.list); it is still read for now",
  ];
  const entries = config.agents?.entries ?? {};
  const both = list.filter((e) => e.id in entries).map((e) => e.id);
  if (both.length) notes.push(`agents ${both.join(", ")} appear in both agents.entries and agents.list: agents.entries is used`);
  return notes;
}
