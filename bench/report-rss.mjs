// Preloaded into a CLI run by bench/startup-cost.mjs (node --import): on exit, appends this process's
// peak RSS (KiB) and CPU time (µs) to $OC_BENCH_RSS_FILE, so the bench measures the CLI process itself.
import { appendFileSync } from "node:fs";

process.on("exit", () => {
  const u = process.resourceUsage();
  appendFileSync(process.env.OC_BENCH_RSS_FILE, `${u.maxRSS} ${u.userCPUTime + u.systemCPUTime}\n`);
});
