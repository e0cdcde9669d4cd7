/**
 * The bundled A2UI page served at /__openclaw__/a2ui/. It renders A2UI v0.8 JSONL messages
 * (surfaceUpdate, dataModelUpdate, beginRendering, deleteSurface) with the components a canvas
 * needs (Text, Button, Image, Column, Row, List, Card, Divider), pushed over the canvas socket, and
 * sends button presses back as `userAction` (native app bridge when present, else the socket).
 * Everything is built with DOM calls: pushed text never becomes markup. Like every canvas page it runs
 * sandboxed, so its socket offers the ticket of its response (see socket-tickets.ts).
 */
import { CAP_PREFIX, WS_PATH } from "./paths.js";
import { STALE_TICKET_CLOSE, TICKET_PROTOCOL_PREFIX, TICKET_SLOT, ticketTemplate } from "./socket-tickets.js";

const SCRIPT = `(function () {
  var surfaces = {}, app = document.getElementById("app"), state = document.getElementById("state");
  var cap = location.pathname.match(/^${CAP_PREFIX.replace(/\//g, "\\/")}\\/[A-Za-z0-9_-]+/);
  var url = (location.protocol === "https:" ? "wss://" : "ws://") + location.host + (cap ? cap[0] : "") + "${WS_PATH}?channel=a2ui";
  var protocol = "${TICKET_PROTOCOL_PREFIX}${TICKET_SLOT}";
  var ws = null, delay = 500;
  function surface(id) { return surfaces[id] || (surfaces[id] = { components: {}, data: {}, root: null }); }
  function getPath(data, path) {
    var cur = data;
    String(path).split("/").filter(Boolean).forEach(function (k) { cur = cur == null ? undefined : cur[k]; });
    return cur;
  }
  function value(s, bound) {
    if (bound == null) return "";
    if (typeof bound !== "object") return bound;
    if ("literalString" in bound) return bound.literalString;
    if ("literalNumber" in bound) return bound.literalNumber;
    if ("literalBoolean" in bound) return bound.literalBoolean;
    if ("path" in bound) { var v = getPath(s.data, bound.path); return v == null ? "" : v; }
    return "";
  }
  function contents(entries) {
    var out = {};
    (entries || []).forEach(function (e) {
      if (!e || typeof e.key !== "string") return;
      out[e.key] = "valueString" in e ? e.valueString : "valueNumber" in e ? e.valueNumber : "valueBoolean" in e ? e.valueBoolean : "valueMap" in e ? contents(e.valueMap) : null;
    });
    return out;
  }
  function childIds(children) { return children && Array.isArray(children.explicitList) ? children.explicitList : []; }
  function sendAction(a) {
    var h = window.webkit && window.webkit.messageHandlers && window.webkit.messageHandlers.openclawCanvasA2UIAction;
    if (h) return h.postMessage({ userAction: a });
    var android = window.openclawCanvasA2UIAction;
    if (android && android.postMessage) return android.postMessage(JSON.stringify({ userAction: a }));
    if (ws && ws.readyState === 1) ws.send(JSON.stringify({ userAction: a }));
  }
  function build(s, surfaceId, id, depth) {
    var entry = s.components[id];
    if (!entry || depth > 50) return document.createTextNode("");
    var type = Object.keys(entry.component || {})[0], p = (entry.component || {})[type] || {}, el;
    switch (type) {
      case "Text":
        var hint = /^h[1-5]$/.test(p.usageHint) ? p.usageHint : p.usageHint === "caption" ? "small" : "p";
        el = document.createElement(hint);
        el.textContent = String(value(s, p.text));
        break;
      case "Image":
        el = document.createElement("img");
        var src = String(value(s, p.url));
        if (/^(https?:|data:image\\/|\\/)/i.test(src)) el.src = src;
        el.alt = String(value(s, p.altText) || "");
        break;
      case "Button":
        el = document.createElement("button");
        if (p.primary) el.className = "primary";
        el.appendChild(p.child ? build(s, surfaceId, p.child, depth + 1) : document.createTextNode(String(value(s, p.label) || "Button")));
        el.addEventListener("click", function () {
          var action = p.action || {}, ctx = {};
          (action.context || []).forEach(function (c) { if (c && typeof c.key === "string") ctx[c.key] = value(s, c.value); });
          sendAction({ name: String(action.name || id), surfaceId: surfaceId, sourceComponentId: id, timestamp: new Date().toISOString(), context: ctx });
        });
        break;
      case "Column": case "Row": case "List": case "Card":
        el = document.createElement("div");
        el.className = type.toLowerCase();
        (p.child ? [p.child] : childIds(p.children)).forEach(function (c) { el.appendChild(build(s, surfaceId, c, depth + 1)); });
        break;
      case "Divider":
        el = document.createElement("hr");
        break;
      default:
        el = document.createElement("div");
        el.className = "unsupported";
        el.textContent = "[" + type + "]";
    }
    el.dataset.id = id;
    return el;
  }
  function render() {
    app.textContent = "";
    Object.keys(surfaces).forEach(function (sid) {
      var s = surfaces[sid];
      if (!s.root) return;
      var box = document.createElement("section");
      box.className = "surface";
      box.dataset.surface = sid;
      box.appendChild(build(s, sid, s.root, 0));
      app.appendChild(box);
    });
    state.textContent = Object.keys(surfaces).length ? "" : "Waiting for A2UI messages…";
  }
  function apply(m) {
    if (m.surfaceUpdate) {
      var s = surface(m.surfaceUpdate.surfaceId || "main");
      (m.surfaceUpdate.components || []).forEach(function (c) { if (c && c.id) s.components[c.id] = c; });
    } else if (m.dataModelUpdate) {
      var d = surface(m.dataModelUpdate.surfaceId || "main"), parts = String(m.dataModelUpdate.path || "").split("/").filter(Boolean), target = d.data;
      parts.forEach(function (k) { target = target[k] = target[k] && typeof target[k] === "object" ? target[k] : {}; });
      Object.assign(target, contents(m.dataModelUpdate.contents));
    } else if (m.beginRendering) {
      surface(m.beginRendering.surfaceId || "main").root = m.beginRendering.root;
    } else if (m.deleteSurface) {
      delete surfaces[m.deleteSurface.surfaceId];
    }
  }
  function connect() {
    ws = new WebSocket(url, [protocol]);
    ws.onopen = function () { delay = 500; document.body.dataset.connected = "1"; };
    ws.onmessage = function (e) {
      var f; try { f = JSON.parse(e.data); } catch (err) { return; }
      if (f.type === "a2ui.reset") surfaces = {};
      else if (f.type === "a2ui" && Array.isArray(f.messages)) f.messages.forEach(apply);
      render();
    };
    ws.onclose = function (e) {
      document.body.dataset.connected = "";
      if (e.code === ${STALE_TICKET_CLOSE}) { location.reload(); return; } // a fresh load has a fresh ticket (and the replayed surfaces)
      setTimeout(connect, delay);
      delay = Math.min(delay * 2, 10000);
    };
  }
  window.openclawA2UI = { apply: function (m) { apply(m); render(); }, reset: function () { surfaces = {}; render(); } };
  render();
  connect();
})();`;

/** The A2UI page for one response, carrying that response's socket ticket. */
export const a2uiPage = ticketTemplate(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>OpenClaw A2UI</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0; padding: 1rem; background: #fff; color: #111; }
  .surface { max-width: 40rem; margin: 0 auto 1rem; }
  .column, .list { display: flex; flex-direction: column; gap: .5rem; }
  .row { display: flex; flex-direction: row; gap: .5rem; align-items: center; flex-wrap: wrap; }
  .card { border: 1px solid #ddd; border-radius: 8px; padding: .75rem; }
  img { max-width: 100%; border-radius: 6px; }
  button { font: inherit; padding: .45rem .9rem; border-radius: 6px; border: 1px solid #bbb; background: #f4f4f4; cursor: pointer; }
  button.primary { background: #2457d6; border-color: #2457d6; color: #fff; }
  .unsupported { color: #999; font-size: .85rem; }
  #state { color: #888; }
</style>
</head>
<body>
<div id="app"></div>
<p id="state"></p>
<script>${SCRIPT}</script>
</body>
</html>
`);
