/**
 * A command line as argv, without a shell: words split on blanks, single and double quotes and backslash
 * escapes honoured. Shell syntax (pipes, redirections, `;`, `&`, `$`, backticks, globs) is refused rather
 * than passed on literally, so the argv the reviewer approves is exactly what runs.
 */
const SHELL_SYNTAX = /[|&;<>()$`*?[\]{}~!#]/;

export function splitCommandLine(line: string): { argv: string[] } | { error: string } {
  const argv: string[] = [];
  let word = "";
  let inWord = false;
  let quote: "'" | '"' | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (quote) {
      if (c === quote) quote = null;
      else if (c === "\\" && quote === '"' && i + 1 < line.length && '"\\'.includes(line[i + 1] as string)) word += line[++i];
      else word += c;
      continue;
    }
    if (c === "'" || c === '"') {
      quote = c;
      inWord = true;
    } else if (c === "\\" && i + 1 < line.length) {
      word += line[++i];
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) argv.push(word);
      word = "";
      inWord = false;
    } else if (SHELL_SYNTAX.test(c)) {
      return { error: `shell syntax ${JSON.stringify(c)} is not supported: exec runs one program without a shell (pass argv, or quote the character)` };
    } else {
      word += c;
      inWord = true;
    }
  }
  if (quote) return { error: `unterminated ${quote} quote in the command line` };
  if (inWord) argv.push(word);
  if (!argv.length) return { error: "the command line is empty" };
  return { argv };
}

/** argv as one readable line (quoted where needed), for reviewers and logs. */
export function formatArgv(argv: readonly string[]): string {
  return argv.map((a) => (/^[A-Za-z0-9_@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, "'\\''")}'`)).join(" ");
}
