/**
 * Preferences per device profile, in one JSON file written atomically (`<stateDir>/user-prefs/prefs.json`).
 * Bounded: 128 keys per profile, 4 KiB per value (as upstream), and at most MAX_PROFILES profiles (the
 * least recently written one is dropped to make room).
 */
import { isDeepStrictEqual } from "node:util";
import { join } from "node:path";
import { JsonMapFile } from "../../core/sdk/plugin.js";

export const MAX_KEYS_PER_PROFILE = 128;
export const MAX_VALUE_BYTES = 4096;
export const MAX_PROFILES = 256;

interface ProfilePrefs {
  updatedAtMs: number;
  entries: Record<string, unknown>;
}

export type SetOutcome =
  | { ok: true; changedKeys: string[] }
  | { ok: false; code: "conflict" }
  | { ok: false; code: "value-too-large"; key: string }
  | { ok: false; code: "key-limit"; currentCount: number };

export class PrefsStore {
  private readonly file: JsonMapFile<ProfilePrefs>;

  constructor(stateDir: string) {
    this.file = new JsonMapFile<ProfilePrefs>(join(stateDir, "user-prefs", "prefs.json"));
  }

  load(): Promise<void> {
    return this.file.load();
  }

  flush(): Promise<void> {
    return this.file.flush();
  }

  get(profileId: string, keys?: readonly string[]): Record<string, unknown> {
    const entries = this.file.map.get(profileId)?.entries ?? {};
    if (!keys) return { ...entries };
    return Object.fromEntries(keys.filter((k) => Object.hasOwn(entries, k)).map((k) => [k, entries[k]]));
  }

  /** Applies `entries` (`null` deletes) if every `expected` value matches; written before it resolves. */
  async set(profileId: string, entries: Record<string, unknown>, expected: Record<string, unknown> = {}): Promise<SetOutcome> {
    const current = this.file.map.get(profileId)?.entries ?? {};
    for (const [key, want] of Object.entries(expected)) {
      const matches = want === null ? !Object.hasOwn(current, key) : Object.hasOwn(current, key) && isDeepStrictEqual(current[key], want);
      if (!matches) return { ok: false, code: "conflict" };
    }
    const next = { ...current };
    for (const [key, value] of Object.entries(entries)) {
      if (value === null) {
        delete next[key];
        continue;
      }
      if (Buffer.byteLength(JSON.stringify(value) ?? "", "utf8") > MAX_VALUE_BYTES) return { ok: false, code: "value-too-large", key };
      next[key] = value;
    }
    const count = Object.keys(next).length;
    if (count > MAX_KEYS_PER_PROFILE && count > Object.keys(current).length) return { ok: false, code: "key-limit", currentCount: Object.keys(current).length };
    const changedKeys = Object.keys(entries);
    if (changedKeys.length === 0) return { ok: true, changedKeys };
    this.file.map.delete(profileId); // re-inserted last: Map order is least recently written first
    this.file.map.set(profileId, { updatedAtMs: Date.now(), entries: next });
    while (this.file.map.size > MAX_PROFILES) this.file.map.delete(this.file.map.keys().next().value as string);
    await this.file.save();
    return { ok: true, changedKeys };
  }
}
