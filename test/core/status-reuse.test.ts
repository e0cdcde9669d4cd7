/**
 * `status` reuses its last answer for calls that arrive while nothing else happened, and never hides a
 * change: a request, an event, a connection or a plugin change in between makes the next call rebuild it,
 * and a change nobody was told about shows within the reuse window (100 ms).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestGateway, sleep, type TestGateway } from "../helpers/gateway.js";
import { definePlugin } from "../../core/plugin-types.js";

describe("status reuse", () => {
  let gw: TestGateway;
  const state = { counter: 0, builds: 0 };
  const probe = definePlugin({
    name: "status-probe",
    setup(api) {
      api.registerStatus(() => {
        state.builds += 1;
        return { statusProbe: { counter: state.counter } };
      });
      api.registerMethod("statusProbe.bump", { scope: "operator.write", handler: () => ({ counter: ++state.counter }) });
      api.declareEvent("statusProbe.changed", { scope: "operator.read" });
      api.registerMethod("statusProbe.bumpQuietly", {
        scope: "operator.write",
        // changes the section on a later tick, after this request was answered, and tells nobody
        handler: () => {
          setTimeout(() => (state.counter += 1), 5);
          return { ok: true };
        },
      });
    },
  });
  type Status = { statusProbe: { counter: number }; uptimeMs: number; connections: { operators: number } };

  beforeAll(async () => {
    gw = await startTestGateway({ plugins: [probe] });
  });
  afterAll(() => gw.stop());

  it("a burst of status calls with nothing in between is built once", async () => {
    const c = await gw.client();
    await c.request("status");
    const before = state.builds;
    const answers = (await Promise.all(Array.from({ length: 20 }, () => c.request("status")))) as Status[];
    // All 20 were dispatched back to back in well under 100 ms on any machine that runs this suite.
    expect(state.builds - before).toBeLessThanOrEqual(3); // 20 without reuse; a GC pause may split the burst
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBeLessThanOrEqual(3);
  });

  it("a change made by a request shows in the very next status", async () => {
    const c = await gw.client();
    const first = (await c.request("status")) as Status;
    await c.request("statusProbe.bump");
    const second = (await c.request("status")) as Status;
    expect(second.statusProbe.counter).toBe(first.statusProbe.counter + 1);
  });

  it("a connection opening or closing shows in the very next status", async () => {
    const c = await gw.client();
    const before = (await c.request("status")) as Status;
    const other = await gw.client();
    const during = (await c.request("status")) as Status;
    expect(during.connections.operators).toBe(before.connections.operators + 1);
    await other.close();
    await sleep(50); // the server sees the close
    const after = (await c.request("status")) as Status;
    expect(after.connections.operators).toBe(before.connections.operators);
  });

  it("an event emitted in between makes the next status rebuild", async () => {
    const c = await gw.client();
    await c.request("status");
    const before = state.builds;
    gw.gateway.events.emit("statusProbe.changed", {});
    await c.request("status");
    expect(state.builds).toBe(before + 1);
  });

  it("a change nobody announced shows once the reuse window has passed", async () => {
    const c = await gw.client();
    await c.request("statusProbe.bumpQuietly");
    await sleep(20); // the quiet change has happened
    const expected = state.counter;
    await c.request("status"); // may still be the answer built before the change, within 100 ms
    await sleep(150);
    const later = (await c.request("status")) as Status;
    expect(later.statusProbe.counter).toBe(expected);
  });
});
