/** Outbound media: load an http(s) or data: URL (bounded) and shape it as an image/video/audio/document message. */
import { basename } from "node:path";
import { GatewayError, ERROR_CODES } from "../../core/sdk/plugin.js";
import type { WaOutboundContent } from "./socket.js";
import { fetchMedia, type MediaFetchError } from "./media-fetch.js";

/** WhatsApp's own limits are 16 MB for photos and video and 100 MB for documents. */
export const MAX_MEDIA_BYTES = 64 * 1024 * 1024;
export const MEDIA_FETCH_TIMEOUT_MS = 30_000;

export interface LoadedMedia {
  data: Buffer;
  mimetype: string;
  fileName: string;
}

const EXTENSIONS: Record<string, string> = {
  jpg: "image/jpeg", jpeg: "image/jpeg", png: "image/png", gif: "image/gif", webp: "image/webp",
  mp4: "video/mp4", mov: "video/quicktime", "3gp": "video/3gpp",
  mp3: "audio/mpeg", m4a: "audio/mp4", ogg: "audio/ogg", opus: "audio/ogg", wav: "audio/wav", aac: "audio/aac",
  pdf: "application/pdf", txt: "text/plain", csv: "text/csv", json: "application/json", zip: "application/zip",
};

const invalid = (message: string) => new GatewayError(ERROR_CODES.INVALID_REQUEST, message);

function mimeFromName(name: string): string | undefined {
  const ext = name.toLowerCase().split(".").pop() ?? "";
  return EXTENSIONS[ext];
}

function tooLarge(size: number): GatewayError {
  return invalid(`media is ${Math.ceil(size / 1024 / 1024)} MB; this gateway sends WhatsApp media of at most ${MAX_MEDIA_BYTES / 1024 / 1024} MB`);
}

function fromDataUrl(url: string): LoadedMedia {
  const match = /^data:([^,]*?),(.*)$/s.exec(url);
  if (!match) throw invalid("mediaUrl is a malformed data: URL (expected data:<mime>;base64,<data>)");
  const params = match[1].split(";");
  const base64 = params.includes("base64");
  const mimetype = params[0] || "application/octet-stream";
  const data = base64 ? Buffer.from(match[2], "base64") : Buffer.from(decodeURIComponent(match[2]), "utf8");
  if (data.length === 0) throw invalid("mediaUrl is an empty data: URL");
  if (data.length > MAX_MEDIA_BYTES) throw tooLarge(data.length);
  const ext = Object.entries(EXTENSIONS).find(([, mime]) => mime === mimetype)?.[0] ?? "bin";
  return { data, mimetype, fileName: `file.${ext}` };
}

async function fromHttp(url: URL, options: LoadMediaOptions): Promise<LoadedMedia> {
  let fetched;
  try {
    fetched = await fetchMedia(url, { maxBytes: MAX_MEDIA_BYTES, timeoutMs: MEDIA_FETCH_TIMEOUT_MS, signal: options.signal, allowPrivateNetwork: options.allowPrivateNetwork });
  } catch (err) {
    const e = err as MediaFetchError;
    const where = `${url.origin}${url.pathname}`;
    if (e.kind === "too-large") throw invalid(`media at ${where} is larger than ${MAX_MEDIA_BYTES / 1024 / 1024} MB, the most this gateway sends`);
    if (e.kind === "blocked") throw invalid(`refusing to fetch media from ${where}: ${e.message}`);
    const retryable = e.kind === "network" || (e.status ?? 0) >= 500;
    throw new GatewayError(ERROR_CODES.UNAVAILABLE, `could not fetch media from ${where}: ${e.message}`, { retryable });
  }
  const fileName = safeDecode(basename(fetched.url.pathname)) || "file";
  const header = fetched.contentType?.split(";")[0].trim().toLowerCase();
  const mimetype = header && header !== "application/octet-stream" ? header : (mimeFromName(fileName) ?? "application/octet-stream");
  return { data: fetched.data, mimetype, fileName };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export interface LoadMediaOptions {
  signal?: AbortSignal;
  /** Let http(s) media come from private and loopback addresses (off by default: SSRF guard). */
  allowPrivateNetwork?: boolean;
}

/** Loads `mediaUrl`: http(s) or data: only (a gateway-side file path would let callers read the gateway's files). */
export async function loadMedia(mediaUrl: string, options: LoadMediaOptions = {}): Promise<LoadedMedia> {
  if (mediaUrl.startsWith("data:")) return fromDataUrl(mediaUrl);
  let url: URL | undefined;
  try {
    url = new URL(mediaUrl);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:")) {
    throw invalid(`mediaUrl must be an http(s) URL or a data: URL (got "${mediaUrl.slice(0, 80)}"); the CLI turns --media <path> into a data: URL`);
  }
  return fromHttp(url, options);
}

/** The message for one media item; WhatsApp shows `caption` under images, videos and documents. */
export function mediaContent(media: LoadedMedia, caption?: string): WaOutboundContent {
  const text = caption?.trim() ? caption : undefined;
  const [kind] = media.mimetype.split("/");
  if (kind === "image" && media.mimetype !== "image/svg+xml") return { image: media.data, mimetype: media.mimetype, ...(text ? { caption: text } : {}) };
  if (kind === "video") return { video: media.data, mimetype: media.mimetype, ...(text ? { caption: text } : {}) };
  if (kind === "audio") {
    // Opus in OGG plays as a voice note; WhatsApp wants the codec spelled out.
    const voice = media.mimetype === "audio/ogg" || media.mimetype === "audio/opus";
    return { audio: media.data, mimetype: voice ? "audio/ogg; codecs=opus" : media.mimetype, ptt: voice };
  }
  return { document: media.data, mimetype: media.mimetype, fileName: media.fileName, ...(text ? { caption: text } : {}) };
}

/** Audio messages carry no caption: the text then goes as a message of its own. */
export function captionNeedsOwnMessage(content: WaOutboundContent, caption?: string): boolean {
  return "audio" in content && Boolean(caption?.trim());
}
