/**
 * `npm run protocol:gen`: reads the live registries of a gateway with every built-in plugin and writes
 * docs/protocol-schema.json (JSON Schema) and generated/protocol-types.ts (TypeScript types), which
 * ui/ and cli/ import for every wire shape. `npm run protocol:gen:swift` (`--swift`) writes the Swift
 * models instead. A test regenerates both in memory and fails when a committed file is stale.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { collectProtocol } from "./protocol/collect.js";
import { protocolSchemaJson } from "./protocol/json-schema.js";
import { protocolTypesTs } from "./protocol/typescript.js";
import { protocolSwift } from "./protocol/swift.js";
import { GENERATED_FILES } from "./protocol/names.js";


function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  console.log(`wrote ${path}`);
}

const protocol = await collectProtocol();
if (process.argv.includes("--swift")) {
  write(GENERATED_FILES.swift, await protocolSwift(protocol));
} else {
  write(GENERATED_FILES.json, protocolSchemaJson(protocol));
  write(GENERATED_FILES.types, protocolTypesTs(protocol));
}
