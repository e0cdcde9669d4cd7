/** Who listens on a TCP port (via lsof), and stopping them for `--force`. */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

export interface PortHolder {
  pid: number;
  command: string;
}

export function lsofAvailable(): boolean {
  return ["/usr/bin/lsof", "/usr/sbin/lsof", "/bin/lsof"].some((p) => existsSync(p));
}

/** Listeners on `port`, or null when lsof is not installed. */
export function findPortHolders(port: number): PortHolder[] | null {
  if (!lsofAvailable()) return null;
  let out = "";
  try {
    out = execFileSync("lsof", ["-nP", `-iTCP:${port}`, "-sTCP:LISTEN", "-Fpc"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  } catch (err) {
    out = String((err as { stdout?: string }).stdout ?? ""); // lsof exits 1 when nothing matches
  }
  const holders: PortHolder[] = [];
  let current: Partial<PortHolder> = {};
  for (const line of out.split("\n")) {
    if (line.startsWith("p")) {
      if (current.pid) holders.push({ pid: current.pid, command: current.command ?? "?" });
      current = { pid: Number(line.slice(1)) };
    } else if (line.startsWith("c")) current.command = line.slice(1);
  }
  if (current.pid) holders.push({ pid: current.pid, command: current.command ?? "?" });
  return holders.filter((h) => h.pid !== process.pid);
}

export function describeHolders(holders: PortHolder[]): string {
  return holders.map((h) => `pid ${h.pid} (${h.command})`).join(", ");
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** SIGTERMs every listener on the port and waits until it is free (SIGKILL after `graceMs`). */
export async function stopPortHolders(port: number, graceMs = 5000): Promise<PortHolder[]> {
  const holders = findPortHolders(port);
  if (holders === null) throw new Error("--force needs lsof to find the process on the port, and lsof is not installed (apt-get install lsof)");
  for (const h of holders) {
    try {
      process.kill(h.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    if ((findPortHolders(port) ?? []).length === 0) return holders;
    await sleep(100);
  }
  for (const h of findPortHolders(port) ?? []) {
    try {
      process.kill(h.pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
  await sleep(200);
  return holders;
}
