/** `GET /v1/models` and `GET /v1/models/{id}`: the agents as models (on when either OpenAI endpoint is). */
import type { IncomingMessage, ServerResponse } from "node:http";
import { modelIds } from "./agent-select.js";
import { HttpError, invalidRequest, sendJson } from "./http-io.js";
import { ENABLE_KEYS } from "./config.js";
import type { EndpointContext } from "./context.js";

export const MODELS_PATH = "/v1/models";

export function modelsHandler(ctx: EndpointContext, createdSec: number) {
  const model = (id: string) => ({ id, object: "model", created: createdSec, owned_by: "openclaw" });
  return (_req: IncomingMessage, res: ServerResponse, url: URL): void => {
    const { chatCompletions, responses } = ctx.settings;
    if (!chatCompletions.enabled && !responses.enabled) {
      throw new HttpError(404, `the OpenAI models endpoint is disabled; set ${ENABLE_KEYS.chatCompletions} or ${ENABLE_KEYS.responses} to true`, "not_found");
    }
    const ids = modelIds(ctx.agent);
    const rest = url.pathname.slice(MODELS_PATH.length).replace(/^\//, "");
    if (!rest) return sendJson(res, 200, { object: "list", data: ids.map(model) });
    let id: string;
    try {
      id = decodeURIComponent(rest); // the SDK sends `openclaw/main` as `openclaw%2Fmain`
    } catch {
      throw invalidRequest(`malformed model id in the path: ${rest}`);
    }
    if (!ids.includes(id)) throw new HttpError(404, `Model '${id}' not found.`, "invalid_request_error", { code: "model_not_found" });
    sendJson(res, 200, model(id));
  };
}
