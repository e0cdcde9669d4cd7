/** channels.telegram config: strict keys, the "open needs *" rule, token precedence, accounts. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateConfig } from "../../../core/config/validate.js";
import telegram from "../../../plugins/telegram/index.js";
import { resolveAccounts, type TelegramConfig } from "../../../plugins/telegram/config.js";
import { markdownToTelegramHtml } from "../../../plugins/telegram/format.js";
import { scrubToken } from "../../../plugins/telegram/errors.js";
import { checkHtml } from "../../helpers/fake-telegram.js";
import { TOKEN, TOKEN_B } from "./helpers.js";

const plugins = [{ def: telegram, enabled: true }];
const issues = (telegramSection: unknown) => validateConfig({ channels: { telegram: telegramSection } }, plugins).issues;

describe("channels.telegram config", () => {
  it("rejects unknown keys and dmPolicy open without \"*\" with a clear message", () => {
    expect(issues({ botToken: TOKEN, dmPolicy: "pairing" })).toEqual([]);
    expect(issues({ bot_token: TOKEN })).toEqual([{ path: "channels.telegram.bot_token", message: expect.stringMatching(/^unknown key \(did you mean "channels\.telegram\.botToken"\?\)/) }]);
    const open = issues({ botToken: TOKEN, dmPolicy: "open", allowFrom: ["123"] });
    expect(open).toEqual([{ path: "channels.telegram.allowFrom", message: expect.stringContaining('dmPolicy "open" lets anyone talk to the assistant and must be explicit: add "*" to allowFrom') }]);
    expect(issues({ botToken: TOKEN, dmPolicy: "open" })[0]).toMatchObject({ path: "channels.telegram.allowFrom", message: expect.stringContaining('add "*" to allowFrom') });
    expect(issues({ botToken: TOKEN, dmPolicy: "open", allowFrom: ["*"] })).toEqual([]);
    expect(issues({ accounts: { work: { dmPolicy: "open", allowFrom: [1] } } })[0]).toMatchObject({ path: "channels.telegram.accounts.work.allowFrom" });
    // An account may inherit the channel's allowFrom with "*"; its merged access is what counts.
    expect(issues({ allowFrom: ["*"], accounts: { work: { dmPolicy: "open" } } })).toEqual([]);
    expect(issues({ dmPolicy: "sometimes" })[0]).toMatchObject({ path: "channels.telegram.dmPolicy", message: expect.stringContaining('must be one of "pairing", "allowlist", "open", "disabled"') });
    expect(issues({ apiRoot: "http://127.0.0.1:8081/" })[0]).toMatchObject({ path: "channels.telegram.apiRoot" });
  });

  it("token precedence: botToken > tokenFile > TELEGRAM_BOT_TOKEN (default account only); one poller per token", () => {
    const dir = mkdtempSync(join(tmpdir(), "ocgw-tg-config-"));
    writeFileSync(join(dir, "token.txt"), `${TOKEN_B}\n`);
    const ctx = { env: { TELEGRAM_BOT_TOKEN: TOKEN }, configPath: join(dir, "openclaw.json") };
    const resolve = (section: unknown) => resolveAccounts({ channels: { telegram: section } } as TelegramConfig, ctx);
    expect(resolve({})[0]).toMatchObject({ accountId: "default", token: TOKEN, tokenSource: "env" });
    expect(resolve({ tokenFile: "token.txt" })[0]).toMatchObject({ token: TOKEN_B, tokenSource: "tokenFile" });
    expect(resolve({ tokenFile: "token.txt", botToken: "7000000000:AAconfigconfigconfigconfigconfig_1" })[0]).toMatchObject({ tokenSource: "config" });
    expect(resolve({ tokenFile: "missing.txt" })[0].problem).toMatch(/channels\.telegram\.tokenFile .*missing\.txt cannot be read \(ENOENT\)/);
    const accounts = resolve({ dmPolicy: "allowlist", allowFrom: ["1"], accounts: { work: {}, ops: { botToken: TOKEN } } });
    expect(accounts.map((a) => a.accountId)).toEqual(["default", "ops", "work"]);
    expect(accounts[1].problem).toMatch(/same bot token as account "default"/);
    expect(accounts[2]).toMatchObject({ problem: expect.stringMatching(/no bot token: set channels\.telegram\.accounts\.work\.botToken/), access: { dmPolicy: "allowlist", allowFrom: ["1"] } });
    const none = resolveAccounts({}, { env: {}, configPath: ctx.configPath });
    expect(none).toEqual([expect.objectContaining({ accountId: "default", problem: expect.stringContaining("TELEGRAM_BOT_TOKEN") })]);
  });
});

describe("telegram text", () => {
  it("Markdown becomes Telegram HTML that Telegram accepts; everything else is escaped", () => {
    const samples = [
      "**bold** _it_ *it2* ~~gone~~ `a<b` [link](https://x.test/?a=1&b=2)",
      "```ts\nconst a = b < c && d;\n```\nafter",
      "unbalanced ** star and <b> tag & amp",
      "snake_case_name and 2*3*4",
    ];
    expect(markdownToTelegramHtml(samples[0])).toBe('<b>bold</b> <i>it</i> <i>it2</i> <s>gone</s> <code>a&lt;b</code> <a href="https://x.test/?a=1&amp;b=2">link</a>');
    expect(markdownToTelegramHtml(samples[1])).toBe('<pre><code class="language-ts">const a = b &lt; c &amp;&amp; d;</code></pre>\nafter');
    expect(markdownToTelegramHtml(samples[3])).toBe("snake_case_name and 2*3*4");
    for (const s of samples) expect(checkHtml(markdownToTelegramHtml(s))).toBeUndefined();
  });

  it("scrubs bot tokens from error text", () => {
    expect(scrubToken(`request to http://127.0.0.1:1/bot${TOKEN}/getMe failed`)).toBe("request to http://127.0.0.1:1/bot<token>/getMe failed");
    expect(scrubToken(`token ${TOKEN}`)).toBe("token <token>");
  });
});
