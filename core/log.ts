/**
 * The gateway logger: human lines on stdout, JSON lines in `<stateDir>/logs/openclaw-YYYY-MM-DD.log`.
 * Every line passes through the redactor. Child loggers carry a subsystem name (plugins get theirs).
 */
import { createWriteStream, type WriteStream } from "node:fs";
import { join } from "node:path";
import { Redactor } from "./redact.js";
import { ensurePrivateDir, STATE_FILE_MODE } from "./state.js";

export type LogLevel = "debug" | "info" | "warn" | "error";
const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
  /** True when debug lines go anywhere; check it before building costly debug text. */
  readonly debugEnabled: boolean;
  child(name: string): Logger;
}

export interface LogSinkOptions {
  consoleLevel?: LogLevel;
  fileLevel?: LogLevel;
  /** Directory for the JSON-lines file; omit to log to the console only. */
  dir?: string;
  /** Where human lines go (stdout by default). */
  write?: (line: string) => void;
}

/**
 * Console lines go to stdout until it fails once (a pipe whose reader went away, a closed terminal).
 * Node reports a failed write as an `error` event on stdout; left unhandled it became an uncaught
 * exception, whose report was written to stdout again, failing again: a gateway whose console was
 * gone spun at full CPU writing EPIPE reports forever. Now the console just goes quiet; the log file
 * (and everything else) carries on. One flag for the process: stdout is the process's.
 */
let stdoutFailed = false;
let stdoutWatched = false;
function writeToStdout(line: string): void {
  if (!stdoutWatched) {
    stdoutWatched = true;
    process.stdout.on("error", () => {
      stdoutFailed = true;
    });
  }
  if (stdoutFailed || !process.stdout.writable) return;
  process.stdout.write(line);
}

/** Shared output of one gateway process: both sinks, the redactor and the current file. */
export class LogSink {
  readonly redactor = new Redactor();
  consoleLevel: LogLevel;
  fileLevel: LogLevel;
  private readonly dir?: string;
  private readonly write: (line: string) => void;
  /** The most recent error line, reported by `status`. */
  lastError?: { ts: number; subsystem: string; message: string };
  private stream?: WriteStream;
  private streamDay = "";

  constructor(options: LogSinkOptions = {}) {
    this.consoleLevel = options.consoleLevel ?? "info";
    this.fileLevel = options.fileLevel ?? "info";
    this.dir = options.dir;
    this.write = options.write ?? writeToStdout;
    if (this.dir) ensurePrivateDir(this.dir);
  }

  get minRank(): number {
    return Math.min(RANK[this.consoleLevel], this.dir ? RANK[this.fileLevel] : Infinity);
  }

  /** The log file path for the current day (undefined when logging to the console only). */
  currentFile(now = new Date()): string | undefined {
    return this.dir ? join(this.dir, `openclaw-${dayOf(now)}.log`) : undefined;
  }

  emit(level: LogLevel, name: string, msg: string, fields?: LogFields): void {
    if (RANK[level] < this.minRank) return; // nothing takes this level: skip the formatting and redaction
    const now = new Date();
    const text = this.redactor.redact(msg);
    if (level === "error") this.lastError = { ts: now.getTime(), subsystem: name, message: text };
    const extra = fields && Object.keys(fields).length ? this.redactor.redact(formatFields(fields)) : "";
    if (RANK[level] >= RANK[this.consoleLevel]) {
      const time = now.toTimeString().slice(0, 8);
      const tag = level === "info" ? "" : ` ${level.toUpperCase()}`;
      this.write(`${time}${tag} [${name}] ${text}${extra ? ` ${extra}` : ""}\n`);
    }
    if (this.dir && RANK[level] >= RANK[this.fileLevel]) {
      const record: LogFields = { time: now.toISOString(), level, subsystem: name, msg: text };
      if (fields) record.fields = JSON.parse(this.redactor.redact(safeJson(fields)));
      this.fileStream(now).write(`${JSON.stringify(record)}\n`);
    }
  }

  /** Flushes and closes the file; later lines reopen it. */
  async close(): Promise<void> {
    const stream = this.stream;
    this.stream = undefined;
    this.streamDay = "";
    if (stream) await new Promise<void>((resolve) => stream.end(resolve));
  }

  private fileStream(now: Date): WriteStream {
    const day = dayOf(now);
    if (!this.stream || this.streamDay !== day) {
      this.stream?.end();
      this.stream = createWriteStream(join(this.dir as string, `openclaw-${day}.log`), { flags: "a", mode: STATE_FILE_MODE });
      this.stream.on("error", () => undefined); // a full disk must not take the gateway down
      this.streamDay = day;
    }
    return this.stream;
  }
}

export function createLogger(sink: LogSink, name: string): Logger {
  return {
    debug: (msg, fields) => sink.emit("debug", name, msg, fields),
    info: (msg, fields) => sink.emit("info", name, msg, fields),
    warn: (msg, fields) => sink.emit("warn", name, msg, fields),
    error: (msg, fields) => sink.emit("error", name, msg, fields),
    get debugEnabled() {
      return sink.minRank <= RANK.debug;
    },
    child: (child) => createLogger(sink, `${name}/${child}`),
  };
}

function dayOf(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function formatFields(fields: LogFields): string {
  return Object.entries(fields)
    .map(([k, v]) => `${k}=${typeof v === "string" ? (/\s/.test(v) ? JSON.stringify(v) : v) : safeJson(v)}`)
    .join(" ");
}

function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v, (_k, val) => (val instanceof Error ? { name: val.name, message: val.message } : val)) ?? "null";
  } catch {
    return '"[unserializable]"';
  }
}
