import { defineConfig } from "vitest/config";
import CountsReporter from "./test/helpers/counts-reporter.js";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: "forks",
    // In-process gateways read TELEGRAM_BOT_TOKEN too: a developer's real token must never be used by a test.
    env: { TELEGRAM_BOT_TOKEN: "" },
    reporters: ["default", new CountsReporter()],
  },
});
