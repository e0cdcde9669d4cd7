/**
 * Which agent and session an OpenAI request talks to (upstream rules):
 * agent: header `x-openclaw-agent-id` (or `x-openclaw-agent`), else `model` (`openclaw`, `openclaw/default`
 * → the default agent; `openclaw/<id>`, `openclaw:<id>`, `agent:<id>` → that agent; any other model name →
 * the default agent, so clients with a hard-coded model still work);
 * session: header `x-openclaw-session-key`, else `user` → `agent:<id>:openai-user:<user>`, else a fresh
 * `agent:<id>:openai:<uuid>` per request (stateless).
 */
import type { IncomingMessage } from "node:http";
import { HttpError, invalidRequest } from "./http-io.js";

const AGENT_MODEL = /^(?:openclaw[/:]|agent:)(.*)$/;
const AGENT_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/;
/** `user` and session keys end up in the sessions index; keep them short and printable. */
const MAX_KEY_LENGTH = 256;

export interface AgentDirectory {
  agentIds(): string[];
  defaultAgentId(): string;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  const text = Array.isArray(value) ? value[0] : value;
  return text?.trim() || undefined;
}

/** The model ids `/v1/models` lists. */
export function modelIds(agents: AgentDirectory): string[] {
  return ["openclaw", "openclaw/default", ...agents.agentIds().map((id) => `openclaw/${id}`)];
}

export interface AgentChoice {
  agentId: string;
  /** Named by the header or an `openclaw/<id>`-style model (not the default). */
  explicit: boolean;
}

export function selectAgent(req: IncomingMessage, model: string | undefined, agents: AgentDirectory): AgentChoice {
  const known = agents.agentIds();
  const fromHeader = header(req, "x-openclaw-agent-id") ?? header(req, "x-openclaw-agent");
  if (fromHeader !== undefined) {
    if (!known.includes(fromHeader)) throw invalidRequest(`unknown agent "${fromHeader}" in x-openclaw-agent-id; configured agents: ${known.join(", ")} (agents.list in the config)`);
    return { agentId: fromHeader, explicit: true };
  }
  const match = model === undefined ? null : AGENT_MODEL.exec(model);
  if (!match || match[1] === "default") return { agentId: agents.defaultAgentId(), explicit: false };
  const id = match[1];
  if (!AGENT_ID.test(id) || !known.includes(id)) {
    throw new HttpError(404, `The model \`${model}\` does not exist: no agent "${id}" is configured. Available models: ${modelIds(agents).join(", ")}`, "invalid_request_error", { code: "model_not_found" });
  }
  return { agentId: id, explicit: true };
}

function checkKey(value: string, what: string): string {
  if (value.length > MAX_KEY_LENGTH) throw invalidRequest(`${what} is longer than ${MAX_KEY_LENGTH} characters`);
  if (/[\u0000-\u001f\u007f]/.test(value)) throw invalidRequest(`${what} must not contain control characters`);
  return value;
}

export interface SessionChoice {
  sessionKey: string;
  /** True for the per-request session: nothing is stored for it yet. */
  fresh: boolean;
}

/** An `agent:<id>:…` session key names its agent. */
const KEY_AGENT = /^agent:([a-z0-9][a-z0-9_-]{0,63}):/;

export function selectSession(req: IncomingMessage, choice: AgentChoice, user: string | undefined, requestId: string): SessionChoice & { agentId: string } {
  const { agentId } = choice;
  const fromHeader = header(req, "x-openclaw-session-key");
  if (fromHeader !== undefined) {
    const sessionKey = checkKey(fromHeader, "x-openclaw-session-key");
    // Without an explicit agent, the key decides; with one, a key of another agent is refused by the run.
    const keyAgent = choice.explicit ? undefined : KEY_AGENT.exec(sessionKey)?.[1];
    const chosen = keyAgent ?? agentId;
    // A short key ("main", "s1") belongs to the chosen agent: spell it out so history lookups and the run agree.
    const full = KEY_AGENT.test(sessionKey) ? sessionKey : `agent:${chosen}:${sessionKey}`;
    return { sessionKey: full, fresh: false, agentId: chosen };
  }
  if (user !== undefined && user.trim()) return { sessionKey: `agent:${agentId}:openai-user:${checkKey(user.trim(), "user")}`, fresh: false, agentId };
  return { sessionKey: `agent:${agentId}:openai:${requestId}`, fresh: true, agentId };
}
