/**
 * The installed service against what the CLI uses: secrets in the unit (flagged; --fix strips them,
 * keeping the token working through <stateDir>/gateway.token), path/port drift (reported), an outdated
 * unit (--fix rewrites it), and a service that stopped on an invalid config.
 */
import { chmodSync, copyFileSync, existsSync } from "node:fs";
import { writeFileAtomic, ensurePrivateDir } from "../../core/state.js";
import { readStoredToken, tokenFile } from "../run/auth-settings.js";
import { EXIT } from "../run/exit-codes.js";
import { readInstalled, serviceManager, type ServiceManager } from "../service/manager.js";
import { buildServiceSpec, SECRET_ENV_KEY, SERVICE_MARKER, ServiceError } from "../service/spec.js";
import { packageVersion } from "../version.js";
import type { CoreConfig } from "../../core/config/schema.js";
import type { DoctorContext, Finding } from "./checks.js";

const check = "service";
const DRIFT_KEYS = ["OPENCLAW_CONFIG_PATH", "OPENCLAW_STATE_DIR", "OPENCLAW_GATEWAY_PORT"];

/** Copies the file to <file>.bak (0600: it may hold a secret) before a rewrite. */
function backup(file: string): string {
  const bak = `${file}.bak`;
  copyFileSync(file, bak);
  chmodSync(bak, 0o600);
  return bak;
}

function reloadNote(mgr: ServiceManager): string {
  if (!mgr.session().ok) return "no service manager is running here, so nothing to reload";
  const r = mgr.run("reload");
  return r.ok ? "restart the service to apply it: openclaw gateway restart" : `reload failed: ${r.error}`;
}

function secretFinding(ctx: DoctorContext, mgr: ServiceManager, env: Record<string, string>): Finding | null {
  const keys = Object.keys(env).filter((k) => SECRET_ENV_KEY.test(k));
  if (!keys.length) return null;
  const auth = ((ctx.loaded?.raw ?? {}) as CoreConfig).gateway?.auth ?? {};
  const current = auth.token ?? readStoredToken(ctx.stateDir);
  const unitToken = env.OPENCLAW_GATEWAY_TOKEN;
  const stale = unitToken !== undefined && current !== undefined && unitToken !== current;
  const unmovable = keys.filter((k) => k !== "OPENCLAW_GATEWAY_TOKEN" && !(k === "OPENCLAW_GATEWAY_PASSWORD" && auth.password));
  return {
    check,
    status: "problem",
    message:
      `${mgr.file} holds ${keys.join(", ")}: a secret in a service file (readable by service tools, kept in backups)` +
      (stale ? "; its token is stale (it differs from the gateway's current token, so clients using that one are refused)" : ""),
    hint: unmovable.length ? `set ${unmovable.join(", ")} in the config first, then \`openclaw doctor --fix\` removes it from the unit` : "`openclaw doctor --fix` removes it from the unit",
    fix: unmovable.length ? undefined : async () => {
      const installed = readInstalled(mgr);
      if (!installed) throw new Error(`${mgr.file} vanished`);
      const bak = backup(mgr.file);
      const { text, removed } = mgr.stripSecrets(installed.text);
      let moved = "";
      if (unitToken && !auth.token && !readStoredToken(ctx.stateDir)) {
        ensurePrivateDir(ctx.stateDir);
        await writeFileAtomic(tokenFile(ctx.stateDir), `${unitToken}\n`);
        moved = `; the token now lives in ${tokenFile(ctx.stateDir)} (0600), so clients keep working`;
      }
      await writeFileAtomic(mgr.file, text, 0o644);
      return `removed ${removed.join(", ")} from ${mgr.file} (backup: ${bak}, 0600 — delete it once you no longer need it)${moved}; ${reloadNote(mgr)}`;
    },
  };
}

export async function checkService(ctx: DoctorContext): Promise<Finding[]> {
  let mgr: ServiceManager;
  try {
    mgr = serviceManager(ctx.env);
  } catch (err) {
    if (err instanceof ServiceError) return [{ check, status: "ok", message: `no service checks: ${err.message}` }];
    throw err;
  }
  const installed = readInstalled(mgr);
  if (!installed) return [{ check, status: "ok", message: `no service installed (${mgr.file}); \`openclaw gateway install\` adds one` }];
  const out: Finding[] = [];
  const env = installed.service.environment;
  const secret = secretFinding(ctx, mgr, env);
  if (secret) out.push(secret);

  const spec = buildServiceSpec({ env: ctx.env, root: ctx.root });
  const drift = DRIFT_KEYS.filter((k) => env[k] !== spec.environment[k]);
  for (const k of drift) {
    out.push({
      check,
      status: "problem",
      message: `the service uses ${k}=${env[k] ?? "(unset)"} but the CLI uses ${spec.environment[k]}: commands here act on a different config or gateway than the service runs`,
      hint: "`openclaw gateway install --force` rewrites the unit with the CLI's paths (or run the CLI with the service's profile/env)",
    });
  }
  const [node, entry] = installed.service.programArguments;
  const missing = [node, entry].filter((p) => p && p.startsWith("/") && !existsSync(p));
  const outdated = env.OPENCLAW_SERVICE_MARKER !== SERVICE_MARKER || env.OPENCLAW_SERVICE_VERSION !== packageVersion() ||
    JSON.stringify(installed.service.programArguments) !== JSON.stringify(spec.programArguments);
  if (outdated && !drift.length) {
    const why = missing.length ? `runs ${missing.join(" and ")}, which no longer exist${missing.length > 1 ? "" : "s"}` : `was written by ${env.OPENCLAW_SERVICE_VERSION ? `v${env.OPENCLAW_SERVICE_VERSION}` : "another tool"} or for another install (this is v${packageVersion()} at ${spec.programArguments[1]})`;
    out.push({
      check,
      status: missing.length ? "problem" : "warn",
      message: `${mgr.file} ${why}`,
      hint: "`openclaw doctor --fix` (or `openclaw gateway install --force`) rewrites it",
      fix: async () => {
        const bak = backup(mgr.file);
        await writeFileAtomic(mgr.file, mgr.render(spec), 0o644);
        return `rewrote ${mgr.file} for v${packageVersion()} (backup: ${bak}); ${reloadNote(mgr)}`;
      },
    });
  }
  if (((ctx.loaded?.raw ?? {}) as CoreConfig).gateway?.mode !== "local" && !ctx.loadError) {
    out.push({ check, status: "problem", message: `the service runs \`openclaw gateway\`, which exits ${EXIT.CONFIG} (and is not restarted) because gateway.mode is not "local" in ${ctx.configPath}`, hint: "openclaw config set gateway.mode local" });
  }
  const session = mgr.session();
  const rt = session.ok ? mgr.runtime() : null;
  if (!session.ok) out.push({ check, status: "warn", message: `${mgr.name} is installed, but the service manager is not usable here (${session.detail}), so it is not running under it` });
  else if (rt && !rt.active) {
    const config = rt.lastExitStatus === EXIT.CONFIG;
    out.push({
      check,
      status: config ? "problem" : "warn",
      message: config ? `${mgr.name} stopped with exit ${EXIT.CONFIG} (invalid config) and will not be restarted` : `${mgr.name} is installed but not running (${rt.state})`,
      hint: config ? "fix the config (see above), then `openclaw gateway restart`" : "openclaw gateway start",
    });
  }
  if (!out.some((f) => f.status !== "ok")) out.push({ check, status: "ok", message: `${mgr.name} matches the CLI's config, state dir and port${rt?.active ? ` and is running${rt.pid ? ` (pid ${rt.pid})` : ""}` : ""}` });
  return out;
}
