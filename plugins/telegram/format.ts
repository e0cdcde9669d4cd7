/**
 * Agent text (light Markdown) → Telegram's HTML parse mode. Everything is escaped first; only
 * complete, well-formed constructs become tags (code blocks, inline code, bold, italic, strike,
 * links), so the result is valid HTML for Telegram. If Telegram still refuses it, the sender falls
 * back to plain text.
 */

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function markdownToTelegramHtml(text: string): string {
  const out: string[] = [];
  const fence = /```([A-Za-z0-9_+-]*)[ \t]*\n?([\s\S]*?)```/g;
  let last = 0;
  for (const m of text.matchAll(fence)) {
    out.push(inline(text.slice(last, m.index)));
    const lang = m[1] ? ` class="language-${m[1]}"` : "";
    out.push(`<pre><code${lang}>${escapeHtml(m[2].replace(/\n$/, ""))}</code></pre>`);
    last = (m.index ?? 0) + m[0].length;
  }
  out.push(inline(text.slice(last)));
  return out.join("");
}

function inline(text: string): string {
  return text
    .split(/(`[^`\n]+`)/g)
    .map((part, i) => (i % 2 === 1 ? `<code>${escapeHtml(part.slice(1, -1))}</code>` : styles(escapeHtml(part))))
    .join("");
}

function styles(html: string): string {
  return html
    .replace(/\[([^\]\n]+)\]\((https?:\/\/[^\s)]+)\)/g, (_m, label: string, url: string) => `<a href="${url}">${label}</a>`)
    .replace(/\*\*(?!\s)([^*\n]+?)(?<!\s)\*\*/g, "<b>$1</b>")
    .replace(/~~(?!\s)([^~\n]+?)(?<!\s)~~/g, "<s>$1</s>")
    .replace(/(^|[^*\w])\*(?![\s*])([^*\n]+?)(?<![\s*])\*(?![*\w])/g, "$1<i>$2</i>")
    .replace(/(^|[^_\w])_(?![\s_])([^_\n]+?)(?<![\s_])_(?![_\w])/g, "$1<i>$2</i>");
}
