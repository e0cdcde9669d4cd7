/** Protocol generations this gateway speaks. Upstream speaks one at a time; we speak both. */
export const SUPPORTED_PROTOCOLS = [4, 3] as const; // highest first: negotiation picks the first that fits
export type ProtocolVersion = (typeof SUPPORTED_PROTOCOLS)[number];
export const HIGHEST_PROTOCOL: ProtocolVersion = 4;

/** Picks the highest version inside the client's [min, max] range, or null. */
export function negotiateProtocol(min: number, max: number): ProtocolVersion | null {
  for (const v of SUPPORTED_PROTOCOLS) if (min <= v && v <= max) return v;
  return null;
}
