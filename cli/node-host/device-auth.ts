/** The node's device token, kept between runs: `<stateDir>/identity/device-auth.json` (the official client's layout). */
import { readJsonFile, writeJsonAtomic } from "../../core/state.js";

interface DeviceAuthFile {
  version: 1;
  deviceId: string;
  tokens: Record<string, { token: string; role: string; scopes: string[]; updatedAtMs: number }>;
}

export async function readDeviceToken(file: string, deviceId: string, role: string): Promise<string | undefined> {
  try {
    const data = await readJsonFile<Partial<DeviceAuthFile>>(file, {});
    return data.deviceId === deviceId ? data.tokens?.[role]?.token : undefined;
  } catch {
    return undefined; // a broken file only costs a re-pair; it is replaced on the next hello-ok
  }
}

export async function saveDeviceToken(file: string, deviceId: string, role: string, token: string, scopes: string[]): Promise<void> {
  let data: Partial<DeviceAuthFile> = {};
  try {
    data = await readJsonFile<Partial<DeviceAuthFile>>(file, {});
  } catch {
    data = {};
  }
  const tokens = data.deviceId === deviceId ? { ...data.tokens } : {};
  tokens[role] = { token, role, scopes, updatedAtMs: Date.now() };
  await writeJsonAtomic(file, { version: 1, deviceId, tokens } satisfies DeviceAuthFile);
}
