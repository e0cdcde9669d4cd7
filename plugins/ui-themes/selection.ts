/**
 * How the stored choice, the config and the catalog make the selection themes.list/get/set report,
 * following upstream's rules: the choice made with themes.set, else the config's `ui.prefs.theme` /
 * `themeMode`, else `claw` and "system"; an id that is not in the catalog → `claw`, with the id kept
 * as `requestedId`; a theme with a single palette always uses it.
 */
import { BUILTIN_THEMES, DEFAULT_THEME_ID, type ThemeDescriptor } from "./builtin-themes.js";
import type { StoredSelection, ThemeMode } from "./selection-store.js";

/** The config's defaults (`ui.prefs.theme` / `themeMode`), used where nothing was chosen with themes.set. */
export interface ConfigDefaults {
  theme?: string;
  themeMode?: ThemeMode;
}

export interface Selection {
  id: string;
  mode: ThemeMode;
  effectiveMode?: "light" | "dark";
  scope: "gateway";
  overrides: { id?: string; mode?: ThemeMode };
  requestedId?: string;
}

export const catalog = (): readonly ThemeDescriptor[] => BUILTIN_THEMES;
export const findTheme = (id: string): ThemeDescriptor | undefined => BUILTIN_THEMES.find((t) => t.id === id);
const defaultTheme = (): ThemeDescriptor => findTheme(DEFAULT_THEME_ID) ?? BUILTIN_THEMES[0]!;

export function currentSelection(stored: StoredSelection, defaults: ConfigDefaults = {}): { current: Selection; theme: ThemeDescriptor } {
  const requested = stored.id ?? defaults.theme ?? DEFAULT_THEME_ID;
  const found = findTheme(requested);
  const theme = found ?? defaultTheme();
  const mode = stored.mode ?? defaults.themeMode ?? "system";
  const modes = theme.modes as readonly string[];
  const effectiveMode = modes.length === 1 ? (modes[0] as "light" | "dark") : mode === "system" ? undefined : mode;
  const current: Selection = {
    id: theme.id,
    mode,
    ...(effectiveMode ? { effectiveMode } : {}),
    scope: "gateway",
    overrides: { ...(stored.id ? { id: stored.id } : {}), ...(stored.mode ? { mode: stored.mode } : {}) },
    ...(found ? {} : { requestedId: requested }),
  };
  return { current, theme };
}

/**
 * The mode to store when switching to `theme`: a requested palette the theme lacks is refused (the
 * message says which it has); a kept palette it lacks falls back to one it has.
 */
export function modeFor(theme: ThemeDescriptor, requested: ThemeMode | null | undefined, kept: ThemeMode): ThemeMode | null | undefined {
  const modes = theme.modes as readonly string[];
  const wanted = requested === null ? "system" : (requested ?? kept);
  if (wanted === "system" || modes.includes(wanted)) return requested;
  if (requested !== undefined) throw new Error(`theme "${theme.id}" has no ${wanted} mode; choose system or ${modes.join(" or ")}`);
  return modes.includes("dark") ? "dark" : "light";
}
