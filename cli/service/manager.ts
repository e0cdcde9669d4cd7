/**
 * One interface over systemd (Linux, WSL2) and launchd (macOS): where the service file lives, how
 * it renders and parses, whether the service manager is usable here, and the commands for each action.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Env } from "../../core/config/paths.js";
import { launchAgentsDir, launchctl, launchdDomain, launchdLabel, launchdRuntime, launchdSession, launchdTarget, parseLaunchdPlist, renderLaunchdPlist, stripLaunchdSecrets } from "./launchd.js";
import { serviceProfile, ServiceError, userHome, type InstalledService, type ServiceSpec } from "./spec.js";
import { parseSystemdUnit, renderSystemdUnit, stripSystemdSecrets, systemctl, systemdRuntime, unitDir, unitName, userSession, type CommandResult } from "./systemd.js";

export interface ServiceRuntime {
  loaded: boolean;
  active: boolean;
  state: string;
  pid: number | null;
  lastExitStatus: number | null;
}

export type ServiceAction = "activate" | "start" | "stop" | "restart" | "deactivate" | "reload";

export interface ActionResult {
  ok: boolean;
  /** The commands run, as typed in a shell. */
  ran: string[];
  error?: string;
}

export interface ServiceManager {
  kind: "systemd" | "launchd";
  /** Unit name or launchd label. */
  name: string;
  file: string;
  render(spec: ServiceSpec): string;
  parse(text: string): InstalledService;
  stripSecrets(text: string): { text: string; removed: string[] };
  /** Whether the service manager answers here (a user systemd session, a launchd gui domain). */
  session(): { ok: boolean; detail: string };
  runtime(): ServiceRuntime | null;
  run(action: ServiceAction): ActionResult;
  /** What to type by hand to enable and start the service once the manager is usable. */
  manualStart: string;
  /** What to do when there is no usable manager. */
  noSessionHelp: string;
}

type Step = { cmd: string; args: string[]; tolerate?: boolean };

function runSteps(steps: Step[], env: NodeJS.ProcessEnv, exec: (cmd: string, args: string[], env: NodeJS.ProcessEnv) => CommandResult): ActionResult {
  const ran: string[] = [];
  for (const s of steps) {
    const shown = `${s.cmd} ${s.args.join(" ")}`;
    ran.push(shown);
    const r = exec(s.cmd, s.args, env);
    if (r.spawnError) return { ok: false, ran, error: r.spawnError };
    if (!r.ok && !s.tolerate) return { ok: false, ran, error: `${shown} failed (exit ${r.code}): ${(r.stderr || r.stdout).trim().split("\n")[0] || "no output"}` };
  }
  return { ok: true, ran };
}

function systemdManager(home: string, profile: string, env: NodeJS.ProcessEnv): ServiceManager {
  const name = unitName(profile);
  const sc = (...args: string[]): Step => ({ cmd: "systemctl", args: ["--user", ...args] });
  const steps: Record<ServiceAction, Step[]> = {
    reload: [sc("daemon-reload")],
    activate: [sc("daemon-reload"), sc("enable", name), sc("restart", name)],
    start: [sc("start", name)],
    stop: [sc("stop", name)],
    restart: [sc("restart", name)],
    deactivate: [{ ...sc("disable", "--now", name), tolerate: true }],
  };
  return {
    kind: "systemd",
    name,
    file: join(unitDir(home), name),
    render: renderSystemdUnit,
    parse: parseSystemdUnit,
    stripSecrets: stripSystemdSecrets,
    session: () => userSession(env),
    runtime: () => systemdRuntime(name, env),
    run: (action) => runSteps(steps[action], env, (cmd, args, e) => systemctl(args.slice(1), e)),
    manualStart: `systemctl --user daemon-reload && systemctl --user enable --now ${name}`,
    noSessionHelp:
      "this needs a user systemd session (log in through a systemd-managed session, or run `loginctl enable-linger $USER` as an admin so one runs at boot); " +
      "until then run the gateway in the foreground with `openclaw gateway`",
  };
}

function launchdManager(home: string, profile: string, env: NodeJS.ProcessEnv): ServiceManager {
  const label = launchdLabel(profile);
  const file = join(launchAgentsDir(home), `${label}.plist`);
  const lc = (args: string[], tolerate = false): Step => ({ cmd: "launchctl", args, tolerate });
  const loaded = () => launchdRuntime(label, env).loaded;
  const boot = () => (loaded() ? [] : [lc(["bootstrap", launchdDomain(), file])]);
  return {
    kind: "launchd",
    name: label,
    file,
    render: renderLaunchdPlist,
    parse: parseLaunchdPlist,
    stripSecrets: stripLaunchdSecrets,
    session: () => launchdSession(env),
    runtime: () => launchdRuntime(label, env),
    run: (action) => {
      const steps: Record<ServiceAction, () => Step[]> = {
        reload: () => [],
        activate: () => [lc(["bootout", launchdTarget(label)], true), lc(["bootstrap", launchdDomain(), file])],
        start: () => [...boot(), lc(["kickstart", launchdTarget(label)])],
        stop: () => [lc(["bootout", launchdTarget(label)])],
        restart: () => (loaded() ? [lc(["kickstart", "-k", launchdTarget(label)])] : boot()),
        deactivate: () => [lc(["bootout", launchdTarget(label)], true)],
      };
      return runSteps(steps[action](), env, (_cmd, args, e) => launchctl(args, e));
    },
    manualStart: `launchctl bootstrap ${launchdDomain()} ${file}`,
    noSessionHelp: "launchd's gui domain is only there in a logged-in macOS session; until then run the gateway in the foreground with `openclaw gateway`",
  };
}

/** The service manager for this platform, or a ServiceError saying plainly why there is none. */
export function serviceManager(env: Env = process.env, platform: NodeJS.Platform = process.platform): ServiceManager {
  const profile = serviceProfile(env);
  const home = userHome(env);
  const processEnv = env as NodeJS.ProcessEnv;
  if (platform === "linux") return systemdManager(home, profile, processEnv);
  if (platform === "darwin") return launchdManager(home, profile, processEnv);
  throw new ServiceError(`gateway services are supported on Linux (systemd) and macOS (launchd), not ${platform}: run \`openclaw gateway\` under your own supervisor`);
}

/** The installed file's text and what it says, or null when nothing is installed. */
export function readInstalled(mgr: ServiceManager): { text: string; service: InstalledService } | null {
  if (!existsSync(mgr.file)) return null;
  const text = readFileSync(mgr.file, "utf8");
  return { text, service: mgr.parse(text) };
}
