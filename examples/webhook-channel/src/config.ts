/** `channels.webhook`: where replies go, the shared secret both directions carry, and who may talk. */
import { Type, accessProblem, accessProperties, openNeedsWildcard, resolveAccess, type ChannelAccessConfig, type Static } from "openclaw-gateway-host/plugin";

export const DEFAULT_PATH = "/webhook-channel/inbound";
export const ACCOUNT_ID = "default";

const WebhookSection = Type.Object(
  {
    /** Replies are POSTed here as JSON `{chatId, text, replyToId?}`. */
    outboundUrl: Type.String({ pattern: "^https?://" }),
    /** Sent as `x-webhook-secret` on replies and required on inbound posts. */
    secret: Type.String({ minLength: 16, sensitive: true }),
    /** Gateway path that receives inbound messages. */
    path: Type.Optional(Type.String({ pattern: "^/[A-Za-z0-9/_.-]*$" })),
    ...accessProperties,
  },
  { additionalProperties: false, ...openNeedsWildcard() },
);

export const configSchema = Type.Object(
  { channels: Type.Optional(Type.Object({ webhook: Type.Optional(WebhookSection) }, { additionalProperties: false })) },
  { additionalProperties: false },
);

export interface WebhookSettings {
  outboundUrl: string;
  secret: string;
  path: string;
  access: ChannelAccessConfig;
}

/** The settings, or undefined when the section is absent (the channel then stays unconfigured). */
export function webhookSettings(config: Static<typeof configSchema>): WebhookSettings | undefined {
  const section = config.channels?.webhook;
  if (!section) return undefined;
  const access = resolveAccess(section, undefined);
  const problem = accessProblem(access);
  if (problem) throw new Error(`channels.webhook: ${problem}`);
  return { outboundUrl: section.outboundUrl, secret: section.secret, path: section.path ?? DEFAULT_PATH, access };
}
