/**
 * `config.schema`, `config.schema.lookup` and `config.set`: what the official Control UI's config form
 * and `openclaw config` read and write. The schema is assembled from the plugin set the gateway
 * validates the config against, so a third-party plugin's `configSchema` shows up too.
 */
import { applyConfig } from "./config/config-write.js";
import { readConfigSnapshot } from "./config/config-snapshot.js";
import { buildConfigSchemaView, type ConfigSchemaView } from "./config/config-schema-view.js";
import { lookupConfigSchema } from "./config/config-schema-lookup.js";
import { invalidRequest } from "./errors.js";
import type { MethodRegistry } from "./methods.js";
import type { PluginEntry } from "./plugin-host.js";
import {
  ConfigSchemaLookupParams, ConfigSchemaLookupResult, ConfigSchemaParams, ConfigSchemaResult, ConfigSetParams, ConfigSetResult,
} from "./config-schema-schemas.js";

export function registerConfigSchemaMethods(methods: MethodRegistry, configPath: string, plugins: readonly PluginEntry[], version: string): void {
  // The plugin set is fixed for this gateway instance (a new set means an in-process restart), so the
  // schema is built once, on first use.
  let view: (ConfigSchemaView & { generatedAt: string }) | null = null;
  const current = () => (view ??= { ...buildConfigSchemaView(plugins), generatedAt: new Date().toISOString() });

  methods.register("config.schema", {
    params: ConfigSchemaParams,
    result: ConfigSchemaResult,
    scope: "operator.read",
    description: "JSON Schema of the whole config file (core and every loaded plugin) with UI hints: labels, help, secret marks.",
    handler: () => {
      const v = current();
      return { schema: v.schema, uiHints: v.uiHints, version, generatedAt: v.generatedAt };
    },
  }, "core");
  methods.register("config.schema.lookup", {
    params: ConfigSchemaLookupParams,
    result: ConfigSchemaLookupResult,
    scope: "operator.read",
    description: "One config path's schema (its own keywords), hint, reload kind and immediate children; \".\" is the root.",
    handler: ({ path }: typeof ConfigSchemaLookupParams.static) => {
      const found = lookupConfigSchema(current(), path);
      if (!found) throw invalidRequest(`config schema path not found: ${path} (look up "." for the top-level keys)`);
      return found;
    },
  }, "core");
  methods.register("config.set", {
    params: ConfigSetParams,
    result: ConfigSetResult,
    scope: "operator.admin",
    description: "Replaces the config file with `raw` after validating it (as config.apply); answers with the written config, secrets hidden.",
    handler: async ({ raw, baseHash }: typeof ConfigSetParams.static) => {
      const written = await applyConfig(configPath, raw, baseHash, plugins);
      return { ok: true, ...written, config: readConfigSnapshot(configPath, plugins).config };
    },
  }, "core");
}
