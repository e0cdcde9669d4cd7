/**
 * The gateway-wide theme choice, one small JSON file written atomically
 * (`<stateDir>/ui-themes/selection.json`). Only what was chosen over the defaults is stored; a value
 * that is not valid any more (hand-edited file) is ignored, never trusted.
 */
import { join } from "node:path";
import { JsonFile } from "../../core/sdk/plugin.js";

export type ThemeMode = "system" | "light" | "dark";
export type AppearanceKey = "accent" | "fontUi" | "fontChat";

export interface StoredSelection {
  id?: string;
  mode?: ThemeMode;
  appearance?: Partial<Record<AppearanceKey, string>>;
  updatedAtMs?: number;
}

/** A change: a value sets, `null` clears back to the default, absent leaves as is. */
export interface SelectionChange {
  id?: string | null;
  mode?: ThemeMode | null;
  appearance?: Partial<Record<AppearanceKey, string | null>>;
}

const MODES: readonly string[] = ["system", "light", "dark"];
const APPEARANCE_KEYS: readonly AppearanceKey[] = ["accent", "fontUi", "fontChat"];

function sanitize(raw: unknown): StoredSelection {
  if (typeof raw !== "object" || raw === null) return {};
  const r = raw as Record<string, unknown>;
  const out: StoredSelection = {};
  if (typeof r.id === "string" && r.id.length > 0 && r.id.length <= 256) out.id = r.id;
  if (typeof r.mode === "string" && MODES.includes(r.mode)) out.mode = r.mode as ThemeMode;
  if (typeof r.appearance === "object" && r.appearance !== null) {
    const a = r.appearance as Record<string, unknown>;
    const kept = Object.fromEntries(APPEARANCE_KEYS.filter((k) => typeof a[k] === "string").map((k) => [k, a[k] as string]));
    if (Object.keys(kept).length) out.appearance = kept;
  }
  if (typeof r.updatedAtMs === "number") out.updatedAtMs = r.updatedAtMs;
  return out;
}

export class SelectionStore {
  private readonly file: JsonFile<StoredSelection>;
  private value: StoredSelection = {};

  constructor(stateDir: string) {
    this.file = new JsonFile<StoredSelection>(join(stateDir, "ui-themes", "selection.json"));
  }

  /** Reads the selection once, at setup (synchronously: no await in the middle of setup). */
  load(): void {
    this.value = sanitize(this.file.readSync({}));
  }

  get(): StoredSelection {
    return this.value;
  }

  /** Applies the change and resolves once it is on disk. */
  async apply(change: SelectionChange): Promise<StoredSelection> {
    const next: StoredSelection = { ...this.value, appearance: { ...this.value.appearance } };
    if (change.id !== undefined) {
      if (change.id === null) delete next.id;
      else next.id = change.id;
    }
    if (change.mode !== undefined) {
      if (change.mode === null) delete next.mode;
      else next.mode = change.mode;
    }
    for (const key of APPEARANCE_KEYS) {
      const v = change.appearance?.[key];
      if (v === undefined) continue;
      if (v === null) delete next.appearance![key];
      else next.appearance![key] = v;
    }
    if (!Object.keys(next.appearance!).length) delete next.appearance;
    next.updatedAtMs = Date.now();
    this.value = next;
    await this.file.write(() => this.value);
    return next;
  }

  flush(): Promise<void> {
    return this.file.flush();
  }
}
