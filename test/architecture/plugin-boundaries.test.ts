/**
 * Plugins meet only through services and the SDK. Every file under plugins/ is parsed (static imports,
 * `import type`, `export … from`, dynamic `import()`, `import("…")` types, `require`), and each module
 * it names must be one of: a package (npm or `node:`), a file of its own plugin, the SDK entry
 * (`core/sdk/plugin.ts` or `openclaw-gateway-host/plugin`), or — type-only — another plugin's
 * `contract.ts`. No exceptions list: a new exception means changing the SDK or a contract instead.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const PLUGINS = join(ROOT, "plugins");
const SDK_ENTRY = "core/sdk/plugin.ts";
const SDK_PACKAGE = "openclaw-gateway-host/plugin";
const COMPOSITION_ROOT = "plugins/index.ts";

interface ModuleRef {
  specifier: string;
  typeOnly: boolean;
  line: number;
}

/** Every module a source file names, with whether the reference is erased at run time. */
function moduleRefs(fileName: string, text: string): ModuleRef[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const refs: ModuleRef[] = [];
  const add = (node: ts.Node, literal: ts.Expression | undefined, typeOnly: boolean) => {
    if (!literal || !ts.isStringLiteralLike(literal)) {
      if (literal) refs.push({ specifier: `<computed ${literal.getText(source)}>`, typeOnly, line: lineOf(node) });
      return;
    }
    refs.push({ specifier: literal.text, typeOnly, line: lineOf(node) });
  };
  const lineOf = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const namedAllTypes =
        !!clause && !clause.name && !!clause.namedBindings && ts.isNamedImports(clause.namedBindings) &&
        clause.namedBindings.elements.length > 0 && clause.namedBindings.elements.every((e) => e.isTypeOnly);
      add(node, node.moduleSpecifier, !!clause && (clause.isTypeOnly || namedAllTypes));
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
      const namedAllTypes =
        !!node.exportClause && ts.isNamedExports(node.exportClause) &&
        node.exportClause.elements.length > 0 && node.exportClause.elements.every((e) => e.isTypeOnly);
      add(node, node.moduleSpecifier, node.isTypeOnly || namedAllTypes);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      add(node, node.moduleReference.expression, node.isTypeOnly);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node, node.argument.literal as ts.Expression, true);
    } else if (ts.isCallExpression(node)) {
      const isDynamicImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire = ts.isIdentifier(node.expression) && node.expression.text === "require";
      if (isDynamicImport || isRequire) add(node, node.arguments[0], false);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return refs;
}

/** Why `ref` in the repo file `file` (a path relative to the repo root) breaks the boundaries, or null. */
function violation(file: string, ref: ModuleRef): string | null {
  const where = `${file}:${ref.line} imports "${ref.specifier}"`;
  const spec = ref.specifier;
  if (spec.startsWith("<computed")) return `${where}: a computed module name cannot be checked`;
  if (!spec.startsWith(".") && !spec.startsWith("/")) {
    if (spec === "openclaw-gateway-host" || (spec.startsWith("openclaw-gateway-host/") && spec !== SDK_PACKAGE)) {
      return `${where}: only ${SDK_PACKAGE} is the plugin surface`;
    }
    return null; // a package or a node: builtin
  }
  const target = relative(ROOT, resolve(ROOT, dirname(file), spec)).split(sep).join("/").replace(/\.js$/, ".ts");
  if (target === SDK_ENTRY) return null;
  if (target.startsWith("core/")) return `${where}: plugins use the SDK entry (${SDK_ENTRY}), not core internals`;
  const own = file.split("/")[1];
  const [top, plugin, ...rest] = target.split("/");
  if (top !== "plugins" || plugin === undefined || rest.length === 0) {
    return `${where}: outside plugins/ and not the SDK entry`;
  }
  if (file === COMPOSITION_ROOT) {
    return rest.join("/") === "index.ts" ? null : `${where}: the composition root lists plugins by their index.ts only`;
  }
  if (plugin === own) return null;
  if (rest.join("/") !== "contract.ts") return `${where}: another plugin's files are private; use its contract.ts or a service`;
  return ref.typeOnly ? null : `${where}: a contract is imported with \`import type\` only`;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return /\.(ts|mts|js|mjs)$/.test(name) ? [path] : [];
  });
}

const repoPath = (abs: string) => relative(ROOT, abs).split(sep).join("/");

describe("plugin boundaries", () => {
  const files = tsFiles(PLUGINS);

  it("every file under plugins/ imports only packages, its own plugin, the SDK entry and other plugins' contracts", () => {
    expect(files.length).toBeGreaterThan(50);
    const problems = files.flatMap((abs) => {
      const file = repoPath(abs);
      return moduleRefs(file, readFileSync(abs, "utf8")).map((ref) => violation(file, ref)).filter((v): v is string => v !== null);
    });
    expect(problems).toEqual([]);
  });

  it("a contract.ts holds types only (nothing of it exists at run time)", () => {
    const contracts = files.filter((f) => f.endsWith(`${sep}contract.ts`));
    expect(contracts.map(repoPath).sort()).toEqual(["plugins/agent/contract.ts", "plugins/channels/contract.ts", "plugins/nodes/contract.ts", "plugins/presence/contract.ts"]);
    for (const abs of contracts) {
      const output = ts.transpileModule(readFileSync(abs, "utf8"), { compilerOptions: { module: ts.ModuleKind.ESNext, verbatimModuleSyntax: false } }).outputText;
      const runtime = output.replace(/\/\/.*$/gm, "").replace(/\/\*[\s\S]*?\*\//g, "").replace(/export\s*\{\s*\};?/g, "").trim();
      expect(runtime, repoPath(abs)).toBe("");
    }
  });

  it("the checker itself catches every form of import (so a pass is not vacuous)", () => {
    const file = "plugins/telegram/example.ts";
    const text = [
      'import { a } from "../../core/errors.js";',
      'import type { B } from "../channels/registry.js";',
      'import { C } from "../channels/contract.js";',
      'export { d } from "../agent/run-loop.js";',
      'export type { E } from "../../core/types.js";',
      'const f = await import("../nodes/index.js");',
      'type G = import("../../core/log.js").Logger;',
      'const h = require("../canvas/config.js");',
      'const name = "x"; await import(name);',
      'import { i } from "openclaw-gateway-host";',
      'import { j } from "../../cli/run/banner.js";',
      // allowed:
      'import { definePlugin } from "../../core/sdk/plugin.js";',
      'import { Type } from "openclaw-gateway-host/plugin";',
      'import type { ChannelsService } from "../channels/contract.js";',
      'import { type AgentService } from "../agent/contract.js";',
      'import { readFile } from "node:fs/promises";',
      'import { Bot } from "grammy";',
      'import { send } from "./send.js";',
    ].join("\n");
    const flagged = moduleRefs(file, text).map((ref) => violation(file, ref)).filter((v) => v !== null);
    expect(flagged).toHaveLength(11);
    expect(violation(COMPOSITION_ROOT, { specifier: "./canvas/index.js", typeOnly: false, line: 1 })).toBeNull();
    expect(violation(COMPOSITION_ROOT, { specifier: "./canvas/config.js", typeOnly: false, line: 1 })).not.toBeNull();
  });
});
