/**
 * One ajv instance for the protocol. The core's own frame schemas are compiled once, on first use;
 * schemas plugins register are compiled when registered (`compileSchema`), shared between identical
 * schemas. Error lists are rendered the way upstream phrases them ("at /client/id: must be …").
 */
import { Ajv, type ErrorObject, type KeywordDefinition, type ValidateFunction } from "ajv";
import type { TSchema, Static } from "@sinclair/typebox";

// validateSchema off: our schemas come from TypeBox, and checking them against the meta-schema costs
// ~10 ms on the first connect (strict mode still rejects unknown keywords while compiling).
export const ajv = new Ajv({ strict: true, allErrors: true, useDefaults: true, coerceTypes: false, validateSchema: false });

/**
 * `sensitive: true` marks a secret (a token, password, API key, or with a record's value schema every
 * header value). It validates nothing; the config redactor reads it to hide values from `config.get`,
 * logs and the Control UI. Registered so strict mode accepts it and rejects a misspelling.
 */
export const sensitiveKeyword: KeywordDefinition = { keyword: "sensitive", schemaType: "boolean" };
ajv.addKeyword(sensitiveKeyword);

/**
 * Checks what the gateway sends (method results, event payloads) rather than what it receives: no
 * defaults are filled in, so a check never changes the value a handler returned.
 */
const outputAjv = new Ajv({ strict: true, allErrors: true, useDefaults: false, coerceTypes: false, validateSchema: false });
outputAjv.addKeyword(sensitiveKeyword);
const outputByObject = new WeakMap<object, ValidateFunction>();

/** Compiles a result or payload schema now (throws ajv's reason when it cannot); one validator per schema object. */
export function compileOutputSchema(schema: TSchema): ValidateFunction {
  let fn = outputByObject.get(schema);
  if (!fn) {
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
  if (!fn) {
    fn = ajv.compile(schema);
    if (text !== undefined) byText.set(text, fn);
  }
  byObject.set(schema, fn);
  return fn;
}

/** JSON text of a schema, or undefined when it holds something JSON cannot express (then only identity is shared). */
function schemaText(schema: TSchema): string | undefined {
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
