/** The gateway's JSON-lines log files, read locally (for `gateway status` when the RPC is down). */
import { closeSync, openSync, readSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { loadConfigFile } from "../core/config/load.js";
import { expandHome, type Env } from "../core/config/paths.js";

export interface LogRecord {
  time?: string;
  level?: string;
  subsystem?: string;
  msg?: string;
  fields?: unknown;
}

export interface LastError {
  file: string;
  time: string | null;
  subsystem: string | null;
  msg: string;
}

/** logging.dir of the config at `configPath` (~ expanded), else <stateDir>/logs. */
export function logDirFor(stateDir: string, configPath: string, env: Env = process.env): string {
  try {
    const dir = (loadConfigFile(configPath, env).raw as { logging?: { dir?: unknown } }).logging?.dir;
    if (typeof dir === "string" && dir.trim()) return resolve(expandHome(dir.trim(), env));
  } catch {
    // an unloadable config: the default directory
  }
  return join(stateDir, "logs");
}

/** The most recently written openclaw-*.log in `dir`, or null. */
export function newestLogFile(dir: string): string | null {
  let best: { file: string; mtime: number } | null = null;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return null;
  }
  for (const name of names) {
    if (!/^openclaw-.*\.log$/.test(name)) continue;
    try {
      const mtime = statSync(join(dir, name)).mtimeMs;
      // Ties (same mtime) go to the later name: the files are named by date.
      if (!best || mtime > best.mtime || (mtime === best.mtime && join(dir, name) > best.file)) best = { file: join(dir, name), mtime };
    } catch {
      // vanished while listing
    }
  }
  return best?.file ?? null;
}

function readTail(file: string, maxBytes: number): string {
  const fd = openSync(file, "r");
  try {
    const size = statSync(file).size;
    const start = Math.max(0, size - maxBytes);
    const buf = Buffer.alloc(size - start);
    readSync(fd, buf, 0, buf.length, start);
    const text = buf.toString("utf8");
    return start > 0 ? text.slice(text.indexOf("\n") + 1) : text;
  } finally {
    closeSync(fd);
  }
}

export function parseLogLine(line: string): LogRecord | null {
  try {
    const rec = JSON.parse(line) as unknown;
    return typeof rec === "object" && rec !== null && !Array.isArray(rec) ? (rec as LogRecord) : null;
  } catch {
    return null;
  }
}

/** The last `level: "error"` line of the newest log file in `dir`. */
export function lastErrorLine(dir: string, maxBytes = 512 * 1024): LastError | null {
  const file = newestLogFile(dir);
  if (!file) return null;
  let text: string;
  try {
    text = readTail(file, maxBytes);
  } catch {
    return null;
  }
  const lines = text.split("\n");
  for (let i = lines.length - 1; i >= 0; i--) {
    const rec = parseLogLine(lines[i]);
    if (rec?.level === "error") return { file, time: rec.time ?? null, subsystem: rec.subsystem ?? null, msg: String(rec.msg ?? "") };
  }
  return null;
}

/** `time level [subsystem] msg fields` for one JSON line (other lines as they are). */
export function formatLogLine(line: string): string {
  const rec = parseLogLine(line);
  if (!rec || rec.msg === undefined) return line;
  const fields = rec.fields && typeof rec.fields === "object" && Object.keys(rec.fields).length ? ` ${JSON.stringify(rec.fields)}` : "";
  return `${rec.time ?? "-"} ${rec.level ?? "-"} [${rec.subsystem ?? "-"}] ${rec.msg}${fields}`;
}
