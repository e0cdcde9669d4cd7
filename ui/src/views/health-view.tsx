/** Health at a glance: ok/degraded, version, uptime, this connection, plugins. */
import { useEffect } from "preact/hooks";
import { useAppState, useNow } from "../hooks";
import { formatDuration } from "../format";

/** performance.mark name set when health is first on screen (the browser test reads it). */
export const HEALTH_MARK = "openclaw:health-rendered";

export function HealthView() {
  const { hello, helloAt, health, status, deviceId } = useAppState();
  useNow(1000);
  useEffect(() => {
    if (health && performance.getEntriesByName(HEALTH_MARK).length === 0) performance.mark(HEALTH_MARK);
  }, [health]);
  if (!hello) return null;
  const connected = status.phase === "connected";
  const uptime = hello.snapshot.uptimeMs + (connected ? performance.now() - helloAt : 0);
  const failed = health?.plugins?.failed ?? [];
  const ok = health?.ok !== false;
  return (
    <section class="card" aria-labelledby="health-title">
      <h2 id="health-title">Health</h2>
      <p class={`state ${ok ? "good" : "bad"}`} data-health={ok ? "ok" : "degraded"}>
        {ok ? "Healthy" : "Degraded"}
      </p>
      <dl class="facts">
        <dt>Uptime</dt>
        <dd data-uptime>{formatDuration(uptime)}</dd>
        <dt>Version</dt>
        <dd>{hello.server.version}</dd>
        {hello.server.host && (
          <>
            <dt>Host</dt>
            <dd>{hello.server.host}</dd>
          </>
        )}
        <dt>Protocol</dt>
        <dd>{hello.protocol}</dd>
        <dt>This browser</dt>
        <dd>{deviceId ? `device ${deviceId.slice(0, 12)}…` : "token only (no device identity in this browser)"}</dd>
        <dt>Access</dt>
        <dd>{hello.auth ? hello.auth.scopes.map((s) => s.replace("operator.", "")).join(", ") : "operator"}</dd>
        <dt>Plugins</dt>
        <dd>{health?.plugins?.loaded?.join(", ") || "none"}</dd>
      </dl>
      {failed.length > 0 && (
        <ul class="issues" aria-label="Failed plugins">
          {failed.map((p) => (
            <li key={p.name}>
              <strong>{p.name}</strong> {p.state}: {p.error}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
