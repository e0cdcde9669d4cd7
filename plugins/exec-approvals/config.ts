/** The plugin's config: `tools.exec` (upstream's keys this gateway acts on; strict). */
import { Type, type Static } from "../../core/sdk/plugin.js";

const closed = { additionalProperties: false } as const;

export const ExecConfigSchema = Type.Object(
  {
    tools: Type.Optional(
      Type.Object(
        {
          exec: Type.Optional(
            Type.Object(
              {
                /** Requested policy; the host document can only tighten it. Ours defaults to `ask`. */
                mode: Type.Optional(Type.Union([Type.Literal("deny"), Type.Literal("allowlist"), Type.Literal("ask"), Type.Literal("full")])),
                /** Where `exec` runs when the call does not say: `gateway` (also what `auto` means here: we have no sandbox) or `node`. */
                host: Type.Optional(Type.Union([Type.Literal("auto"), Type.Literal("gateway"), Type.Literal("node")])),
                /** The node for `host: node` (id, name or id prefix) when more than one is connected. */
                node: Type.Optional(Type.String({ minLength: 1, maxLength: 256 })),
                /**
                 * Default per-command timeout. Upstream's range is accepted (its default is 1800, and 0 means "no timeout");
                 * a command here never runs longer than 600 s, so larger values and 0 mean 600 s.
                 */
                timeoutSeconds: Type.Optional(Type.Integer({ minimum: 0, maximum: 7 * 24 * 3600 })),
                /** How long a pending approval waits for a reviewer before `askFallback` decides. */
                approvalTimeoutSeconds: Type.Optional(Type.Integer({ minimum: 1, maximum: 3600 })),
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
export type ExecConfig = Static<typeof ExecConfigSchema>;

export const DEFAULT_APPROVAL_TIMEOUT_SECONDS = 120;
export const DEFAULT_EXEC_TIMEOUT_SECONDS = 60;
