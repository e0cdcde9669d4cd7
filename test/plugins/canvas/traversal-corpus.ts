/**
 * The traversal corpus: request targets that try to read outside the canvas root through
 * encodings, double encodings, backslashes, NUL, absolute, drive-letter and UNC paths, and dot
 * tricks. `outsideAbs` is the absolute path of a file outside the root; `outsideRel` is its path
 * relative to the root. Every payload goes below each mount prefix it is given.
 */

/** Ways to spell the parent-directory segment. */
const DOTDOT = ["..", "%2e%2e", "%2E%2E", ".%2e", "%2e.", "%252e%252e", "%25252e%25252e", "%c0%ae%c0%ae", "%u002e%u002e", "..%00", "%2e%2e%00", "..%c0%af"];
/** Ways to spell the separator. */
const SLASH = ["/", "%2f", "%2F", "\\", "%5c", "%5C", "%252f", "%255c", "%c0%af", "%e0%80%af", "//", "/./"];

export function traversalCorpus(outsideRel: string, outsideAbs: string): string[] {
  const out = new Set<string>();
  const relParts = outsideRel.split("/");
  // ../../<outside> in every dot spelling x separator spelling, at two depths.
  for (const dd of DOTDOT) {
    for (const sep of SLASH) {
      const ups = relParts.filter((p) => p === "..").length;
      const rest = relParts.filter((p) => p !== "..").join(sep);
      out.add(`${Array(ups).fill(dd).join(sep)}${sep}${rest}`);
      out.add(`sub${sep}${Array(ups + 1).fill(dd).join(sep)}${sep}${rest}`);
    }
  }
  const absEnc = outsideAbs.replace(/\//g, "%2f");
  const absBack = outsideAbs.replace(/\//g, "\\");
  for (const p of [
    // absolute and rooted
    outsideAbs.slice(1),
    `/${outsideAbs.slice(1)}`,
    absEnc,
    `%2f${absEnc.slice(3)}`,
    `%252f${outsideAbs.slice(1).replace(/\//g, "%252f")}`,
    absBack,
    `%5c${absBack.slice(1).replace(/\\/g, "%5c")}`,
    "/etc/passwd",
    "%2fetc%2fpasswd",
    "etc/passwd%00",
    "/proc/self/environ",
    "%2fproc%2fself%2fenviron",
    // UNC and drive letters
    "\\\\server\\share\\secret.txt",
    "%5c%5cserver%5cshare%5csecret.txt",
    "//server/share/secret.txt",
    "%2f%2fserver%2fshare",
    "C:\\Windows\\win.ini",
    "C:/Windows/win.ini",
    "C%3a%5cWindows%5cwin.ini",
    "c:%2fwindows%2fwin.ini",
    "\\\\?\\C:\\Windows\\win.ini",
    "\\\\.\\pipe\\x",
    // NUL and control characters
    "index.html%00.png",
    "index.html%00",
    "%00",
    "..%00/..%00/etc/passwd",
    "%2500",
    "a%0d%0aSet-Cookie:%20x=1",
    "%0a",
    "%7f",
    // dot tricks
    "....//....//etc/passwd",
    ".../.../etc/passwd",
    "..;/..;/etc/passwd",
    "..%3b/..%3b/etc/passwd",
    "./../" + outsideRel,
    "%2e/%2e%2e/" + outsideRel,
    ".%2f..%2f" + outsideRel.replace(/\//g, "%2f"),
    "..",
    "%2e%2e",
    "../",
    "%2e%2e%2f",
    ".",
    "%2e",
    // malformed encodings
    "%",
    "%zz",
    "%e0%80",
    "%c0",
    "%%32%65%%32%65/" + outsideRel,
    "%252e%252e%252f" + outsideRel,
  ]) {
    out.add(p);
  }
  return [...out];
}
