/**
 * systemd user units: the unit text (pure), parsing an installed unit back, and `systemctl --user`.
 * Restart=always with RestartPreventExitStatus=78, so an invalid config (exit 78) is not looped on.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { EXIT } from "../run/exit-codes.js";
import { assertNoSecrets, SECRET_ENV_KEY, type InstalledService, type ServiceSpec } from "./spec.js";

export const unitName = (profile: string) => `openclaw-gateway${profile ? `-${profile}` : ""}.service`;
export const unitDir = (home: string) => join(home, ".config", "systemd", "user");

const SAFE_WORD = /^[A-Za-z0-9_@+=:,./-]+$/;

/** One ExecStart word: `%` and `$` are systemd specifiers/expansions, quotes for anything unusual. */
export function escapeExecArg(arg: string): string {
  const escaped = arg.replace(/%/g, "%%").replace(/\$/g, "$$$$");
  if (SAFE_WORD.test(arg)) return escaped;
  return `"${escaped.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

/** One Environment= assignment (quoted when it has spaces or quotes; `%` doubled). */
export function escapeEnvAssignment(key: string, value: string): string {
  const text = `${key}=${value}`.replace(/%/g, "%%");
  return /[\s"'\\]/.test(text) ? `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"` : text;
}

export function renderSystemdUnit(spec: ServiceSpec): string {
  assertNoSecrets(spec.environment);
  const env = { ...spec.environment, OPENCLAW_SYSTEMD_UNIT: unitName(spec.profile) };
  return [
    "[Unit]",
    `Description=${spec.description}`,
    "After=network-online.target",
    "Wants=network-online.target",
    "",
    "[Service]",
    `ExecStart=${spec.programArguments.map(escapeExecArg).join(" ")}`,
    "Restart=always",
    "RestartSec=5",
    `RestartPreventExitStatus=${EXIT.CONFIG}`,
    "KillMode=mixed",
    "TimeoutStopSec=30",
    ...Object.entries(env).map(([k, v]) => `Environment=${escapeEnvAssignment(k, v)}`),
    "",
    "[Install]",
    "WantedBy=default.target",
    "",
  ].join("\n");
}

/** Splits a systemd value into words: double/single quotes, backslash escapes. */
export function splitWords(value: string): string[] {
  const words: string[] = [];
  let cur = "";
  let quote: string | null = null;
  let inWord = false;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (quote) {
      if (ch === "\\" && i + 1 < value.length) cur += value[++i];
      else if (ch === quote) quote = null;
      else cur += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) words.push(cur);
      cur = "";
      inWord = false;
    } else if (ch === "\\" && i + 1 < value.length) {
      cur += value[++i];
      inWord = true;
    } else {
      cur += ch;
      inWord = true;
    }
  }
  if (inWord) words.push(cur);
  return words;
}

const unescapeSpecifiers = (s: string) => s.replace(/%%/g, "%");

function envAssignments(value: string): Array<[string, string]> {
  return splitWords(value).map((w) => unescapeSpecifiers(w)).filter((w) => w.includes("=")).map((w) => [w.slice(0, w.indexOf("=")), w.slice(w.indexOf("=") + 1)]);
}

/** ExecStart and Environment= of an installed unit (whoever wrote it). */
export function parseSystemdUnit(text: string): InstalledService {
  let programArguments: string[] = [];
  const environment: Record<string, string> = {};
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    const m = /^([A-Za-z]+)\s*=\s*(.*)$/.exec(line);
    if (!m) continue;
    if (m[1] === "ExecStart") programArguments = splitWords(m[2].replace(/^[-@:+!]+/, "")).map((w) => unescapeSpecifiers(w).replace(/\$\$/g, "$"));
    else if (m[1] === "Environment") for (const [k, v] of envAssignments(m[2])) environment[k] = v;
  }
  return { programArguments, environment };
}

/** The unit text without secret Environment= assignments; everything else is kept as written. */
export function stripSystemdSecrets(text: string): { text: string; removed: string[] } {
  const removed: string[] = [];
  const lines = text.split("\n").flatMap((raw) => {
    const m = /^\s*Environment\s*=\s*(.*)$/.exec(raw);
    if (!m) return [raw];
    const pairs = envAssignments(m[1]);
    const kept = pairs.filter(([k]) => !SECRET_ENV_KEY.test(k));
    if (kept.length === pairs.length) return [raw];
    removed.push(...pairs.filter(([k]) => SECRET_ENV_KEY.test(k)).map(([k]) => k));
    return kept.length ? [`Environment=${kept.map(([k, v]) => escapeEnvAssignment(k, v)).join(" ")}`] : [];
  });
  return { text: lines.join("\n"), removed };
}

export interface CommandResult {
  ok: boolean;
  code: number | null;
  stdout: string;
  stderr: string;
  /** Set when the program could not be run at all (e.g. ENOENT). */
  spawnError?: string;
}

export function runTool(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env, timeoutMs = 15_000): CommandResult {
  const r = spawnSync(cmd, args, { env, encoding: "utf8", timeout: timeoutMs, stdio: ["ignore", "pipe", "pipe"] });
  if (r.error) {
    const code = (r.error as NodeJS.ErrnoException).code;
    return { ok: false, code: null, stdout: "", stderr: "", spawnError: code === "ENOENT" ? `${cmd} is not installed` : `${cmd} failed to run: ${r.error.message}` };
  }
  return { ok: r.status === 0, code: r.status, stdout: r.stdout ?? "", stderr: r.stderr ?? "" };
}

export const systemctl = (args: string[], env?: NodeJS.ProcessEnv) => runTool("systemctl", ["--user", ...args], env);

const USABLE_STATES = new Set(["running", "degraded", "starting", "initializing", "maintenance"]);

/** Whether a user systemd instance answers (`systemctl --user is-system-running`). */
export function userSession(env?: NodeJS.ProcessEnv): { ok: boolean; detail: string } {
  const r = systemctl(["is-system-running"], env);
  if (r.spawnError) return { ok: false, detail: r.spawnError };
  const state = r.stdout.trim();
  if (USABLE_STATES.has(state)) return { ok: true, detail: state };
  const why = state || r.stderr.trim().split("\n")[0] || `exit ${r.code}`;
  return { ok: false, detail: `systemctl --user is-system-running: ${why}` };
}

export interface SystemdRuntime {
  loaded: boolean;
  active: boolean;
  state: string;
  pid: number | null;
  lastExitStatus: number | null;
}

export function systemdRuntime(name: string, env?: NodeJS.ProcessEnv): SystemdRuntime | null {
  const r = systemctl(["show", name, "--property=LoadState,ActiveState,SubState,MainPID,ExecMainStatus"], env);
  if (!r.ok) return null;
  const props = Object.fromEntries(r.stdout.split("\n").filter((l) => l.includes("=")).map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1).trim()]));
  const pid = Number(props.MainPID);
  const status = Number(props.ExecMainStatus);
  return {
    loaded: props.LoadState === "loaded",
    active: props.ActiveState === "active" || props.ActiveState === "reloading" || props.ActiveState === "activating",
    state: [props.ActiveState, props.SubState && `(${props.SubState})`].filter(Boolean).join(" ") || "unknown",
    pid: Number.isInteger(pid) && pid > 0 ? pid : null,
    lastExitStatus: props.ExecMainStatus !== undefined && props.ExecMainStatus !== "" && Number.isInteger(status) ? status : null,
  };
}
