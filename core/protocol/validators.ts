/**
 * One ajv instance for the protocol. The core's own frame schemas are compiled once, on first use;
 * schemas plugins register are compiled when registered (`compileSchema`), shared between identical
 * schemas. Error lists are rendered the way upstream phrases them ("at /client/id: must be …").
 *
 * The built gateway starts with a table of validators generated at build time
 * (scripts/precompile-validators.mjs, ajv standalone code with these same options) for the schemas
 * the built-in plugins register: a schema whose JSON text is in the table is not compiled again, and
 * ajv itself is loaded only when some schema is not (a third-party plugin's, a config-dependent one).
 */
import { createRequire } from "node:module";
import { hash } from "node:crypto";
import type { Ajv as AjvInstance, ErrorObject, KeywordDefinition, Options as AjvOptions, ValidateFunction } from "ajv";
import type { TSchema, Static } from "@sinclair/typebox";

// validateSchema off: our schemas come from TypeBox, and checking them against the meta-schema costs
// ~10 ms on the first connect (strict mode still rejects unknown keywords while compiling).
/** The options of the protocol's ajv; the build-time generator compiles with exactly these. */
export const PROTOCOL_AJV_OPTIONS: AjvOptions = { strict: true, allErrors: true, useDefaults: true, coerceTypes: false, validateSchema: false };

const requireHere = createRequire(import.meta.url);
/** ajv's constructor, loaded on first need (a synchronous require: ajv is CommonJS). */
export function loadAjv(): typeof AjvInstance {
  return (requireHere("ajv") as { Ajv: typeof AjvInstance }).Ajv;
}

let protocolAjv: AjvInstance | undefined;
function ajv(): AjvInstance {
  if (!protocolAjv) {
    protocolAjv = new (loadAjv())(PROTOCOL_AJV_OPTIONS);
    protocolAjv.addKeyword(sensitiveKeyword);
  }
  return protocolAjv;
}

/**
 * Validators generated at build time, keyed by `precompiledKey(instance, schema text)`. Two ajv
 * setups use it: this module's ("protocol") and the config validator's ("config", other options).
 */
export type PrecompiledValidators = Readonly<Record<string, ValidateFunction>>;
export type AjvSetup = "protocol" | "config";
let precompiled: PrecompiledValidators = {};
let recorder: ((setup: AjvSetup, text: string, schema: TSchema) => void) | undefined;

/** The table key of a schema's JSON text (short: the generated module holds one export per key). */
export function precompiledKey(setup: AjvSetup, text: string): string {
  // One native call per schema (every method's params are looked up at registration).
  return `${setup[0]}${hash("sha256", text, "hex").slice(0, 24)}`;
}

/** Installs the build-time table (the CLI does this before the gateway starts). */
export function usePrecompiledValidators(table: PrecompiledValidators): void {
  precompiled = table;
}

/** The build-time validator of this schema text, if the table has one. */
export function precompiledValidator(setup: AjvSetup, text: string | undefined): ValidateFunction | undefined {
  return text === undefined ? undefined : precompiled[precompiledKey(setup, text)];
}

/** Build-time only: calls `listener` with every distinct schema compiled from now on (null stops). */
export function recordCompiledSchemas(listener: ((setup: AjvSetup, text: string, schema: TSchema) => void) | null): void {
  recorder = listener ?? undefined;
}

/** Tells the build-time recorder (if any) that `setup` compiled this schema. */
export function noteCompiled(setup: AjvSetup, text: string | undefined, schema: TSchema): void {
  if (text !== undefined) recorder?.(setup, text, schema);
}

/**
 * `sensitive: true` marks a secret (a token, password, API key, or with a record's value schema every
 * header value). It validates nothing; the config redactor reads it to hide values from `config.get`,
 * logs and the Control UI. Registered so strict mode accepts it and rejects a misspelling.
 */
export const sensitiveKeyword: KeywordDefinition = { keyword: "sensitive", schemaType: "boolean" };

/**
 * Checks what the gateway sends (method results, event payloads) rather than what it receives: no
 * defaults are filled in, so a check never changes the value a handler returned.
 */
let outputAjv: AjvInstance | undefined;
const outputByObject = new WeakMap<object, ValidateFunction>();

/** Compiles a result or payload schema now (throws ajv's reason when it cannot); one validator per schema object. */
export function compileOutputSchema(schema: TSchema): ValidateFunction {
  let fn = outputByObject.get(schema);
  if (!fn) {
    if (!outputAjv) {
      outputAjv = new (loadAjv())({ ...PROTOCOL_AJV_OPTIONS, useDefaults: false });
      outputAjv.addKeyword(sensitiveKeyword);
    }
    fn = outputAjv.compile(schema);
    outputByObject.set(schema, fn);
  }
  return fn;
}

export interface Validator<T> {
  (value: unknown): value is T;
  /** Human-readable errors of the last failed call. */
  errorText(): string;
}

export function compile<S extends TSchema>(schema: S): Validator<Static<S>> {
  let fn: ValidateFunction | undefined;
  const check = ((value: unknown) => {
    fn ??= compileSchema(schema);
    return fn(value);
  }) as Validator<Static<S>>;
  check.errorText = () => formatAjvErrors(fn?.errors ?? []);
  return check;
}

const byObject = new WeakMap<object, ValidateFunction>();
const byText = new Map<string, ValidateFunction>();

/**
 * Compiles a schema now and returns its validator; throws ajv's reason (e.g. `unknown format "email"
 * ignored in schema at path …`) when it cannot be compiled. Identical schemas share one validator: the
 * same object is looked up by identity, an equal one by its JSON text, so start-up compiles each
 * distinct schema once and a plugin reloaded with fresh schema objects does not grow ajv's cache.
 */
export function compileSchema(schema: TSchema): ValidateFunction {
  let fn = byObject.get(schema);
  if (fn) return fn;
  const text = schemaText(schema);
  fn = text === undefined ? undefined : byText.get(text);
  fn ??= precompiledValidator("protocol", text);
  if (!fn) {
    fn = ajv().compile(schema);
    noteCompiled("protocol", text, schema);
  }
  if (text !== undefined) byText.set(text, fn);
  byObject.set(schema, fn);
  return fn;
}

/** JSON text of a schema, or undefined when it holds something JSON cannot express (then only identity is shared). */
export function schemaText(schema: TSchema): string | undefined {
  try {
    let plain = true;
    const text = JSON.stringify(schema, (_key, value: unknown) => {
      if (typeof value === "function" || value instanceof RegExp) plain = false;
      return value;
    });
    return plain ? text : undefined;
  } catch {
    return undefined;
  }
}

export function formatAjvErrors(errors: readonly ErrorObject[]): string {
  const parts: string[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    let text: string;
    if (e.keyword === "additionalProperties") {
      text = `${e.instancePath ? `at ${e.instancePath}: ` : ""}unexpected property '${String(e.params.additionalProperty)}'`;
    } else if (e.keyword === "required") {
      text = `${e.instancePath ? `at ${e.instancePath}: ` : ""}must have required property '${String(e.params.missingProperty)}'`;
    } else if (e.keyword === "const" && e.parentSchema && "anyOf" in Object(e.parentSchema)) {
      continue;
    } else {
      text = `${e.instancePath ? `at ${e.instancePath}: ` : ""}${e.message ?? "is invalid"}`;
    }
    // Literal unions produce one error per branch; keep one readable line per location.
    if (e.keyword === "const") text = `${e.instancePath ? `at ${e.instancePath}: ` : ""}must be equal to one of the allowed values`;
    if (e.keyword === "anyOf" && seen.has(`${e.instancePath}:allowed`)) continue;
    if (e.keyword === "anyOf") {
      text = `${e.instancePath ? `at ${e.instancePath}: ` : ""}must be equal to one of the allowed values`;
      seen.add(`${e.instancePath}:allowed`);
    }
    if (!seen.has(text)) {
      seen.add(text);
      parts.push(text);
    }
  }
  return parts.join("; ") || "invalid";
}
