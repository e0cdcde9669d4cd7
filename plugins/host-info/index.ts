/** host-info: `system.info`, the gateway host's identity and resources, read from the running process. */
import { arch, cpus, freemem, hostname, loadavg, platform, release, totalmem, type as osType } from "node:os";
import { statfs } from "node:fs/promises";
import { definePlugin, Type } from "../../core/sdk/plugin.js";

const SystemInfoParams = Type.Object({}, { additionalProperties: false });
const SystemInfoResult = Type.Object({
  machineName: Type.String(),
  hostname: Type.String(),
  platform: Type.String(),
  release: Type.String(),
  arch: Type.String(),
  osLabel: Type.String(),
  port: Type.Optional(Type.Integer()),
  nodeVersion: Type.String(),
  pid: Type.Integer(),
  uptimeMs: Type.Integer(),
  cpuCount: Type.Integer(),
  cpuModel: Type.Optional(Type.String()),
  loadAverage: Type.Optional(Type.Tuple([Type.Number(), Type.Number(), Type.Number()])),
  memoryTotalBytes: Type.Integer(),
  memoryFreeBytes: Type.Integer(),
  processMemory: Type.Optional(Type.Object({ rss: Type.Integer(), heapUsed: Type.Integer(), heapTotal: Type.Integer() })),
  diskTotalBytes: Type.Optional(Type.Integer()),
  diskAvailableBytes: Type.Optional(Type.Integer()),
  diskPath: Type.Optional(Type.String()),
});

export default definePlugin({
  name: "host-info",
  description: "system.info: host name, OS, CPUs, memory and the state directory's disk",
  setup(api) {
    api.registerMethod("system.info", {
      params: SystemInfoParams,
      result: SystemInfoResult,
      scope: "operator.read",
      description: "The gateway host: OS, CPUs, load, memory, this process and the state directory's disk",
      async handler() {
        const cpuList = cpus();
        const mem = process.memoryUsage();
        // The disk figure is the state directory's file system; a platform without statfs just leaves it out.
        const disk = await statfs(api.stateDir).catch(() => undefined);
        const [l1, l5, l15] = loadavg();
        return {
          machineName: hostname(),
          hostname: hostname(),
          platform: platform(),
          release: release(),
          arch: arch(),
          osLabel: `${osType()} ${release()}`,
          port: api.gateway.port,
          nodeVersion: process.version,
          pid: process.pid,
          uptimeMs: Math.round(process.uptime() * 1000),
          cpuCount: cpuList.length,
          ...(cpuList[0]?.model ? { cpuModel: cpuList[0].model } : {}),
          loadAverage: [l1, l5, l15] as [number, number, number],
          memoryTotalBytes: totalmem(),
          memoryFreeBytes: freemem(),
          processMemory: { rss: mem.rss, heapUsed: mem.heapUsed, heapTotal: mem.heapTotal },
          ...(disk ? { diskTotalBytes: disk.blocks * disk.bsize, diskAvailableBytes: disk.bavail * disk.bsize, diskPath: api.stateDir } : {}),
        };
      },
    });
  },
});
