/**
 * Installed plugins live in `<stateDir>/extensions/<id>`. They have no node_modules of their own: the
 * host makes `openclaw-gateway-host` (the SDK, their peer dependency) resolvable for them by keeping
 * `<stateDir>/extensions/node_modules/openclaw-gateway-host` a symlink to the running package, which
 * Node's normal lookup finds from any file under `extensions/<id>/`.
 */
import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const PACKAGE_NAME = "openclaw-gateway-host";

export function extensionsDir(stateDir: string): string {
  return join(stateDir, "extensions");
}

export function extensionDir(stateDir: string, id: string): string {
  return join(extensionsDir(stateDir), id);
}

let cachedRoot: string | undefined;

/** The root of the running gateway package (the folder whose package.json names it), from source or dist. */
export function packageRoot(): string {
  if (cachedRoot) return cachedRoot;
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const pkg = join(dir, "package.json");
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, "utf8")) as { name?: string }).name === PACKAGE_NAME) return (cachedRoot = dir);
    if (dirname(dir) === dir) throw new Error(`cannot find the ${PACKAGE_NAME} package root above ${fileURLToPath(import.meta.url)}`);
  }
}

/**
 * Makes `openclaw-gateway-host` resolvable from `<stateDir>/extensions/*`: idempotent; a link to
 * another copy of the package (an older install) is repointed; a real folder there is left alone
 * (someone manages it by hand). Returns the link's path.
 */
export function ensureSdkLink(stateDir: string, root: string = packageRoot()): string {
  const modules = join(extensionsDir(stateDir), "node_modules");
  const link = join(modules, PACKAGE_NAME);
  mkdirSync(modules, { recursive: true, mode: 0o700 });
  let current: string | null = null;
  try {
    const st = lstatSync(link);
    if (!st.isSymbolicLink()) return link;
    current = resolve(modules, readlinkSync(link));
  } catch {
    // no link yet
  }
  if (current === root) return link;
  // Create beside it and rename over it, so a gateway loading a plugin right now never sees no link.
  const temp = `${link}.${process.pid}.tmp`;
  rmSync(temp, { force: true });
  symlinkSync(root, temp, "dir");
  renameSync(temp, link);
  return link;
}

/** The folders (or links to folders) under `<stateDir>/extensions`, one per installed plugin, sorted. */
export function installedExtensions(stateDir: string): Array<{ id: string; dir: string }> {
  const root = extensionsDir(stateDir);
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((name) => name !== "node_modules" && !name.startsWith("."))
    .sort()
    .map((id) => ({ id, dir: join(root, id) }))
    .filter(({ dir }) => {
      // A dangling link (its source folder is gone) is kept: it loads as a failed plugin that says so.
      const st = lstatSync(dir);
      return st.isDirectory() || st.isSymbolicLink();
    });
}
