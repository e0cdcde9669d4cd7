/** The state dir must be 0700; config and credential files 0600 (--fix chmods them). */
import { chmodSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { DoctorContext, Finding } from "./checks.js";

/** State subfolders that hold secrets (device keys, paired node and device tokens). */
const CREDENTIAL_DIRS = ["identity", "nodes", "devices", "credentials"];

const modeOf = (path: string): number | null => {
  try {
    return statSync(path).mode & 0o777;
  } catch {
    return null;
  }
};
const octal = (m: number) => `0${m.toString(8)}`;

function credentialFiles(stateDir: string): { dirs: string[]; files: string[] } {
  const dirs: string[] = [];
  const files: string[] = [];
  for (const name of safeList(stateDir)) {
    const p = join(stateDir, name);
    if (name === "gateway.token" || name.endsWith(".token")) files.push(p);
    else if (CREDENTIAL_DIRS.includes(name) && isDir(p)) {
      dirs.push(p);
      for (const f of safeList(p)) if (!isDir(join(p, f))) files.push(join(p, f));
    }
  }
  return { dirs, files };
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function tooOpen(path: string, want: number, what: string): Finding | null {
  const mode = modeOf(path);
  if (mode === null || (mode & 0o077) === 0) return null;
  return {
    check: "permissions",
    status: "problem",
    message: `${what} ${path} is ${octal(mode)}: other users can ${mode & 0o044 ? "read" : "reach"} it; it should be ${octal(want)}`,
    hint: `chmod ${octal(want)} ${path}`,
    fix: async () => {
      chmodSync(path, want);
      return `chmod ${octal(want)} ${path}`;
    },
  };
}

export async function checkPermissions(ctx: DoctorContext): Promise<Finding[]> {
  const out: Finding[] = [];
  const push = (f: Finding | null) => f && out.push(f);
  push(tooOpen(ctx.stateDir, 0o700, "state dir"));
  const configFiles = ctx.loaded?.exists ? ctx.loaded.files : [ctx.configPath];
  for (const f of configFiles) push(tooOpen(f, 0o600, f === ctx.configPath ? "config file" : "included config file"));
  const creds = credentialFiles(ctx.stateDir);
  for (const d of creds.dirs) push(tooOpen(d, 0o700, "credential folder"));
  for (const f of creds.files) push(tooOpen(f, 0o600, "credential file"));
  if (!out.length) {
    const n = configFiles.filter((f) => modeOf(f) !== null).length + creds.files.length;
    const dirMode = modeOf(ctx.stateDir);
    out.push({ check: "permissions", status: "ok", message: `state dir ${dirMode === null ? "not created yet" : octal(dirMode)}; ${n} config/credential file(s) private` });
  }
  return out;
}
