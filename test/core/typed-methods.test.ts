/** registerMethod's types: a handler returning the wrong shape, or a registration without scope, does not type-check. */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const fixture = fileURLToPath(new URL("../fixtures/typed-methods/registrations.ts", import.meta.url));

describe("typed method registrations", () => {
  it("tsc accepts the fixture: each @ts-expect-error line (wrong result shape, wrong field type, missing scope, misused params) is an error", () => {
    let output = "";
    try {
      execFileSync(process.execPath, [
        "node_modules/typescript/bin/tsc", "--noEmit", "--strict", "--skipLibCheck", "--target", "ES2022",
        "--module", "NodeNext", "--moduleResolution", "NodeNext", "--types", "node", fixture,
      ], { cwd: root, encoding: "utf8", stdio: "pipe" });
    } catch (err) {
      output = `${(err as { stdout?: string }).stdout ?? ""}${(err as { stderr?: string }).stderr ?? ""}`;
    }
    // An unused @ts-expect-error (TS2578) means a wrong registration type-checked.
    expect(output).toBe("");
  }, 120_000);
});
