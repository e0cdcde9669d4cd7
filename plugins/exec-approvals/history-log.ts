/** `approval.history`: the last resolved or expired approvals, newest first, kept in `<stateDir>/exec-approvals-history.json` (bounded). */
import { join } from "node:path";
import { JsonFile } from "../../core/sdk/plugin.js";
import type { HistoryEntry } from "./schemas.js";

export const MAX_HISTORY = 500;

export class HistoryLog {
  private entries: HistoryEntry[] = [];
  private readonly file: JsonFile<{ version: 1; entries: HistoryEntry[] }>;

  constructor(stateDir: string) {
    this.file = new JsonFile(join(stateDir, "exec-approvals-history.json"));
  }

  /** Reads the history once, at setup (synchronously: a small file, and no await in the middle of setup). */
  load(): void {
    const data = this.file.readSync({ version: 1, entries: [] });
    this.entries = Array.isArray(data.entries) ? data.entries.slice(0, MAX_HISTORY) : [];
  }

  add(entry: HistoryEntry): Promise<void> {
    this.entries.unshift(entry);
    if (this.entries.length > MAX_HISTORY) this.entries.length = MAX_HISTORY;
    return this.file.write(() => ({ version: 1, entries: this.entries }));
  }

  list(limit: number, offset = 0): HistoryEntry[] {
    return this.entries.slice(offset, offset + limit);
  }

  get size(): number {
    return this.entries.length;
  }

  flush(): Promise<void> {
    return this.file.flush();
  }
}
