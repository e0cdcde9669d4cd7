/**
 * Runs the gateway in the foreground until SIGTERM/SIGINT, restarting it in-process when a config
 * change needs a new listener (authorized SIGUSR1), and maps failures to exit codes.
 */
import { dirname } from "node:path";
import { createGateway, type Gateway } from "../../core/gateway.js";
import type { WatchConfigOptions } from "../../core/config-watching.js";
import { sweepStaleTemps } from "../../core/stale-temps.js";
import { keepGuardForProcessLifetime } from "../../core/process-guard.js";
import { LogSink, createLogger, type Logger } from "../../core/log.js";
import { prepareGateway, StartupError, type GatewayFlags, type PreparedGateway } from "./prepare.js";
import { describeHolders, findPortHolders, stopPortHolders } from "./port-holders.js";
import { printBanner } from "./banner.js";
import { acquireStateLock, StateLockError } from "./state-lock.js";
import { EXIT } from "./exit-codes.js";
import { packageVersion } from "../version.js";

export interface RunFlags extends GatewayFlags {
  force?: boolean;
}

/** How long clients are told a restart takes (they reconnect with backoff). */
const RESTART_EXPECTED_MS = 1500;

type Outcome = { kind: "stop"; signal: NodeJS.Signals } | { kind: "restart"; next: PreparedGateway | null };

export async function runGateway(flags: RunFlags): Promise<number> {
  // Lets `ps`, lsof and the official CLI's `gateway status` recognise the process as a gateway.
  process.title = "openclaw-gateway";
  // A stopped plugin's timer may still fire during an in-process restart or the shutdown tail.
  keepGuardForProcessLifetime();
  let current: PreparedGateway;
  try {
    current = await prepareGateway(flags);
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    return err instanceof StartupError ? err.exitCode : EXIT.FATAL;
  }
  const sink = new LogSink({ consoleLevel: current.consoleLevel, fileLevel: current.fileLevel, dir: current.logDir });
  sink.redactor.setSecrets(current.secrets);
  const log = createLogger(sink, "gateway");
  for (const w of current.warnings) log.warn(w);

  if (flags.force) {
    try {
      const stopped = await stopPortHolders(current.port);
      if (stopped.length) log.info(`--force: stopped ${describeHolders(stopped)} listening on port ${current.port}`);
    } catch (err) {
      process.stderr.write(`${(err as Error).message}\n`);
      return EXIT.FATAL;
    }
  }

  let lock;
  try {
    lock = await acquireLockWaiting(current, flags.force === true);
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    await sink.close();
    return err instanceof StateLockError ? EXIT.CONFIG : EXIT.FATAL;
  }
  await sweepCrashLeftovers(current, log);
  // A start marker in the log (and the first line, which opens the log file and the console stream
  // before any plugin sets up, so a plugin's first line does not pay for that).
  log.info(`starting gateway ${packageVersion()} (node ${process.version}, pid ${process.pid})`);
  const signals = new LifecycleSignals(log, () => current.core.commands?.restart === true);
  for (let restarted = false; ; restarted = true) {
    sink.redactor.setSecrets(current.secrets); // again after a restart: the new config may hold other secrets
    // The core watches the config (even with mode off: edits are logged as not applied); this loop
    // supplies how the CLI re-reads it (flags, env, auth files, plugin paths) and the restart.
    const gateway = buildGateway(() => current, sink, {
      initial: current,
      load: (running) => prepareGateway({ ...flags, allowUnconfigured: true }, process.env, { running }),
      onApplied: (next) => (current = next),
      requestRestart: (next) => signals.requestRestart(next),
    });
    const started = await startOrExplain(gateway, current, sink);
    if (started !== null) return started;
    printBanner(gateway, current, log, restarted); // start() armed the watcher: "ready" means edits are seen

    const outcome = await signals.next();
    if (outcome.kind === "stop") {
      const code = await stopGracefully(gateway, sink, log, outcome.signal);
      lock.release();
      return code;
    }
    const stoppedAt = Date.now();
    await gateway.stop("gateway restarting", RESTART_EXPECTED_MS);
    if (outcome.next) current = outcome.next;
    else {
      try {
        current = await prepareGateway({ ...flags, allowUnconfigured: true }, process.env, { running: current });
      } catch (err) {
        log.warn(`restart keeps the last good config: ${(err as Error).message}`);
      }
    }
    log.info(`restarting in-process (old listener closed in ${Date.now() - stoppedAt} ms)`);
  }
}

/**
 * Temp files of writes a crash interrupted (whole state or config files, secrets included). Swept once
 * per process, after the state-dir lock is taken: no other gateway writes here, and a CLI writing
 * right now is alive, so its temp files are kept.
 */
async function sweepCrashLeftovers(p: PreparedGateway, log: Logger): Promise<void> {
  const configDir = dirname(p.configPath);
  const removed = [...(await sweepStaleTemps(p.stateDir, 4)), ...(configDir === p.stateDir ? [] : await sweepStaleTemps(configDir, 0))];
  if (removed.length) log.info(`removed ${removed.length} temp file(s) left by an interrupted write: ${removed.join(", ")}`);
}

/** With --force the old owner was just stopped: give it a moment to release the lock. */
async function acquireLockWaiting(p: PreparedGateway, force: boolean) {
  const deadline = Date.now() + (force ? 5000 : 0);
  for (;;) {
    try {
      return acquireStateLock(p.stateDir, { port: p.port, configPath: p.configPath });
    } catch (err) {
      if (!(err instanceof StateLockError) || Date.now() >= deadline) throw err;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

function buildGateway(current: () => PreparedGateway, sink: LogSink, watchConfig: WatchConfigOptions<PreparedGateway>): Gateway {
  const p = current();
  return createGateway({
    host: p.host,
    port: p.port,
    config: p.config,
    configPath: p.configPath,
    stateDir: p.stateDir,
    plugins: p.plugins,
    auth: () => current().auth.settings,
    trustedProxies: () => current().core.gateway?.trustedProxies ?? [],
    allowedOrigins: () => current().core.gateway?.controlUi?.allowedOrigins ?? [],
    logSink: sink,
    version: packageVersion(),
    guardProcess: true, // a plugin's stray throw or rejection fails that plugin, not the process
    limiter: {
      maxFailures: p.core.gateway?.auth?.rateLimit?.maxAttempts,
      windowMs: p.core.gateway?.auth?.rateLimit?.windowMs,
      lockoutMs: p.core.gateway?.auth?.rateLimit?.lockoutMs,
    },
    limits: p.core.gateway?.limits,
    watchConfig,
  });
}

/** Starts the gateway; on failure prints why and returns the exit code (null when it started). */
async function startOrExplain(gateway: Gateway, p: PreparedGateway, sink: LogSink): Promise<number | null> {
  try {
    await gateway.start();
    return null;
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    await gateway.stop().catch(() => undefined);
    if (e.code === "EADDRINUSE") {
      const holders = findPortHolders(p.port);
      const who = holders === null ? "lsof is not installed, so the process cannot be named" : holders.length ? `held by ${describeHolders(holders)}` : "held by another process";
      process.stderr.write(`port ${p.port} on ${p.host} is already in use (${who}); stop that process or run openclaw gateway --force\n`);
      await sink.close();
      return EXIT.PORT_IN_USE;
    }
    process.stderr.write(`gateway failed to start: ${e.message}\n`);
    await sink.close();
    return e.code === "EACCES" || e.code === "EADDRNOTAVAIL" ? EXIT.CONFIG : EXIT.FATAL;
  }
}

function stopGracefully(gateway: Gateway, sink: LogSink, log: Logger, signal: NodeJS.Signals): Promise<number> {
  log.info(`received ${signal}; shutting down`);
  const started = Date.now();
  const force = setTimeout(() => {
    log.error(`shutdown did not finish within ${gateway.timings.shutdownTimeoutMs} ms; exiting with code ${EXIT.SHUTDOWN_TIMEOUT}`);
    void sink.close().finally(() => process.exit(EXIT.SHUTDOWN_TIMEOUT));
  }, gateway.timings.shutdownTimeoutMs);
  force.unref();
  return gateway
    .stop("gateway stopping", null)
    .then(async () => {
      clearTimeout(force);
      log.info(`shutdown complete in ${Date.now() - started} ms`);
      await sink.close();
      return EXIT.OK;
    })
    .catch(async (err: unknown) => {
      log.error("shutdown failed", { error: err });
      await sink.close();
      return EXIT.FATAL;
    });
}

/**
 * SIGTERM/SIGINT stop; SIGUSR1 restarts in-process when the gateway itself asked for it (a config
 * change) or when `commands.restart` allows external restarts. Requests while one is pending coalesce.
 */
class LifecycleSignals {
  private waiter: ((o: Outcome) => void) | null = null;
  private queued: Outcome | null = null;
  private pendingRestart: PreparedGateway | null | undefined = undefined;
  private stopping = false;

  constructor(private readonly log: Logger, private readonly externalRestartAllowed: () => boolean) {
    process.on("SIGTERM", () => this.stop("SIGTERM"));
    process.on("SIGINT", () => this.stop("SIGINT"));
    process.on("SIGUSR1", () => this.onUsr1());
  }

  next(): Promise<Outcome> {
    if (this.queued) {
      const o = this.queued;
      this.queued = null;
      return Promise.resolve(o);
    }
    return new Promise((resolve) => (this.waiter = resolve));
  }

  /** The gateway's own restart request: authorized, then delivered through SIGUSR1 like an external one. */
  requestRestart(next: PreparedGateway): void {
    const alreadyPending = this.pendingRestart !== undefined;
    this.pendingRestart = next;
    if (!alreadyPending) process.kill(process.pid, "SIGUSR1");
  }

  private onUsr1(): void {
    if (this.pendingRestart !== undefined) {
      const next = this.pendingRestart;
      this.pendingRestart = undefined;
      return this.deliver({ kind: "restart", next });
    }
    if (!this.externalRestartAllowed()) {
      this.log.warn("ignored SIGUSR1: external restarts are off; set \"commands\": {\"restart\": true} in the config to allow them");
      return;
    }
    this.log.info("SIGUSR1: restarting in-process (commands.restart is enabled)");
    this.deliver({ kind: "restart", next: null });
  }

  private stop(signal: NodeJS.Signals): void {
    if (this.stopping) {
      this.log.warn(`${signal} again while stopping; still waiting for plugins`);
      return;
    }
    this.stopping = true;
    this.deliver({ kind: "stop", signal });
  }

  private deliver(outcome: Outcome): void {
    if (this.waiter) {
      const w = this.waiter;
      this.waiter = null;
      w(outcome);
    } else if (!this.queued || outcome.kind === "stop") this.queued = outcome;
  }
}
