/**
 * The facts `openclaw gateway status` reports, each on its own: the supervisor's view of the service,
 * RPC reachability, the config paths (CLI, service, running gateway), the port's listeners, and the
 * last error line from the log when the service looks alive but the port is closed.
 */
import { resolveConfigPath, resolveStateDir, type Env } from "../core/config/paths.js";
import { findPortHolders, type PortHolder } from "./run/port-holders.js";
import { lastErrorLine, logDirFor, type LastError } from "./log-files.js";
import { tryConnect, describeError, type ConnectFlags } from "./probe.js";
import { resolveTarget } from "./target.js";
import { readInstalled, serviceManager } from "./service/manager.js";
import { scanServices, type FoundService } from "./service/scan.js";
import { userHome } from "./service/spec.js";

export interface StatusOptions extends ConnectFlags {
  deep: boolean;
  probe: boolean;
}

export interface ServiceFacts {
  manager: "systemd" | "launchd" | null;
  name: string | null;
  file: string | null;
  installed: boolean;
  supervisor: { available: boolean; detail: string };
  loaded: boolean | null;
  active: boolean | null;
  state: string | null;
  pid: number | null;
  lastExitStatus: number | null;
  command: string[] | null;
  environment: Record<string, string> | null;
  port: number | null;
  others?: FoundService[];
}

export interface GatewayStatusReport {
  service: ServiceFacts;
  config: { cli: string; service: string | null; gateway: string | null; match: boolean };
  probe: {
    url: string;
    skipped: boolean;
    ok: boolean | null;
    error: { code: string; message: string } | null;
    gateway: { version: string | null; pid: number | null; uptimeMs: number | null; configPath: string | null } | null;
    health?: unknown;
  };
  port: { number: number | null; listeners: PortHolder[] | null };
  lastError: LastError | null;
}

function serviceFacts(env: Env, deep: boolean): ServiceFacts {
  const facts: ServiceFacts = {
    manager: null, name: null, file: null, installed: false, supervisor: { available: false, detail: "" },
    loaded: null, active: null, state: null, pid: null, lastExitStatus: null, command: null, environment: null, port: null,
  };
  let mgr;
  try {
    mgr = serviceManager(env);
  } catch (err) {
    facts.supervisor.detail = (err as Error).message;
    return facts;
  }
  Object.assign(facts, { manager: mgr.kind, name: mgr.name, file: mgr.file });
  const installed = readInstalled(mgr);
  if (installed) {
    const envOf = installed.service.environment;
    Object.assign(facts, { installed: true, command: installed.service.programArguments, environment: envOf });
    const port = Number(envOf.OPENCLAW_GATEWAY_PORT);
    facts.port = Number.isInteger(port) && port > 0 ? port : null;
  }
  const session = mgr.session();
  facts.supervisor = { available: session.ok, detail: session.detail };
  if (session.ok) {
    const rt = mgr.runtime();
    if (rt) Object.assign(facts, rt);
  }
  if (deep) facts.others = scanServices(process.platform, userHome(env)).filter((s) => s.file !== mgr.file);
  return facts;
}

/** The probe URL's port, and whether it is on this machine (only then are its listeners ours to list). */
function portOf(url: string): { port: number | null; local: boolean } {
  try {
    const u = new URL(url);
    return { port: u.port ? Number(u.port) : u.protocol === "wss:" ? 443 : 80, local: ["127.0.0.1", "localhost", "[::1]"].includes(u.hostname) };
  } catch {
    return { port: null, local: false };
  }
}

export async function collectStatus(opts: StatusOptions, env: NodeJS.ProcessEnv = process.env): Promise<GatewayStatusReport> {
  const service = serviceFacts(env, opts.deep);
  const cliConfig = resolveConfigPath(env);
  const report: GatewayStatusReport = {
    service,
    config: { cli: cliConfig, service: service.environment?.OPENCLAW_CONFIG_PATH ?? null, gateway: null, match: true },
    probe: { url: "", skipped: !opts.probe, ok: null, error: null, gateway: null },
    port: { number: null, listeners: null },
    lastError: null,
  };
  if (opts.probe) {
    const conn = await tryConnect(opts, ["operator.read"], env);
    report.probe.url = conn.target.url;
    if (conn.client) {
      try {
        const s = (await conn.client.request("status", {})) as { runtimeVersion?: string; pid?: number; uptimeMs?: number; configPath?: string };
        report.probe.ok = true;
        report.probe.gateway = { version: s.runtimeVersion ?? null, pid: s.pid ?? null, uptimeMs: s.uptimeMs ?? null, configPath: s.configPath ?? null };
        report.config.gateway = s.configPath ?? null;
        if (opts.deep) report.probe.health = await conn.client.request("health", {}).catch((err: unknown) => ({ error: describeError(err) }));
      } catch (err) {
        report.probe.ok = false;
        report.probe.error = describeError(err);
      } finally {
        await conn.client.close();
      }
    } else {
      report.probe.ok = false;
      report.probe.error = conn.error ?? null;
    }
  } else {
    report.probe.url = resolveTarget(opts, env).url;
  }
  const paths = [report.config.cli, report.config.service, report.config.gateway].filter((p): p is string => p !== null);
  report.config.match = paths.every((p) => p === paths[0]);
  const { port, local } = portOf(report.probe.url);
  report.port.number = port;
  if (port !== null && local) report.port.listeners = findPortHolders(port);
  const alive = service.active === true || service.pid !== null;
  const closed = report.port.listeners ? report.port.listeners.length === 0 : report.probe.error?.code === "ECONNREFUSED";
  if ((alive && closed) || opts.deep) {
    const stateDir = service.environment?.OPENCLAW_STATE_DIR ?? resolveStateDir(env);
    report.lastError = lastErrorLine(logDirFor(stateDir, report.config.service ?? cliConfig, env));
  }
  return report;
}
