import { defineConfig } from "vitest/config";
import CountsReporter from "./test/helpers/counts-reporter.js";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: "forks",
    // In-process gateways read TELEGRAM_BOT_TOKEN too: a developer's real token must never be used by a test.
    // Every method result and event payload is checked against its schema: a mismatch fails the request loudly.
    env: { TELEGRAM_BOT_TOKEN: "", OPENCLAW_VALIDATE_RESULTS: "1" },
    reporters: ["default", new CountsReporter()],
  },
});
