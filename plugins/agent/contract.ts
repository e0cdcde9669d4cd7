/**
 * The `agent` service: what other plugins (openai-http, channels, control-ui) get from
 * `api.use<AgentService>("agent")`. The agent plugin owns providers, sessions, tools and runs.
 * Types only; the SDK entry re-exports them for third-party plugins (tools, front ends).
 */

/** A JSON Schema object describing a tool's arguments (what the model sees as `parameters`). */
export type JsonSchemaObject = Record<string, unknown>;

/** What a tool handler knows about the call. */
export interface ToolContext {
  readonly agentId: string;
  readonly sessionKey: string;
  /** Set when the call comes from an agent run (not from `/tools/invoke`). */
  readonly runId?: string;
  /** Aborted when the run is aborted or times out. */
  readonly signal: AbortSignal;
}

/** A tool the model may call. `execute` gets arguments already validated against `parameters`. */
export interface AgentTool {
  /** `[a-zA-Z0-9_-]{1,64}` (the provider's rule for function names). */
  name: string;
  description: string;
  /** JSON Schema of the arguments (`{type:"object", properties, required}`). */
  parameters: JsonSchemaObject;
  /** Returns a JSON-serialisable result (a string is passed to the model as is). Throw to report a tool error. */
  execute(args: Record<string, unknown>, ctx: ToolContext): unknown;
}

export interface RegisterToolOptions {
  /** The registering plugin's `api.signal`: the tool is removed when that plugin is disposed. */
  signal?: AbortSignal;
}

export interface ToolRegistry {
  /** Adds a tool; returns its remover. A name that is taken throws. */
  register(tool: AgentTool, options?: RegisterToolOptions): () => void;
  get(name: string): AgentTool | undefined;
  list(): AgentTool[];
  /** Validates `args` against the tool's schema and runs it. Unknown tool or bad args throw a GatewayError (INVALID_REQUEST). */
  invoke(name: string, args: Record<string, unknown>, ctx: ToolContext): Promise<unknown>;
}

/** Who sent a chat command, as the front end (a channel) knows them. */
export interface ChatCommandContext {
  channel: string;
  accountId: string;
  senderId: string;
  /**
   * True only when the sender is named explicitly on the channel's owner list (`allowFrom` in config,
   * never the `*` wildcard or a pairing approval): commands that act for the operator check it.
   */
  senderIsOwner: boolean;
}

/** A `/name args…` message a front end handles itself instead of starting an agent turn. */
export interface ChatCommand {
  /** Lower-case word after the slash (`approve` for `/approve`). */
  name: string;
  description: string;
  /** Returns the reply to send back to the sender. */
  run(args: string[], ctx: ChatCommandContext): Promise<string>;
}

export interface ChatCommandRegistry {
  /** Adds a command; returns its remover (also removed when `options.signal` aborts). A taken name throws. */
  register(command: ChatCommand, options?: RegisterToolOptions): () => void;
  /** The reply when `text` is a registered command, else undefined (the message goes to the agent). */
  dispatch(text: string, ctx: ChatCommandContext): Promise<string | undefined>;
}

/** One streamed event of a run, as the `agent` event's `stream` + `data`. */
export type AgentStreamEvent =
  | { stream: "lifecycle"; data: { phase: "start"; startedAt: number } | { phase: "end"; startedAt: number; endedAt: number } | { phase: "error"; startedAt: number; endedAt: number; error: string; aborted?: boolean } }
  /** `text` is everything so far, `delta` the new part. */
  | { stream: "assistant"; data: { text: string; delta: string } }
  /** The model's reasoning as it streams (Anthropic thinking, OpenAI reasoning summaries); never part of the reply. */
  | { stream: "thinking"; data: { text: string; delta: string } }
  | { stream: "tool"; data: { phase: "start"; name: string; toolCallId: string; args: unknown } | { phase: "result"; name: string; toolCallId: string; result: unknown; isError: boolean } };

export interface AgentRunParams {
  /**
   * The user's message for this turn. `/new` or `/reset` (optionally followed by text) starts a new session first.
   * Larger than `agents.defaults.maxMessageBytes` (UTF-8): `run` rejects with INVALID_REQUEST, `details.kind` "message_too_large".
   */
  message: string;
  /** Defaults to the default agent (`agents.list[].default`, else the first, else "main"). */
  agentId?: string;
  /** Defaults to `agent:<agentId>:main`. */
  sessionKey?: string;
  /** Run id (the idempotency key); defaults to a random UUID. */
  runId?: string;
  /** Added to the system prompt for this run only (not stored). */
  extraSystemPrompt?: string;
  /** Whole-run budget; defaults to `agents.defaults.timeoutSeconds` (600 s). Exceeding it rejects with AGENT_TIMEOUT. */
  timeoutMs?: number;
  /** "<provider>/<model>" to answer with for this run only, instead of the agent's models. An unknown provider rejects with INVALID_REQUEST. */
  model?: string;
  /** Aborts the run (and the provider request). The run then rejects with an error whose details.aborted is true. */
  signal?: AbortSignal;
  /**
   * false: the caller wants only the final answer (e.g. a non-stream HTTP request), so the provider is asked
   * for one complete response instead of a stream. Events still report the text, in one piece. Default true.
   */
  streaming?: boolean;
  /** Stateless turn (e.g. an HTTP request without a session): no history is read and nothing is stored. */
  ephemeral?: boolean;
  /** Where the message came from ("webchat", "telegram", "openai-http", …); stored with the transcript entry. */
  channel?: string;
  /** Streamed events of this run (also broadcast as `agent`/`chat` events to operators). */
  onEvent?(event: AgentStreamEvent): void;
}

/**
 * Tokens of a whole turn (every model call of it), in upstream's names: `input` excludes cached input,
 * `cacheRead` / `cacheWrite` are prompt-cache tokens, `total` the sum of the four. `cost` (USD) only when
 * every model that answered has a price in the config. The OpenAI-style totals are kept for HTTP front ends.
 */
export interface AgentUsage {
  input: number;
  output: number;
  cacheRead: number;
  cacheWrite: number;
  total: number;
  cost?: { input: number; output: number; cacheRead: number; cacheWrite: number; total: number };
  /** input + cacheRead + cacheWrite. */
  promptTokens: number;
  /** = output. */
  completionTokens: number;
  /** = total. */
  totalTokens: number;
}

export interface AgentRunResult {
  runId: string;
  agentId: string;
  sessionKey: string;
  sessionId: string;
  status: "ok";
  /** The assistant's final reply text. */
  text: string;
  /** "<provider>/<model>" that answered, or "offline" for the built-in reply when no provider is configured. */
  model: string;
  /** Filled when the provider reports usage. */
  usage?: AgentUsage;
  /** Why the model stopped on the last call ("stop", "length", "toolUse", "refusal"). */
  stopReason?: string;
  startedAt: number;
  endedAt: number;
}

/** One transcript message as `chat.history` returns it. */
export interface TranscriptMessage {
  role: "user" | "assistant" | "tool" | "system";
  content: Array<{ type: "text"; text: string }>;
  timestamp: number;
  /** Tool calls made by an assistant message. */
  toolCalls?: Array<{ id: string; name: string; arguments: string }>;
  toolCallId?: string;
  toolName?: string;
  runId?: string;
  channel?: string;
  model?: string;
}

export interface RunSummary {
  runId: string;
  sessionKey: string;
  status: "running" | "ok" | "error" | "timeout";
  startedAt?: number;
  endedAt?: number;
  error?: string;
}

/**
 * The service. `run` rejects with a GatewayError: AGENT_TIMEOUT on timeout; UNAVAILABLE with
 * `details.kind` one of "auth" | "rate_limit" | "context_length" | "timeout" | "provider" | "aborted"
 * (plus `details.status` from the provider and `retryAfterMs` for rate limits); INVALID_REQUEST for bad
 * params, with `details: {kind: "message_too_large", bytes, limitBytes}` for a message over the size limit.
 */
export interface AgentService {
  readonly tools: ToolRegistry;
  /** Slash commands (`/approve …`) that chat front ends answer without an agent turn. */
  readonly commands: ChatCommandRegistry;
  /** Configured agent ids (at least the default one). */
  agentIds(): string[];
  defaultAgentId(): string;
  /** `agent:<agentId>:main`. */
  mainSessionKey(agentId?: string): string;
  /** Runs one turn; runs on the same session key queue one after another. */
  run(params: AgentRunParams): Promise<AgentRunResult>;
  /** Aborts the active (and queued) runs of a session, or one run; returns the aborted run ids. */
  abort(sessionKey: string, runId?: string): string[];
  /** The run's state if it is running or ended within the last few minutes. */
  getRun(runId: string): RunSummary | undefined;
  /** Waits for a run to end (resolves its summary) or until timeoutMs (resolves undefined). */
  waitForRun(runId: string, timeoutMs: number): Promise<RunSummary | undefined>;
  /**
   * Removes every session (any agent) whose key `match`es and whose entry last changed before `updatedBefore`
   * (epoch ms): its index entry, its cached tail and its transcript files (every segment). Sessions with a
   * turn queued or running are kept. Resolves how many were removed. (Cron prunes isolated run sessions with it.)
   */
  pruneSessions(match: (sessionKey: string) => boolean, updatedBefore: number): Promise<number>;
  /**
   * The last `limit` messages of the session's current transcript, oldest first (read from the end of the file:
   * the cost follows `limit`, not the transcript's length). `maxBytes` stops before older messages that would
   * take the answer past that many bytes (the newest message is always included).
   */
  history(sessionKey: string, limit?: number, options?: { maxBytes?: number }): Promise<{ sessionKey: string; sessionId?: string; messages: TranscriptMessage[] }>;
}
