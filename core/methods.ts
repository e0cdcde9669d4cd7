/** The method registry: name → params validator, scope, handler and owning plugin. */
import { compileSchema, formatAjvErrors } from "./protocol/validators.js";
import type { MethodScope } from "./protocol/scopes.js";
import type { MethodSpec } from "./types.js";
import { hostError } from "./host-errors.js";

export interface RegisteredMethod {
  name: string;
  owner: string;
  scope: MethodScope;
  spec: MethodSpec<unknown>;
  /** Returns an error text, or null when the params are valid (defaults are filled in place). */
  validate(params: unknown): string | null;
}

const NO_PARAMS_CHECK = () => null;

export class MethodRegistry {
  private readonly methods = new Map<string, RegisteredMethod>();
  private namesCache: string[] | null = null;
  private readonly listeners = new Set<() => void>();

  /**
   * Registers a method and returns its remover. Duplicate names are refused, naming both owners, and so
   * is a params schema ajv cannot compile: compiled here, that fails the plugin's setup instead of
   * throwing on the first request.
   */
  register(name: string, spec: MethodSpec<unknown>, owner: string): () => void {
    if (!name || name === "connect") throw hostError("OC_ERR_BAD_METHOD_NAME", name);
    const existing = this.methods.get(name);
    if (existing) throw hostError("OC_ERR_DUPLICATE_METHOD", name, existing.owner, owner);
    let validate: RegisteredMethod["validate"] = NO_PARAMS_CHECK;
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
    const entry: RegisteredMethod = { name, owner, scope: spec.scope ?? "operator.admin", spec, validate };
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
