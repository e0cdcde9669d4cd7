/** Where `npm run build` puts the Control UI: `<package root>/dist/control-ui`, from the sources or from dist/. */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The nearest folder above this file holding package.json (the repository or the installed package). */
export function packageRoot(from = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json"))) return dir;
    if (dirname(dir) === dir) return from;
  }
}

export function defaultAssetsDir(): string {
  return join(packageRoot(), "dist", "control-ui");
}
