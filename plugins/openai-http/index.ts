/** openai-http: OpenAI-compatible `/v1/chat/completions`, `/v1/responses`, `/v1/models` and `/tools/invoke` on the gateway port. */
import { definePlugin } from "../../core/sdk/plugin.js";
import { OpenAiHttpConfigSchema, DEFAULT_BODY_TIMEOUT_MS, resolveSettings } from "./config.js";
import { deniedTools } from "./deny-list.js";
import { guarded } from "./http-io.js";
import { chatCompletionsHandler } from "./chat-completions.js";
import { responsesHandler } from "./responses.js";
import { modelsHandler, MODELS_PATH } from "./models.js";
import { toolsInvokeHandler, TOOLS_INVOKE_PATH } from "./tools-invoke.js";
import type { EndpointContext } from "./context.js";
import type { AgentService } from "../agent/contract.js";

/** A streamed answer's head waits at most this long for the first text (see agent-turn.ts). */
export const DEFAULT_HEAD_DEFER_MS = 2_000;

export interface OpenAiHttpOptions {
  /** A request body not complete after this long gets 408 (default 15 s). */
  bodyTimeoutMs?: number;
  /** Default 2 s. */
  headDeferMs?: number;
}

/** The plugin with non-default timings (tests); the built-in list uses the default export. */
export function createOpenAiHttpPlugin(options: OpenAiHttpOptions = {}) {
  return definePlugin({
    name: "openai-http",
    description: "OpenAI-compatible HTTP API (/v1/chat/completions, /v1/responses, /v1/models) and /tools/invoke",
    configPaths: ["gateway.http", "gateway.tools"],
    configSchema: OpenAiHttpConfigSchema,
    requires: ["agent"],
    setup(api) {
      const settings = resolveSettings(api.config);
      const ctx: EndpointContext = {
        agent: api.use<AgentService>("agent"),
        settings,
        log: api.log,
        bodyTimeoutMs: options.bodyTimeoutMs ?? DEFAULT_BODY_TIMEOUT_MS,
        headDeferMs: options.headDeferMs ?? DEFAULT_HEAD_DEFER_MS,
      };
      // Always registered with gateway auth: a disabled endpoint answers 404 only to authenticated callers,
      // so without the token nobody can tell enabled from disabled endpoints (every /v1 path is a 401).
      const auth = { auth: "gateway" } as const;
      api.registerRoute("POST", "/v1/chat/completions", guarded(api.log, chatCompletionsHandler(ctx)), auth);
      api.registerRoute("POST", "/v1/responses", guarded(api.log, responsesHandler(ctx)), auth);
      api.registerRoute("GET", `${MODELS_PATH}/*`, guarded(api.log, modelsHandler(ctx, Math.floor(api.gateway.startedAtMs / 1000))), auth);
      api.registerRoute("POST", TOOLS_INVOKE_PATH, guarded(api.log, toolsInvokeHandler(ctx, deniedTools(settings.tools))), auth);

      const on = [settings.chatCompletions.enabled && "chatCompletions", settings.responses.enabled && "responses"].filter(Boolean);
      if (on.length) api.log.info(`OpenAI-compatible endpoints on: ${on.join(", ")}`);
    },
  });
}

export default createOpenAiHttpPlugin();
