/**
 * The plugin's config: `gateway.http.endpoints.{chatCompletions,responses}` and `gateway.tools.{allow,deny}`
 * (strict; no other keys). Defaults live here and nowhere else.
 */
import { Type, type Static } from "../../core/sdk/plugin.js";

const closed = { additionalProperties: false } as const;

/** Upstream's cap for the OpenAI endpoints (security.md: 20 MB). */
export const DEFAULT_MAX_BODY_BYTES = 20 * 1024 * 1024;
/** `/tools/invoke` bodies are small JSON objects (security.md: 2 MB). */
export const TOOLS_INVOKE_MAX_BODY_BYTES = 2 * 1024 * 1024;
/** A body that has not fully arrived after this long is refused with 408. */
export const DEFAULT_BODY_TIMEOUT_MS = 15_000;

const Endpoint = (what: string) =>
  Type.Object(
    {
      /** Off by default: the endpoint answers 404 (after auth) until this is true. */
      enabled: Type.Boolean({ default: false, description: `serve ${what}` }),
      /** Bodies above this many bytes get 413. */
      maxBodyBytes: Type.Integer({ minimum: 1024, maximum: 512 * 1024 * 1024, default: DEFAULT_MAX_BODY_BYTES }),
    },
    closed,
  );

/** A tool name as providers accept it. */
const ToolName = Type.String({ pattern: "^[a-zA-Z0-9_-]{1,64}$" });

export const OpenAiHttpConfigSchema = Type.Object(
  {
    gateway: Type.Optional(
      Type.Object(
        {
          http: Type.Optional(
            Type.Object(
              {
                endpoints: Type.Optional(
                  Type.Object(
                    {
                      chatCompletions: Type.Optional(Endpoint("POST /v1/chat/completions and GET /v1/models")),
                      responses: Type.Optional(Endpoint("POST /v1/responses and GET /v1/models")),
                    },
                    closed,
                  ),
                ),
              },
              closed,
            ),
          ),
          tools: Type.Optional(
            Type.Object(
              {
                /** Names removed from the default `/tools/invoke` deny list. */
                allow: Type.Array(ToolName, { default: [], maxItems: 500 }),
                /** Names added to the deny list (deny wins over allow). */
                deny: Type.Array(ToolName, { default: [], maxItems: 500 }),
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

export type OpenAiHttpConfig = Static<typeof OpenAiHttpConfigSchema>;

export interface EndpointSettings {
  enabled: boolean;
  maxBodyBytes: number;
}

export interface OpenAiHttpSettings {
  chatCompletions: EndpointSettings;
  responses: EndpointSettings;
  tools: { allow: readonly string[]; deny: readonly string[] };
}

export function resolveSettings(config: OpenAiHttpConfig): OpenAiHttpSettings {
  const endpoints = config.gateway?.http?.endpoints;
  const endpoint = (e: EndpointSettings | undefined): EndpointSettings => ({ enabled: e?.enabled ?? false, maxBodyBytes: e?.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES });
  return {
    chatCompletions: endpoint(endpoints?.chatCompletions),
    responses: endpoint(endpoints?.responses),
    tools: { allow: config.gateway?.tools?.allow ?? [], deny: config.gateway?.tools?.deny ?? [] },
  };
}

/** The config key that turns an endpoint on (named in the disabled endpoint's 404). */
export const ENABLE_KEYS = Object.freeze({
  chatCompletions: "gateway.http.endpoints.chatCompletions.enabled",
  responses: "gateway.http.endpoints.responses.enabled",
});
