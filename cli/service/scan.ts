/**
 * `gateway status --deep`: every gateway service on this machine, user and system level. A file is a
 * gateway service when it carries OPENCLAW_SERVICE_MARKER=openclaw and OPENCLAW_SERVICE_KIND=gateway,
 * or a legacy name (clawdbot/moltbot) with a `gateway` command.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { launchAgentsDir, parseLaunchdPlist } from "./launchd.js";
import { parseSystemdUnit, unitDir } from "./systemd.js";
import { SERVICE_KIND, SERVICE_MARKER, type InstalledService } from "./spec.js";

export interface FoundService {
  file: string;
  scope: "user" | "system";
  profile: string | null;
  version: string | null;
  /** Matched by name and command only (no service markers). */
  legacy: boolean;
}

function candidates(platform: NodeJS.Platform, home: string): Array<{ dir: string; scope: "user" | "system"; ext: string }> {
  if (platform === "darwin") {
    return [
      { dir: launchAgentsDir(home), scope: "user", ext: ".plist" },
      { dir: "/Library/LaunchAgents", scope: "system", ext: ".plist" },
      { dir: "/Library/LaunchDaemons", scope: "system", ext: ".plist" },
    ];
  }
  return [
    { dir: unitDir(home), scope: "user", ext: ".service" },
    { dir: "/etc/systemd/user", scope: "system", ext: ".service" },
    { dir: "/etc/systemd/system", scope: "system", ext: ".service" },
  ];
}

export function classify(file: string, svc: InstalledService): { match: boolean; legacy: boolean } {
  const env = svc.environment;
  if (env.OPENCLAW_SERVICE_MARKER === SERVICE_MARKER && env.OPENCLAW_SERVICE_KIND === SERVICE_KIND) return { match: true, legacy: false };
  const legacy = /clawdbot|moltbot|openclaw/i.test(file) && svc.programArguments.includes("gateway");
  return { match: legacy, legacy };
}

export function scanServices(platform: NodeJS.Platform, home: string): FoundService[] {
  const found: FoundService[] = [];
  for (const { dir, scope, ext } of candidates(platform, home)) {
    let names: string[];
    try {
      names = readdirSync(dir).filter((n) => n.endsWith(ext));
    } catch {
      continue;
    }
    for (const name of names) {
      const file = join(dir, name);
      let text: string;
      try {
        text = readFileSync(file, "utf8");
      } catch {
        continue;
      }
      if (!/openclaw|clawdbot|moltbot/i.test(text)) continue; // cheap pre-filter before parsing
      const svc = ext === ".plist" ? parseLaunchdPlist(text) : parseSystemdUnit(text);
      const { match, legacy } = classify(file, svc);
      if (match) found.push({ file, scope, profile: svc.environment.OPENCLAW_PROFILE ?? null, version: svc.environment.OPENCLAW_SERVICE_VERSION ?? null, legacy });
    }
  }
  return found;
}
