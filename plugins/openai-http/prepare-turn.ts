/** From a parsed OpenAI request to the agent's run parameters: agent, session, message, extra system prompt. */
import type { IncomingMessage } from "node:http";
import { selectAgent, selectSession } from "./agent-select.js";
import { composeMessage, splitTurn, type Conversation } from "./conversation.js";
import type { AgentRunParams, AgentService } from "../agent/contract.js";

export type TurnParams = Omit<AgentRunParams, "signal" | "onEvent"> & { agentId: string; sessionKey: string };

/** Whether the gateway already stores turns for this session (then the client's copy of them is not resent). */
async function hasStoredHistory(agent: AgentService, sessionKey: string): Promise<boolean> {
  try {
    return (await agent.history(sessionKey, 1)).messages.length > 0;
  } catch {
    return false; // a session key of an unknown agent: the run itself reports it
  }
}

export async function prepareTurn(
  req: IncomingMessage,
  agent: AgentService,
  input: { model: string | undefined; user: string | undefined; conversation: Conversation; field: string; requestId: string },
): Promise<TurnParams> {
  const session = selectSession(req, selectAgent(req, input.model, agent), input.user, input.requestId);
  const turn = splitTurn(input.conversation, input.field);
  const withEarlier = turn.earlier.length > 0 && (session.fresh || !(await hasStoredHistory(agent, session.sessionKey)));
  return {
    message: composeMessage(turn, withEarlier),
    agentId: session.agentId,
    sessionKey: session.sessionKey,
    runId: input.requestId,
    channel: "openai-http",
    // A request without a session is stateless: nothing to keep, nothing to write.
    ...(session.fresh ? { ephemeral: true } : {}),
    ...(turn.extraSystemPrompt ? { extraSystemPrompt: turn.extraSystemPrompt } : {}),
  };
}
