/** Ordered lists of functions contributed by plugins (health and status sections, snapshot lists). */
import { hostError } from "./host-errors.js";

export class Contributors<F> {
  private readonly entries: Array<{ owner: string; fn: F }> = [];

  add(owner: string, fn: F): () => void {
    const entry = { owner, fn };
    this.entries.push(entry);
    return () => {
      const i = this.entries.indexOf(entry);
      if (i >= 0) this.entries.splice(i, 1);
    };
  }

  list(): ReadonlyArray<{ owner: string; fn: F }> {
    return this.entries;
  }
}

/** One provider per key (e.g. the presence list for `hello-ok.snapshot.presence`). */
export class KeyedProviders<F> {
  private readonly map = new Map<string, { owner: string; fn: F }>();

  set(key: string, owner: string, fn: F): () => void {
    const existing = this.map.get(key);
    if (existing) throw hostError("OC_ERR_DUPLICATE_CONTRIBUTION", key, existing.owner, owner);
    const entry = { owner, fn };
    this.map.set(key, entry);
    return () => {
      if (this.map.get(key) === entry) this.map.delete(key);
    };
  }

  get(key: string): F | undefined {
    return this.map.get(key)?.fn;
  }
}
