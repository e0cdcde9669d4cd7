/**
 * The migration report: what of an upstream OpenClaw install this gateway carries over (read in place),
 * what it ignores (config keys upstream defines and this gateway does not implement), and what needs
 * action because upstream keeps it in a format this gateway cannot read (its SQLite databases). Nothing
 * here writes: upstream's files stay exactly as upstream left them.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { validateConfig } from "../../core/config/validate.js";
import { loadLocalPlugins } from "../local-plugins.js";
import type { DoctorContext, Finding } from "./checks.js";

const check = "migration";

function dirs(path: string): string[] {
  try {
    return readdirSync(path).filter((name) => statSync(join(path, name)).isDirectory());
  } catch {
    return [];
  }
}

function files(path: string, pattern: RegExp): string[] {
  try {
    return readdirSync(path).filter((name) => pattern.test(name));
  } catch {
    return [];
  }
}

/** State upstream keeps in files whose format this gateway shares: used where they are. */
function carriedOver(stateDir: string): Finding[] {
  const out: Finding[] = [];
  const whatsapp = dirs(join(stateDir, "credentials", "whatsapp")).filter((id) => existsSync(join(stateDir, "credentials", "whatsapp", id, "creds.json")));
  if (whatsapp.length) {
    out.push({ check, status: "ok", message: `carried over: WhatsApp account(s) ${whatsapp.join(", ")} stay linked (credentials/whatsapp/<account>/creds.json is read in place, no new QR scan)` });
  }
  const allow = files(join(stateDir, "credentials"), /-allowFrom\.json$/);
  if (allow.length) out.push({ check, status: "ok", message: `carried over: channel pairing allowlists (credentials/${allow.join(", credentials/")}) are read in place` });
  if (existsSync(join(stateDir, "gateway.token"))) out.push({ check, status: "ok", message: "carried over: the gateway token in gateway.token (clients keep their token)" });
  if (existsSync(join(stateDir, "workspace"))) out.push({ check, status: "ok", message: "carried over: the workspace directory (workspace/) is used as it is" });
  return out;
}

/** Upstream state this gateway cannot read: said plainly, never converted or touched. */
function needsAction(stateDir: string, raw: unknown): Finding[] {
  const out: Finding[] = [];
  if (existsSync(join(stateDir, "state", "openclaw.sqlite"))) {
    out.push({
      check, status: "warn",
      message: "needs action: paired devices and nodes, pending pairing requests and bootstrap tokens are in upstream's SQLite database (state/openclaw.sqlite), which this gateway does not read",
      hint: "pair each device and node again (openclaw devices list / devices approve); the database is left untouched, so going back to upstream keeps its pairings",
    });
  }
  const agentDbs = dirs(join(stateDir, "agents")).filter((id) => existsSync(join(stateDir, "agents", id, "agent", "openclaw-agent.sqlite")));
  if (agentDbs.length) {
    out.push({
      check, status: "warn",
      message: `needs action: session history, transcripts and model auth profiles of agent(s) ${agentDbs.join(", ")} are in upstream's per-agent SQLite databases (agents/<id>/agent/openclaw-agent.sqlite), which this gateway does not read: sessions start empty here`,
      hint: "put provider keys in models.providers.<id>.apiKey (or ${VAR}); upstream's databases are left untouched",
    });
  }
  if (existsSync(join(stateDir, ".env"))) {
    out.push({
      check, status: "warn",
      message: "needs action: this gateway does not load .env from the state dir; ${VAR} references the config takes from it will not resolve",
      hint: "export those variables in the gateway's environment (the service unit or your shell)",
    });
  }
  const list = (raw as { agents?: { list?: unknown } } | null)?.agents?.list;
  if (Array.isArray(list) && list.length) {
    out.push({
      check, status: "warn",
      message: "needs action (only to go back to upstream): agents.list is this gateway's earlier spelling and upstream refuses it",
      hint: "write each agent as agents.entries.<id> (both gateways read that)",
    });
  }
  return out;
}

export async function checkMigration(ctx: DoctorContext): Promise<Finding[]> {
  const out = carriedOver(ctx.stateDir);
  const raw = ctx.loaded?.exists ? ctx.loaded.raw : null;
  if (raw) {
    const plugins = await loadLocalPlugins(ctx.configPath, raw, ctx.env);
    const { ignored } = validateConfig(raw, plugins.entries);
    if (ignored.length) {
      out.push({
        check, status: "warn",
        message: `ignored (${ignored.length}): config keys upstream OpenClaw defines that this gateway does not implement: ${ignored.join(", ")}`,
        hint: "they stay in the file (writes keep them) and take effect again under upstream; see docs/compatibility.md",
      });
    }
  }
  out.push(...needsAction(ctx.stateDir, raw));
  if (!out.length) out.push({ check, status: "ok", message: "nothing to migrate: no upstream OpenClaw state or config keys found" });
  return out;
}
