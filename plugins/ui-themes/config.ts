/**
 * `ui.prefs` (upstream's key): the Control UI preferences kept in the config for the whole gateway. The
 * official UI writes them with config.patch when it has no signed-in profile (so without them its theme
 * choice would not survive a reload here), and upstream's themes.list falls back to `theme` / `themeMode`.
 * Shapes as upstream's config schema; this gateway uses `theme` and `themeMode` and keeps the rest for the UI.
 */
import { Type, type Static } from "../../core/sdk/plugin.js";
import { BUILTIN_THEMES } from "./builtin-themes.js";

const closed = { additionalProperties: false } as const;

export const UiThemesConfigSchema = Type.Object({
  ui: Type.Optional(
    Type.Object({
      prefs: Type.Optional(
        Type.Object(
          {
            /** The theme every client starts with (a built-in id, or "custom": a theme the browser keeps itself). */
            theme: Type.Optional(Type.Union([...BUILTIN_THEMES.map((t) => Type.Literal(t.id)), Type.Literal("custom")])),
            themeMode: Type.Optional(Type.Union([Type.Literal("light"), Type.Literal("dark"), Type.Literal("system")])),
            /** "theme" (the theme's own) or #rrggbb. */
            accent: Type.Optional(Type.String({ pattern: "^(theme|#[0-9a-fA-F]{6})$" })),
            locale: Type.Optional(Type.String({ maxLength: 20 })),
            chatShowThinking: Type.Optional(Type.Boolean()),
            chatShowToolCalls: Type.Optional(Type.Boolean()),
            chatPersistCommentary: Type.Optional(Type.Boolean()),
            chatSendShortcut: Type.Optional(Type.Union([Type.Literal("enter"), Type.Literal("modifier-enter")])),
            chatFollowUpMode: Type.Optional(Type.Union([Type.Literal("steer"), Type.Literal("queue")])),
            sidebarEntries: Type.Optional(Type.Array(Type.String())),
          },
          closed,
        ),
      ),
    }, { additionalProperties: true }), // the rest of `ui` is not this plugin's
  ),
}, closed);

export type UiPrefsConfig = NonNullable<NonNullable<Static<typeof UiThemesConfigSchema>["ui"]>["prefs"]>;
