/**
 * themes.list / themes.get / themes.set in upstream OpenClaw 2026.9.6's shapes. The catalog holds the
 * themes the official UI ships in its own build; the selection is one for the whole gateway
 * (`scope: "gateway"`: there are no user profiles here).
 */
import { Type } from "../../core/sdk/plugin.js";

const closed = { additionalProperties: false } as const;
const NonEmpty = Type.String({ minLength: 1 });
const ThemeId = Type.String({ minLength: 1, maxLength: 256 });
const Palette = Type.Union([Type.Literal("light"), Type.Literal("dark")]);
export const ThemeMode = Type.Union([Type.Literal("system"), Palette]);

/** The typefaces the official UI offers for `appearance.fontUi` / `fontChat` (upstream's ids). */
export const TYPEFACES = ["instrument-sans", "geist", "dm-sans", "ibm-plex-sans", "space-grotesk", "atkinson-hyperlegible", "fraunces", "lora", "jetbrains-mono", "system"] as const;
const Typeface = Type.Union(TYPEFACES.map((t) => Type.Literal(t)));
/** `"theme"` (the theme's own accent) or a #rrggbb colour. */
const Accent = Type.String({ pattern: "^(theme|#[0-9a-fA-F]{6})$" });

const ThemeDescriptor = Type.Object(
  { id: NonEmpty, name: NonEmpty, description: Type.String(), source: Type.Literal("builtin"), modes: Type.Array(Palette) },
  closed,
);

const Selection = Type.Object(
  {
    /** The theme in effect (the default when nothing, or an id no longer in the catalog, is stored). */
    id: NonEmpty,
    mode: ThemeMode,
    /** The palette in use when it does not depend on the viewer's system setting. */
    effectiveMode: Type.Optional(Palette),
    /** "gateway": one selection for every client (there are no user profiles here). */
    scope: Type.Literal("gateway"),
    /** What has been chosen over the defaults (absent: the default applies). */
    overrides: Type.Object({ id: Type.Optional(NonEmpty), mode: Type.Optional(ThemeMode) }, closed),
    /** A stored id that is no longer in the catalog (then `id` is the default). */
    requestedId: Type.Optional(NonEmpty),
  },
  closed,
);

export const ThemesListParams = Type.Object({}, closed);
export const ThemesListResult = Type.Object({ current: Selection, theme: ThemeDescriptor, themes: Type.Array(ThemeDescriptor) }, closed);

export const ThemesGetParams = Type.Object({ id: Type.Optional(ThemeId) }, closed);
export const ThemesGetResult = Type.Object({ current: Selection, theme: ThemeDescriptor }, closed);

export const ThemesSetParams = Type.Object(
  {
    /** The theme to use; `null` restores the default. */
    id: Type.Optional(Type.Union([ThemeId, Type.Null()])),
    /** Light, dark or follow the system; `null` restores the default (system). */
    mode: Type.Optional(Type.Union([ThemeMode, Type.Null()])),
    /** Accent colour and typefaces; `null` restores the theme's own. */
    appearance: Type.Optional(
      Type.Object(
        {
          accent: Type.Optional(Type.Union([Accent, Type.Null()])),
          fontUi: Type.Optional(Type.Union([Typeface, Type.Null()])),
          fontChat: Type.Optional(Type.Union([Typeface, Type.Null()])),
        },
        closed,
      ),
    ),
  },
  closed,
);
/** The new selection and its theme; `application: "saved"`: stored before the answer. */
export const ThemesSetResult = Type.Object({ current: Selection, theme: ThemeDescriptor, application: Type.Literal("saved") }, closed);
