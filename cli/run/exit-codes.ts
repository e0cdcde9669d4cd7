/** Exit codes of `openclaw gateway`, chosen so a supervisor does the right thing. */
export const EXIT = Object.freeze({
  OK: 0,
  /** Unexpected failure: a supervisor may restart. */
  FATAL: 1,
  /** The port is busy: worth retrying later (EX_TEMPFAIL). */
  PORT_IN_USE: 75,
  /** Invalid or unusable configuration: restarting will not help (EX_CONFIG; list it in RestartPreventExitStatus). */
  CONFIG: 78,
  /** Shutdown did not finish within its bound; the process was forced out. */
  SHUTDOWN_TIMEOUT: 124,
});
