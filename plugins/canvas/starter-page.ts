/** The root folder and the starter index.html written into an empty root on first start. */
import { mkdirSync, readdirSync, realpathSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Logger } from "../../core/sdk/plugin.js";

export const STARTER_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>OpenClaw Canvas</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0; padding: 2rem; background: #0f1115; color: #e8e8e8; }
  main { max-width: 40rem; margin: auto; }
  h1 { font-size: 1.6rem; margin: 0 0 .5rem; }
  code { background: #1d2129; padding: .1rem .35rem; border-radius: 4px; }
  button { font: inherit; padding: .5rem 1rem; margin: .25rem .5rem .25rem 0; border-radius: 6px; border: 1px solid #3b4252; background: #1d2129; color: inherit; cursor: pointer; }
  #status { color: #9aa4b2; font-size: .9rem; }
</style>
</head>
<body>
<main>
  <h1 id="title">OpenClaw Canvas</h1>
  <p>This page is <code>index.html</code> in your canvas folder. Edit it (or ask the agent to) and
  every device showing the canvas reloads at once.</p>
  <p>
    <button data-action="hello">Say hello</button>
    <button data-action="ping">Ping the agent</button>
  </p>
  <p id="status">Bridge: checking…</p>
</main>
<script>
  (function () {
    var status = document.getElementById("status");
    var native = (window.webkit && window.webkit.messageHandlers && window.webkit.messageHandlers.openclawCanvasA2UIAction) || window.openclawCanvasA2UIAction;
    status.textContent = native ? "Bridge: native app" : "Bridge: browser (actions go over the live-reload socket)";
    document.querySelectorAll("button[data-action]").forEach(function (b) {
      b.addEventListener("click", function () {
        var action = { name: b.dataset.action, surfaceId: "canvas", sourceComponentId: b.dataset.action, timestamp: new Date().toISOString(), context: {} };
        var sent = window.openclawSendUserAction && window.openclawSendUserAction(action);
        status.textContent = sent ? "Sent action: " + action.name : "Not sent (live reload is off or not connected)";
      });
    });
  })();
</script>
</body>
</html>
`;

/** The root and any parent we create (the workspace): the agent's files, private like the state dir. */
export const ROOT_DIR_MODE = 0o700;
const STARTER_FILE_MODE = 0o600;

/**
 * Creates the root if needed and writes the starter page when the root is empty. Returns the
 * realpath of the root (files are checked against it). An existing folder keeps its mode: it is
 * the user's (a configured root may be shared on purpose).
 *
 * Synchronous on purpose: four metadata calls (and one 2 KB write on the first start), once per
 * setup. Done through the thread pool they cost a loop round trip each, about 8 ms of start-up
 * against well under 1 ms this way (bench/startup-cost.mjs).
 */
export function prepareRoot(root: string, log: Logger): string {
  // The mode applies to every folder created on the way (umask can only narrow it, never widen).
  mkdirSync(root, { recursive: true, mode: ROOT_DIR_MODE });
  if (readdirSync(root).length === 0) {
    try {
      writeFileSync(join(root, "index.html"), STARTER_HTML, { flag: "wx", mode: STARTER_FILE_MODE });
      log.info(`wrote a starter page to ${join(root, "index.html")}`);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    }
  }
  return realpathSync(root);
}
