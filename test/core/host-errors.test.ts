/** Host errors carry stable OC_ERR_* codes: thrown at registration, kept on plugin records, and listed in docs/plugins.md. */
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { startTestGateway, stopAllTestGateways } from "../helpers/gateway.js";
import { definePlugin } from "../../core/plugin-types.js";
import { GatewayHostError, HOST_ERRORS, hostError, isHostError } from "../../core/host-errors.js";
import { MethodRegistry } from "../../core/methods.js";

afterEach(() => stopAllTestGateways());

describe("host errors", () => {
  it("registries throw GatewayHostError with a code", () => {
    const methods = new MethodRegistry();
    methods.register("m", { scope: "operator.read", handler: () => 1 }, "a");
    let thrown: unknown;
    try {
      methods.register("m", { scope: "operator.read", handler: () => 2 }, "b");
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(GatewayHostError);
    expect(isHostError(thrown, "OC_ERR_DUPLICATE_METHOD")).toBe(true);
    expect(isHostError(thrown, "OC_ERR_BAD_SCHEMA")).toBe(false);
    expect(() => methods.register("bad", { scope: "operator.read", params: { type: "nope" } as never, handler: () => 1 }, "a"))
      .toThrow(expect.objectContaining({ code: "OC_ERR_BAD_SCHEMA" }));
  });

  it("a failed or skipped plugin reports the code of its host error in plugins.list", async () => {
    const a = definePlugin({ name: "a", setup(api) { api.registerMethod("same", { scope: "operator.read", handler: () => 1 }); } });
    const b = definePlugin({ name: "b", setup(api) { api.registerMethod("same", { scope: "operator.read", handler: () => 2 }); } });
    const user = definePlugin({ name: "user", setup(api) { api.use("nothing"); } });
    const needy = definePlugin({ name: "needy", requires: ["absent"], setup() {} });
    const plain = definePlugin({ name: "plain", setup() { throw new Error("boom"); } });
    const gw = await startTestGateway({ plugins: [a, b, user, needy, plain] });
    const c = await gw.client();
    const { plugins } = await c.request<{ plugins: Array<{ name: string; state: string; errorCode?: string }> }>("plugins.list");
    const byName = Object.fromEntries(plugins.map((p) => [p.name, p]));
    expect(byName.a).not.toHaveProperty("errorCode");
    expect(byName.b).toMatchObject({ state: "failed", errorCode: "OC_ERR_DUPLICATE_METHOD" });
    expect(byName.user).toMatchObject({ state: "failed", errorCode: "OC_ERR_UNDECLARED_SERVICE" });
    expect(byName.needy).toMatchObject({ state: "skipped", errorCode: "OC_ERR_SERVICE_NOT_PROVIDED" });
    expect(byName.plain).toMatchObject({ state: "failed" });
    expect(byName.plain).not.toHaveProperty("errorCode");
  });

  it("every code is documented in docs/plugins.md and templates name their arguments", () => {
    const docs = readFileSync(new URL("../../docs/plugins.md", import.meta.url), "utf8");
    for (const code of Object.keys(HOST_ERRORS)) expect(docs, code).toContain(`\`${code}\``);
    expect(hostError("OC_ERR_PLUGIN_API_VERSION", "hello", "^2.0.0", "1.0.0").message).toMatch(/hello.*\^2\.0\.0.*1\.0\.0/);
    expect(isHostError(Object.assign(new Error("x"), { code: "toString" }))).toBe(false);
  });
});
