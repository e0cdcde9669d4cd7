/** runHook: tapable's series / bail / parallel semantics, synchronous while taps return plain values. */
import { describe, expect, it } from "vitest";
import { buildHooks, runHook, type TapRecord } from "../../core/hooks.js";
import type { ConnectContext, HelloExtrasContext, ConnectedContext } from "../../core/hooks.js";
import { invalidRequest } from "../../core/errors.js";

const plugin = (name: string, taps: TapRecord[]) => ({ name, taps });
const tap = <N extends TapRecord["hook"]>(hook: N, fn: (ctx: never) => unknown) => ({ hook, fn }) as unknown as TapRecord;

describe("runHook", () => {
  it("runs series taps in plugin order, synchronously when none returns a promise", () => {
    const seen: string[] = [];
    const hooks = buildHooks([
      plugin("a", [tap("helloExtras", () => void seen.push("a"))]),
      plugin("b", [tap("helloExtras", () => void seen.push("b"))]),
    ]);
    const result = runHook(hooks, "helloExtras", {} as HelloExtrasContext);
    expect(result).toBeUndefined();
    expect(seen).toEqual(["a", "b"]);
  });

  it("waits for a tap's promise before the next tap runs", async () => {
    const seen: string[] = [];
    let release!: () => void;
    const hooks = buildHooks([
      plugin("a", [tap("helloExtras", () => new Promise<void>((r) => (release = () => { seen.push("a"); r(); })))]),
      plugin("b", [tap("helloExtras", () => void seen.push("b"))]),
    ]);
    const result = runHook(hooks, "helloExtras", {} as HelloExtrasContext);
    expect(result).toBeInstanceOf(Promise);
    expect(seen).toEqual([]);
    release();
    await result;
    expect(seen).toEqual(["a", "b"]);
  });

  it("a bail hook stops at the first defined result, sync or async", async () => {
    const refused = invalidRequest("no");
    let laterRan = false;
    const sync = buildHooks([
      plugin("a", [tap("onConnect", () => undefined)]),
      plugin("b", [tap("onConnect", () => refused)]),
      plugin("c", [tap("onConnect", () => { laterRan = true; })]),
    ]);
    expect(runHook(sync, "onConnect", {} as ConnectContext)).toBe(refused);
    const async = buildHooks([
      plugin("a", [tap("onConnect", async () => undefined)]),
      plugin("b", [tap("onConnect", async () => refused)]),
      plugin("c", [tap("onConnect", () => { laterRan = true; })]),
    ]);
    expect(await runHook(async, "onConnect", {} as ConnectContext)).toBe(refused);
    expect(laterRan).toBe(false);
  });

  it("a series tap that throws throws to the caller; a rejected one rejects", async () => {
    const boom = buildHooks([plugin("a", [tap("helloExtras", () => { throw new Error("boom"); })])]);
    expect(() => runHook(boom, "helloExtras", {} as HelloExtrasContext)).toThrow("boom");
    const rejects = buildHooks([plugin("a", [tap("helloExtras", async () => { throw new Error("later"); })])]);
    await expect(runHook(rejects, "helloExtras", {} as HelloExtrasContext)).rejects.toThrow("later");
  });

  it("starts every parallel tap even when one throws, then rejects", async () => {
    const seen: string[] = [];
    const hooks = buildHooks([
      plugin("a", [tap("onConnected", () => { throw new Error("first"); })]),
      plugin("b", [tap("onConnected", () => void seen.push("b"))]),
      plugin("c", [tap("onConnected", async () => void seen.push("c"))]),
    ]);
    const result = runHook(hooks, "onConnected", {} as ConnectedContext);
    expect(seen).toEqual(["b", "c"]);
    await expect(result).rejects.toThrow("first");
    const quiet = buildHooks([plugin("b", [tap("onConnected", () => void seen.push("again"))])]);
    expect(runHook(quiet, "onConnected", {} as ConnectedContext)).toBeUndefined();
  });
});
