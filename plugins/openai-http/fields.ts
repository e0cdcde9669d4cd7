/** Reading optional fields of a JSON request body, with errors that name the field. */
import { invalidRequest } from "./http-io.js";

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

export function optionalString(body: Record<string, unknown>, key: string): string | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") throw invalidRequest(`\`${key}\` must be a string`);
  return value;
}

export function optionalBoolean(body: Record<string, unknown>, key: string): boolean {
  const value = body[key];
  if (value === undefined || value === null) return false;
  if (typeof value !== "boolean") throw invalidRequest(`\`${key}\` must be true or false`);
  return value;
}
