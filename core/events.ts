/**
 * Event delivery: declared events, broadcast with per-connection `seq` and scope filtering,
 * `stateVersion` counters and targeted events. The slow-consumer budget is enforced by Connection.send.
 */
import type { ActivityCounter } from "./activity.js";
import { hasScope } from "./protocol/scopes.js";
import type { StateVersion } from "./protocol/frames.js";
import type { ProtocolVersion } from "./protocol/version.js";
import type { Connection } from "./connection.js";
import type { EmitOptions, EventPayload, EventSpec } from "./types.js";
import { payloadJson } from "./rawjson.js";
import { outputChecker } from "./methods.js";
import type { Logger } from "./log.js";
import { GatewayHostError, HOST_ERRORS, hostError } from "./host-errors.js";

export interface DeclaredEvent {
  name: string;
  owner: string;
  spec: EventSpec;
  /** Error text when payload validation is on and a payload does not match `spec.payload`; else null. */
  checkPayload(payload: unknown): string | null;
}

export interface EventBusOptions {
  /** Check every payload against its declared schema (the same debug flag as method results). */
  validatePayloads?: boolean;
  /** Where a payload that does not match its schema is reported. */
  log?: Logger;
  /** Bumped once per emitted event (see ActivityCounter). */
  activity?: ActivityCounter;
}

export class EventBus {
  readonly stateVersion: StateVersion = { presence: 1, health: 1 };
  private readonly declared = new Map<string, DeclaredEvent>();
  private namesCache: string[] | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly connections: () => Iterable<Connection>,
    /** Finds one connection by id (targeted events must not scan every socket). */
    private readonly byId: (id: string) => Connection | undefined,
    private readonly options: EventBusOptions = {},
  ) {}

  /** Declares an event; its payload schema (if any) is compiled now, so a bad one fails the declaring plugin's setup. */
  declare(name: string, spec: EventSpec, owner: string): () => void {
    const existing = this.declared.get(name);
    if (existing) throw hostError("OC_ERR_DUPLICATE_EVENT", name, existing.owner, owner);
    const checkPayload = outputChecker(spec.payload, `event ${name}: its payload`, this.options.validatePayloads === true);
    const entry: DeclaredEvent = { name, owner, spec, checkPayload };
    this.declared.set(name, entry);
    this.changed();
    return () => {
      if (this.declared.get(name) === entry) {
        this.declared.delete(name);
        this.changed();
      }
    };
  }

  names(): string[] {
    this.namesCache ??= [...this.declared.keys()];
    return this.namesCache;
  }

  spec(name: string): EventSpec | undefined {
    return this.declared.get(name)?.spec;
  }

  /** Every declared event, in declaration order (for `npm run protocol:gen`). */
  list(): readonly DeclaredEvent[] {
    return [...this.declared.values()];
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Broadcasts (or targets, with `to`) a declared event. Returns how many connections got it. A payload
   * JSON cannot encode (a BigInt, a cycle) throws to the emitter, before any connection counts a `seq`.
   */
  emit(event: string, payload: EventPayload, options: EmitOptions = {}): number {
    const declared = this.declared.get(event);
    if (!declared) throw hostError("OC_ERR_UNDECLARED_EVENT", event);
    this.options.activity?.bump();
    const { spec } = declared;
    const json = payloadSerializer(event, payload, (value) => this.check(declared, value));
    if (options.to !== undefined) return this.sendTargeted(event, json, options.to, spec.droppable === true);
    if (spec.stateVersion) this.stateVersion[spec.stateVersion] += 1;
    const sv = spec.stateVersion ? `,"stateVersion":${JSON.stringify(this.stateVersion)}` : "";
    const head = `{"type":"event","event":${JSON.stringify(event)},"payload":`;
    let delivered = 0;
    for (const conn of this.connections()) {
      if (conn.state !== "open" || !this.mayReceive(conn, spec)) continue;
      const text = json(conn.protocol); // before the seq: a payload that cannot be encoded leaves no gap
      // The seq advances even when a droppable event is skipped: the client sees the gap and refreshes.
      conn.seq += 1;
      if (conn.send(`${head}${text},"seq":${conn.seq}${sv}}`, { droppable: spec.droppable })) delivered += 1;
    }
    return delivered;
  }

  private sendTargeted(event: string, json: (p: ProtocolVersion) => string, to: string | readonly string[], droppable: boolean): number {
    let delivered = 0;
    for (const id of new Set(typeof to === "string" ? [to] : to)) {
      const conn = this.byId(id);
      if (conn?.state !== "open") continue;
      if (conn.sendTargetedEvent(event, json(conn.protocol), droppable)) delivered += 1;
    }
    return delivered;
  }

  private mayReceive(conn: Connection, spec: EventSpec): boolean {
    if (!spec.scope || spec.scope === "any") return true;
    return conn.role === "operator" && hasScope(conn.scopes, spec.scope);
  }

  private changed(): void {
    this.namesCache = null;
    for (const l of this.listeners) l();
  }

  /** Under the debug flag: a payload that does not match its schema is logged (naming the plugin) and thrown to the emitter. */
  private check(declared: DeclaredEvent, payload: unknown): void {
    const problem = declared.checkPayload(payload);
    if (problem === null) return;
    const message = `event ${declared.name} payload does not match its schema: ${problem}`;
    this.options.log?.error(message, { plugin: declared.owner });
    throw new Error(message);
  }
}

/** Serializes a payload at most once per protocol generation (checking each produced payload first). */
function payloadSerializer(event: string, payload: EventPayload, check: (value: unknown) => void): (p: ProtocolVersion) => string {
  if (typeof payload !== "function") {
    check(payload);
    const json = encode(event, payload);
    return () => json;
  }
  const cache = new Map<ProtocolVersion, string>();
  return (p) => {
    let json = cache.get(p);
    if (json === undefined) {
      const value = (payload as (p: ProtocolVersion) => unknown)(p);
      check(value);
      json = encode(event, value);
      cache.set(p, json);
    }
    return json;
  };
}

function encode(event: string, payload: unknown): string {
  try {
    return payloadJson(payload ?? null);
  } catch (err) {
    throw new GatewayHostError("OC_ERR_EVENT_NOT_JSON", HOST_ERRORS.OC_ERR_EVENT_NOT_JSON(event, (err as Error).message), { cause: err });
  }
}
