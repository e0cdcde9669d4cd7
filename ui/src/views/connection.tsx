/** The connection pill in the header and the banner shown while disconnected or waiting for pairing. */
import { useState } from "preact/hooks";
import { errorText } from "../controller";
import { useAppState, useController, useNow } from "../hooks";

const LABELS = { connecting: "Connecting…", connected: "Connected", disconnected: "Disconnected", pairing: "Awaiting approval", unauthorized: "Token refused", stopped: "Not connected" } as const;

export function ConnectionPill() {
  const { status } = useAppState();
  return (
    <span class={`pill ${status.phase}`} role="status" aria-live="polite">
      {LABELS[status.phase]}
    </span>
  );
}

export function ConnectionBanner() {
  const c = useController();
  const { status, deviceId } = useAppState();
  const now = useNow(1000);
  const [approveError, setApproveError] = useState<string | null>(null);
  const wait = status.retryAtMs ? Math.max(0, Math.ceil((status.retryAtMs - now) / 1000)) : 0;
  if (status.phase === "pairing") {
    return (
      <section class="banner warn" aria-labelledby="pairing-title">
        <h2 id="pairing-title">This browser needs pairing approval</h2>
        <p>
          The gateway knows this browser as device <code>{deviceId?.slice(0, 12)}…</code> and has not approved it yet. Approve it on
          the gateway host with <code>openclaw devices approve {status.requestId}</code>, or approve it here with the gateway token
          you entered. The page retries by itself.
        </p>
        <div class="row">
          <button
            type="button"
            onClick={() => {
              setApproveError(null);
              c.approveSelf().catch((err: unknown) => setApproveError(errorText(err)));
            }}
          >
            Approve this browser
          </button>
          <button type="button" class="ghost" onClick={() => c.retryNow()}>
            Retry now
          </button>
        </div>
        {approveError && (
          <p class="error" role="alert">
            Approval failed: {approveError}
          </p>
        )}
      </section>
    );
  }
  if (status.phase === "disconnected") {
    return (
      <section class="banner error-banner" role="alert" aria-labelledby="disconnected-title">
        <h2 id="disconnected-title">Disconnected from the gateway</h2>
        <p>
          {status.message ?? "The connection closed."} {wait > 0 ? `Reconnecting in ${wait} s.` : "Reconnecting…"}
        </p>
        <button type="button" class="ghost" onClick={() => c.retryNow()}>
          Retry now
        </button>
      </section>
    );
  }
  return null;
}
