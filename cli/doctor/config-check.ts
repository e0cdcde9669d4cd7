/** Config validity, exactly as the gateway would judge it: includes, ${VAR}, core and plugin schemas. */
import { validateConfig } from "../../core/config/validate.js";
import { loadLocalPlugins } from "../local-plugins.js";
import type { DoctorContext, Finding } from "./checks.js";

export async function checkConfig(ctx: DoctorContext): Promise<Finding[]> {
  const check = "config";
  if (ctx.loadError) {
    return [{ check, status: "problem", message: ctx.loadError, hint: "fix the file by hand: the gateway refuses to start on it (exit 78) and never rewrites it" }];
  }
  const loaded = ctx.loaded;
  if (!loaded) return [];
  if (!loaded.exists) {
    return [{ check, status: "warn", message: `no config file at ${ctx.configPath}: the gateway runs on defaults only with --allow-unconfigured (npm start passes it)`, hint: "`openclaw setup` creates one" }];
  }
  const plugins = await loadLocalPlugins(ctx.configPath, loaded.raw, ctx.env);
  const out: Finding[] = plugins.failed.map((f) => ({ check, status: "problem" as const, message: `${f.origin === "installed" ? `installed plugin ${f.name} (${f.source})` : `plugin path ${f.source}`} could not be loaded: ${f.error}`, hint: f.origin === "installed" ? "reinstall it (openclaw plugins install) or remove it (openclaw plugins uninstall)" : "fix or remove it in plugins.load.paths" }));
  const { issues, warnings } = validateConfig(loaded.raw, plugins.entries);
  for (const i of issues) out.push({ check, status: "problem", message: `${i.path}: ${i.message}`, hint: `in ${ctx.configPath}` });
  for (const w of warnings) out.push({ check, status: "warn", message: w });
  if ((loaded.raw as { gateway?: { mode?: string } }).gateway?.mode !== "local") {
    out.push({ check, status: "warn", message: `gateway.mode is not "local" in ${ctx.configPath}: \`openclaw gateway\` refuses to start without --allow-unconfigured`, hint: "openclaw config set gateway.mode local" });
  }
  if (!issues.length && !plugins.failed.length) {
    const names = plugins.entries.filter((e) => e.enabled && e.loadError === undefined).map((e) => e.def.name);
    out.unshift({ check, status: "ok", message: `${ctx.configPath} is valid${loaded.files.length > 1 ? ` (with ${loaded.files.length - 1} included file(s))` : ""}; plugins: ${names.join(", ") || "none"}` });
  }
  return out;
}
