/** Config loading: JSON5 through cosmiconfig, $include (replace, merge, siblings, depth, cycles), ${VAR}. */
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfigFile, ConfigFileError } from "../../core/config/load.js";

function dir(files: Record<string, string>): string {
  const d = mkdtempSync(join(tmpdir(), "ocgw-cfg-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(d, name, ".."), { recursive: true });
    writeFileSync(join(d, name), text);
  }
  return d;
}

const load = (d: string, env: Record<string, string> = {}) => loadConfigFile(join(d, "openclaw.json"), env);
const error = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigFileError);
    return (err as Error).message;
  }
  throw new Error("expected an error");
};

describe("config loading", () => {
  it("reads JSON5 (comments, trailing commas, unquoted keys) and reports a missing file as empty", () => {
    const d = dir({ "openclaw.json": `// hi\n{ gateway: { port: 1234, }, }` });
    expect(load(d).raw).toEqual({ gateway: { port: 1234 } });
    expect(loadConfigFile(join(d, "nope.json"))).toMatchObject({ exists: false, raw: {} });
  });

  it("names the file, line and column of a syntax error", () => {
    const d = dir({ "openclaw.json": `{\n  gateway: { port: 1 }\n  oops\n}` });
    expect(error(() => load(d))).toMatch(/openclaw\.json is not valid JSON5 at line 3, column 3/);
  });

  it("$include of one file replaces the object; siblings override it", () => {
    const d = dir({
      "openclaw.json": `{ gateway: { $include: "./gw.json5", port: 2000 } }`,
      "gw.json5": `{ port: 1000, bind: "lan", auth: { mode: "token" } }`,
    });
    const r = load(d);
    expect(r.raw).toEqual({ gateway: { port: 2000, bind: "lan", auth: { mode: "token" } } });
    expect(r.files).toEqual([join(d, "openclaw.json"), join(d, "gw.json5")]);
  });

  it("a list of includes deep-merges in order, relative to each including file", () => {
    const d = dir({
      "openclaw.json": `{ $include: ["./parts/a.json5", "./parts/b.json5"] }`,
      "parts/a.json5": `{ gateway: { port: 1, auth: { mode: "token", token: "a" } }, plugins: { load: { paths: ["x"] } } }`,
      "parts/b.json5": `{ gateway: { auth: { token: "b" } }, $include: "./c.json5" }`,
      "parts/c.json5": `{ logging: { level: "warn" } }`,
    });
    expect(load(d).raw).toEqual({
      gateway: { port: 1, auth: { mode: "token", token: "b" } },
      plugins: { load: { paths: ["x"] } },
      logging: { level: "warn" },
    });
  });

  it("reports a missing include with its resolved path, a cycle with its chain, and depth over 10", () => {
    const missing = dir({ "openclaw.json": `{ $include: "./nope.json5" }` });
    expect(error(() => load(missing))).toContain(`included file ${join(missing, "nope.json5")} does not exist`);
    const cyc = dir({ "openclaw.json": `{ $include: "./a.json5" }`, "a.json5": `{ $include: "./b.json5" }`, "b.json5": `{ $include: "./a.json5" }` });
    expect(error(() => load(cyc))).toBe(`$include cycle: ${["openclaw.json", "a.json5", "b.json5", "a.json5"].map((f) => join(cyc, f)).join(" -> ")}`);
    const files: Record<string, string> = { "openclaw.json": `{ $include: "./f1.json5" }` };
    for (let i = 1; i <= 12; i++) files[`f${i}.json5`] = i === 12 ? `{}` : `{ $include: "./f${i + 1}.json5" }`;
    expect(error(() => load(dir(files)))).toMatch(/\$include nesting deeper than 10 levels/);
    const bad = dir({ "openclaw.json": `{ gateway: { $include: "./list.json5", port: 1 } }`, "list.json5": `[1, 2]` });
    expect(error(() => load(bad))).toMatch(/brings in a non-object, so the keys beside it cannot be merged/);
    const parseErr = dir({ "openclaw.json": `{ $include: "./broken.json5" }`, "broken.json5": `{ x: ` });
    expect(error(() => load(parseErr))).toContain(`config ${join(parseErr, "broken.json5")} is not valid JSON5`);
  });

  it("substitutes ${VAR} (upper-case only) in strings, after includes; $${VAR} escapes", () => {
    const d = dir({
      "openclaw.json": `{ gateway: { auth: { token: "\${GW_TOKEN}" }, remote: { url: "ws://\${HOST_NAME}:1/\${lower}", password: "$\${LITERAL}" } }, $include: "./extra.json5" }`,
      "extra.json5": `{ logging: { dir: "\${LOG_DIR}/logs" } }`,
    });
    expect(load(d, { GW_TOKEN: "t0k", HOST_NAME: "box", LOG_DIR: "/var" }).raw).toEqual({
      gateway: { auth: { token: "t0k" }, remote: { url: "ws://box:1/${lower}", password: "${LITERAL}" } },
      logging: { dir: "/var/logs" },
    });
  });

  it("a missing or empty variable is an error naming the key path", () => {
    const d = dir({ "openclaw.json": `{ gateway: { auth: { token: "\${GW_TOKEN}" } } }` });
    expect(error(() => load(d, {}))).toMatch(/gateway\.auth\.token: environment variable GW_TOKEN is not set/);
    expect(error(() => load(d, { GW_TOKEN: "" }))).toMatch(/GW_TOKEN is not set \(or is empty\)/);
  });
});
