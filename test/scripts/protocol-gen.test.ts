/**
 * The generated protocol files are current (regenerated in memory from the live registries and
 * compared with the committed ones), every built-in method and event has a schema, the Swift models
 * cover every method and event and are deterministic, and each plugin README lists exactly its methods.
 */
import { readFileSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { collectProtocol, type ProtocolDescription } from "../../scripts/protocol/collect.js";
import { protocolSchemaJson } from "../../scripts/protocol/json-schema.js";
import { protocolTypesTs } from "../../scripts/protocol/typescript.js";
import { protocolSwift } from "../../scripts/protocol/swift.js";
import { eventTypeName, GENERATED_FILES, paramsTypeName, resultTypeName } from "../../scripts/protocol/names.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const committed = (path: string) => readFileSync(join(root, path), "utf8");
const STALE = "is stale: run npm run protocol:gen";

let protocol: ProtocolDescription;
beforeAll(async () => {
  protocol = await collectProtocol();
}, 60_000);

describe("npm run protocol:gen", () => {
  it("every built-in method declares a result schema and every event a payload schema", () => {
    expect(protocol.methods.length).toBeGreaterThan(40);
    expect(protocol.methods.filter((m) => !m.result).map((m) => m.name)).toEqual([]);
    expect(protocol.events.filter((e) => !e.payload).map((e) => e.name)).toEqual([]);
  });

  it("the committed JSON Schema and TypeScript types match the live registries", () => {
    expect(protocolSchemaJson(protocol) === committed(GENERATED_FILES.json), `${GENERATED_FILES.json} ${STALE}`).toBe(true);
    expect(protocolTypesTs(protocol) === committed(GENERATED_FILES.types), `${GENERATED_FILES.types} ${STALE}`).toBe(true);
  });

  it("Swift: a model for every method's params and result and every event payload; two runs are byte-identical and match the committed file", async () => {
    const first = await protocolSwift(protocol);
    const second = await protocolSwift(protocol);
    expect(second === first, "two runs differ").toBe(true);
    const names = [
      ...protocol.methods.flatMap((m) => [paramsTypeName(m.name), resultTypeName(m.name)]),
      ...protocol.events.map((e) => eventTypeName(e.name)),
    ];
    // quicktype spells acronyms its own way (A2ui → A2UI): compare names case-insensitively.
    const missing = names.filter((name) => !new RegExp(`^public (struct|typealias|enum) ${name}\\b`, "mi").test(first));
    expect(missing).toEqual([]);
    expect(first === committed(GENERATED_FILES.swift), `${GENERATED_FILES.swift} is stale: run npm run protocol:gen:swift`).toBe(true);
  }, 60_000);
});

/** Scope words the README tables use → the registry's scope. */
const SCOPE_WORDS: Record<string, string> = { read: "operator.read", write: "operator.write", admin: "operator.admin", pairing: "operator.pairing", approvals: "operator.approvals", node: "node", any: "any" };

/** Method name → scope cell of every row in the README's tables whose header starts with `| method |`. */
function methodTableRows(text: string): Map<string, string> {
  const rows = new Map<string, string>();
  let inMethodTable = false;
  for (const line of text.split("\n")) {
    if (!line.startsWith("|")) {
      inMethodTable = false;
      continue;
    }
    if (/^\| method \|/.test(line)) inMethodTable = true;
    const match = inMethodTable ? /^\| `([^`]+)` \| ([^|]+) \|/.exec(line) : null;
    if (match) rows.set(match[1], match[2].trim());
  }
  return rows;
}

describe("plugin README method tables", () => {
  it("each plugin README's table lists exactly the methods the plugin registers, with their scopes (or names each one)", () => {
    const owners = [...new Set(protocol.methods.map((m) => m.owner))].filter((o) => o !== "core");
    const problems: string[] = [];
    for (const owner of owners) {
      const path = join(root, "plugins", owner, "README.md");
      if (!existsSync(path)) {
        problems.push(`${owner}: no README.md`);
        continue;
      }
      const text = readFileSync(path, "utf8");
      const registered = protocol.methods.filter((m) => m.owner === owner);
      const rows = methodTableRows(text);
      const hasTable = rows.size > 0;
      for (const m of registered) {
        if (!hasTable) {
          if (!text.includes(`\`${m.name}\``)) problems.push(`${owner}: README does not name method ${m.name}`);
          continue;
        }
        const scope = rows.get(m.name);
        if (scope === undefined) problems.push(`${owner}: README table lacks method ${m.name}`);
        else if (SCOPE_WORDS[scope.split(/[\s(+]/)[0]] !== m.scope) problems.push(`${owner}: README says ${m.name} needs "${scope}", the registry says ${m.scope}`);
      }
      for (const name of rows.keys()) {
        if (!registered.some((m) => m.name === name)) problems.push(`${owner}: README table lists ${name}, which it does not register`);
      }
    }
    expect(problems).toEqual([]);
  });
});
