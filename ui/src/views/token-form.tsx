/** Asks for the gateway token once; it is kept in localStorage and never put in a URL. */
import { useState } from "preact/hooks";
import { useAppState, useController } from "../hooks";

export function TokenForm() {
  const c = useController();
  const state = useAppState();
  const [value, setValue] = useState("");
  const refused = state.status.phase === "unauthorized" ? state.status.message : undefined;
  return (
    <section class="card narrow" aria-labelledby="token-title">
      <h2 id="token-title">Connect to this gateway</h2>
      <p>
        Paste the gateway token. The gateway prints it on its first start; show it again with <code>openclaw gateway token</code>.
        It is kept in this browser's local storage, never in a URL.
      </p>
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          c.setToken(value.trim());
          setValue("");
        }}
      >
        <label for="token-input">Gateway token</label>
        <input
          id="token-input"
          name="token"
          type="password"
          autocomplete="off"
          spellcheck={false}
          value={value}
          onInput={(e) => setValue(e.currentTarget.value)}
          aria-describedby={refused ? "token-error" : undefined}
        />
        <button type="submit">Connect</button>
      </form>
      <p class="hint">Leave it empty if the gateway runs with <code>gateway.auth.mode: "none"</code>.</p>
      {refused && (
        <p id="token-error" class="error" role="alert">
          The gateway refused the token: {refused}
        </p>
      )}
    </section>
  );
}
