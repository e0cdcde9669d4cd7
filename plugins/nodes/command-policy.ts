/**
 * Which commands `node.invoke` may forward to a node: the platform's default allowlist, plus
 * `gateway.nodes.allowCommands`, minus `gateway.nodes.denyCommands` (deny wins), and only commands
 * the node itself declared at connect. A node's declared commands are claims; this is the gateway's rule.
 */
import type { CommandOverrides } from "./config.js";

const CANVAS = ["canvas.present", "canvas.hide", "canvas.navigate", "canvas.eval", "canvas.snapshot", "canvas.a2ui.push", "canvas.a2ui.pushJSONL", "canvas.a2ui.reset"];
const CAMERA = ["camera.list", "camera.snap", "camera.clip"];
const SCREEN = ["screen.record"];
const LOCATION = ["location.get"];
const SMS = ["sms.send"];
const SYSTEM = ["system.run", "system.run.prepare", "system.which", "system.notify", "browser.proxy"];

export type NodePlatform = "ios" | "android" | "macos" | "linux" | "windows" | "unknown";

const DEFAULTS: Record<NodePlatform, readonly string[]> = {
  ios: [...CANVAS, ...CAMERA, ...SCREEN, ...LOCATION],
  android: [...CANVAS, ...CAMERA, ...SCREEN, ...LOCATION, ...SMS],
  macos: [...CANVAS, ...CAMERA, ...SCREEN, ...LOCATION, ...SYSTEM],
  linux: SYSTEM,
  windows: SYSTEM,
  unknown: [...CANVAS, ...CAMERA, ...SCREEN, ...LOCATION, ...SMS, ...SYSTEM],
};

/**
 * Never forwarded from a caller's `node.invoke`, whatever the config says: they would let a caller rewrite
 * the node's own approval rules. The admin-scoped `exec.approvals.node.get|set` relay them instead.
 */
const ALWAYS_REFUSED = /^system\.execApprovals(\.|$)/;

/** Normalizes `client.platform` / `client.deviceFamily` the way upstream does (case-insensitive, prefix match). */
export function normalizePlatform(platform?: string, deviceFamily?: string): NodePlatform {
  for (const raw of [platform, deviceFamily]) {
    const p = (raw ?? "").trim().toLowerCase();
    if (!p) continue;
    if (p.startsWith("ios") || p.startsWith("ipados") || p.startsWith("iphone") || p.startsWith("ipad") || p.startsWith("watchos")) return "ios";
    if (p.startsWith("android")) return "android";
    if (p.startsWith("mac") || p.startsWith("darwin")) return "macos";
    if (p.startsWith("linux")) return "linux";
    if (p.startsWith("win")) return "windows";
  }
  return "unknown";
}

const matches = (pattern: string, command: string) =>
  pattern.endsWith(".*") ? command.startsWith(pattern.slice(0, -1)) : pattern === command;

export type CommandVerdict = { ok: true } | { ok: false; reason: string };

export class CommandPolicy {
  constructor(private readonly overrides: CommandOverrides) {}

  /** Whether the gateway allows `command` on this platform (before looking at what the node declared). */
  allowlisted(command: string, platform: NodePlatform): boolean {
    if (ALWAYS_REFUSED.test(command)) return false;
    if (this.overrides.denyCommands.some((p) => matches(p, command))) return false;
    return DEFAULTS[platform].includes(command) || this.overrides.allowCommands.some((p) => matches(p, command));
  }

  /** The full check `node.invoke` makes: allowlisted for the node's platform and declared by the node. */
  check(command: string, node: { platform: NodePlatform; declared: readonly string[] }): CommandVerdict {
    if (!this.allowlisted(command, node.platform)) return { ok: false, reason: "command not allowlisted" };
    if (node.declared.length === 0) return { ok: false, reason: "node did not declare commands" };
    if (!node.declared.includes(command)) return { ok: false, reason: "command not declared by node" };
    return { ok: true };
  }

  /** What a node can actually be asked to do: its declared commands that pass the allowlist. */
  effective(node: { platform: NodePlatform; declared: readonly string[] }): string[] {
    return node.declared.filter((c) => this.allowlisted(c, node.platform));
  }
}
