/** The agent's tool table: plugins add tools; the run loop and `/tools/invoke` call them with validated args. */
import { createRequire } from "node:module";
import type { Ajv, ValidateFunction } from "ajv";
import { invalidRequest, GatewayError, formatAjvErrors } from "../../core/sdk/plugin.js";
import type { AgentTool, RegisterToolOptions, ToolContext, ToolRegistry } from "./contract.js";

const TOOL_NAME = /^[a-zA-Z0-9_-]{1,64}$/;

/** ajv, required on the first tool call: the gateway starts without loading it (ajv is CommonJS). */
const loadAjv = (): typeof Ajv => (createRequire(import.meta.url)("ajv") as { Ajv: typeof Ajv }).Ajv;

export function createToolRegistry(): ToolRegistry {
  // Tool schemas are plain JSON Schema from any plugin: not strict, compiled once per tool on first use
  // (compiling every tool at start-up would cost start-up time for tools that may never be called).
  let ajv: Ajv | undefined;
  const tools = new Map<string, { tool: AgentTool; validate?: ValidateFunction }>();
  const validatorOf = (record: { tool: AgentTool; validate?: ValidateFunction }): ValidateFunction => {
    try {
      record.validate ??= (ajv ??= new (loadAjv())({ strict: false, allErrors: true, useDefaults: true })).compile(record.tool.parameters);
    } catch (err) {
      throw new GatewayError("UNAVAILABLE", `tool "${record.tool.name}" has an invalid parameters schema: ${(err as Error).message}`, { details: { code: "TOOL_SCHEMA_INVALID" } });
    }
    return record.validate;
  };

  const registry: ToolRegistry = {
    register(tool: AgentTool, options: RegisterToolOptions = {}) {
      if (!TOOL_NAME.test(tool.name)) throw new Error(`tool name "${tool.name}" must match ${TOOL_NAME} (the providers' rule for function names)`);
      if (tools.has(tool.name)) throw new Error(`tool "${tool.name}" is already registered`);
      const params = tool.parameters as { type?: unknown } | null;
      if (!params || typeof params !== "object" || params.type !== "object") {
        throw new Error(`tool "${tool.name}": parameters must be a JSON Schema with type "object" (what providers accept for function arguments)`);
      }
      const record: { tool: AgentTool; validate?: ValidateFunction } = { tool };
      tools.set(tool.name, record);
      const remove = () => {
        if (tools.get(tool.name) === record) tools.delete(tool.name);
      };
      options.signal?.addEventListener("abort", remove, { once: true });
      return remove;
    },
    get: (name) => tools.get(name)?.tool,
    list: () => [...tools.values()].map((r) => r.tool),
    async invoke(name: string, args: Record<string, unknown>, ctx: ToolContext) {
      const record = tools.get(name);
      if (!record) throw invalidRequest(`unknown tool "${name}"`, { details: { code: "TOOL_NOT_FOUND" } });
      const validate = validatorOf(record);
      const copy = structuredClone(args); // defaults are filled into the copy, never the caller's object
      if (!validate(copy)) {
        throw invalidRequest(`invalid arguments for tool "${name}": ${formatAjvErrors(validate.errors ?? [])}`, { details: { code: "TOOL_ARGS_INVALID" } });
      }
      try {
        return await record.tool.execute(copy, ctx);
      } catch (err) {
        if (err instanceof GatewayError) throw err;
        throw new GatewayError("UNAVAILABLE", `tool "${name}" failed: ${err instanceof Error ? err.message : String(err)}`, { details: { code: "TOOL_FAILED" }, cause: err });
      }
    },
  };
  return registry;
}
