/**
 * The script injected into HTML pages: it opens the live-reload socket (same host, under the same
 * capability prefix the page came through, offering the page's socket ticket), reloads on "reload" or
 * when the ticket went stale, and offers the bridge functions upstream pages call
 * (`openclawPostMessage`, `openclawSendUserAction`): the iOS/Android app's native handler when
 * present, otherwise the socket.
 */
import { CAP_PREFIX, WS_PATH } from "./paths.js";
import { STALE_TICKET_CLOSE, TICKET_PROTOCOL_PREFIX, TICKET_SLOT, ticketTemplate } from "./socket-tickets.js";

const CLIENT = `(function () {
  if (window.__openclawLiveReload) return;
  window.__openclawLiveReload = true;
  var cap = location.pathname.match(/^${CAP_PREFIX.replace(/\//g, "\\/")}\\/[A-Za-z0-9_-]+/);
  var url = (location.protocol === "https:" ? "wss://" : "ws://") + location.host + (cap ? cap[0] : "") + "${WS_PATH}";
  var protocol = "${TICKET_PROTOCOL_PREFIX}${TICKET_SLOT}";
  var ws = null, delay = 500;
  function connect() {
    try { ws = new WebSocket(url, [protocol]); } catch (e) { return; }
    ws.onopen = function () { delay = 500; };
    ws.onmessage = function (e) { if (e.data === "reload") location.reload(); };
    ws.onclose = function (e) {
      ws = null;
      if (e.code === ${STALE_TICKET_CLOSE}) { location.reload(); return; } // the gateway restarted or the page is old: a fresh load has a fresh ticket
      setTimeout(connect, delay);
      delay = Math.min(delay * 2, 10000);
    };
  }
  function nativeBridge() {
    var h = window.webkit && window.webkit.messageHandlers && window.webkit.messageHandlers.openclawCanvasA2UIAction;
    if (h) return function (m) { h.postMessage(m); };
    var a = window.openclawCanvasA2UIAction;
    if (a && a.postMessage) return function (m) { a.postMessage(JSON.stringify(m)); };
    return null;
  }
  window.openclawPostMessage = function (message) {
    var bridge = nativeBridge();
    if (bridge) { bridge(message); return true; }
    if (ws && ws.readyState === 1) { ws.send(JSON.stringify(message)); return true; }
    return false;
  };
  window.openclawSendUserAction = function (action) {
    return window.openclawPostMessage({ userAction: action });
  };
  connect();
})();`;

/** The script tag for one response, carrying that response's socket ticket. */
export const liveReloadSnippet = ticketTemplate(`<script data-openclaw-live-reload>${CLIENT}</script>`);

/** Inserts the snippet before the last `</body>` (any case), or appends it when there is none. */
export function injectLiveReload(html: Buffer, ticket: string): Buffer {
  const snippet = liveReloadSnippet(ticket);
  const at = lastBodyClose(html);
  if (at < 0) return Buffer.concat([html, snippet]);
  return Buffer.concat([html.subarray(0, at), snippet, html.subarray(at)]);
}

function lastBodyClose(html: Buffer): number {
  // Works on bytes so a page in any ASCII-compatible encoding keeps its bytes untouched.
  const text = html.toString("latin1");
  const match = /<\/body\s*>/gi;
  let last = -1;
  for (let m = match.exec(text); m; m = match.exec(text)) last = m.index;
  return last;
}
