/** themes.list/get/set over real sockets: the built-in catalog, one gateway-wide choice, saved atomically and kept across a restart. */
import { afterEach, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startTestGateway, stopAllTestGateways } from "../../helpers/gateway.js";
import uiThemes from "../../../plugins/ui-themes/index.js";

const ownDirs: string[] = [];
afterEach(async () => {
  await stopAllTestGateways();
  for (const d of ownDirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const scopes = ["operator.read", "operator.write"];

describe("ui-themes", () => {
  it("lists the catalog with the default selected until a theme is set; the choice is shared and survives a restart", async () => {
    const gw = await startTestGateway({ plugins: [uiThemes] });
    const a = await gw.client({ scopes });
    const b = await gw.client({ scopes: ["operator.read"] });

    const initial = (await a.request("themes.list", {})) as { current: unknown; theme: { id: string }; themes: Array<{ id: string; source: string }> };
    expect(initial.current).toEqual({ id: "claw", mode: "system", scope: "gateway", overrides: {} });
    expect(initial.theme.id).toBe("claw");
    expect(initial.themes.map((t) => t.id)).toContain("tide");
    expect(initial.themes.every((t) => t.source === "builtin")).toBe(true);

    const set = await a.request("themes.set", { id: "tide", mode: "dark", appearance: { accent: "#FF8800", fontUi: "geist" } });
    expect(set).toMatchObject({
      current: { id: "tide", mode: "dark", effectiveMode: "dark", scope: "gateway", overrides: { id: "tide", mode: "dark" } },
      theme: { id: "tide", name: "Tide", source: "builtin", modes: ["light", "dark"] },
      application: "saved",
    });
    // Another client (read-only) sees the same gateway-wide choice.
    expect(await b.request("themes.list", {})).toMatchObject({ current: { id: "tide", mode: "dark" }, theme: { id: "tide" } });
    expect(await b.request("themes.get", { id: "crt" })).toMatchObject({ current: { id: "tide" }, theme: { id: "crt", name: "CRT" } });
    await expect(b.request("themes.set", { id: "crt" })).rejects.toMatchObject({ code: expect.stringMatching(/FORBIDDEN|INVALID_REQUEST/) });

    // Written atomically before the answer; a mode-only change keeps the theme.
    const file = join(gw.stateDir, "ui-themes", "selection.json");
    expect(JSON.parse(readFileSync(file, "utf8"))).toMatchObject({ id: "tide", mode: "dark", appearance: { accent: "#FF8800", fontUi: "geist" } });
    expect(await a.request("themes.set", { mode: "light" })).toMatchObject({ current: { id: "tide", mode: "light", effectiveMode: "light" } });

    const restarted = await startTestGateway({ plugins: [uiThemes], stateDir: gw.stateDir });
    const c = await restarted.client({ scopes });
    expect(await c.request("themes.list", {})).toMatchObject({ current: { id: "tide", mode: "light", overrides: { id: "tide", mode: "light" } } });
    // null restores the defaults.
    expect(await c.request("themes.set", { id: null, mode: null })).toMatchObject({ current: { id: "claw", mode: "system", overrides: {} }, theme: { id: "claw" } });
    expect((await c.request("themes.get", {})) as { current: unknown }).toMatchObject({ current: { id: "claw", overrides: {} } });
  });

  it("refuses an unknown theme, an empty change and bad params by name; a stale stored id falls back to the default", async () => {
    const gw = await startTestGateway({ plugins: [uiThemes] });
    const a = await gw.client({ scopes });
    await expect(a.request("themes.set", { id: "no-such-theme" })).rejects.toMatchObject({ code: "INVALID_REQUEST", message: expect.stringContaining('unknown theme "no-such-theme"') });
    await expect(a.request("themes.get", { id: "nope" })).rejects.toMatchObject({ code: "INVALID_REQUEST", message: expect.stringContaining('"nope"') });
    await expect(a.request("themes.set", {})).rejects.toMatchObject({ code: "INVALID_REQUEST", message: expect.stringContaining("id or mode") });
    await expect(a.request("themes.set", { mode: "sepia" })).rejects.toMatchObject({ code: "INVALID_REQUEST", message: expect.stringContaining("mode") });
    await expect(a.request("themes.set", { id: "tide", appearance: { fontUi: "comic-sans" } })).rejects.toMatchObject({ code: "INVALID_REQUEST", message: expect.stringContaining("fontUi") });
    await expect(a.request("themes.set", { id: "tide", color: "red" })).rejects.toMatchObject({ code: "INVALID_REQUEST", message: expect.stringContaining("color") });
    // Nothing was saved by the refused calls.
    expect(await a.request("themes.list", {})).toMatchObject({ current: { id: "claw", overrides: {} } });


    // A theme id that is no longer in the catalog (hand-edited file): the default is used, the stored id reported.
    const stateDir = mkdtempSync(join(tmpdir(), "ocgw-themes-"));
    ownDirs.push(stateDir);
    mkdirSync(join(stateDir, "ui-themes"));
    writeFileSync(join(stateDir, "ui-themes", "selection.json"), JSON.stringify({ id: "gone", mode: "dark" }));
    const stale = await startTestGateway({ plugins: [uiThemes], stateDir });
    const s = await stale.client({ scopes });
    expect(await s.request("themes.list", {})).toMatchObject({ current: { id: "claw", mode: "dark", requestedId: "gone", overrides: { id: "gone", mode: "dark" } }, theme: { id: "claw" } });
  });

  it("the config's ui.prefs (what the official UI writes with config.patch) is the default; themes.set overrides it; config.get shows it", async () => {
    const gw = await startTestGateway({ plugins: [uiThemes], config: { ui: { prefs: { theme: "crt", themeMode: "dark" } } }, watchConfig: true });
    const a = await gw.client({ scopes: [...scopes, "operator.admin"] });
    expect(await a.request("themes.list", {})).toMatchObject({ current: { id: "crt", mode: "dark", effectiveMode: "dark", overrides: {} }, theme: { id: "crt" } });
    expect(await a.request("themes.set", { id: "tide" })).toMatchObject({ current: { id: "tide", mode: "dark", overrides: { id: "tide" } } });
    expect(await a.request("themes.set", { id: null })).toMatchObject({ current: { id: "crt", overrides: {} } });

    // The official UI's own write: config.patch of ui.prefs; the plugin is set up again with the new values.
    const before = (await a.request("config.get", {})) as { hash: string };
    await a.request("config.patch", { raw: JSON.stringify({ ui: { prefs: { theme: "miami", accent: "theme" } } }), baseHash: before.hash });
    await expect.poll(async () => ((await a.request("themes.list", {})) as { current: { id: string } }).current.id, { timeout: 5000 }).toBe("miami");
    const after = (await a.request("config.get", {})) as { config: { ui: { prefs: Record<string, unknown> } }; ignored?: string[] };
    expect(after.config.ui.prefs).toMatchObject({ theme: "miami", accent: "theme" }); // described by the schema, so not hidden
    expect(after.ignored ?? []).not.toContain("ui");
    const bad = (await a.request("config.get", {})) as { hash: string };
    await expect(a.request("config.patch", { raw: JSON.stringify({ ui: { prefs: { theme: "neon" } } }), baseHash: bad.hash })).rejects.toMatchObject({ code: "INVALID_REQUEST", message: expect.stringContaining("ui.prefs.theme") });
  });
});
