/**
 * Tools `/tools/invoke` refuses unless `gateway.tools.allow` names them. An HTTP caller holding the gateway
 * token must not reach tools that run commands, write files, spawn or message sessions, change the gateway,
 * its plugins or cron, log channels in, or drive paired nodes: upstream shipped `/tools/invoke` without such
 * a list once (shared/docs/security.md; upstream src/security/dangerous-tools.ts).
 */
export const DEFAULT_DENIED_TOOLS: readonly string[] = Object.freeze([
  "sessions_spawn",
  "sessions_send",
  "gateway",
  "whatsapp_login",
  "cron",
  "exec",
  "shell",
  "fs_write",
  "fs_delete",
  "apply_patch",
  "nodes",
  "plugins",
]);

/** The default list, minus `allow`, plus `deny` (so a name in both stays denied). */
export function deniedTools(overrides: { allow: readonly string[]; deny: readonly string[] }): ReadonlySet<string> {
  const denied = new Set(DEFAULT_DENIED_TOOLS);
  for (const name of overrides.allow) denied.delete(name);
  for (const name of overrides.deny) denied.add(name);
  return denied;
}
