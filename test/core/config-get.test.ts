/** config.get: the file with secrets hidden, its hash, and whether it validates. */
import { writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { startTestGateway, stopAllTestGateways } from "../helpers/gateway.js";
import type { ConfigSnapshot } from "../../core/config/config-snapshot.js";

afterEach(() => stopAllTestGateways());

describe("config.get", () => {
  it("reports a missing file as valid and empty", async () => {
    const gw = await startTestGateway();
    const c = await gw.client({ scopes: ["operator.read"] });
    const snap = (await c.request("config.get")) as ConfigSnapshot;
    expect(snap).toMatchObject({ exists: false, raw: null, config: {}, valid: true, issues: [] });
  });

  it("hides secrets in both the parsed config and the raw text, and hashes the real text", async () => {
    const gw = await startTestGateway();
    const raw = `{ // mine\n gateway: { mode: "local", auth: { token: "super-secret-token-1" }, remote: { password: "pw-secret-2" } } }`;
    writeFileSync(gw.gateway.info.configPath, raw);
    const c = await gw.client({ scopes: ["operator.read"] });
    const snap = (await c.request("config.get")) as ConfigSnapshot;
    expect(snap.valid).toBe(true);
    expect(snap.config).toEqual({ gateway: { mode: "local", auth: { token: "__OPENCLAW_REDACTED__" }, remote: { password: "__OPENCLAW_REDACTED__" } } });
    expect(snap.raw).not.toContain("super-secret-token-1");
    expect(snap.raw).not.toContain("pw-secret-2");
    expect(snap.raw).toContain("// mine");
    expect(snap.hash).toBe(createHash("sha256").update(raw).digest("hex"));
  });

  it("reports an invalid file with its issues", async () => {
    const gw = await startTestGateway();
    writeFileSync(gw.gateway.info.configPath, `{ gateway: { prot: 1 } }`);
    const c = await gw.client();
    const snap = (await c.request("config.get")) as ConfigSnapshot;
    expect(snap.valid).toBe(false);
    expect(snap.issues).toEqual([{ path: "gateway.prot", message: 'unknown key (did you mean "gateway.port"?)' }]);
    writeFileSync(gw.gateway.info.configPath, `{ gateway: `);
    expect(((await c.request("config.get")) as ConfigSnapshot).issues[0].message).toMatch(/not valid JSON5/);
  });
});
