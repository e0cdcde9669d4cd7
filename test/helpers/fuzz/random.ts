/**
 * Seeded randomness for test/core/fuzz.test.ts: the FUZZ_SEED, a mulberry32-backed generator (`Gen`),
 * the alphabets it draws from, and byte-level helpers (deep JSON, invalid UTF-8).
 */

export const SEED = Number(process.env.FUZZ_SEED ?? 0x5eed2024) >>> 0;

// ───────────────────────────── seeded randomness ─────────────────────────────

function mulberry32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const ALPHA_JSONISH = [..."{}[]\":,0123456789.-+eE truefalsn\\/abcxyz\t\n"];
export const ALPHA_UNICODE = [
  "a", "Z", "0", " ", "\n", "\t", "\u0000", "\u0001", "\u001f", "\u007f", "\"", "\\", "/", "{", "}", "[", "]", ":", ",",
  "é", "ß", "中", "文", "\u200b", "\u202e", "\ufeff", "\u2028", "\u2029", "😀", "\ud83d", "\udc00", "\uffff", "\ufffd",
];
export const KNOWN_REQ_KEYS = ["type", "id", "method", "params"];

export class Gen {
  readonly r: () => number;
  constructor(readonly seed: number) {
    this.r = mulberry32(seed);
  }
  int(n: number): number {
    return Math.floor(this.r() * n);
  }
  range(a: number, b: number): number {
    return a + this.int(b - a + 1);
  }
  chance(p: number): boolean {
    return this.r() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)];
  }
  bytes(n: number): Buffer {
    const b = Buffer.alloc(n);
    for (let i = 0; i < n; i++) b[i] = this.int(256);
    return b;
  }
  str(n: number, alphabet: readonly string[] = this.chance(0.5) ? ALPHA_UNICODE : ALPHA_JSONISH): string {
    let s = "";
    for (let i = 0; i < n; i++) s += this.pick(alphabet);
    return s;
  }
  /** An object key that is not one of the frame's own. */
  key(): string {
    const k = this.pick(["extra", "__proto__", "constructor", "Type", "ID", "id ", "params2", "seq", "event", "ok", "", this.str(this.range(1, 12))]);
    return KNOWN_REQ_KEYS.includes(k) ? `${k}_` : k;
  }
  number(): number {
    return this.pick([0, -0, 1, -1, 3, 4, 2 ** 31, -(2 ** 53), 2 ** 53 + 1, 1e308, -1e-308, 3.14, 0.5, this.int(1e9), -this.int(1e6)]);
  }
  value(depth = 0): unknown {
    switch (this.int(depth > 2 ? 6 : 8)) {
      case 0: return null;
      case 1: return this.chance(0.5);
      case 2: return this.number();
      case 3: return this.str(this.int(12), ALPHA_JSONISH);
      case 4: return this.str(this.int(12), ALPHA_UNICODE);
      case 5: return "";
      case 6: return Array.from({ length: this.int(4) }, () => this.value(depth + 1));
      default: {
        const o: Record<string, unknown> = {};
        for (let i = this.int(4); i > 0; i--) o[this.str(this.range(1, 6))] = this.value(depth + 1);
        return o;
      }
    }
  }
  /** Any JSON value that is not a non-empty string. */
  notNonEmptyString(): unknown {
    return this.pick<unknown>([0, 1, -1, 3.5, true, false, null, [], {}, ["x"], { a: 1 }, ""]);
  }
  /** Applies 1–5 character-level edits to a text frame. */
  mutateText(s: string): string {
    let t = s;
    for (let n = this.range(1, 5); n > 0; n--) {
      const at = this.int(t.length + 1);
      switch (this.int(8)) {
        case 0: t = t.slice(0, at) + this.str(1) + t.slice(at + 1); break; // replace
        case 1: t = t.slice(0, at) + this.str(this.range(1, 8)) + t.slice(at); break; // insert
        case 2: t = t.slice(0, at) + t.slice(at + this.range(1, 10)); break; // delete a range
        case 3: t = t.slice(0, at); break; // truncate
        case 4: { const len = this.range(1, 20); t = t.slice(0, at) + t.slice(at, at + len) + t.slice(at); break; } // duplicate
        case 5: t = t.slice(0, at) + this.pick(["\"", "\\", "{", "}", "[", "]", ",", ":", "\\u", "\\ud800", "\u0000"]) + t.slice(at); break;
        case 6: { const j = this.int(t.length + 1); const a = Math.min(at, j); const b = Math.max(at, j); t = t.slice(0, a) + t.slice(b) + t.slice(a, b); break; } // move a range
        default: t = this.pick(["", " ", "\n"]) + t + this.pick(["", " ", "}", "]", ",", "\u0000"]); break;
      }
    }
    return t;
  }
}

/** A deeply nested JSON text (arrays or objects), built as text so the generator never recurses. */
export function deepJson(depth: number, kind: "array" | "object"): string {
  return kind === "array" ? "[".repeat(depth) + "1" + "]".repeat(depth) : '{"a":'.repeat(depth) + "1" + "}".repeat(depth);
}

/** Invalid UTF-8 byte sequences (lone continuation, overlong, surrogate, truncated, out of range, 0xFF). */
const BAD_UTF8 = [[0x80], [0xbf], [0xc0, 0xaf], [0xc1, 0xbf], [0xe0, 0x80, 0xaf], [0xed, 0xa0, 0x80], [0xed, 0xbf, 0xbf], [0xe2, 0x82], [0xf0, 0x9f, 0x98], [0xf4, 0x90, 0x80, 0x80], [0xf5, 0x80, 0x80, 0x80], [0xfe], [0xff], [0xc3]];

export function invalidUtf8Text(g: Gen, base: string): Buffer {
  const body = Buffer.from(base);
  const at = g.int(body.length + 1);
  const bad = Buffer.from(g.pick(BAD_UTF8));
  // A truncated sequence is only invalid when nothing completes it: follow it with ASCII.
  return Buffer.concat([body.subarray(0, at), bad, Buffer.from("x"), body.subarray(at)]);
}
