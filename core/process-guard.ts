/**
 * Process-level `uncaughtException` and `unhandledRejection` handlers for a running gateway. Node's
 * default for both is to exit, so one plugin's stray timer or forgotten promise would take every
 * client down. While a guarded gateway runs, such an error goes to the plugin it belongs to (the
 * plugin scope it was raised in, else the plugin file named in its stack), which is stopped and
 * marked failed; an error nobody can be blamed for is logged loudly and the gateway keeps serving —
 * unless no guarded gateway is listening yet: then it may be the core failing to start, and the
 * process exits 1 as it would have without the guard. When the last guarded gateway stops, the
 * handlers are removed and Node's defaults apply again — unless the process exists to run gateways
 * (the CLI, `keepGuardForProcessLifetime`): there a stopped plugin's timer can still fire during an
 * in-process restart or the shutdown tail, and must not turn a clean stop into exit 1.
 */
import { currentPluginScope, type EscapeKind } from "./plugin-scope.js";
import type { Logger } from "./log.js";

export interface GuardedGateway {
  plugins: {
    /** Attributes an error raised outside every plugin scope by its stack; true when a plugin took it. */
    claimByStack(err: unknown, kind: EscapeKind): boolean;
  };
  /** Where an error no plugin can be blamed for is logged. */
  log: Logger;
  /** True once the gateway listens (and after it stopped again); false while it is starting. */
  listening(): boolean;
}

/** Node's exit code for an uncaught exception, which is what an unexplained start-up failure still gets. */
const FATAL_EXIT_CODE = 1;

// The handlers are per process, so the set of gateways they serve is too.
const guarded = new Set<GuardedGateway>();
let installed = false;
let processLifetime = false;

/** Keeps the handlers installed between gateways and after the last one stopped (for the CLI's process). */
export function keepGuardForProcessLifetime(): void {
  processLifetime = true;
}

function onEscaped(err: unknown, kind: EscapeKind): void {
  try {
    const scope = currentPluginScope();
    if (scope) return scope.reportEscaped(err, kind);
    for (const gateway of guarded) if (gateway.plugins.claimByStack(err, kind)) return;
    const message = err instanceof Error ? err.message : String(err);
    const stack = err instanceof Error ? err.stack : undefined;
    if (guarded.size === 0) {
      // Only reachable with processLifetime: between an in-process restart's two gateways, or after the stop.
      process.stderr.write(`${kind} while no gateway runs (ignored): ${stack ?? message}\n`);
      return;
    }
    if (![...guarded].some((g) => g.listening())) {
      // Synchronous on pipes and files, unlike the log sink: it is written before the exit.
      process.stderr.write(`${kind} during start-up, not attributable to any plugin: ${stack ?? message}\n`);
      process.exit(FATAL_EXIT_CODE);
    }
    for (const gateway of guarded) {
      gateway.log.error(`${kind} not attributable to any plugin (the gateway keeps serving): ${message}`, { stack });
    }
  } catch (guardErr) {
    // A throw inside an uncaughtException handler would end the process: report by the plainest means.
    process.stderr.write(`process guard failed while handling an ${kind} (${String(err)}): ${String(guardErr)}\n`);
  }
}

const onUncaught = (err: unknown) => onEscaped(err, "uncaught exception");
const onRejection = (reason: unknown) => onEscaped(reason, "unhandled rejection");

/** Guards the process while `gateway` runs; returns the remover (idempotent). */
export function guardProcess(gateway: GuardedGateway): () => void {
  if (!installed) {
    installed = true;
    process.on("uncaughtException", onUncaught);
    process.on("unhandledRejection", onRejection);
  }
  guarded.add(gateway);
  return () => {
    if (!guarded.delete(gateway) || guarded.size > 0 || processLifetime) return;
    installed = false;
    process.off("uncaughtException", onUncaught);
    process.off("unhandledRejection", onRejection);
  };
}
