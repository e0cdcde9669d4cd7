/**
 * The config: a read-only view (secrets redacted by the gateway) with its validation state, and a
 * JSON5 merge-patch editor applied with config.patch {raw, baseHash}. A refused patch shows the
 * gateway's reasons; nothing is written then.
 */
import { useEffect, useState } from "preact/hooks";
import { errorText } from "../controller";
import { RequestError } from "../gateway-client";
import { useAppState, useController } from "../hooks";
import type { ConfigSnapshot } from "../protocol";

type Outcome = { ok: true; text: string } | { ok: false; text: string; issues: Array<{ path: string; message: string }> };

export function ConfigView() {
  const c = useController();
  const { status, epoch } = useAppState();
  const [snap, setSnap] = useState<ConfigSnapshot | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [patch, setPatch] = useState("");
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const connected = status.phase === "connected";
  const canWrite = c.has("config.patch") && (c.state.hello?.auth?.scopes.includes("operator.admin") ?? true);

  const load = async () => {
    try {
      setSnap(await c.request<ConfigSnapshot>("config.get"));
      setLoadError(null);
    } catch (err) {
      setLoadError(errorText(err));
    }
  };

  useEffect(() => {
    if (connected) void load();
  }, [connected, epoch]);

  const apply = async () => {
    if (!snap) return;
    setBusy(true);
    setOutcome(null);
    try {
      const r = await c.request<{ path: string; hash: string }>("config.patch", { raw: patch, baseHash: snap.hash });
      setOutcome({ ok: true, text: `Written to ${r.path}. The gateway reloads what changed.` });
      setPatch("");
      await load();
    } catch (err) {
      const issues = err instanceof RequestError ? (((err.error.details as { issues?: unknown } | undefined)?.issues as Array<{ path: string; message: string }> | undefined) ?? []) : [];
      setOutcome({ ok: false, text: errorText(err), issues });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card wide" aria-labelledby="config-title">
      <h2 id="config-title">Config</h2>
      {loadError && <p class="error">{loadError}</p>}
      {snap && (
        <>
          <p>
            <span class={`badge ${snap.valid ? "good" : "bad"}`} data-config-valid={String(snap.valid)}>
              {snap.valid ? "valid" : "invalid"}
            </span>{" "}
            <code>{snap.path}</code>
            {!snap.exists && <span class="muted"> (no file yet: running on defaults)</span>}
            <span class="muted"> · hash {snap.hash.slice(0, 12)}</span>
          </p>
          {snap.issues.length > 0 && (
            <ul class="issues" aria-label="Config issues">
              {snap.issues.map((i) => (
                <li key={`${i.path}:${i.message}`}>
                  <code>{i.path}</code>: {i.message}
                </li>
              ))}
            </ul>
          )}
          <details>
            <summary>Current config (secrets hidden)</summary>
            <pre class="config" tabIndex={0}>
              {snap.raw ?? JSON.stringify(snap.config, null, 2)}
            </pre>
          </details>
        </>
      )}
      <form
        class="stack"
        onSubmit={(e) => {
          e.preventDefault();
          void apply();
        }}
      >
        <label for="config-patch">Change the config (JSON5 merge patch: objects merge, null deletes a key)</label>
        <textarea
          id="config-patch"
          rows={6}
          spellcheck={false}
          placeholder={'{ gateway: { controlUi: { basePath: "/" } } }'}
          value={patch}
          onInput={(e) => setPatch(e.currentTarget.value)}
          aria-describedby="config-outcome"
        />
        <div class="row">
          <button type="submit" disabled={!connected || !snap || busy || !patch.trim() || !canWrite}>
            Apply patch
          </button>
          {!canWrite && <span class="muted">Writing the config needs operator.admin.</span>}
        </div>
      </form>
      <div id="config-outcome">
        {outcome?.ok && (
          <p class="ok-text" role="status">
            {outcome.text}
          </p>
        )}
        {outcome && !outcome.ok && (
          <div class="error" role="alert">
            <p>Refused, nothing was applied: {outcome.text}</p>
            {outcome.issues.length > 0 && (
              <ul class="issues">
                {outcome.issues.map((i) => (
                  <li key={`${i.path}:${i.message}`}>
                    <code>{i.path}</code>: {i.message}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
