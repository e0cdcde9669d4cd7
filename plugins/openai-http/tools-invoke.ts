/**
 * `POST /tools/invoke` `{tool, action?, args?, sessionKey?, dryRun?}` → `{ok:true, result}`. A tool that does not
 * exist and a denied tool get the same 404, so the deny list is not probed; bad arguments and tool failures
 * are 400 `{ok:false, error:{type, message}}`. Always on, behind the gateway's bearer auth.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { GatewayError, Redactor } from "../../core/sdk/plugin.js";
import { readJsonBody, sendJson } from "./http-io.js";
import { isObject } from "./fields.js";
import { TOOLS_INVOKE_MAX_BODY_BYTES } from "./config.js";
import type { EndpointContext } from "./context.js";
import type { AgentService, JsonSchemaObject } from "../agent/contract.js";

export const TOOLS_INVOKE_PATH = "/tools/invoke";
const KEY_AGENT = /^agent:([a-z0-9][a-z0-9_-]{0,63}):(.+)$/;
const redactor = new Redactor();

const fail = (res: ServerResponse, status: number, type: string, message: string) => sendJson(res, status, { ok: false, error: { type, message } });

function hasActionProperty(schema: JsonSchemaObject): boolean {
  const properties = schema.properties;
  return isObject(properties) && "action" in properties;
}

/** `main` or nothing → the default agent's main session; `agent:<id>:…` → that agent; anything else → the default agent's key. */
function resolveSession(agent: AgentService, sessionKey: string | undefined): { agentId: string; sessionKey: string } | string {
  const key = sessionKey?.trim();
  const defaultId = agent.defaultAgentId();
  if (!key || key === "main") return { agentId: defaultId, sessionKey: agent.mainSessionKey(defaultId) };
  const match = KEY_AGENT.exec(key);
  if (!match) return { agentId: defaultId, sessionKey: `agent:${defaultId}:${key}` };
  if (!agent.agentIds().includes(match[1])) return `sessionKey "${key}" names an unknown agent; configured agents: ${agent.agentIds().join(", ")}`;
  return { agentId: match[1], sessionKey: key };
}

export function toolsInvokeHandler(ctx: EndpointContext, denied: ReadonlySet<string>) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const body = await readJsonBody(req, { maxBytes: TOOLS_INVOKE_MAX_BODY_BYTES, timeoutMs: ctx.bodyTimeoutMs });
    if (!isObject(body)) return fail(res, 400, "invalid_request", 'the body must be a JSON object like {"tool":"session_status","args":{}}');
    const { tool: name, action, args = {}, sessionKey, dryRun } = body;
    if (typeof name !== "string" || !name.trim()) return fail(res, 400, "invalid_request", "`tool` is required: the name of the tool to run");
    if (!isObject(args)) return fail(res, 400, "invalid_request", "`args` must be a JSON object");
    if (action !== undefined && typeof action !== "string") return fail(res, 400, "invalid_request", "`action` must be a string");
    if (sessionKey !== undefined && typeof sessionKey !== "string") return fail(res, 400, "invalid_request", "`sessionKey` must be a string");
    // Upstream ignores dryRun and runs the tool; refusing is the safe reading of a caller who asked not to.
    if (dryRun === true) return fail(res, 400, "invalid_request", "`dryRun` is not supported: the tool was not run");
    const tool = denied.has(name) ? undefined : ctx.agent.tools.get(name);
    if (!tool) return fail(res, 404, "not_found", `Tool not available: ${name}`);
    const callArgs = action !== undefined && args.action === undefined && hasActionProperty(tool.parameters) ? { ...args, action } : args;
    const session = resolveSession(ctx.agent, sessionKey);
    if (typeof session === "string") return fail(res, 400, "invalid_request", session);

    const controller = new AbortController();
    const onClose = () => !res.writableFinished && controller.abort();
    res.on("close", onClose);
    try {
      const result = await ctx.agent.tools.invoke(name, callArgs, { ...session, signal: controller.signal });
      sendJson(res, 200, { ok: true, result: result ?? null });
    } catch (err) {
      const code = err instanceof GatewayError ? (err.details as { code?: string } | undefined)?.code : undefined;
      const message = redactor.redact(err instanceof Error ? err.message : String(err));
      if (code === "TOOL_NOT_FOUND") return fail(res, 404, "not_found", `Tool not available: ${name}`);
      if (err instanceof GatewayError && err.code === "INVALID_REQUEST") return fail(res, 400, "invalid_request", message);
      ctx.log.info("tool failed over /tools/invoke", { tool: name, error: message });
      fail(res, 400, "tool_error", message);
    } finally {
      res.off("close", onClose);
    }
  };
}
