/**
 * JSON5 parsing that loads the json5 package only for text plain JSON cannot read. Most config files
 * are plain JSON (every file the gateway writes is), and JSON is a subset of JSON5 with the same
 * meaning, so `JSON.parse` gives the same value; json5 (about 30 KB of code to compile on every
 * start of the gateway and of each CLI command) then stays unloaded.
 */
import { createRequire } from "node:module";

const requireHere = createRequire(import.meta.url);
let json5: { parse(text: string): unknown } | undefined;

/** Parses JSON5 text; a failure is json5's own error (it names the line and column). */
export function parseJson5Text(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // Not plain JSON: comments, trailing commas, unquoted keys… or an error, which json5 describes.
  }
  json5 ??= requireHere("json5") as { parse(text: string): unknown };
  return json5.parse(text);
}
