/**
 * ui-themes: the official Control UI's theme picker (`themes.list`, `themes.get`, `themes.set`,
 * upstream's names and shapes). The catalog is the themes the official UI ships in its own build; the
 * choice (theme, light/dark/system, accent and typefaces) is one for the whole gateway, stored in
 * `<stateDir>/ui-themes/selection.json`; where none was made, the config's `ui.prefs.theme` / `themeMode`
 * (upstream's keys, which the official UI writes with config.patch) apply. Importing themes
 * (`themes.import`) is not offered.
 */
import { definePlugin, GatewayError } from "../../core/sdk/plugin.js";
import { BUILTIN_THEMES, DEFAULT_THEME_ID } from "./builtin-themes.js";
import { SelectionStore } from "./selection-store.js";
import { UiThemesConfigSchema } from "./config.js";
import { catalog, currentSelection, findTheme, modeFor } from "./selection.js";
import * as S from "./schemas.js";

const invalid = (message: string) => new GatewayError("INVALID_REQUEST", message);
const unknownTheme = (method: string, id: string) =>
  invalid(`${method}: unknown theme "${id}" (available: ${BUILTIN_THEMES.map((t) => t.id).join(", ")}); list them with themes.list`);

export default definePlugin({
  name: "ui-themes",
  description: "The official Control UI's themes: the built-in catalog and the gateway-wide choice (themes.list/get/set)",
  configPaths: ["ui.prefs"],
  configSchema: UiThemesConfigSchema,
  async setup(api) {
    const prefs = api.config.ui?.prefs ?? {};
    const defaults = { ...(prefs.theme ? { theme: prefs.theme } : {}), ...(prefs.themeMode ? { themeMode: prefs.themeMode } : {}) };
    const selected = () => currentSelection(store.get(), defaults);
    const store = new SelectionStore(api.stateDir);
    store.load();
    const stored = store.get();
    if (stored.id && !findTheme(stored.id)) api.log.warn(`ui-themes: the stored theme "${stored.id}" is not in the catalog; using "${DEFAULT_THEME_ID}"`);

    api.registerMethod("themes.list", {
      params: S.ThemesListParams, result: S.ThemesListResult, scope: "operator.read",
      description: "The themes the official Control UI ships and the gateway-wide selection",
      handler: () => ({ ...selected(), themes: [...catalog()] }),
    });

    api.registerMethod("themes.get", {
      params: S.ThemesGetParams, result: S.ThemesGetResult, scope: "operator.read",
      description: "One theme (default: the selected one) and the gateway-wide selection",
      handler(p) {
        const now = selected();
        if (p.id === undefined) return now;
        const theme = findTheme(p.id);
        if (!theme) throw unknownTheme("themes.get", p.id);
        return { current: now.current, theme };
      },
    });

    api.registerMethod("themes.set", {
      params: S.ThemesSetParams, result: S.ThemesSetResult, scope: "operator.write",
      description: "Chooses the theme and/or mode (null restores the default) for every client; saved before it answers",
      async handler(p) {
        if (p.id === undefined && p.mode === undefined) throw invalid("themes.set needs id or mode (null restores the default)");
        const before = selected();
        // null goes back to the config's theme (else the default), as upstream resets to its configured theme.
        const target = p.id === undefined ? before.theme : p.id === null ? (findTheme(defaults.theme ?? DEFAULT_THEME_ID) ?? findTheme(DEFAULT_THEME_ID)!) : findTheme(p.id);
        if (!target) throw unknownTheme("themes.set", p.id as string);
        let mode: ReturnType<typeof modeFor>;
        try {
          mode = modeFor(target, p.mode, before.current.mode);
        } catch (err) {
          throw invalid(`themes.set: ${(err as Error).message}`);
        }
        await store.apply({ ...(p.id !== undefined ? { id: p.id } : {}), ...(mode !== undefined ? { mode } : {}), ...(p.appearance ? { appearance: p.appearance } : {}) });
        return { ...selected(), application: "saved" as const };
      },
    });

    return () => store.flush();
  },
});
