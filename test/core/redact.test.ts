/** The log redactor: tokens in any position, including a Telegram token inside a Bot API URL. */
import { describe, expect, it } from "vitest";
import { Redactor } from "../../core/redact.js";
import { createLogger, LogSink } from "../../core/log.js";

const TG = "7011223344:AAFakeTokenForTestsOnly_abcdefghijklmnop";

describe("Redactor", () => {
  it("masks bare tokens (without throwing), tokens in Bot API URLs, key=value secrets and configured literals", () => {
    const r = new Redactor();
    expect(r.redact(`token ${TG} here`)).toBe("token 7011…op here");
    expect(r.redact(`POST https://api.telegram.org/bot${TG}/getMe`)).toBe("POST https://api.telegram.org/bot7011…op/getMe");
    expect(r.redact("key sk-abcdefghijklmnopqrstuvwxyz")).toBe("key sk-a…yz");
    expect(r.redact('{"botToken":"abcdefgh"}')).toBe('{"botToken":"***"}');
    r.setSecrets(["hunter2-hunter2"]);
    expect(r.redact("pw hunter2-hunter2")).toBe("pw ***");
  });

  it("masks the password of URL credentials (up to the authority's last @), keeps the user and host", () => {
    const r = new Redactor();
    expect(r.redact("fetch https://bob:pa55word-x@llm.example/v1 failed")).toBe("fetch https://bob:***@llm.example/v1 failed");
    expect(r.redact('"wss://ops:p@ss@gw.example:443"')).toBe('"wss://ops:***@gw.example:443"');
    expect(r.redact("see https://llm.example/v1 or mail me@example.com")).toBe("see https://llm.example/v1 or mail me@example.com");
  });

  it("log lines and fields carrying a bot token are written masked", () => {
    const lines: string[] = [];
    const log = createLogger(new LogSink({ write: (l) => lines.push(l) }), "telegram");
    log.warn(`request to http://127.0.0.1:9/bot${TG}/getUpdates failed`, { url: `https://api.telegram.org/bot${TG}/sendMessage` });
    expect(lines.join("")).not.toContain("AAFakeTokenForTestsOnly");
  });
});
