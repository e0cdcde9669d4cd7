/**
 * `openclaw doctor`'s migration report on a state dir laid out the way upstream OpenClaw lays it out
 * (its docs: credentials/whatsapp/<account>/creds.json, credentials/<channel>-allowFrom.json,
 * gateway.token, state/openclaw.sqlite, agents/<id>/agent/openclaw-agent.sqlite, .env), and that
 * doctor leaves every one of upstream's files exactly as it found them.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cliHome, runCli } from "../helpers/cli.js";

/** Every file under `dir` with its sha256 (what "left untouched" is checked against). */
function fingerprint(dir: string, base = ""): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(join(dir, base))) {
    const rel = join(base, name);
    if (statSync(join(dir, rel)).isDirectory()) Object.assign(out, fingerprint(dir, rel));
    else out[rel] = createHash("sha256").update(readFileSync(join(dir, rel))).digest("hex");
  }
  return out;
}

function put(path: string, content: string | Buffer): void {
  mkdirSync(join(path, ".."), { recursive: true, mode: 0o700 });
  writeFileSync(path, content, { mode: 0o600 });
}

interface Finding {
  check: string;
  status: string;
  message: string;
}

describe("openclaw doctor: migration report", () => {
  it("says what carries over, what is ignored and what needs action, and touches nothing", async () => {
    const h = cliHome();
    const s = h.stateDir;
    h.writeConfig(`// written by upstream OpenClaw
{
  meta: { lastTouchedVersion: "2026.9.6" },
  gateway: { mode: "local", auth: { mode: "token", token: "upstream-token-0123456789" } },
  agents: { defaults: { skills: ["github"] }, entries: { main: { default: true, workspace: "~/.openclaw/workspace" } } },
  messages: { groupChat: { historyLimit: 50 } },
  session: { dmScope: "per-channel-peer" },
  channels: { whatsapp: { dmPolicy: "pairing", responsePrefix: ">" } },
}
`);
    put(join(s, "credentials", "whatsapp", "default", "creds.json"), JSON.stringify({ noiseKey: { private: "x", public: "y" }, registered: true }));
    put(join(s, "credentials", "whatsapp-allowFrom.json"), JSON.stringify({ version: 1, allowFrom: ["+15555550123"] }));
    put(join(s, "gateway.token"), "upstream-token-0123456789\n");
    const sqliteHeader = Buffer.concat([Buffer.from("SQLite format 3\0"), Buffer.alloc(84)]);
    put(join(s, "state", "openclaw.sqlite"), sqliteHeader);
    put(join(s, "agents", "main", "agent", "openclaw-agent.sqlite"), sqliteHeader);
    put(join(s, ".env"), "OPENAI_API_KEY=sk-test\n");
    mkdirSync(join(s, "workspace"), { mode: 0o700 });
    put(join(s, "workspace", "AGENTS.md"), "# agents\n");
    const before = fingerprint(s);

    const run = await runCli(["doctor", "--json"], h.env, 60_000);
    const report = JSON.parse(run.stdout) as { findings: Finding[] };
    const migration = report.findings.filter((f) => f.check === "migration");
    const text = migration.map((f) => `${f.status} ${f.message}`).join("\n");

    expect(text).toMatch(/ok carried over: WhatsApp account\(s\) default stay linked/);
    expect(text).toMatch(/ok carried over: channel pairing allowlists \(credentials\/whatsapp-allowFrom\.json\)/);
    expect(text).toMatch(/ok carried over: the gateway token in gateway\.token/);
    expect(text).toContain(
      "warn ignored (6): config keys upstream OpenClaw defines that this gateway does not implement: " +
        "agents.defaults.skills, agents.entries.main.workspace, channels.whatsapp.responsePrefix, messages, meta, session",
    );
    expect(text).toMatch(/warn needs action: paired devices and nodes.*state\/openclaw\.sqlite/);
    expect(text).toMatch(/warn needs action: session history.*agent\(s\) main/);
    expect(text).toMatch(/warn needs action: this gateway does not load \.env/);
    // The config itself is valid for this gateway: the report is warnings, not problems.
    expect(report.findings.filter((f) => f.check === "config" && f.status === "problem")).toEqual([]);
    // Upstream's files are exactly as they were (doctor without --fix writes nothing).
    expect(fingerprint(s)).toEqual(before);
  }, 90_000);

  it("a state dir of this gateway alone has nothing to migrate", async () => {
    const h = cliHome();
    h.writeConfig({ gateway: { mode: "local" } });
    const run = await runCli(["doctor", "--json"], h.env, 60_000);
    const migration = (JSON.parse(run.stdout) as { findings: Finding[] }).findings.filter((f) => f.check === "migration");
    expect(migration).toEqual([{ check: "migration", status: "ok", message: expect.stringMatching(/^nothing to migrate/), fixable: false }]);
  }, 90_000);
});
