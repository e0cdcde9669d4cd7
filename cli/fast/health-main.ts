/** `openclaw health` / `openclaw gateway health` on the fast path: one client, one request, one print. */
import { GatewayClient } from "../../core/client.js";
import { resolveTarget, type TargetFlags } from "../target.js";
import { packageVersion } from "../version.js";
import { renderHealth } from "../health-view.js";
import { describeCommandError } from "../command-error.js";
import type { HealthResult } from "../../generated/protocol-types.js";

export interface HealthFlags extends TargetFlags {
  timeout: number;
  json?: boolean;
}

/** Prints the gateway's health (as GatewayHealth does) and returns the exit code. */
export async function runHealthCommand(flags: HealthFlags): Promise<number> {
  const target = resolveTarget(flags);
  const client = new GatewayClient({
    url: target.url,
    token: target.token,
    password: target.password,
    scopes: ["operator.read"],
    client: { id: "cli", mode: "cli", version: packageVersion() },
    connectTimeoutMs: flags.timeout,
    requestTimeoutMs: flags.timeout,
  });
  let stage = `cannot connect to the gateway at ${target.url}`;
  try {
    await client.connect();
    stage = "health failed";
    const payload = await client.request<HealthResult>("health", {});
    process.stdout.write(`${flags.json ? JSON.stringify(payload, null, 2) : renderHealth(payload)}\n`);
    return 0;
  } catch (err) {
    const { error, text } = describeCommandError(err, stage);
    if (flags.json) process.stdout.write(`${JSON.stringify({ ok: false, error }, null, 2)}\n`);
    else process.stderr.write(`${text}\n`);
    return 1;
  } finally {
    await client.close();
  }
}
