/**
 * One ajv instance for the protocol. Schemas are compiled once, on first use, and
 * error lists are rendered the way upstream phrases them ("at /client/id: must be …").
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

export interface Validator<T> {
  (value: unknown): value is T;
  /** Human-readable errors of the last failed call. */
  errorText(): string;
}

export function compile<S extends TSchema>(schema: S): Validator<Static<S>> {
  let fn: ValidateFunction | undefined;
  const check = ((value: unknown) => {
    fn ??= ajv.compile(schema);
    return fn(value);
  }) as Validator<Static<S>>;
  check.errorText = () => formatAjvErrors(fn?.errors ?? []);
  return check;
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
