/** Helpers for the nodes plugin tests: a gateway with presence + nodes, fake nodes, remote clients, event waits. */
import { GatewayClient, type GatewayClientOptions } from "../../core/client.js";
import presence from "../../plugins/presence/index.js";
import nodes from "../../plugins/nodes/index.js";
import { startTestGateway, TEST_TOKEN, type TestGateway, type TestGatewayOptions } from "./gateway.js";

export const NODES_PLUGINS = [presence, nodes];
/** Sent through the trusted proxy 127.0.0.1, so the gateway sees a remote client at 203.0.113.5. */
export const REMOTE = { "x-forwarded-for": "203.0.113.5" };

export function startNodesGateway(options: TestGatewayOptions = {}): Promise<TestGateway> {
  return startTestGateway({ plugins: NODES_PLUGINS, trustedProxies: ["127.0.0.1"], ...options });
}

export interface InvokeRequestEvent {
  id: string;
  nodeId: string;
  command: string;
  paramsJSON: string | null;
  timeoutMs: number;
  idempotencyKey: string;
}

export interface FakeNodeOptions extends Partial<GatewayClientOptions> {
  /** Answers each invoke; return undefined to leave it unanswered. */
  handler?: (req: InvokeRequestEvent) => unknown | Promise<unknown>;
}

/** A node connection (role node, client node-host) that answers `node.invoke.request` with `handler`. */
export async function fakeNode(gw: TestGateway, options: FakeNodeOptions = {}): Promise<GatewayClient & { requests: InvokeRequestEvent[] }> {
  const { handler, client, ...rest } = options;
  const node = new GatewayClient({
    url: gw.url, token: TEST_TOKEN, role: "node", scopes: [],
    commands: ["system.run", "system.which", "system.notify"],
    client: { id: "node-host", mode: "node", platform: "linux", instanceId: "node-1", ...client },
    ...rest,
  }) as GatewayClient & { requests: InvokeRequestEvent[] };
  node.requests = [];
  node.on("event:node.invoke.request", async (req: InvokeRequestEvent) => {
    node.requests.push(req);
    const result = await handler?.(req);
    if (result !== undefined) await node.request("node.invoke.result", result).catch(() => undefined);
  });
  await node.connect();
  return node;
}

/** Resolves with the payload of the next `event` on `client`. */
export function nextEvent<T = Record<string, unknown>>(client: GatewayClient, event: string, timeoutMs = 3000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} event within ${timeoutMs} ms`)), timeoutMs);
    client.once(`event:${event}`, (payload: T) => {
      clearTimeout(timer);
      resolve(payload);
    });
  });
}

/** Connects and returns the client, or the error the gateway refused it with. */
export async function tryConnect(options: GatewayClientOptions): Promise<{ client?: GatewayClient; error?: Error & { code?: string; details?: Record<string, unknown> } }> {
  const client = new GatewayClient(options);
  try {
    await client.connect();
    return { client };
  } catch (error) {
    return { error: error as Error & { code?: string } };
  }
}
