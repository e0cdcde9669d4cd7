/** The atomic multi-file auth state, with Baileys' real initAuthCreds / BufferJSON / proto. */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as baileys from "@whiskeysockets/baileys";
import { afterAll, describe, expect, it } from "vitest";
import { clearAuthDir, hasSavedCreds, loadCreds, openAuthStore } from "../../../plugins/whatsapp/auth-store.js";
import { quietLog } from "./fake-wa.js";

const root = mkdtempSync(join(tmpdir(), "ocgw-wa-auth-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const freshDir = () => join(root, `acct-${++n}`, "whatsapp", "default");

describe("WhatsApp auth store", () => {
  it("round-trips creds with Buffers through BufferJSON, 0600 files in a 0700 dir, no temp files left", async () => {
    const dir = freshDir();
    const store = await openAuthStore(dir, baileys, quietLog);
    expect(hasSavedCreds(dir)).toBe(false); // nothing is written before the first save
    store.state.creds.me = { id: "15550001111:7@s.whatsapp.net", name: "Bot" };
    store.state.creds.routingInfo = Buffer.from([1, 2, 3, 250]);
    await store.saveCreds();
    expect(hasSavedCreds(dir)).toBe(true);

    const raw = JSON.parse(readFileSync(join(dir, "creds.json"), "utf8"));
    expect(raw.routingInfo).toEqual({ type: "Buffer", data: "AQID+g==" }); // BufferJSON's encoding
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, "creds.json")).mode & 0o777).toBe(0o600);

    const loaded = await loadCreds(dir, baileys);
    expect(loaded?.creds.me?.id).toBe("15550001111:7@s.whatsapp.net");
    expect(Buffer.isBuffer(loaded?.creds.routingInfo)).toBe(true);
    expect([...(loaded?.creds.routingInfo ?? [])]).toEqual([1, 2, 3, 250]);
    expect(Buffer.from(loaded!.creds.noiseKey.private).equals(Buffer.from(store.state.creds.noiseKey.private))).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("keeps the previous creds as creds.json.bak and restores it when creds.json is corrupt", async () => {
    const dir = freshDir();
    const store = await openAuthStore(dir, baileys, quietLog);
    store.state.creds.me = { id: "111@s.whatsapp.net" };
    await store.saveCreds();
    store.state.creds.me = { id: "222@s.whatsapp.net" };
    await store.saveCreds();
    expect(JSON.parse(readFileSync(join(dir, "creds.json.bak"), "utf8")).me.id).toBe("111@s.whatsapp.net");
    expect(statSync(join(dir, "creds.json.bak")).mode & 0o777).toBe(0o600);

    writeFileSync(join(dir, "creds.json"), '{"noiseKey": {"private": '); // torn by something else
    const warnings: string[] = [];
    const reopened = await openAuthStore(dir, baileys, { ...quietLog, warn: (m) => warnings.push(m) });
    expect(reopened.state.creds.me?.id).toBe("111@s.whatsapp.net");
    expect(warnings.join("\n")).toMatch(/restored it from creds\.json\.bak/);
    // creds.json was rewritten from the backup; the bad file was moved aside, not lost.
    expect(JSON.parse(readFileSync(join(dir, "creds.json"), "utf8")).me.id).toBe("111@s.whatsapp.net");
    const aside = readdirSync(dir).find((f) => f.startsWith("creds.json.corrupt-"));
    expect(aside && readFileSync(join(dir, aside), "utf8")).toBe('{"noiseKey": {"private": ');
  });

  it("restores a missing creds.json from the backup", async () => {
    const dir = freshDir();
    const store = await openAuthStore(dir, baileys, quietLog);
    await store.saveCreds();
    store.state.creds.me = { id: "333@s.whatsapp.net" };
    await store.saveCreds();
    rmSync(join(dir, "creds.json"));
    expect(hasSavedCreds(dir)).toBe(true);
    const loaded = await loadCreds(dir, baileys);
    expect(loaded?.creds.noiseKey).toBeDefined();
    expect(existsSync(join(dir, "creds.json"))).toBe(true);
  });

  it("refuses to start over when creds.json is unreadable and there is no usable backup, leaving it untouched", async () => {
    const dir = freshDir();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "creds.json"), "");
    writeFileSync(join(dir, "creds.json.bak"), "not json");
    await expect(openAuthStore(dir, baileys, quietLog)).rejects.toThrow(/unreadable \(creds\.json: empty file; creds\.json\.bak: not valid JSON.*left untouched.*channels login/s);
    expect(readFileSync(join(dir, "creds.json"), "utf8")).toBe("");
    expect(readFileSync(join(dir, "creds.json.bak"), "utf8")).toBe("not json");

    writeFileSync(join(dir, "creds.json"), JSON.stringify({ hello: "world" })); // parses, but is not creds
    rmSync(join(dir, "creds.json.bak"));
    await expect(loadCreds(dir, baileys)).rejects.toThrow(/not WhatsApp credentials/);
  });

  it("stores signal keys one file each (Baileys' names), app-state keys as proto, null deletes", async () => {
    const dir = freshDir();
    const store = await openAuthStore(dir, baileys, quietLog);
    const preKey = { public: Buffer.alloc(32, 1), private: Buffer.alloc(32, 2) };
    await store.state.keys.set({
      "pre-key": { "1": preKey },
      session: { "15550001111.0": Buffer.from("session-bytes") },
      "app-state-sync-key": { AAAA: { keyData: Buffer.from([9, 9]), timestamp: 5 } },
      "sender-key-memory": { "120363@g.us": { "1555:3@s.whatsapp.net": true } },
    });
    expect(readdirSync(dir).sort()).toEqual(["app-state-sync-key-AAAA.json", "pre-key-1.json", "sender-key-memory-120363@g.us.json", "session-15550001111.0.json"]);
    for (const f of readdirSync(dir)) expect(statSync(join(dir, f)).mode & 0o777).toBe(0o600);

    const reopened = await openAuthStore(dir, baileys, quietLog);
    const pre = await reopened.state.keys.get("pre-key", ["1", "2"]);
    expect(Buffer.from(pre["1"].private).equals(preKey.private)).toBe(true);
    expect(pre["2"]).toBeNull();
    const appState = await reopened.state.keys.get("app-state-sync-key", ["AAAA"]);
    expect(appState.AAAA).toBeInstanceOf(baileys.proto.Message.AppStateSyncKeyData);
    expect([...(appState.AAAA.keyData ?? [])]).toEqual([9, 9]);

    await reopened.state.keys.set({ "pre-key": { "1": null } });
    expect(existsSync(join(dir, "pre-key-1.json"))).toBe(false);
  });

  it("writes to one key in call order, and drops writes after close()", async () => {
    const dir = freshDir();
    const store = await openAuthStore(dir, baileys, quietLog);
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.state.keys.set({ "sender-key": { g1: Buffer.from(`v${i}`) } })));
    const got = await store.state.keys.get("sender-key", ["g1"]);
    expect(Buffer.from(got.g1).toString()).toBe("v19");
    await store.close();
    await store.state.keys.set({ "sender-key": { g1: Buffer.from("late") } });
    store.state.creds.me = { id: "late@s.whatsapp.net" };
    await store.saveCreds();
    expect(existsSync(join(dir, "creds.json"))).toBe(false);
    expect(Buffer.from((await store.state.keys.get("sender-key", ["g1"])).g1).toString()).toBe("v19");
  });

  it("clearAuthDir deletes the whole dir", async () => {
    const dir = freshDir();
    const store = await openAuthStore(dir, baileys, quietLog);
    await store.saveCreds();
    expect(await clearAuthDir(dir)).toBe(true);
    expect(existsSync(dir)).toBe(false);
    expect(await clearAuthDir(dir)).toBe(false);
  });
});
