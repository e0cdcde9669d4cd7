/** Reads the JSON5 config file. A missing file is an empty config; an unreadable or unparsable one is an error. */
import { readFileSync } from "node:fs";
import JSON5 from "json5";

export interface LoadedConfigFile {
  path: string;
  exists: boolean;
  raw: unknown;
}

export class ConfigFileError extends Error {
  constructor(readonly path: string, message: string) {
    super(message);
    this.name = "ConfigFileError";
  }
}

export function loadConfigFile(path: string): LoadedConfigFile {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return { path, exists: false, raw: {} };
    throw new ConfigFileError(path, `cannot read config ${path}: ${(err as Error).message}`);
  }
  if (!text.trim()) return { path, exists: true, raw: {} };
  try {
    return { path, exists: true, raw: JSON5.parse(text) };
  } catch (err) {
    const e = err as Error & { lineNumber?: number; columnNumber?: number };
    const where = e.lineNumber ? ` at line ${e.lineNumber}, column ${e.columnNumber}` : "";
    throw new ConfigFileError(path, `config ${path} is not valid JSON5${where}: ${e.message.replace(/^JSON5: /, "")}`);
  }
}
