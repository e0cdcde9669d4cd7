/** A handler result that is already serialized JSON: sent as-is (used for cached snapshots). */
const RAW = Symbol.for("openclaw.rawJson");

export interface RawJson {
  readonly [RAW]: true;
  readonly json: string;
}

export function rawJson(json: string): RawJson {
  return { [RAW]: true, json };
}

export function isRawJson(value: unknown): value is RawJson {
  return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[RAW] === true;
}

/** JSON text of a payload, passing raw JSON through untouched. */
export function payloadJson(value: unknown): string {
  return isRawJson(value) ? value.json : (JSON.stringify(value) ?? "null");
}
