/**
 * Errors the host raises at plugin authors and embedders (not protocol errors: those are
 * GatewayError with the wire codes of protocol.md). Every one has a stable `OC_ERR_*` code, so
 * callers — the CLI, tests, an embedder — match on the code and never on message text, which may
 * be reworded. The table is documented in docs/plugins.md (Errors); add a row there with a new code.
 */

const quote = (value: string) => JSON.stringify(value);

/** Code → message template. The arguments are what the message names; the wording is not API. */
export const HOST_ERRORS = Object.freeze({
  OC_ERR_BAD_METHOD_NAME: (name: string) => `invalid method name ${quote(name)}`,
  OC_ERR_DUPLICATE_METHOD: (name: string, existingOwner: string, owner: string) =>
    `method ${name} is already registered by ${existingOwner}; ${owner} cannot register it again`,
  OC_ERR_BAD_SCHEMA: (subject: string, which: string, reason: string) => `${subject}: its ${which} schema cannot be compiled: ${reason}`,
  OC_ERR_BAD_ROUTE_PATH: (path: string) => `route path must start with "/": ${path}`,
  OC_ERR_DUPLICATE_ROUTE: (route: string, existingOwner: string, owner: string) =>
    `route ${route} is already registered by ${existingOwner}; ${owner} cannot register it again`,
  OC_ERR_RESERVED_PATH: (path: string) => `the WebSocket path ${path} belongs to the gateway protocol`,
  OC_ERR_DUPLICATE_UPGRADE: (path: string, existingOwner: string) => `upgrade path ${path} is already registered by ${existingOwner}`,
  OC_ERR_DUPLICATE_EVENT: (name: string, existingOwner: string, owner: string) =>
    `event ${name} is already declared by ${existingOwner}; ${owner} cannot declare it again`,
  OC_ERR_UNDECLARED_EVENT: (name: string) => `event ${name} was not declared; declare it before emitting`,
  OC_ERR_EVENT_NOT_JSON: (name: string, reason: string) => `event ${name}: payload cannot be sent as JSON: ${reason}`,
  OC_ERR_DUPLICATE_CONTRIBUTION: (key: string, existingOwner: string, owner: string) =>
    `${key} is already provided by ${existingOwner}; ${owner} cannot provide it too`,
  OC_ERR_AFTER_DISPOSE: (plugin: string, what: string) => `${plugin}: ${what} after the plugin was disposed`,
  OC_ERR_REGISTRATION_AFTER_SETUP: (plugin: string) => `${plugin}: hooks must be tapped during setup`,
  OC_ERR_UNDECLARED_SERVICE: (plugin: string, service: string, field: "provides" | "requires", verb: string) =>
    `${plugin}: declare ${quote(service)} in ${field} before ${verb} it`,
  OC_ERR_UNKNOWN_SERVICE: (plugin: string, service: string) => `${plugin}: service ${quote(service)} is not available`,
  OC_ERR_SERVICE_NOT_PROVIDED: (service: string, provider?: { name: string; state: string }) =>
    provider
      ? `requires service ${quote(service)} from plugin ${provider.name}, which is ${provider.state}`
      : `requires service ${quote(service)}, which no enabled plugin provides`,
  OC_ERR_PLUGIN_CONFIG: (issues: string) => `invalid config: ${issues}`,
  OC_ERR_PLUGIN_TIMEOUT: (what: string, ms: number) => `${what} did not finish within ${ms} ms`,
  OC_ERR_PLUGIN_API_VERSION: (plugin: string, range: string, hostVersion: string) =>
    `plugin ${plugin} requires plugin API ${range}, but this gateway implements plugin API ${hostVersion}`,
  OC_ERR_PLUGIN_MANIFEST: (where: string, reason: string) => `${where}: ${reason}`,
});

export type HostErrorCode = keyof typeof HOST_ERRORS;
type TemplateArgs<C extends HostErrorCode> = Parameters<(typeof HOST_ERRORS)[C]>;

/** An error raised by the host with a stable code (`err.code`), like fastify's `FST_ERR_*`. */
export class GatewayHostError<C extends HostErrorCode = HostErrorCode> extends Error {
  override readonly name = "GatewayHostError";
  constructor(
    readonly code: C,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Builds the error for `code` from its message template. */
export function hostError<C extends HostErrorCode>(code: C, ...args: TemplateArgs<C>): GatewayHostError<C> {
  const template = HOST_ERRORS[code] as (...a: TemplateArgs<C>) => string;
  return new GatewayHostError(code, template(...args));
}

/** Whether `err` is a host error, optionally of one code. Works across module copies (checks the shape). */
export function isHostError<C extends HostErrorCode>(err: unknown, code?: C): err is GatewayHostError<C> {
  if (!(err instanceof Error) || typeof (err as { code?: unknown }).code !== "string") return false;
  const actual = (err as unknown as { code: string }).code;
  return Object.hasOwn(HOST_ERRORS, actual) && (code === undefined || actual === code);
}

/** The host error code of `err`, if it carries one (for plugin records and `plugins.list`). */
export function hostErrorCode(err: unknown): HostErrorCode | undefined {
  return isHostError(err) ? err.code : undefined;
}
