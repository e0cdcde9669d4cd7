/**
 * Baileys auth state in one directory (the layout of Baileys' useMultiFileAuthState, so existing
 * auth dirs keep working), but every file is written atomically (temp + fsync + rename, 0600 in a
 * 0700 dir) and creds.json keeps its previous version in creds.json.bak, which is restored when
 * creds.json is unreadable. An unreadable creds.json is moved aside, never overwritten with defaults.
 */
import { existsSync, promises as fs } from "node:fs";
import { join } from "node:path";
import type { AuthenticationCreds, AuthenticationState, SignalDataSet, SignalDataTypeMap } from "@whiskeysockets/baileys";
import { ensurePrivateDir, writeFileAtomic, type Logger } from "../../core/sdk/plugin.js";

export const CREDS_FILE = "creds.json";
export const CREDS_BACKUP_FILE = "creds.json.bak";

type JsonCodec = (this: unknown, key: string, value: unknown) => unknown;

/** The Baileys helpers the store needs, passed in so that this module never loads Baileys itself. */
export interface AuthHelpers {
  initAuthCreds(): AuthenticationCreds;
  BufferJSON: { replacer: JsonCodec; reviver: JsonCodec };
  proto: { Message: { AppStateSyncKeyData: { fromObject(object: Record<string, unknown>): unknown } } };
}

export interface AuthStore {
  readonly state: AuthenticationState;
  /** Persists `state.creds` (Baileys mutates it in place before `creds.update`). */
  saveCreds(): Promise<void>;
  /** Waits for queued writes, then ignores later ones (the socket is gone or logged out). */
  close(): Promise<void>;
}

/** Was this account linked once (creds.json, or a backup that can restore it)? */
export function hasSavedCreds(dir: string): boolean {
  return existsSync(join(dir, CREDS_FILE)) || existsSync(join(dir, CREDS_BACKUP_FILE));
}

/** `hasSavedCreds` remembered per auth dir for a short while. */
export interface SavedCredsProbe {
  has(dir: string): boolean;
  /** Drops what is remembered (after a login, a logout, a status change). */
  forget(): void;
}

/**
 * \`status\` and \`health\` ask every account whether it is linked on every call, and each answer was two
 * \`existsSync\` calls (about 30 µs of a \`status\` call that otherwise costs about 10). Answers are kept for
 * \`ttlMs\`; the account forgets them whenever its link changes through us, so only a change made by
 * something else (a restored auth dir) is seen up to \`ttlMs\` late.
 */
export function savedCredsProbe(ttlMs = 1000, now: () => number = Date.now): SavedCredsProbe {
  const known = new Map<string, { at: number; has: boolean }>();
  return {
    has(dir) {
      const t = now();
      const hit = known.get(dir);
      if (hit && t - hit.at < ttlMs) return hit.has;
      const has = hasSavedCreds(dir);
      known.set(dir, { at: t, has });
      return has;
    },
    forget() {
      known.clear();
    },
  };
}

/** Deletes the auth dir; true when there was one. */
export async function clearAuthDir(dir: string): Promise<boolean> {
  const existed = existsSync(dir);
  await fs.rm(dir, { recursive: true, force: true });
  return existed;
}

type ReadResult = { kind: "missing" } | { kind: "bad"; reason: string } | { kind: "ok"; text: string; value: unknown };

async function readJson(path: string, reviver: JsonCodec): Promise<ReadResult> {
  let text: string;
  try {
    text = await fs.readFile(path, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return { kind: "missing" };
    return { kind: "bad", reason: (err as Error).message };
  }
  try {
    return { kind: "ok", text, value: JSON.parse(text, reviver) };
  } catch (err) {
    return { kind: "bad", reason: text.trim() ? `not valid JSON: ${(err as Error).message}` : "empty file" };
  }
}

function looksLikeCreds(value: unknown): value is AuthenticationCreds {
  const v = value as Partial<AuthenticationCreds> | null;
  return typeof v === "object" && v !== null && typeof v.noiseKey === "object" && typeof v.signedIdentityKey === "object";
}

/** Reads creds.json, falling back to (and restoring) the backup; undefined when neither exists. */
export async function loadCreds(dir: string, helpers: AuthHelpers, log?: Logger): Promise<{ creds: AuthenticationCreds; text: string } | undefined> {
  const main = join(dir, CREDS_FILE);
  const backup = join(dir, CREDS_BACKUP_FILE);
  const primary = await readJson(main, helpers.BufferJSON.reviver);
  if (primary.kind === "ok" && looksLikeCreds(primary.value)) return { creds: primary.value, text: primary.text };
  const primaryProblem = primary.kind === "ok" ? "not WhatsApp credentials" : primary.kind === "bad" ? primary.reason : undefined;
  const fallback = await readJson(backup, helpers.BufferJSON.reviver);
  if (fallback.kind === "ok" && looksLikeCreds(fallback.value)) {
    if (primaryProblem) {
      const aside = `${main}.corrupt-${Date.now()}`;
      await fs.rename(main, aside).catch(() => undefined);
      log?.warn(`WhatsApp creds.json in ${dir} was unreadable (${primaryProblem}); restored it from creds.json.bak (the bad file is kept as ${aside})`);
    } else {
      log?.warn(`WhatsApp creds.json in ${dir} was missing; restored it from creds.json.bak`);
    }
    await writeFileAtomic(main, fallback.text);
    return { creds: fallback.value, text: fallback.text };
  }
  if (primary.kind === "missing" && fallback.kind === "missing") return undefined;
  const backupProblem = fallback.kind === "missing" ? "missing" : fallback.kind === "bad" ? fallback.reason : "not WhatsApp credentials";
  throw new Error(
    `WhatsApp credentials in ${dir} are unreadable (creds.json: ${primaryProblem ?? "missing"}; creds.json.bak: ${backupProblem}). ` +
      "They were left untouched: move the directory away (or run `openclaw channels logout --channel whatsapp`) and link again with `openclaw channels login --channel whatsapp`.",
  );
}

/** Baileys' file naming, so auth dirs written by upstream (useMultiFileAuthState) load unchanged. */
function keyFileName(type: string, id: string): string {
  return `${type}-${id}.json`.replace(/\//g, "__").replace(/:/g, "-");
}

/** Opens (creating if needed) the auth state in `dir`; fresh credentials when none are saved. */
export async function openAuthStore(dir: string, helpers: AuthHelpers, log?: Logger): Promise<AuthStore> {
  ensurePrivateDir(dir);
  const loaded = await loadCreds(dir, helpers, log);
  const creds = loaded?.creds ?? helpers.initAuthCreds();
  let lastCredsText = loaded?.text;
  let accepting = true;
  const chains = new Map<string, Promise<void>>();

  // One chain per file: writes to one file land in call order; different files proceed in parallel.
  const enqueue = (file: string, work: () => Promise<void>): Promise<void> => {
    if (!accepting) return Promise.resolve();
    const next = (chains.get(file) ?? Promise.resolve()).then(work);
    const settled = next.catch((err: unknown) => log?.warn(`WhatsApp auth state: writing ${file} failed: ${(err as Error).message}`));
    chains.set(file, settled);
    void settled.then(() => chains.get(file) === settled && chains.delete(file));
    return next;
  };

  const readKey = async (type: string, id: string): Promise<unknown> => {
    const result = await readJson(join(dir, keyFileName(type, id)), helpers.BufferJSON.reviver);
    if (result.kind === "bad") log?.warn(`WhatsApp auth state: ignoring unreadable ${keyFileName(type, id)} (${result.reason})`);
    if (result.kind !== "ok") return null;
    return type === "app-state-sync-key" && result.value ? helpers.proto.Message.AppStateSyncKeyData.fromObject(result.value as Record<string, unknown>) : result.value;
  };

  const state: AuthenticationState = {
    creds,
    keys: {
      async get<T extends keyof SignalDataTypeMap>(type: T, ids: string[]) {
        const out: { [id: string]: SignalDataTypeMap[T] } = {};
        await Promise.all(
          ids.map(async (id) => {
            const file = keyFileName(type, id);
            await chains.get(file); // read after a pending write of the same key
            out[id] = (await readKey(type, id)) as SignalDataTypeMap[T];
          }),
        );
        return out;
      },
      async set(data: SignalDataSet) {
        const tasks: Promise<void>[] = [];
        for (const [type, byId] of Object.entries(data)) {
          for (const [id, value] of Object.entries(byId ?? {})) {
            const file = keyFileName(type, id);
            const path = join(dir, file);
            tasks.push(enqueue(file, () => (value ? writeFileAtomic(path, JSON.stringify(value, helpers.BufferJSON.replacer)) : fs.rm(path, { force: true }))));
          }
        }
        await Promise.all(tasks);
      },
    },
  };

  return {
    state,
    saveCreds() {
      return enqueue(CREDS_FILE, async () => {
        const text = JSON.stringify(creds, helpers.BufferJSON.replacer);
        if (text === lastCredsText) return;
        // The previous good version becomes the backup before it is replaced.
        if (lastCredsText !== undefined) await writeFileAtomic(join(dir, CREDS_BACKUP_FILE), lastCredsText);
        await writeFileAtomic(join(dir, CREDS_FILE), text);
        lastCredsText = text;
      });
    },
    async close() {
      accepting = false;
      await Promise.all([...chains.values()]);
    },
  };
}
