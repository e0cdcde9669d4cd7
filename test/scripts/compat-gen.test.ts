/** docs/compatibility.md is current: regenerated in memory from the live registry and the hand-kept upstream list. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { Type } from "@sinclair/typebox";
import { collectProtocol, type MethodDescription } from "../../scripts/protocol/collect.js";
import { COMPAT_DOC, renderCompatibility, supportOf } from "../../scripts/compat/render.js";
import { UPSTREAM_METHODS } from "../../scripts/compat/upstream-methods.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
let methods: MethodDescription[];
beforeAll(async () => {
  ({ methods } = await collectProtocol());
}, 60_000);

describe("npm run compat:gen", () => {
  it("the committed docs/compatibility.md matches the live registry", () => {
    const committed = readFileSync(join(root, COMPAT_DOC), "utf8");
    expect(renderCompatibility(methods) === committed, `${COMPAT_DOC} is stale: run npm run compat:gen`).toBe(true);
  });

  it("marks each upstream method by what the registry holds, and lists the extras", () => {
    const fake = (name: string, description?: string): MethodDescription => ({ name, owner: "x", scope: "operator.read", description, params: Type.Object({}) });
    expect(supportOf(undefined)).toBe("absent");
    expect(supportOf(fake("talk.catalog", "Empty state: this gateway has no talk providers."))).toBe("empty-state");
    expect(supportOf(fake("health", "Health summary"))).toBe("implemented");
    const doc = renderCompatibility([fake("health", "ok"), fake("talk.catalog", "empty state: none"), fake("weather.get")]);
    expect(doc).toMatch(/\| `health` \| ✅ implemented \| operator\.read \| x \|/);
    expect(doc).toMatch(/\| `talk\.catalog` \| ⚪ empty state \|/);
    expect(doc).toMatch(/\| `wake` \| — absent \| {2}\| {2}\|/);
    expect(doc).toContain("- `weather.get` (x)");
    expect(doc).toContain(`Of its ${new Set(UPSTREAM_METHODS).size} methods, this gateway implements 1, answers 1`);
    // every upstream name appears exactly once
    for (const name of ["config.schema", "message.action", "sessions.list"]) expect(doc.split(`| \`${name}\` |`).length - 1).toBe(1);
  });

  it("the hand-kept list is sorted and has no duplicates (easy to review when replaced)", () => {
    expect([...UPSTREAM_METHODS]).toEqual([...new Set(UPSTREAM_METHODS)].sort());
  });
});
