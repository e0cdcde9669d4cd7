/** Runs the gateway in the foreground until SIGTERM/SIGINT; maps failures to exit codes. */
import { createGateway, type Gateway } from "../../core/gateway.js";
import { LogSink, createLogger } from "../../core/log.js";
import { SUPPORTED_PROTOCOLS } from "../../core/protocol/version.js";
import { prepareGateway, StartupError, type GatewayFlags } from "./prepare.js";
import { describeHolders, findPortHolders, stopPortHolders } from "./port-holders.js";
import { EXIT } from "./exit-codes.js";
import { packageVersion } from "../version.js";

export interface RunFlags extends GatewayFlags {
  force?: boolean;
}

const print = (line: string) => process.stdout.write(`${line}\n`);

export async function runGateway(flags: RunFlags): Promise<number> {
  // Lets `ps`, lsof and the official CLI's `gateway status` recognise the process as a gateway.
  process.title = "openclaw-gateway";
  let prepared;
  try {
    prepared = await prepareGateway(flags);
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    return err instanceof StartupError ? err.exitCode : EXIT.FATAL;
  }
  const sink = new LogSink({ consoleLevel: prepared.consoleLevel, fileLevel: prepared.fileLevel, dir: prepared.logDir });
  sink.redactor.setSecrets([prepared.auth.settings.token, prepared.auth.settings.password]);
  const log = createLogger(sink, "gateway");
  for (const w of prepared.warnings) log.warn(w);

  if (flags.force) {
    try {
      const stopped = await stopPortHolders(prepared.port);
      if (stopped.length) log.info(`--force: stopped ${describeHolders(stopped)} listening on port ${prepared.port}`);
    } catch (err) {
      process.stderr.write(`${(err as Error).message}\n`);
      return EXIT.FATAL;
    }
  }

  const gateway = createGateway({
    host: prepared.host,
    port: prepared.port,
    config: prepared.config,
    configPath: prepared.configPath,
    stateDir: prepared.stateDir,
    plugins: prepared.plugins,
    auth: () => prepared.auth.settings,
    trustedProxies: () => prepared.core.gateway?.trustedProxies ?? [],
    allowedOrigins: () => prepared.core.gateway?.controlUi?.allowedOrigins ?? [],
    logSink: sink,
    version: packageVersion(),
    limiter: {
      maxFailures: prepared.core.gateway?.auth?.rateLimit?.maxAttempts,
      windowMs: prepared.core.gateway?.auth?.rateLimit?.windowMs,
      lockoutMs: prepared.core.gateway?.auth?.rateLimit?.lockoutMs,
    },
  });
  try {
    await gateway.start();
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === "EADDRINUSE") {
      const holders = findPortHolders(prepared.port);
      const who = holders === null ? "lsof is not installed, so the process cannot be named" : holders.length ? `held by ${describeHolders(holders)}` : "held by another process";
      process.stderr.write(`port ${prepared.port} on ${prepared.host} is already in use (${who}); stop that process or run openclaw gateway --force\n`);
      await gateway.stop().catch(() => undefined);
      await sink.close();
      return EXIT.PORT_IN_USE;
    }
    process.stderr.write(`gateway failed to start: ${e.message}\n`);
    await sink.close();
    return e.code === "EACCES" || e.code === "EADDRNOTAVAIL" ? EXIT.CONFIG : EXIT.FATAL;
  }
  banner(gateway, prepared, log);
  return waitForSignals(gateway, sink, log);
}

function banner(gateway: Gateway, prepared: Awaited<ReturnType<typeof prepareGateway>>, log: ReturnType<typeof createLogger>): void {
  const plugins = gateway.plugins.list();
  const active = plugins.filter((p) => p.state === "active").map((p) => p.name);
  const failed = plugins.filter((p) => p.state === "failed" || p.state === "skipped");
  log.info(`listening on ${gateway.url} (protocols ${SUPPORTED_PROTOCOLS.join(" and ")}; http on ${gateway.info.httpUrl})`);
  log.info(`plugins: ${active.length ? active.join(", ") : "none"}${failed.length ? `; failed: ${failed.map((p) => `${p.name} (${p.error})`).join("; ")}` : ""}`);
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

function waitForSignals(gateway: Gateway, sink: LogSink, log: ReturnType<typeof createLogger>): Promise<number> {
  return new Promise((resolve) => {
    let stopping = false;
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) {
        log.warn(`${signal} again while stopping; still waiting for plugins (forced exit after ${gateway.timings.shutdownTimeoutMs} ms)`);
        return;
      }
      stopping = true;
      log.info(`received ${signal}; shutting down`);
      const started = Date.now();
      const force = setTimeout(() => {
        log.error(`shutdown did not finish within ${gateway.timings.shutdownTimeoutMs} ms; exiting with code ${EXIT.SHUTDOWN_TIMEOUT}`);
        void sink.close().finally(() => process.exit(EXIT.SHUTDOWN_TIMEOUT));
      }, gateway.timings.shutdownTimeoutMs);
      force.unref();
      gateway
        .stop("gateway stopping", null)
        .then(async () => {
          clearTimeout(force);
          log.info(`shutdown complete in ${Date.now() - started} ms`);
          await sink.close();
          resolve(EXIT.OK);
        })
        .catch(async (err: unknown) => {
          log.error("shutdown failed", { error: err });
          await sink.close();
          resolve(EXIT.FATAL);
        });
    };
    process.on("SIGTERM", () => stop("SIGTERM"));
    process.on("SIGINT", () => stop("SIGINT"));
  });
}
