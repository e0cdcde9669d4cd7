/** Shared by `openclaw message …`, `openclaw channels …` and `openclaw pairing …`: media files and status tables. */
import { promises as fs } from "node:fs";
import { extname, resolve } from "node:path";
import { table } from "./nodes-view.js";
import type { ChannelsStatusResult } from "../generated/protocol-types.js";

/** A local file sent with `--media` becomes a data: URL; bigger files must be sent as a URL. */
export const MEDIA_FILE_LIMIT_BYTES = 16 * 1024 * 1024;

const MIME: Record<string, string> = {
  ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png", ".gif": "image/gif", ".webp": "image/webp",
  ".pdf": "application/pdf", ".txt": "text/plain", ".csv": "text/csv", ".json": "application/json", ".zip": "application/zip",
  ".mp4": "video/mp4", ".mov": "video/quicktime", ".mp3": "audio/mpeg", ".ogg": "audio/ogg", ".m4a": "audio/mp4", ".wav": "audio/wav",
};

/** `--media`: an http(s) or data: URL passes through; anything else is a local file read into a data: URL. */
export async function mediaArgument(media: string, cwd = process.cwd()): Promise<string> {
  if (/^(https?:\/\/|data:)/i.test(media)) return media;
  const path = resolve(cwd, media.startsWith("file://") ? new URL(media).pathname : media);
  let size: number;
  try {
    const stat = await fs.stat(path);
    if (!stat.isFile()) throw new Error(`--media ${media}: not a file`);
    size = stat.size;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw code ? new Error(`--media ${media}: cannot read the file (${code})`) : err;
  }
  if (size > MEDIA_FILE_LIMIT_BYTES) {
    throw new Error(`--media ${media} is ${(size / 1024 / 1024).toFixed(1)} MB; a local file may be at most ${MEDIA_FILE_LIMIT_BYTES / 1024 / 1024} MB (host it and pass its https:// URL instead)`);
  }
  const mime = MIME[extname(path).toLowerCase()] ?? "application/octet-stream";
  const name = encodeURIComponent(path.split(/[\\/]/).pop() ?? "file");
  return `data:${mime};name=${name};base64,${(await fs.readFile(path)).toString("base64")}`;
}

/** The `channels.status` answer (the generated wire type). */
export type ChannelsStatus = ChannelsStatusResult;

export function renderChannelsStatus(s: ChannelsStatus, now = Date.now()): string {
  if (!s.channelOrder.length) return "No channels: enable a channel plugin (telegram, whatsapp) and configure it.";
  const rows: string[][] = [];
  const notes: string[] = [];
  for (const id of s.channelOrder) {
    for (const a of s.channelAccounts[id] ?? []) {
      const state = !a.enabled ? "disabled" : !a.configured ? "not configured" : a.connected ? "connected" : a.running ? "not connected" : "stopped";
      rows.push([
        s.channelLabels[id] ?? id, a.accountId, state, a.linked ? "yes" : "no", a.mode ?? "", a.self ?? "",
        a.lastConnectedAt ? age(now - a.lastConnectedAt) : "", a.probe ? (a.probe.ok ? `ok ${a.probe.detail ?? ""}`.trim() : `failed: ${a.probe.detail ?? ""}`) : "",
      ]);
      if (a.enabled && !a.configured && a.unconfiguredReason) notes.push(`${id}/${a.accountId}: ${a.unconfiguredReason}`);
      if (a.lastError) notes.push(`${id}/${a.accountId}: last error: ${a.lastError}`);
    }
  }
  const hasProbe = rows.some((r) => r[7]);
  const header = ["CHANNEL", "ACCOUNT", "STATE", "LINKED", "MODE", "SELF", "CONNECTED", ...(hasProbe ? ["PROBE"] : [])];
  return [table(header, rows.map((r) => (hasProbe ? r : r.slice(0, 7)))), ...notes].join("\n");
}

export function age(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s}s ago`;
  if (s < 3600) return `${Math.round(s / 60)}m ago`;
  if (s < 86400) return `${Math.round(s / 3600)}h ago`;
  return `${Math.round(s / 86400)}d ago`;
}
