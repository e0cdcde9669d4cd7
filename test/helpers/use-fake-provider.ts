/**
 * One fake provider per test file: started before the tests, reset to the echo reply and every test
 * gateway stopped after each test, closed at the end. Returns a stand-in that always forwards to it.
 */
import { afterAll, afterEach, beforeAll } from "vitest";
import { stopAllTestGateways } from "./gateway.js";
import { lastUserText, startFakeProvider, type FakeProvider } from "./fake-provider.js";

export function useFakeProvider(): FakeProvider {
  let current: FakeProvider | undefined;
  beforeAll(async () => {
    current = await startFakeProvider();
  });
  afterAll(() => current?.close());
  afterEach(async () => {
    current?.setReply((req) => ({ text: `Echo: ${lastUserText(req)}` }));
    await stopAllTestGateways();
  });
  return new Proxy({} as FakeProvider, {
    get(_target, key) {
      if (!current) throw new Error("the fake provider starts in beforeAll; use it inside tests");
      const value = Reflect.get(current, key, current) as unknown;
      return typeof value === "function" ? value.bind(current) : value;
    },
  });
}
