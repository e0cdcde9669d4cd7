/**
 * Streamed answers on the wire: read byte for byte from one raw keep-alive socket, so a response that
 * ends its chunked body before its last frames (what `res.end()` while corked did on Node 24) is seen
 * as such, whatever a lenient client would make of it, and the connection must still carry a second
 * request.
 */
import { connect, type Socket } from "node:net";
import { describe, expect, it } from "vitest";
import { TEST_TOKEN, type TestGateway } from "../../helpers/gateway.js";
import { useFakeProvider } from "../../helpers/use-fake-provider.js";
import { chatBody, startOpenAiGateway } from "./setup.js";

const provider = useFakeProvider();

interface WireResponse {
  status: number;
  head: string;
  body: string;
}

/** Reads bytes from a socket on demand, failing clearly on a close or a stall. */
class SocketReader {
  private buf = Buffer.alloc(0);
  private waiting: (() => void) | null = null;
  private closed = false;

  constructor(private readonly socket: Socket) {
    socket.on("data", (d: Buffer) => {
      this.buf = Buffer.concat([this.buf, d]);
      this.waiting?.();
    });
    socket.on("close", () => {
      this.closed = true;
      this.waiting?.();
    });
  }

  get buffered(): number {
    return this.buf.length;
  }

  /** Everything up to and including `marker`. */
  async until(marker: string): Promise<string> {
    for (;;) {
      const at = this.buf.indexOf(marker);
      if (at >= 0) return this.take(at + marker.length);
      await this.more(`"${JSON.stringify(marker)}"`);
    }
  }

  async bytes(n: number): Promise<string> {
    while (this.buf.length < n) await this.more(`${n} bytes`);
    return this.take(n);
  }

  private take(n: number): string {
    const out = this.buf.subarray(0, n).toString("utf8");
    this.buf = this.buf.subarray(n);
    return out;
  }

  private more(what: string): Promise<void> {
    if (this.closed) return Promise.reject(new Error(`the connection closed while waiting for ${what}; got ${JSON.stringify(this.buf.toString())}`));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${what} within 10 s; got ${JSON.stringify(this.buf.toString())}`)), 10_000);
      this.waiting = () => {
        clearTimeout(timer);
        this.waiting = null;
        resolve();
      };
    });
  }
}

/** One request on the open socket; decodes a chunked body exactly (every size line must be hex, every chunk end CRLF). */
async function exchange(socket: Socket, reader: SocketReader, path: string, body: string): Promise<WireResponse> {
  socket.write(
    `POST ${path} HTTP/1.1\r\nhost: 127.0.0.1\r\nauthorization: Bearer ${TEST_TOKEN}\r\ncontent-type: application/json\r\n` +
      `content-length: ${Buffer.byteLength(body)}\r\nconnection: keep-alive\r\n\r\n${body}`,
  );
  const head = await reader.until("\r\n\r\n");
  const status = Number(/^HTTP\/1\.1 (\d{3}) /.exec(head)?.[1]);
  expect(head.toLowerCase()).toContain("transfer-encoding: chunked");
  let decoded = "";
  for (;;) {
    const sizeLine = (await reader.until("\r\n")).slice(0, -2);
    expect(sizeLine, `chunk size line after ${JSON.stringify(decoded.slice(-80))}`).toMatch(/^[0-9a-f]+$/i);
    const size = parseInt(sizeLine, 16);
    if (size === 0) {
      expect(await reader.bytes(2), "the chunked body ends with an empty trailer").toBe("\r\n");
      break;
    }
    decoded += await reader.bytes(size);
    expect(await reader.bytes(2)).toBe("\r\n");
  }
  return { status, head, body: decoded };
}

async function openSocket(gw: TestGateway): Promise<{ socket: Socket; reader: SocketReader }> {
  const url = new URL(gw.httpUrl);
  const socket = connect(Number(url.port), url.hostname);
  await new Promise<void>((resolve, reject) => socket.once("connect", resolve).once("error", reject));
  return { socket, reader: new SocketReader(socket) };
}

describe("SSE framing on a keep-alive connection", () => {
  it("a streamed chat completion carries every frame and [DONE] before the chunked terminator, and the connection serves the next request", async () => {
    const text = "Every piece must arrive before the end.";
    provider.setReply(() => ({ text, chunkSize: 4, delayMs: 1 }));
    const gw = await startOpenAiGateway(provider);
    const { socket, reader } = await openSocket(gw);
    try {
      for (let round = 0; round < 2; round++) {
        const res = await exchange(socket, reader, "/v1/chat/completions", chatBody({ stream: true }));
        expect(res.status).toBe(200);
        expect(res.body.endsWith("data: [DONE]\n\n"), res.body.slice(-200)).toBe(true);
        const frames = res.body.split("\n\n").filter(Boolean);
        const chunks = frames.slice(0, -1).map((f) => JSON.parse(f.replace(/^data: /, "")) as { choices: Array<{ delta: { content?: string }; finish_reason: string | null }> });
        expect(chunks.map((c) => c.choices[0].delta.content ?? "").join("")).toBe(text);
        expect(chunks.at(-1)?.choices[0].finish_reason).toBe("stop");
        expect(reader.buffered, "no bytes after the response").toBe(0);
      }
    } finally {
      socket.destroy();
    }
  });

  it("a streamed Response ends with response.completed and [DONE], and the connection serves the next request", async () => {
    const text = "Named events, all of them.";
    provider.setReply(() => ({ text, chunkSize: 5, delayMs: 1 }));
    const gw = await startOpenAiGateway(provider);
    const { socket, reader } = await openSocket(gw);
    try {
      const first = await exchange(socket, reader, "/v1/responses", JSON.stringify({ model: "openclaw", input: "hi", stream: true }));
      expect(first.status).toBe(200);
      const types = [...first.body.matchAll(/^event: (.+)$/gm)].map((m) => m[1]);
      expect(types.filter((t) => t === "response.output_text.delta").length).toBeGreaterThan(2);
      expect(types.slice(-4)).toEqual(["response.output_text.done", "response.content_part.done", "response.output_item.done", "response.completed"]);
      expect(first.body.endsWith("data: [DONE]\n\n")).toBe(true);
      const second = await exchange(socket, reader, "/v1/chat/completions", chatBody({ stream: true }));
      expect(second.status).toBe(200);
      expect(second.body.endsWith("data: [DONE]\n\n")).toBe(true);
    } finally {
      socket.destroy();
    }
  });

  it("a stream that fails after text ends with its error frame before the terminator, and the connection serves the next request", async () => {
    let replies = 0;
    provider.setReply(() => (replies++ === 0 ? { hang: true, text: "half" } : { text: "fine" }));
    const gw = await startOpenAiGateway(provider, { timeoutSeconds: 1 });
    const { socket, reader } = await openSocket(gw);
    try {
      const failed = await exchange(socket, reader, "/v1/chat/completions", chatBody({ stream: true }));
      expect(failed.status).toBe(200);
      const last = JSON.parse(failed.body.split("\n\n").filter(Boolean).at(-1)!.replace(/^data: /, "")) as { error?: { type: string } };
      expect(last.error?.type).toBeTruthy();
      const next = await exchange(socket, reader, "/v1/chat/completions", chatBody({ stream: true }));
      expect(next.body).toContain('"content":"fine"');
      expect(next.body.endsWith("data: [DONE]\n\n")).toBe(true);
    } finally {
      socket.destroy();
    }
  });
});
