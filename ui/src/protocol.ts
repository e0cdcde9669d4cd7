/** The slices of the gateway protocol this page reads (see docs/protocol.md); unknown fields are ignored. */

export interface ErrorShape {
  code: string;
  message: string;
  details?: Record<string, unknown>;
  retryable?: boolean;
  retryAfterMs?: number;
}

export interface Hello {
  type: "hello-ok";
  protocol: number;
  server: { version: string; connId: string; host?: string };
  features: { methods: string[]; events: string[] };
  snapshot: { presence: PresenceEntry[]; health: Health; stateVersion: { presence: number; health: number }; uptimeMs: number; configPath?: string; authMode?: string };
  auth?: { role: string; scopes: string[]; deviceToken?: string };
  policy: { tickIntervalMs: number; maxPayload: number };
}

export interface ChannelHealth {
  configured?: boolean;
  linked?: boolean;
  running?: boolean;
  connected?: boolean;
  lastError?: string | null;
  accounts?: Record<string, ChannelAccount> | ChannelAccount[];
  [key: string]: unknown;
}

export interface Health {
  ok?: boolean;
  ts?: number;
  degraded?: boolean;
  plugins?: { loaded?: string[]; failed?: Array<{ name: string; state: string; error?: string }>; disabled?: string[] };
  channels?: Record<string, ChannelHealth>;
  channelOrder?: string[];
  channelLabels?: Record<string, string>;
  [key: string]: unknown;
}

export interface ChannelAccount {
  accountId: string;
  enabled?: boolean;
  configured?: boolean;
  linked?: boolean;
  running?: boolean;
  connected?: boolean;
  lastError?: string | null;
  mode?: string;
  self?: string;
}

export interface ChannelsStatus {
  channelOrder?: string[];
  channelLabels?: Record<string, string>;
  channels?: Record<string, ChannelHealth>;
  channelAccounts?: Record<string, ChannelAccount[]>;
}

export interface PresenceEntry {
  host?: string;
  ip?: string;
  version?: string;
  platform?: string;
  mode?: string;
  reason?: string;
  text?: string;
  ts: number;
  deviceId?: string;
  instanceId?: string;
  roles?: string[];
}

export interface NodeRow {
  nodeId: string;
  displayName?: string;
  platform?: string;
  version?: string;
  remoteIp?: string;
  commands: string[];
  paired: boolean;
  connected: boolean;
  connectedAtMs?: number;
}

export interface PendingDevice {
  requestId: string;
  deviceId: string;
  displayName?: string;
  platform?: string;
  clientId?: string;
  clientMode?: string;
  role?: string;
  scopes?: string[];
  remoteIp?: string;
  reason?: string;
  ts?: number;
}

export interface PendingNode {
  requestId: string;
  nodeId: string;
  displayName?: string;
  platform?: string;
  version?: string;
  commands?: string[];
  remoteIp?: string;
  ts?: number;
}

export interface ConfigSnapshot {
  path: string;
  exists: boolean;
  raw: string | null;
  config: unknown;
  hash: string;
  valid: boolean;
  issues: Array<{ path: string; message: string }>;
  warnings?: string[];
}

export interface TailResult {
  file: string;
  cursor: number;
  lines: string[];
  truncated?: boolean;
  reset?: boolean;
}

export interface ChatMessage {
  role: string;
  content?: string | Array<{ type: string; text?: string }>;
  timestamp?: number;
}

export interface ChatEvent {
  runId: string;
  sessionKey: string;
  seq?: number;
  state: "delta" | "final" | "aborted" | "error";
  message?: ChatMessage;
  deltaText?: string;
  errorMessage?: string;
}

/** The text of a transcript message (string content, or the text parts joined). */
export function messageText(message: ChatMessage | undefined): string | undefined {
  const c = message?.content;
  if (typeof c === "string") return c;
  if (!Array.isArray(c)) return undefined;
  return c.map((part) => (part.type === "text" && typeof part.text === "string" ? part.text : "")).join("");
}
