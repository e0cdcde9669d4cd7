/**
 * The version of the plugin API this host implements (the SDK surface and the `api` object), in
 * semver: a plugin's `apiVersion` range must be satisfied by it, or the plugin is refused.
 * Breaking changes bump the major, additive ones the minor (see docs/plugins.md, "Stability").
 */
export const PLUGIN_API_VERSION = "1.0.0";
