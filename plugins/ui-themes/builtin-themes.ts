/**
 * The themes the official Control UI (openclaw 2026.9.6) ships in its own build, by the ids and names it
 * uses; each has a light and a dark variant. The descriptions are ours. `claw` is upstream's default.
 */
export const BUILTIN_THEMES = [
  { id: "claw", name: "Claw", description: "Coral and teal; the default look." },
  { id: "knot", name: "Knot", description: "Crimson accents, high contrast." },
  { id: "dash", name: "Dash", description: "Caramel and cocoa, serif chat text." },
  { id: "absolutely", name: "Absolutely", description: "Terracotta on graphite or cream." },
  { id: "tide", name: "Tide", description: "Cool cyan on slate." },
  { id: "beacon", name: "Beacon", description: "Amber, bold focus rings, built for readability." },
  { id: "phosphor", name: "Phosphor", description: "Green terminal style, monospace." },
  { id: "crt", name: "CRT", description: "Retro console, monospace, square corners." },
  { id: "manuscript", name: "Manuscript", description: "Blue and gold on paper, serif." },
  { id: "rose", name: "Rosé", description: "Muted rose and gold." },
  { id: "miami", name: "Miami", description: "Neon magenta and cyan." },
].map((t) => ({ ...t, source: "builtin" as const, modes: ["light" as const, "dark" as const] }));

export type ThemeDescriptor = (typeof BUILTIN_THEMES)[number];

/** upstream's default theme, selected until someone picks another. */
export const DEFAULT_THEME_ID = "claw";
