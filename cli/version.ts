/** The package version, read once from package.json. */
import { readFileSync } from "node:fs";

let cached: string | undefined;

export function packageVersion(): string {
  if (cached === undefined) {
    try {
      const url = new URL("../../package.json", import.meta.url); // dist/cli/version.js → package.json
      cached = (JSON.parse(readFileSync(url, "utf8")) as { version?: string }).version ?? "dev";
    } catch {
      cached = "dev";
    }
  }
  return cached;
}
