/** The start-up lines: where it listens, plugins, files, auth (the generated token only once), ready. */
import { SUPPORTED_PROTOCOLS } from "../../core/protocol/version.js";
import type { Gateway } from "../../core/gateway.js";
import type { Logger } from "../../core/log.js";
import type { PreparedGateway } from "./prepare.js";

const print = (line: string) => process.stdout.write(`${line}\n`);

export function printBanner(gateway: Gateway, prepared: PreparedGateway, log: Logger, restarted: boolean): void {
  const plugins = gateway.plugins.list();
  const active = plugins.filter((p) => p.state === "active").map((p) => p.name);
  const failed = plugins.filter((p) => p.state === "failed" || p.state === "skipped");
  log.info(`listening on ${gateway.url} (protocols ${SUPPORTED_PROTOCOLS.join(" and ")}; http on ${gateway.info.httpUrl})`);
  log.info(`plugins: ${active.length ? active.join(", ") : "none"}${failed.length ? `; failed: ${failed.map((p) => `${p.name} (${p.error})`).join("; ")}` : ""}`);
  // The Control UI page is the control-ui plugin's GET route ending in "/" (its base path).
  const page = gateway.routes.list().find((r) => r.owner === "control-ui" && r.method === "GET" && r.path.endsWith("/"));
  if (page) log.info(`control UI: ${gateway.info.httpUrl}${page.path}`);
  if (restarted) {
    log.info("restarted in-process with the new config");
    return;
  }
  log.info(`config: ${prepared.configPath}${prepared.configExists ? "" : " (not found; running on defaults)"} · state: ${prepared.stateDir} · log file: ${prepared.logDir}`);
  const { settings, source, generatedToken } = prepared.auth;
  if (generatedToken) {
    // Printed once, straight to stdout (the logger would redact it); later runs only name the file.
    print(`auth token (generated, saved to ${source}; it will not be printed again — show it with: openclaw gateway token):`);
    print(`  ${generatedToken}`);
  } else if (settings.mode === "none") {
    log.warn("auth is disabled (gateway.auth.mode none): any local process can control this gateway");
  } else {
    log.info(`auth: ${settings.mode} from ${source}`);
  }
  log.info(`ready in ${Math.round(performance.now())} ms`);
}
