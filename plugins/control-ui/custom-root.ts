/** `gateway.controlUi.root`: where another built Control UI lives, checked once when the plugin starts. */
import { promises as fs } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { expandHome } from "../../core/sdk/plugin.js";

/**
 * The real path of the folder `root` names (relative to the config file's folder, `~` expanded).
 * Throws an error naming the key, the path and the fix when it is not a folder with an index.html.
 */
export async function resolveCustomRoot(root: string, configPath: string): Promise<string> {
  const expanded = expandHome(root);
  const path = isAbsolute(expanded) ? expanded : resolve(dirname(configPath), expanded);
  const problem = (what: string) =>
    new Error(`gateway.controlUi.root "${root}" ${what}; point it at a built Control UI folder (one holding index.html), e.g. <openclaw package>/dist/control-ui, or remove the key to serve the built-in page`);
  let real: string;
  try {
    real = await fs.realpath(path);
  } catch {
    throw problem(`does not exist (${path})`);
  }
  if (!(await fs.stat(real)).isDirectory()) throw problem(`is not a folder (${real})`);
  const index = await fs.stat(join(real, "index.html")).catch(() => null);
  if (!index?.isFile()) throw problem(`has no index.html (${real})`);
  return real;
}
