/**
 * Splits outbound text at a channel's limit, preferring paragraph, then line, then word boundaries,
 * so a long answer arrives as readable messages rather than cut mid-word.
 */

export const DEFAULT_TEXT_CHUNK_LIMIT = 4000;

/** A break point earlier than this share of the limit makes a chunk too short; look for a smaller boundary. */
const MIN_FILL = 0.3;

export function chunkText(text: string, limit = DEFAULT_TEXT_CHUNK_LIMIT): string[] {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`chunk limit must be a positive integer, got ${limit}`);
  const chunks: string[] = [];
  let rest = text.trim();
  while (rest.length > limit) {
    const cut = breakPoint(rest, limit);
    const head = rest.slice(0, cut).trimEnd();
    if (head) chunks.push(head);
    rest = rest.slice(cut).trimStart();
  }
  if (rest) chunks.push(rest);
  return chunks;
}

function breakPoint(text: string, limit: number): number {
  const window = text.slice(0, limit + 1); // a boundary right at the limit still counts
  const min = Math.floor(limit * MIN_FILL);
  for (const re of [/\n[ \t]*\n/g, /\n/g, /\s/g]) {
    const at = lastMatch(window, re);
    if (at >= min && at <= limit) return Math.max(at, 1);
  }
  const anySpace = lastMatch(window, /\s/g);
  if (anySpace > 0 && anySpace <= limit) return anySpace;
  // No boundary at all: cut hard, but never between the halves of a surrogate pair.
  const code = text.charCodeAt(limit - 1);
  // (With a limit of 1 a pair cannot be split at all: send it whole rather than cut nothing forever.)
  if (code >= 0xd800 && code <= 0xdbff) return limit > 1 ? limit - 1 : 2;
  return limit;
}

function lastMatch(text: string, re: RegExp): number {
  let last = -1;
  for (const m of text.matchAll(re)) last = m.index ?? last;
  return last;
}
