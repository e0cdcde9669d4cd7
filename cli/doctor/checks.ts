/**
 * `openclaw doctor`: each check returns findings (ok / warn / problem); problems that are safe to fix
 * carry a fix. With --fix the fixes run (each backs up a file before rewriting it), then every check
 * runs again, so the report shows what is true afterwards.
 */
import { loadConfigFile, type LoadedConfigFile } from "../../core/config/load.js";
import { resolveConfigPath, resolveStateDir, type Env } from "../../core/config/paths.js";
import { checkConfig } from "./config-check.js";
import { checkMigration } from "./migration-check.js";
import { checkPermissions } from "./permissions.js";
import { checkPort } from "./port-check.js";
import { checkService } from "./service-check.js";

export type FindingStatus = "ok" | "warn" | "problem";

export interface Finding {
  check: string;
  status: FindingStatus;
  message: string;
  hint?: string;
  /** Present when --fix can repair it safely; returns what it did. */
  fix?: () => Promise<string>;
}

export interface DoctorContext {
  env: Env;
  /** The package root (for the service the CLI would install). */
  root: string;
  stateDir: string;
  configPath: string;
  /** The loaded config, or the error that stopped it loading. */
  loaded: LoadedConfigFile | null;
  loadError: string | null;
}

export interface DoctorReport {
  ok: boolean;
  configPath: string;
  stateDir: string;
  findings: Array<Omit<Finding, "fix"> & { fixable: boolean }>;
  fixed: Array<{ check: string; message: string; ok: boolean }>;
  problems: number;
}

function context(env: Env, root: string): DoctorContext {
  const configPath = resolveConfigPath(env);
  let loaded: LoadedConfigFile | null = null;
  let loadError: string | null = null;
  try {
    loaded = loadConfigFile(configPath, env);
  } catch (err) {
    loadError = (err as Error).message;
  }
  return { env, root, stateDir: resolveStateDir(env), configPath, loaded, loadError };
}

async function runChecks(ctx: DoctorContext): Promise<Finding[]> {
  const out: Finding[] = [];
  for (const check of [checkConfig, checkMigration, checkPermissions, checkPort, checkService]) {
    try {
      out.push(...(await check(ctx)));
    } catch (err) {
      out.push({ check: check.name.replace(/^check/, "").toLowerCase(), status: "warn", message: `could not run this check: ${(err as Error).message}` });
    }
  }
  return out;
}

export async function runDoctor(env: Env, root: string, fix: boolean): Promise<DoctorReport> {
  let ctx = context(env, root);
  let findings = await runChecks(ctx);
  const fixed: DoctorReport["fixed"] = [];
  if (fix) {
    for (const f of findings) {
      if (f.status === "ok" || !f.fix) continue;
      try {
        fixed.push({ check: f.check, message: await f.fix(), ok: true });
      } catch (err) {
        fixed.push({ check: f.check, message: `could not fix (${f.message}): ${(err as Error).message}`, ok: false });
      }
    }
    if (fixed.length) {
      ctx = context(env, root);
      findings = await runChecks(ctx);
    }
  }
  const problems = findings.filter((f) => f.status === "problem").length;
  return {
    ok: problems === 0,
    configPath: ctx.configPath,
    stateDir: ctx.stateDir,
    findings: findings.map(({ fix: f, ...rest }) => ({ ...rest, fixable: f !== undefined })),
    fixed,
    problems,
  };
}
