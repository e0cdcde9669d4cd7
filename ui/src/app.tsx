/** The page: header, token form or dashboard (status cards, WebChat, logs, config). */
import type { Controller } from "./controller";
import { ControllerContext, useAppState, useController } from "./hooks";
import { TokenForm } from "./views/token-form";
import { ConnectionBanner, ConnectionPill } from "./views/connection";
import { HealthView } from "./views/health-view";
import { ChannelsView } from "./views/channels-view";
import { ClientsView } from "./views/clients-view";
import { PairingView } from "./views/pairing-view";
import { ApprovalsView } from "./views/approvals-view";
import { ChatView } from "./views/chat-view";
import { LogsView } from "./views/logs-view";
import { ConfigView } from "./views/config-view";

export function App({ controller }: { controller: Controller }) {
  return (
    <ControllerContext.Provider value={controller}>
      <Shell />
    </ControllerContext.Provider>
  );
}

function Shell() {
  const c = useController();
  const state = useAppState();
  const needsToken = state.token === null || state.status.phase === "unauthorized";
  return (
    <>
      <a class="skip" href="#main">Skip to content</a>
      <header class="top">
        <h1>OpenClaw Control</h1>
        {state.token !== null && <ConnectionPill />}
        {state.token !== null && (
          <button type="button" class="ghost" onClick={() => c.forgetToken()}>
            Forget token
          </button>
        )}
      </header>
      <main id="main">
        {needsToken ? (
          <TokenForm />
        ) : (
          <>
            <ConnectionBanner />
            {state.hello && (
              <div class="grid">
                <HealthView />
                <ChannelsView />
                <ClientsView />
                <PairingView />
                <ApprovalsView />
                <ChatView />
                <LogsView />
                <ConfigView />
              </div>
            )}
          </>
        )}
      </main>
    </>
  );
}
