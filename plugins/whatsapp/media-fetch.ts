/**
 * Bounded http(s) download for outbound media with an SSRF guard: every address a host name
 * resolves to is checked at connect time (so DNS rebinding cannot slip past), redirects are
 * followed by hand and checked again, and private, loopback, link-local and other special-use
 * addresses are refused unless the caller allows them.
 */
import { get as httpGet, type IncomingMessage } from "node:http";
import { get as httpsGet } from "node:https";
import { BlockList, isIP, type LookupFunction } from "node:net";
import { lookup as dnsLookup } from "node:dns";

const blocked = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8], ["10.0.0.0", 8], ["100.64.0.0", 10], ["127.0.0.0", 8], ["169.254.0.0", 16], ["172.16.0.0", 12],
  ["192.0.0.0", 24], ["192.0.2.0", 24], ["192.168.0.0", 16], ["198.18.0.0", 15], ["198.51.100.0", 24], ["203.0.113.0", 24], ["224.0.0.0", 3],
] as const) blocked.addSubnet(net, prefix, "ipv4");
for (const [net, prefix] of [["::", 128], ["::1", 128], ["fc00::", 7], ["fe80::", 10], ["ff00::", 8], ["64:ff9b::", 96], ["2001:db8::", 32]] as const) {
  blocked.addSubnet(net, prefix, "ipv6");
}

/** True for addresses a media fetch must not reach (the gateway's own network). */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return blocked.check(address, "ipv4");
  if (family !== 6) return true;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? blocked.check(mapped[1], "ipv4") : blocked.check(address, "ipv6");
}

export class MediaFetchError extends Error {
  constructor(
    message: string,
    readonly kind: "blocked" | "http" | "network" | "too-large",
    readonly status?: number,
  ) {
    super(message);
  }
}

export interface FetchedMedia {
  data: Buffer;
  contentType?: string;
  /** The final URL after redirects. */
  url: URL;
}

export interface MediaFetchOptions {
  maxBytes: number;
  timeoutMs: number;
  signal?: AbortSignal;
  /** Allow private and loopback addresses (tests, or a deliberate local media server). */
  allowPrivateNetwork?: boolean;
  maxRedirects?: number;
}

const guardedLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, "", 0);
    const list = addresses as Array<{ address: string; family: number }>;
    const bad = list.find((a) => isPrivateAddress(a.address));
    if (bad || !list.length) return callback(new MediaFetchError(`${hostname} resolves to a private or special-use address (${bad?.address ?? "none"}); media fetches may only reach public hosts`, "blocked"), "", 0);
    if (options.all) return callback(null, list as never);
    callback(null, list[0].address, list[0].family);
  });
};

function requestOnce(url: URL, options: MediaFetchOptions): Promise<IncomingMessage> {
  if (!options.allowPrivateNetwork && isIP(url.hostname.replace(/^\[|\]$/g, "")) && isPrivateAddress(url.hostname.replace(/^\[|\]$/g, ""))) {
    return Promise.reject(new MediaFetchError(`${url.hostname} is a private or special-use address; media fetches may only reach public hosts`, "blocked"));
  }
  const get = url.protocol === "https:" ? httpsGet : httpGet;
  return new Promise((resolve, reject) => {
    const req = get(url, { lookup: options.allowPrivateNetwork ? undefined : guardedLookup, signal: options.signal, timeout: options.timeoutMs }, resolve);
    req.on("timeout", () => req.destroy(new MediaFetchError(`no answer within ${options.timeoutMs} ms`, "network")));
    req.on("error", (err) => reject(err instanceof MediaFetchError ? err : new MediaFetchError(err.message, "network")));
  });
}

function readBody(res: IncomingMessage, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    res.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        res.destroy();
        reject(new MediaFetchError(`more than ${maxBytes} bytes`, "too-large"));
      } else chunks.push(chunk);
    });
    res.on("end", () => resolve(Buffer.concat(chunks)));
    res.on("error", (err) => reject(new MediaFetchError(err.message, "network")));
  });
}

/** GET `url` with the guard, following at most `maxRedirects` (default 3) redirects. */
export async function fetchMedia(start: URL, options: MediaFetchOptions): Promise<FetchedMedia> {
  let url = start;
  for (let hop = 0; ; hop++) {
    const res = await requestOnce(url, options);
    const status = res.statusCode ?? 0;
    if (status >= 300 && status < 400 && res.headers.location) {
      res.resume();
      if (hop >= (options.maxRedirects ?? 3)) throw new MediaFetchError("too many redirects", "http", status);
      url = new URL(res.headers.location, url);
      if (url.protocol !== "http:" && url.protocol !== "https:") throw new MediaFetchError(`redirect to a ${url.protocol} URL`, "blocked");
      continue;
    }
    if (status < 200 || status >= 300) {
      res.resume();
      throw new MediaFetchError(`HTTP ${status}`, "http", status);
    }
    const declared = Number(res.headers["content-length"] ?? "0");
    if (declared > options.maxBytes) {
      res.destroy();
      throw new MediaFetchError(`${declared} bytes declared`, "too-large");
    }
    return { data: await readBody(res, options.maxBytes), contentType: res.headers["content-type"], url };
  }
}
