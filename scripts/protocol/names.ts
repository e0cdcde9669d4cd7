/** The type names generated code uses for a method's params/result and an event's payload, and where it goes. */

/** "node.pair.list" → "NodePairList", "system-presence" → "SystemPresence". */
export function pascalName(wireName: string): string {
  return wireName.split(/[^A-Za-z0-9]+/).filter(Boolean).map((part) => part[0].toUpperCase() + part.slice(1)).join("");
}

export const paramsTypeName = (method: string) => `${pascalName(method)}Params`;
export const resultTypeName = (method: string) => `${pascalName(method)}Result`;
export const eventTypeName = (event: string) => `${pascalName(event)}Event`;

/** Where `npm run protocol:gen` (and `:swift`) write, relative to the repository root. */
export const GENERATED_FILES = {
  json: "docs/protocol-schema.json",
  types: "generated/protocol-types.ts",
  swift: "generated/swift/OpenClawGatewayProtocol.swift",
} as const;
