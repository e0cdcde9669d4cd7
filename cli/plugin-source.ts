/**
 * Where `openclaw plugins install <spec>` gets a plugin folder from: a local folder (used as is), a
 * local .tgz/.tar.gz (unpacked), or anything else as an npm spec (`npm pack` into a temp folder,
 * then unpacked). npm runs no lifecycle scripts: an install never executes the plugin's code.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export type SourceKind = "folder" | "archive" | "npm";

export interface PluginSource {
  kind: SourceKind;
  /** The folder holding openclaw.plugin.json. */
  dir: string;
  /** Removes what fetching created (a no-op for a local folder). */
  cleanup(): void;
}

export class PluginSourceError extends Error {}

const ARCHIVE = /\.(tgz|tar\.gz|tar)$/;

async function unpack(archive: string, into: string): Promise<string> {
  try {
    await run("tar", ["-xzf", archive, "-C", into], { timeout: 60_000 });
  } catch (err) {
    throw new PluginSourceError(`cannot unpack ${archive}: ${(err as Error).message.split("\n")[0]}`);
  }
  // npm pack puts everything under package/; other archives usually have one top folder.
  if (existsSync(join(into, "package"))) return join(into, "package");
  const top = readdirSync(into);
  return top.length === 1 && statSync(join(into, top[0])).isDirectory() ? join(into, top[0]) : into;
}

export async function fetchPluginSource(spec: string, cwd: string = process.cwd()): Promise<PluginSource> {
  const local = resolve(cwd, spec);
  if (existsSync(local) && statSync(local).isDirectory()) return { kind: "folder", dir: local, cleanup: () => undefined };
  const temp = mkdtempSync(join(tmpdir(), "openclaw-plugin-"));
  const cleanup = () => rmSync(temp, { recursive: true, force: true });
  try {
    if (existsSync(local) && ARCHIVE.test(local)) return { kind: "archive", dir: await unpack(local, temp), cleanup };
    if (existsSync(local)) throw new PluginSourceError(`${local} is neither a plugin folder nor a .tgz archive`);
    let packed: string;
    try {
      const { stdout } = await run("npm", ["pack", spec, "--pack-destination", temp, "--json", "--ignore-scripts", "--silent"], { timeout: 120_000, maxBuffer: 16 * 1024 * 1024 });
      const files = JSON.parse(stdout) as Array<{ filename?: string }>;
      if (!files[0]?.filename) throw new Error("npm pack named no file");
      packed = join(temp, files[0].filename.replace(/^@[^/]+\//, "").replace(/\//g, "-"));
      if (!existsSync(packed)) packed = join(temp, readdirSync(temp).find((f) => f.endsWith(".tgz")) ?? files[0].filename);
    } catch (err) {
      const detail = (err as { stderr?: string }).stderr?.trim() || (err as Error).message.split("\n")[0];
      throw new PluginSourceError(`${spec} is not a local folder or archive, and npm could not fetch it: ${detail}`);
    }
    const into = mkdtempSync(join(temp, "unpacked-"));
    return { kind: "npm", dir: await unpack(packed, into), cleanup };
  } catch (err) {
    cleanup();
    throw err;
  }
}
