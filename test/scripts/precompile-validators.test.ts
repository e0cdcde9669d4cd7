// The build-time validators (scripts/precompile-validators.mjs, generated from dist/) must be the ones
// ajv would compile at run time, and must cover every schema a default gateway compiles at start-up.
import { mkdtempSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { Ajv } from "ajv";
import { afterAll, describe, expect, it } from "vitest";
import { startTestGateway } from "../helpers/gateway.js";
import { builtinPlugins } from "../../plugins/index.js";
import { PROTOCOL_AJV_OPTIONS, recordCompiledSchemas, sensitiveKeyword, usePrecompiledValidators, type PrecompiledValidators } from "../../core/protocol/validators.js";
import { CONFIG_AJV_OPTIONS, validateConfig } from "../../core/config/validate.js";

// @ts-expect-error plain ESM build script without types
const { precompileValidators } = (await import("../../scripts/precompile-validators.mjs")) as {
  precompileValidators(outFile: string): Promise<{ count: number; schemas: Record<"protocol" | "config", Map<string, object>> }>;
};

// Inside the package: the generated code requires ajv's runtime helpers from node_modules.
const dir = mkdtempSync(resolve("dist", "precompiled-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Values of every JSON type, nested a little: enough to reach each schema's first keywords.
const SAMPLES: unknown[] = [null, true, 0, 1.5, -1, "", "x", [], [1, "a"], {}, { a: 1 }, { sessionKey: "main" }, { sessionKey: 5, limit: 0 }, { id: "x", method: "health", params: {} }];

describe("precompiled validators", () => {
  it("give the verdicts, errors and filled-in defaults of a fresh ajv with the same options", async () => {
    const file = join(dir, "validators.js");
    const { count, schemas } = await precompileValidators(file);
    const table = (await import(pathToFileURL(file).href)) as PrecompiledValidators;
    expect(Object.keys(table).length).toBe(count);
    expect(schemas.protocol.size).toBeGreaterThan(10);
    for (const [setup, options] of [["protocol", PROTOCOL_AJV_OPTIONS], ["config", CONFIG_AJV_OPTIONS]] as const) {
      const ajv = new Ajv(options);
      ajv.addKeyword(sensitiveKeyword);
      for (const [key, schema] of schemas[setup]) {
        const fresh = ajv.compile(schema);
        const pre = table[key];
        expect(pre, key).toBeTypeOf("function");
        // A config validator carries its defaults for an absent section (what configDefaults answers with).
        const emptyDefaults = (pre as { emptyDefaults?: string }).emptyDefaults;
        expect(emptyDefaults === undefined, key).toBe(setup === "protocol");
        if (emptyDefaults !== undefined) {
          const filled = {};
          fresh(filled);
          expect(JSON.parse(emptyDefaults), key).toEqual(filled);
        }
        for (const sample of SAMPLES) {
          const a = structuredClone(sample);
          const b = structuredClone(sample);
          expect(pre(a), `${key} on ${JSON.stringify(sample)}`).toBe(fresh(b));
          expect(a).toEqual(b);
          expect(JSON.parse(JSON.stringify(pre.errors ?? null))).toEqual(JSON.parse(JSON.stringify(fresh.errors ?? null)));
        }
      }
    }
  }, 120_000);

  it("cover every schema a default gateway compiles while starting, configuring and serving a client", async () => {
    const table = (await import(pathToFileURL(join(dir, "validators.js")).href)) as PrecompiledValidators;
    usePrecompiledValidators(table);
    const compiled: string[] = [];
    recordCompiledSchemas((setup, text) => compiled.push(`${setup}: ${text.slice(0, 80)}`));
    try {
      const plugins = builtinPlugins().map((def) => ({ def, enabled: true }));
      expect(validateConfig({ gateway: { mode: "local" }, canvasHost: {}, channels: { telegram: {}, whatsapp: {} } }, plugins).issues).toEqual([]);
      const gw = await startTestGateway({ plugins: builtinPlugins() });
      try {
        const client = await gw.client();
        await client.request("health", {});
        await client.request("status", {});
      } finally {
        await gw.stop();
      }
    } finally {
      recordCompiledSchemas(null);
    }
    expect(compiled).toEqual([]);
  }, 60_000);
});
