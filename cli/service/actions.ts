/** install / uninstall / start / stop / restart, as reports the commands print (human or --json). */
import { copyFileSync, chmodSync, existsSync, mkdirSync, rmSync } from "node:fs";
import { dirname } from "node:path";
import { loadConfigFile } from "../../core/config/load.js";
import { writeFileAtomic } from "../../core/state.js";
import { resolveConfigPath, type Env } from "../../core/config/paths.js";
import { readInstalled, serviceManager, type ServiceManager } from "./manager.js";
import { buildServiceSpec, describeDrift, ServiceError, type InstallOptions } from "./spec.js";
import { tokenFile } from "../run/auth-settings.js";
import { ensurePrivateDir } from "../../core/state.js";

/** The config the installed service reads (its OPENCLAW_CONFIG_PATH), else the CLI's. */
export function installedConfigPath(mgr: ServiceManager, env: Env): string {
  return readInstalled(mgr)?.service.environment.OPENCLAW_CONFIG_PATH ?? resolveConfigPath(env);
}

export interface ServiceReport {
  ok: boolean;
  action: string;
  manager: ServiceManager["kind"];
  name: string;
  file: string;
  /** unchanged | written | differs | removed | absent | done */
  outcome: string;
  session: { ok: boolean; detail: string };
  /** The service manager was told (enable/start/stop…) and it succeeded. */
  applied: boolean;
  ran: string[];
  messages: string[];
  warnings: string[];
  backup?: string;
  pid?: number | null;
}

/** Keys the manager adds on its own (the unit name or label), not part of the drift. */
const MANAGER_KEYS = new Set(["OPENCLAW_SYSTEMD_UNIT", "OPENCLAW_LAUNCHD_LABEL"]);

function configWarnings(configPath: string, env: Env, allowUnconfigured: boolean): string[] {
  const out: string[] = [];
  try {
    const mode = (loadConfigFile(configPath, env).raw as { gateway?: { mode?: string } }).gateway?.mode;
    if (mode !== "local" && !allowUnconfigured) {
      out.push(`gateway.mode is not "local" in ${configPath}: the service runs \`openclaw gateway\`, which exits 78 (not restarted) until it is — create the config with \`openclaw setup\``);
    }
  } catch (err) {
    out.push(`${(err as Error).message}: the service will exit 78 until it is fixed (\`openclaw doctor\` shows what is wrong)`);
  }
  if (env.OPENCLAW_GATEWAY_TOKEN || env.OPENCLAW_GATEWAY_PASSWORD) {
    out.push("OPENCLAW_GATEWAY_TOKEN/PASSWORD from this shell is not written into the service (no secrets in service files): put the secret in gateway.auth.* or let the gateway use <stateDir>/gateway.token");
  }
  return out;
}

function base(mgr: ServiceManager, action: string): ServiceReport {
  return { ok: true, action, manager: mgr.kind, name: mgr.name, file: mgr.file, outcome: "done", session: { ok: false, detail: "" }, applied: false, ran: [], messages: [], warnings: [] };
}

const noSession = (mgr: ServiceManager, detail: string) =>
  mgr.kind === "systemd" ? `no user systemd session is running here (${detail})` : `launchd is not usable here (${detail})`;

export async function installService(env: Env, root: string, force: boolean, options: InstallOptions = {}, token?: string): Promise<ServiceReport> {
  const mgr = serviceManager(env);
  const spec = buildServiceSpec({ env, root, options });
  const text = mgr.render(spec);
  const report = base(mgr, "install");
  report.warnings = configWarnings(spec.configPath, env, options.allowUnconfigured === true);
  if (token !== undefined) report.messages.push(await storeServiceToken(spec.stateDir, spec.configPath, env, token));
  const existing = readInstalled(mgr);
  if (existing && existing.text === text && !force) {
    report.outcome = "unchanged";
    report.messages.push(`already installed with the same content: ${mgr.file} (nothing to do; --force rewrites and restarts it)`);
    return report;
  }
  if (existing && existing.text !== text && !force) {
    const drift = describeDrift(existing.service, spec).filter((d) => !MANAGER_KEYS.has(d.split(":")[0]));
    report.ok = false;
    report.outcome = "differs";
    report.messages.push(`a different ${mgr.kind === "systemd" ? "unit" : "plist"} is installed at ${mgr.file}:`);
    report.messages.push(...(drift.length ? drift : ["its text differs from what this version writes"]).map((d) => `  ${d}`));
    report.messages.push("run `openclaw gateway install --force` to replace it (the old file is kept as .bak)");
    return report;
  }
  mkdirSync(dirname(mgr.file), { recursive: true });
  if (existing && existing.text !== text) {
    report.backup = `${mgr.file}.bak`;
    copyFileSync(mgr.file, report.backup);
    chmodSync(report.backup, 0o600); // an old unit may hold a token
  }
  await writeFileAtomic(mgr.file, text, 0o644);
  const check = readInstalled(mgr);
  const drift = check ? describeDrift(check.service, spec).filter((d) => !MANAGER_KEYS.has(d.split(":")[0])) : ["the file is missing after writing it"];
  if (drift.length) {
    report.ok = false;
    report.outcome = "written";
    report.messages.push(`wrote ${mgr.file} but reading it back does not match: ${drift.join("; ")}`);
    return report;
  }
  report.outcome = "written";
  report.session = mgr.session();
  if (!report.session.ok) {
    report.messages.push(`wrote the ${mgr.kind === "systemd" ? "unit" : "plist"} to ${mgr.file} (verified)`);
    report.messages.push(`${noSession(mgr, report.session.detail)}, so it was not enabled or started`);
    report.messages.push(`start it later with: ${mgr.manualStart}`);
    report.messages.push(mgr.noSessionHelp);
    return report;
  }
  const r = mgr.run("activate");
  report.ran = r.ran;
  report.applied = r.ok;
  if (!r.ok) {
    report.ok = false;
    report.messages.push(`wrote ${mgr.file}, but ${r.error}`);
    return report;
  }
  report.pid = mgr.runtime()?.pid ?? null;
  report.messages.push(`installed ${mgr.name} (${mgr.file}), enabled and started${report.pid ? ` (pid ${report.pid})` : ""}`);
  return report;
}

export async function uninstallService(env: Env): Promise<ServiceReport> {
  const mgr = serviceManager(env);
  const report = base(mgr, "uninstall");
  if (!existsSync(mgr.file)) {
    report.outcome = "absent";
    report.messages.push(`not installed (no ${mgr.file}); nothing to do`);
    return report;
  }
  report.session = mgr.session();
  if (report.session.ok) {
    const r = mgr.run("deactivate");
    report.ran.push(...r.ran);
  }
  rmSync(mgr.file, { force: true });
  report.outcome = "removed";
  if (report.session.ok) {
    const r = mgr.run("reload");
    report.ran.push(...r.ran);
    report.applied = true;
    report.messages.push(`stopped and disabled ${mgr.name}; removed ${mgr.file}`);
  } else {
    report.messages.push(`removed ${mgr.file}; ${noSession(mgr, report.session.detail)}, so nothing was running under it`);
  }
  return report;
}

export async function controlService(env: Env, action: "start" | "stop" | "restart"): Promise<ServiceReport> {
  const mgr = serviceManager(env);
  const report = base(mgr, action);
  if (!existsSync(mgr.file)) {
    report.ok = false;
    report.outcome = "absent";
    report.messages.push(`${mgr.name} is not installed (no ${mgr.file}): run \`openclaw gateway install\` first`);
    return report;
  }
  report.session = mgr.session();
  if (!report.session.ok) {
    report.ok = false;
    report.messages.push(`cannot ${action} ${mgr.name}: ${noSession(mgr, report.session.detail)}`);
    report.messages.push(mgr.noSessionHelp);
    return report;
  }
  const installedAllows = readInstalled(mgr)?.service.programArguments.includes("--allow-unconfigured") === true;
  if (action !== "stop") report.warnings = configWarnings(installedConfigPath(mgr, env), env, installedAllows).filter((w) => !w.startsWith("OPENCLAW_GATEWAY"));
  const r = mgr.run(action);
  report.ran = r.ran;
  report.applied = r.ok;
  report.ok = r.ok;
  if (!r.ok) {
    report.messages.push(r.error ?? `${action} failed`);
    return report;
  }
  const rt = mgr.runtime();
  report.pid = rt?.pid ?? null;
  const past = { start: "started", stop: "stopped", restart: "restarted" }[action];
  report.messages.push(`${past} ${mgr.name}${rt ? ` (${rt.state}${rt.pid ? `, pid ${rt.pid}` : ""})` : ""}`);
  return report;
}

/**
 * `install --token`: no secret goes into a service file, so the token is stored where the service's
 * gateway reads it when the config names none: `<stateDir>/gateway.token` (0600). A token in the config
 * would win over the file, so a different one there is refused rather than silently ignored.
 */
async function storeServiceToken(stateDir: string, configPath: string, env: Env, token: string): Promise<string> {
  const value = token.trim();
  if (!value || /\s/.test(value)) throw new ServiceError("--token must be a non-empty value without spaces");
  let configured: string | undefined;
  try {
    configured = (loadConfigFile(configPath, env).raw as { gateway?: { auth?: { token?: string } } }).gateway?.auth?.token;
  } catch {
    configured = undefined; // a broken config is reported by the config warnings
  }
  if (configured !== undefined && configured !== value) {
    throw new ServiceError(`gateway.auth.token in ${configPath} is set and differs from --token; the service would use the config's: change it there, or drop --token`);
  }
  ensurePrivateDir(stateDir);
  await writeFileAtomic(tokenFile(stateDir), `${value}\n`);
  return `stored the token in ${tokenFile(stateDir)} (0600), where the service's gateway reads it; the service file holds no secret`;
}
