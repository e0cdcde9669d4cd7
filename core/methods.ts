/** The method registry: name → params and result validators, scope, handler and owning plugin. */
import type { TSchema } from "@sinclair/typebox";
import { compileOutputSchema, compileSchema, formatAjvErrors } from "./protocol/validators.js";
import { isRawJson } from "./rawjson.js";
import type { MethodScope } from "./protocol/scopes.js";
import type { MethodSpec } from "./types.js";
import { hostError } from "./host-errors.js";

export interface RegisteredMethod {
  name: string;
  owner: string;
  scope: MethodScope;
  spec: MethodSpec;
  /** Returns an error text, or null when the params are valid (defaults are filled in place). */
  validate(params: unknown): string | null;
  /**
   * Returns an error text when result validation is on and the handler's result does not match its
   * `result` schema; null otherwise (always null when validation is off or no schema was declared).
   */
  checkResult(result: unknown): string | null;
}

const NO_CHECK = () => null;

export interface MethodRegistryOptions {
  /** Check every result against its schema (a debug aid: tests turn it on, production leaves it off). */
  validateResults?: boolean;
}

/**
 * Compiles a result or payload schema when checking is on, naming what it belongs to when ajv refuses it.
 * With checking off the schema is never used at run time, so it is not compiled either: start-up pays
 * only for params schemas (a plugin's own tests, with checking on, catch a result schema ajv refuses).
 */
export function outputChecker(schema: TSchema | undefined, what: string, enabled: boolean): (value: unknown) => string | null {
  if (!schema || !enabled) return NO_CHECK;
  let fn: ReturnType<typeof compileOutputSchema>;
  try {
    fn = compileOutputSchema(schema);
  } catch (err) {
    throw new Error(`${what} schema cannot be compiled: ${(err as Error).message}`);
  }
  return (value) => {
    const plain = isRawJson(value) ? (JSON.parse(value.json) as unknown) : value;
    return fn(plain) ? null : formatAjvErrors(fn.errors ?? []);
  };
}

export class MethodRegistry {
  private readonly methods = new Map<string, RegisteredMethod>();
  private namesCache: string[] | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly options: MethodRegistryOptions = {}) {}

  /**
   * Registers a method and returns its remover. Duplicate names are refused, naming both owners, and so
   * is a params schema ajv cannot compile: compiled here, that fails the plugin's setup instead of
   * throwing on the first request. The result schema is compiled here too when results are checked (tests; `OPENCLAW_VALIDATE_RESULTS=1`).
   */
  register<P extends TSchema, R extends TSchema>(name: string, typed: MethodSpec<P, R>, owner: string): () => void {
    const spec = typed as unknown as MethodSpec;
    if (!name || name === "connect") throw hostError("OC_ERR_BAD_METHOD_NAME", name);
    const existing = this.methods.get(name);
    if (existing) throw hostError("OC_ERR_DUPLICATE_METHOD", name, existing.owner, owner);
    let validate: RegisteredMethod["validate"] = NO_CHECK;
    const schema = spec.params;
    if (schema) {
      let fn: ReturnType<typeof compileSchema>;
      try {
        fn = compileSchema(schema);
      } catch (err) {
        throw hostError("OC_ERR_BAD_SCHEMA", `method ${name}`, "params", (err as Error).message);
      }
      validate = (params) => (fn(params) ? null : formatAjvErrors(fn.errors ?? []));
    }
    const checkResult = outputChecker(spec.result, `method ${name}: its result`, this.options.validateResults === true);
    const entry: RegisteredMethod = { name, owner, // A JavaScript plugin may still omit scope (the types require it): it then needs admin, as before.
    scope: (spec.scope as MethodScope | undefined) ?? "operator.admin", spec, validate, checkResult };
    this.methods.set(name, entry);
    this.changed();
    return () => {
      if (this.methods.get(name) === entry) {
        this.methods.delete(name);
        this.changed();
      }
    };
  }

  get(name: string): RegisteredMethod | undefined {
    return this.methods.get(name);
  }

  /** Method names in registration order (cached; this feeds every hello-ok). */
  names(): string[] {
    this.namesCache ??= [...this.methods.keys()];
    return this.namesCache;
  }

  /** Capabilities the registered methods advertise, deduplicated, in registration order (for hello-ok). */
  capabilities(): string[] {
    const out = new Set<string>();
    for (const m of this.methods.values()) for (const c of m.spec.capabilities ?? []) out.add(c);
    return [...out];
  }

  /** Every registered method, in registration order (for `npm run protocol:gen`). */
  list(): readonly RegisteredMethod[] {
    return [...this.methods.values()];
  }

  ownedBy(owner: string): string[] {
    return [...this.methods.values()].filter((m) => m.owner === owner).map((m) => m.name);
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    this.namesCache = null;
    for (const l of this.listeners) l();
  }
}
