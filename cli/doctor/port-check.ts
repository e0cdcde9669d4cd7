/** Port conflicts: is the gateway's port (and the canvas port) free, held by the gateway, or by something else? */
import { get } from "node:http";
import type { CoreConfig } from "../../core/config/schema.js";
import { describeHolders, findPortHolders, type PortHolder } from "../run/port-holders.js";
import { servicePort } from "../service/spec.js";
import type { DoctorContext, Finding } from "./checks.js";

/** True when an OpenClaw gateway answers GET /health on the port. */
export function isGatewayOn(port: number, timeoutMs = 1500): Promise<boolean> {
  return new Promise((resolve) => {
    const req = get({ host: "127.0.0.1", port, path: "/health", timeout: timeoutMs }, (res) => {
      let body = "";
      res.on("data", (d) => (body += d));
      res.on("end", () => {
        try {
          resolve(res.statusCode === 200 && (JSON.parse(body) as { status?: string }).status === "live");
        } catch {
          resolve(false);
        }
      });
    });
    req.on("timeout", () => req.destroy());
    req.on("error", () => resolve(false));
  });
}

export async function checkPort(ctx: DoctorContext): Promise<Finding[]> {
  const check = "port";
  const config = (ctx.loaded?.raw ?? {}) as CoreConfig & { canvasHost?: { enabled?: boolean; port?: number } };
  let port: number;
  try {
    port = servicePort(ctx.env, config);
  } catch (err) {
    return [{ check, status: "problem", message: (err as Error).message }];
  }
  const holders = findPortHolders(port);
  if (holders === null) return [{ check, status: "warn", message: `lsof is not installed, so the listeners on port ${port} are unknown`, hint: "apt-get install lsof" }];
  const out: Finding[] = [];
  let gatewayPids: number[] = [];
  if (!holders.length) out.push({ check, status: "ok", message: `port ${port} is free (no gateway is running on it)` });
  else if (await isGatewayOn(port)) {
    gatewayPids = holders.map((h) => h.pid);
    out.push({ check, status: "ok", message: `port ${port}: the gateway is running (${describeHolders(holders)})` });
  } else {
    out.push({
      check,
      status: "problem",
      message: `port ${port} is held by ${describeHolders(holders)}, which is not an OpenClaw gateway: the gateway cannot listen there (exit 75)`,
      hint: `stop that process, or move the gateway: openclaw config set gateway.port <port>`,
    });
  }
  const canvas = config.canvasHost;
  if (canvas?.enabled !== false && !ctx.env.OPENCLAW_SKIP_CANVAS_HOST) {
    const cport = canvas?.port ?? port + 4;
    const others: PortHolder[] = cport && cport !== port ? (findPortHolders(cport) ?? []).filter((h) => !gatewayPids.includes(h.pid)) : [];
    if (others.length) {
      out.push({ check, status: "warn", message: `canvas port ${cport} is held by ${describeHolders(others)}: the canvas will be served on the gateway port only`, hint: "set canvasHost.port to a free port" });
    }
  }
  return out;
}
