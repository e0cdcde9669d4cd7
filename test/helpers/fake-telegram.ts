/**
 * A local Telegram Bot API server on 127.0.0.1 for tests: `POST /bot<token>/<method>` with the real
 * JSON shapes (`{ok:true, result}` / `{ok:false, error_code, description}`). It answers getMe,
 * deleteWebhook, setWebhook, getUpdates (a long poll that holds until an update is queued or the
 * timeout passes; offsets confirm updates as Telegram does; a getUpdates arriving while another for the
 * same token is still open ends that one with 409 Conflict, as Telegram does), sendMessage (HTML
 * checked like Telegram: bad markup is a 400 "can't parse entities"), sendPhoto and sendDocument (JSON
 * or multipart uploads).
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

export interface BotIdentity {
  id: number;
  username: string;
  first_name: string;
}

export interface ApiCall {
  token: string;
  method: string;
  /** JSON body, or multipart fields (files as `{filename, size, type}`). */
  body: Record<string, unknown>;
  at: number;
}

export interface FakeTelegram {
  readonly apiRoot: string;
  readonly calls: ApiCall[];
  /** Calls of one method (optionally for one token). */
  callsOf(method: string, token?: string): ApiCall[];
  /** Queues an update for the bot; assigns `update_id` when missing. Returns the update. */
  queueUpdate(token: string, update: Record<string, unknown>): Record<string, unknown>;
  /** Waits until a call matching `predicate` has arrived (or throws after timeoutMs). */
  waitForCall(predicate: (call: ApiCall) => boolean, timeoutMs?: number, what?: string): Promise<ApiCall>;
  /**
   * Resolves once the bot has confirmed every update queued so far (a getUpdates with a higher
   * offset): grammY handles a batch before it polls again, so the updates have been processed.
   */
  handled(token: string, timeoutMs?: number): Promise<void>;
  /** getUpdates answers 409 Conflict while set (as when another poller holds the token). */
  conflict: boolean;
  /** sendMessage/sendPhoto with parse_mode HTML answer 400 "can't parse entities" while set. */
  rejectHtml: boolean;
  /** While true, every connection is reset (the network or Telegram is down); setting it drops open ones. */
  down: boolean;
  /** Long polls currently held open per token (two for one token = two pollers). */
  activePolls(token: string): number;
  /** The most getUpdates long polls ever held at once for one token. */
  maxConcurrentPolls(token: string): number;
  /** getUpdates calls that arrived while another getUpdates for the token was still open (each cost that one a 409). */
  overlappingGetUpdates(token: string): number;
  /** While above 0, a getUpdates without a long-poll timeout (bot.stop()'s offset confirmation) is answered only after this many ms. */
  slowConfirmMs: number;
  close(): Promise<void>;
}

interface BotState {
  me: BotIdentity;
  updates: Array<Record<string, unknown>>;
  nextUpdateId: number;
  nextMessageId: number;
  waiters: Set<() => void>;
  polls: number;
  maxPolls: number;
  /** Ends each open getUpdates with a 409 (another one arrived). */
  open: Set<() => void>;
  overlaps: number;
}

const CONFLICT = "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running";
const ALLOWED_TAGS = new Set(["b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre", "span", "tg-spoiler", "blockquote", "tg-emoji"]);

export async function startFakeTelegram(bots: Record<string, BotIdentity>): Promise<FakeTelegram> {
  const state = new Map<string, BotState>();
  for (const [token, me] of Object.entries(bots)) state.set(token, { me, updates: [], nextUpdateId: 1000, nextMessageId: 500, waiters: new Set(), polls: 0, maxPolls: 0, open: new Set(), overlaps: 0 });
  const calls: ApiCall[] = [];
  const callWaiters = new Set<() => void>();
  const sockets = new Set<Socket>();

  let down = false;
  const fake = {
    apiRoot: "",
    calls,
    get down() {
      return down;
    },
    set down(value: boolean) {
      down = value;
      if (value) for (const s of sockets) s.destroy();
    },
    conflict: false,
    rejectHtml: false,
    slowConfirmMs: 0,
    callsOf: (method: string, token?: string) => calls.filter((c) => c.method === method && (token === undefined || c.token === token)),
    queueUpdate(token: string, update: Record<string, unknown>) {
      const bot = state.get(token);
      if (!bot) throw new Error(`unknown bot token ${token}`);
      const full = { update_id: bot.nextUpdateId++, ...update };
      bot.updates.push(full);
      for (const wake of [...bot.waiters]) wake();
      return full;
    },
    async waitForCall(predicate: (call: ApiCall) => boolean, timeoutMs = 10_000, what = "a Bot API call") {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const hit = calls.find(predicate);
        if (hit) return hit;
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; calls so far: ${calls.map((c) => c.method).join(", ")}`);
        await new Promise<void>((resolve) => {
          const wake = () => {
            callWaiters.delete(wake);
            clearTimeout(timer);
            resolve();
          };
          const timer = setTimeout(wake, 50);
          callWaiters.add(wake);
        });
      }
    },
    async handled(token: string, timeoutMs = 10_000) {
      const bot = state.get(token);
      if (!bot) throw new Error(`unknown bot token ${token}`);
      const last = bot.nextUpdateId - 1;
      await fake.waitForCall((c) => c.token === token && c.method === "getUpdates" && Number(c.body.offset) > last, timeoutMs, `confirmation of update ${last}`);
    },
    activePolls: (token: string) => state.get(token)?.polls ?? 0,
    maxConcurrentPolls: (token: string) => state.get(token)?.maxPolls ?? 0,
    overlappingGetUpdates: (token: string) => state.get(token)?.overlaps ?? 0,
    close: () => new Promise<void>((resolve) => {
      for (const bot of state.values()) for (const wake of [...bot.waiters]) wake();
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    }),
  };

  const server = createServer((req, res) => {
    if (down) return void req.socket.destroy();
    void handle(req, res).catch((err: Error) => reply(res, 500, { ok: false, error_code: 500, description: `Internal Server Error: ${err.message}` }));
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec((req.url ?? "").split("?")[0]);
    if (!match) return reply(res, 404, { ok: false, error_code: 404, description: "Not Found" });
    const [, token, method] = match;
    const body = await readBody(req);
    calls.push({ token, method, body, at: Date.now() });
    for (const wake of [...callWaiters]) wake();
    const bot = state.get(token);
    if (!bot) return reply(res, 401, { ok: false, error_code: 401, description: "Unauthorized" });
    const ok = (result: unknown) => reply(res, 200, { ok: true, result });
    const fail = (code: number, description: string) => reply(res, code, { ok: false, error_code: code, description });

    switch (method) {
      case "getMe":
        return ok({ ...bot.me, is_bot: true, can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false });
      case "deleteWebhook":
      case "setWebhook":
        return ok(true);
      case "getUpdates":
        if (fake.conflict) return fail(409, CONFLICT);
        // One turn of the event loop first: a request the client has just abandoned is seen as closed, not as open.
        await new Promise((resolve) => setImmediate(resolve));
        return getUpdates(bot, body, res);
      case "sendMessage": {
        if (body.chat_id === undefined || body.chat_id === "") return fail(400, "Bad Request: chat_id is empty");
        if (typeof body.text !== "string" || !body.text.trim()) return fail(400, "Bad Request: message text is empty");
        const htmlError = body.parse_mode === "HTML" ? (fake.rejectHtml ? "Unsupported start tag \"x\" at byte offset 0" : checkHtml(body.text)) : undefined;
        if (htmlError) return fail(400, `Bad Request: can't parse entities: ${htmlError}`);
        return ok({ ...messageBase(bot, body), text: stripTags(body.text, body.parse_mode === "HTML") });
      }
      case "sendPhoto":
      case "sendDocument": {
        const field = method === "sendPhoto" ? "photo" : "document";
        if (body.chat_id === undefined) return fail(400, "Bad Request: chat_id is empty");
        if (body[field] === undefined) return fail(400, `Bad Request: there is no ${field} in the request`);
        const caption = typeof body.caption === "string" ? body.caption : undefined;
        const htmlError = caption && body.parse_mode === "HTML" ? (fake.rejectHtml ? "Unsupported start tag \"x\" at byte offset 0" : checkHtml(caption)) : undefined;
        if (htmlError) return fail(400, `Bad Request: can't parse entities: ${htmlError}`);
        const file = { file_id: `file-${bot.nextMessageId}`, file_unique_id: `u${bot.nextMessageId}` };
        return ok({
          ...messageBase(bot, body),
          ...(field === "photo" ? { photo: [{ ...file, width: 1, height: 1 }] } : { document: { ...file, file_name: "file" } }),
          ...(caption ? { caption: stripTags(caption, body.parse_mode === "HTML") } : {}),
        });
      }
      default:
        return fail(404, "Not Found: method not found");
    }
  }

  function getUpdates(bot: BotState, body: Record<string, unknown>, res: ServerResponse): void {
    if (bot.open.size) {
      bot.overlaps++;
      for (const terminate of [...bot.open]) terminate();
    }
    const offset = Number(body.offset ?? 0);
    const limit = Math.min(100, Number(body.limit ?? 100));
    const timeout = Number(body.timeout ?? 0);
    if (offset > 0) bot.updates = bot.updates.filter((u) => (u.update_id as number) >= offset); // confirmed
    const ready = () => bot.updates.slice(0, limit);
    const longPoll = timeout > 0 && !ready().length;
    const slowConfirm = timeout <= 0 && fake.slowConfirmMs > 0;
    if (!longPoll && !slowConfirm) return reply(res, 200, { ok: true, result: ready() });
    if (longPoll) {
      bot.polls++;
      bot.maxPolls = Math.max(bot.maxPolls, bot.polls);
    }
    let done = false;
    const finish = (conflict = false) => {
      if (done) return;
      done = true;
      if (longPoll) bot.polls--;
      bot.waiters.delete(wake);
      bot.open.delete(terminate);
      clearTimeout(timer);
      if (res.writableEnded || res.destroyed) return;
      if (conflict) reply(res, 409, { ok: false, error_code: 409, description: CONFLICT });
      else reply(res, 200, { ok: true, result: ready() });
    };
    const wake = () => setImmediate(() => finish());
    const terminate = () => finish(true);
    const timer = setTimeout(() => finish(), longPoll ? timeout * 1000 : fake.slowConfirmMs);
    if (longPoll) bot.waiters.add(wake);
    bot.open.add(terminate);
    res.on("close", () => finish()); // the client aborted the request (bot.stop, or a stop deadline)
  }

  function messageBase(bot: BotState, body: Record<string, unknown>): Record<string, unknown> {
    const chatId = Number(body.chat_id);
    return {
      message_id: bot.nextMessageId++,
      date: Math.floor(Date.now() / 1000),
      chat: chatId < 0 ? { id: chatId, type: "supergroup", title: "Group" } : { id: chatId, type: "private", first_name: "User" },
      from: { id: bot.me.id, is_bot: true, first_name: bot.me.first_name, username: bot.me.username },
    };
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  fake.apiRoot = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const type = req.headers["content-type"] ?? "";
  if (!raw.length) return {};
  if (type.startsWith("multipart/form-data")) return parseMultipart(raw, /boundary=([^;]+)/.exec(type)?.[1] ?? "");
  return JSON.parse(raw.toString("utf8")) as Record<string, unknown>;
}

/**
 * multipart/form-data as grammY writes it (lower-case headers without spaces, unquoted file names,
 * files referenced from fields as `attach://<id>`); files become `{filename, size}`.
 */
function parseMultipart(raw: Buffer, boundary: string): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  const files: Record<string, { filename: string; size: number }> = {};
  const text = raw.toString("latin1");
  for (const part of text.split(`--${boundary}`).slice(1)) {
    if (part.startsWith("--")) break;
    const body = part.replace(/^\r\n/, "").replace(/\r\n$/, "");
    const split = body.indexOf("\r\n\r\n");
    const headers = body.slice(0, split);
    const value = body.slice(split + 4);
    const name = /name="?([^";\r\n]+)"?/i.exec(headers)?.[1] ?? "";
    const filename = /filename="?([^";\r\n]+)"?/i.exec(headers)?.[1];
    if (filename !== undefined) files[name] = { filename, size: Buffer.byteLength(value, "latin1") };
    else fields[name] = parseField(Buffer.from(value, "latin1").toString("utf8"));
  }
  for (const [key, value] of Object.entries(fields)) {
    if (typeof value === "string" && value.startsWith("attach://")) fields[key] = files[value.slice(9)] ?? value;
  }
  return fields;
}

/** Multipart fields carry JSON for objects and numbers, like Telegram accepts. */
function parseField(value: string): unknown {
  if (/^[[{]/.test(value)) {
    try {
      return JSON.parse(value);
    } catch {
      return value;
    }
  }
  return value;
}

/** Telegram's HTML rules, enough to catch broken markup: known tags, balanced, entities escaped. */
export function checkHtml(text: string): string | undefined {
  const stack: string[] = [];
  const re = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>|<|&(?!(?:lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);)/g;
  for (const m of text.matchAll(re)) {
    if (m[0] === "<") return `Unsupported start tag at byte offset ${m.index}`;
    if (m[0] === "&") return `Character '&' is reserved and must be escaped at byte offset ${m.index}`;
    const [, closing, name] = m;
    const tag = name.toLowerCase();
    if (!ALLOWED_TAGS.has(tag)) return `Unsupported start tag "${tag}" at byte offset ${m.index}`;
    if (!closing) stack.push(tag);
    else if (stack.pop() !== tag) return `Can't find end tag corresponding to start tag "${stack.at(-1) ?? tag}"`;
  }
  return stack.length ? `Can't find end tag corresponding to start tag "${stack.at(-1)}"` : undefined;
}

function stripTags(text: string, html: boolean): string {
  if (!html) return text;
  return text.replace(/<[^>]+>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
}

/** A private-chat or group text message update, as Telegram sends it. */
export function textUpdate(options: {
  chatId: number;
  fromId: number;
  text: string;
  messageId?: number;
  firstName?: string;
  group?: boolean;
  entities?: Array<Record<string, unknown>>;
  replyTo?: Record<string, unknown>;
}): Record<string, unknown> {
  const from = { id: options.fromId, is_bot: false, first_name: options.firstName ?? "Ada" };
  return {
    message: {
      message_id: options.messageId ?? Math.floor(Math.random() * 1e6),
      date: Math.floor(Date.now() / 1000),
      chat: options.group ? { id: options.chatId, type: "supergroup", title: "Team" } : { id: options.chatId, type: "private", first_name: from.first_name },
      from,
      text: options.text,
      ...(options.entities ? { entities: options.entities } : {}),
      ...(options.replyTo ? { reply_to_message: options.replyTo } : {}),
    },
  };
}
