/**
 * The HTTP transport the provider SDKs send with: node-fetch 2 over Node's own http/https with
 * keep-alive agents, instead of the global fetch (undici, whose bodies are web streams). The SDKs
 * read a streamed body as an async iterable, which node-fetch's Node stream is; everything else
 * (status, headers, JSON bodies, AbortSignal, `AbortError` on abort) is the fetch API they expect.
 * node-fetch 2 is what the OpenAI and Anthropic SDKs themselves used in Node before they moved to
 * the global fetch; it costs a fraction of the CPU per streamed chunk (docs/performance.md).
 * Loaded with the first provider (never at start-up); the agents live as long as the plugin.
 */
import { createRequire } from "node:module";
import { Agent as HttpAgent } from "node:http";
import { Agent as HttpsAgent } from "node:https";

const requireHere = createRequire(import.meta.url);

export interface ProviderTransport {
  /** A fetch for the SDKs' `fetch` option. */
  fetch: typeof globalThis.fetch;
  /** Closes the kept-alive sockets (plugin stop). */
  close(): void;
}

export function createProviderTransport(): ProviderTransport {
  const http = new HttpAgent({ keepAlive: true });
  const https = new HttpsAgent({ keepAlive: true });
  const nodeFetch = requireHere("node-fetch") as (url: unknown, init?: Record<string, unknown>) => Promise<unknown>;
  const agent = (url: URL) => (url.protocol === "http:" ? http : https);
  return {
    // The SDKs call fetch(url string, init); `agent` picks the kept-alive pool by the URL's protocol.
    fetch: ((url: string | URL, init?: Record<string, unknown>) => nodeFetch(String(url), { ...init, agent })) as typeof globalThis.fetch,
    close() {
      http.destroy();
      https.destroy();
    },
  };
}
