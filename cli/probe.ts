/**
 * Connecting without exiting on failure: `gateway status` reports reachability as a fact, and the
 * config/plugins commands fall back to the local file when no gateway answers on the local target.
 */
import { GatewayClient, GatewayRequestError } from "../core/client.js";
import { resolveTarget, type GatewayTarget, type TargetFlags } from "./target.js";
import { packageVersion } from "./version.js";

export interface ConnectFlags extends TargetFlags {
  timeout: number;
}

export interface ConnectOutcome {
  client: GatewayClient | null;
  target: GatewayTarget;
  /** --url or OPENCLAW_GATEWAY_URL chose the target (or the config's gateway.remote.url points elsewhere). */
  explicit: boolean;
  error?: { code: string; message: string };
  /** Nothing answered as a gateway (refused, timed out, not a WebSocket): not an auth refusal. */
  unreachable: boolean;
}

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]", "::1"]);

export function describeError(err: unknown): { code: string; message: string } {
  const e = err as Error & { code?: string };
  return { code: e.code ?? (err instanceof GatewayRequestError ? "UNAVAILABLE" : "CONNECT_FAILED"), message: e.message };
}

export function isUnreachable(err: unknown): boolean {
  if (err instanceof GatewayRequestError) return false;
  return (err as { closeCode?: number }).closeCode === undefined;
}

export async function tryConnect(flags: ConnectFlags, scopes: string[], env: NodeJS.ProcessEnv = process.env): Promise<ConnectOutcome> {
  const target = resolveTarget(flags, env);
  let host = "";
  try {
    host = new URL(target.url).hostname;
  } catch {
    // an unparsable URL is reported by the connect attempt
  }
  const explicit = Boolean(flags.url || env.OPENCLAW_GATEWAY_URL) || !LOOPBACK.has(host);
  const client = new GatewayClient({
    url: target.url,
    token: target.token,
    password: target.password,
    scopes,
    client: { id: "cli", mode: "cli", version: packageVersion() },
    connectTimeoutMs: flags.timeout,
    requestTimeoutMs: flags.timeout,
  });
  try {
    await client.connect();
    return { client, target, explicit, unreachable: false };
  } catch (err) {
    await client.close();
    return { client: null, target, explicit, error: describeError(err), unreachable: isUnreachable(err) };
  }
}
