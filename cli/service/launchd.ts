/**
 * launchd LaunchAgents: the plist text (pure, so it renders and is tested on any OS), parsing an
 * installed plist back, and `launchctl` in the gui/<uid> domain.
 */
import { join } from "node:path";
import { assertNoSecrets, SECRET_ENV_KEY, type InstalledService, type ServiceSpec } from "./spec.js";
import { runTool } from "./systemd.js";

export const launchdLabel = (profile: string) => `bot.molt.${profile || "gateway"}`;
export const launchAgentsDir = (home: string) => join(home, "Library", "LaunchAgents");

const xml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
const unxml = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

export function renderLaunchdPlist(spec: ServiceSpec): string {
  assertNoSecrets(spec.environment);
  const label = launchdLabel(spec.profile);
  const env = { ...spec.environment, OPENCLAW_LAUNCHD_LABEL: label };
  const logDir = join(spec.stateDir, "logs");
  const s = (v: string) => `<string>${xml(v)}</string>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<plist version="1.0">',
    "<dict>",
    `  <key>Label</key>\n  ${s(label)}`,
    `  <key>Comment</key>\n  ${s(spec.description)}`,
    "  <key>RunAtLoad</key>\n  <true/>",
    "  <key>KeepAlive</key>\n  <true/>",
    "  <key>ThrottleInterval</key>\n  <integer>5</integer>",
    "  <key>ExitTimeOut</key>\n  <integer>30</integer>",
    "  <key>Umask</key>\n  <integer>63</integer>",
    "  <key>ProgramArguments</key>",
    "  <array>",
    ...spec.programArguments.map((a) => `    ${s(a)}`),
    "  </array>",
    `  <key>StandardOutPath</key>\n  ${s(join(logDir, "gateway.log"))}`,
    `  <key>StandardErrorPath</key>\n  ${s(join(logDir, "gateway.err.log"))}`,
    "  <key>EnvironmentVariables</key>",
    "  <dict>",
    ...Object.entries(env).map(([k, v]) => `    <key>${xml(k)}</key>\n    ${s(v)}`),
    "  </dict>",
    "</dict>",
    "</plist>",
    "",
  ].join("\n");
}

const ENV_DICT = /(<key>EnvironmentVariables<\/key>\s*<dict>)([\s\S]*?)(<\/dict>)/;
const PAIR = /\s*<key>([^<]*)<\/key>\s*<string>([^<]*)<\/string>/g;

export function parseLaunchdPlist(text: string): InstalledService {
  const args = /<key>ProgramArguments<\/key>\s*<array>([\s\S]*?)<\/array>/.exec(text);
  const programArguments = args ? [...args[1].matchAll(/<string>([^<]*)<\/string>/g)].map((m) => unxml(m[1])) : [];
  const environment: Record<string, string> = {};
  const dict = ENV_DICT.exec(text);
  if (dict) for (const m of dict[2].matchAll(PAIR)) environment[unxml(m[1])] = unxml(m[2]);
  return { programArguments, environment };
}

/** The plist without secret EnvironmentVariables entries; everything else kept as written. */
export function stripLaunchdSecrets(text: string): { text: string; removed: string[] } {
  const removed: string[] = [];
  const out = text.replace(ENV_DICT, (_all, open: string, body: string, close: string) => {
    const kept = body.replace(PAIR, (pair: string, key: string) => {
      if (!SECRET_ENV_KEY.test(unxml(key))) return pair;
      removed.push(unxml(key));
      return "";
    });
    return `${open}${kept}${close}`;
  });
  return { text: out, removed };
}

const domain = () => `gui/${process.getuid?.() ?? 501}`;
export const launchctl = (args: string[], env?: NodeJS.ProcessEnv) => runTool("launchctl", args, env);

export function launchdSession(env?: NodeJS.ProcessEnv): { ok: boolean; detail: string } {
  const r = launchctl(["print", domain()], env);
  if (r.spawnError) return { ok: false, detail: r.spawnError };
  return r.ok ? { ok: true, detail: domain() } : { ok: false, detail: `launchctl print ${domain()}: ${r.stderr.trim().split("\n")[0] || `exit ${r.code}`}` };
}

export function launchdRuntime(label: string, env?: NodeJS.ProcessEnv) {
  const r = launchctl(["print", `${domain()}/${label}`], env);
  if (!r.ok) return { loaded: false, active: false, state: "not loaded", pid: null, lastExitStatus: null };
  const state = /^\s*state = (.+)$/m.exec(r.stdout)?.[1]?.trim() ?? "unknown";
  const pid = Number(/^\s*pid = (\d+)$/m.exec(r.stdout)?.[1]);
  const exit = Number(/^\s*last exit code = (-?\d+)/m.exec(r.stdout)?.[1]);
  return { loaded: true, active: state === "running", state, pid: Number.isInteger(pid) && pid > 0 ? pid : null, lastExitStatus: Number.isInteger(exit) ? exit : null };
}

export const launchdTarget = (label: string) => `${domain()}/${label}`;
export const launchdDomain = domain;
