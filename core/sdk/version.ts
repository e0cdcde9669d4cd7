/**
 * The version of the plugin API this host implements (semver). It moves independently of the
 * gateway's own version: a minor bump adds to `openclaw-gateway-host/plugin`, a major bump removes or
 * changes something a plugin could rely on. Plugins state the range they accept as `apiVersion` in
 * `openclaw.plugin.json`.
 */
export const PLUGIN_API_VERSION = "1.0.0";
