/** The plugin's config: `gateway.nodes.allowCommands` / `denyCommands` (strict; no other keys). */
import { Type, type Static } from "../../core/sdk/plugin.js";

const closed = { additionalProperties: false } as const;
/** A command name (`system.run`) or a prefix pattern (`canvas.*`). */
const CommandPattern = Type.String({ minLength: 1, maxLength: 200, pattern: "^[A-Za-z0-9_.:-]+(\\.\\*)?$" });

export const NodesConfigSchema = Type.Object(
  {
    gateway: Type.Optional(
      Type.Object(
        {
          nodes: Type.Optional(
            Type.Object(
              {
                /** Commands added to every platform's default allowlist. */
                allowCommands: Type.Array(CommandPattern, { default: [], maxItems: 500 }),
                /** Commands removed from every allowlist (deny wins over allow). */
                denyCommands: Type.Array(CommandPattern, { default: [], maxItems: 500 }),
              },
              closed,
            ),
          ),
        },
        closed,
      ),
    ),
  },
  closed,
);

export type NodesConfig = Static<typeof NodesConfigSchema>;

export interface CommandOverrides {
  allowCommands: readonly string[];
  denyCommands: readonly string[];
}

export function commandOverrides(config: NodesConfig): CommandOverrides {
  const nodes = config.gateway?.nodes;
  return { allowCommands: nodes?.allowCommands ?? [], denyCommands: nodes?.denyCommands ?? [] };
}
