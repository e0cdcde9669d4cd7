/**
 * The Control UI's exec approvals panel in headless Chromium against a real gateway with the
 * exec-approvals plugin: requests from a real operator client appear live and are answered from the page.
 */
import { describe, expect, it } from "vitest";
import execApprovals from "../../plugins/exec-approvals/index.js";
import type { GatewayClient } from "../../core/client.js";
import { HAVE_CHROMIUM, browser, openUi, start, useControlUiBrowser } from "./control-ui-harness.js";

useControlUiBrowser();

const ask = (op: GatewayClient, argv: string[]) => {
  const final = op.request<{ id: string; decision: string | null }>("exec.approval.request",
    { command: argv.join(" "), commandArgv: argv, host: "gateway", agentId: "main", timeoutMs: 60_000 }, { expectFinal: true, timeoutMs: 70_000 });
  final.catch(() => undefined); // awaited below; an earlier failure must not add an unhandled rejection
  return final;
};

describe.skipIf(!HAVE_CHROMIUM)("control UI: exec approvals panel", () => {
  it("shows requests live and answers them with Approve once, Always and Deny", async () => {
    const gw = await start({ extraPlugins: [execApprovals] });
    const page = await browser.newPage();
    await openUi(page, gw);
    const panel = page.getByRole("region", { name: "Exec approvals" });
    await panel.getByText("No commands are waiting for approval.").waitFor();
    const op = await gw.client();

    const once = ask(op, ["/usr/bin/uname", "-a"]);
    await panel.getByRole("button", { name: "Approve once /usr/bin/uname -a" }).click();
    await panel.getByText("Approved once: /usr/bin/uname -a").waitFor();
    expect(await once).toMatchObject({ decision: "allow-once" });

    const always = ask(op, ["/usr/bin/id", "-u"]);
    await panel.getByRole("button", { name: "Always allow /usr/bin/id -u" }).click();
    await panel.getByText("Approved always: /usr/bin/id -u").waitFor();
    expect(await always).toMatchObject({ decision: "allow-always" });

    const denied = ask(op, ["/bin/rm", "-rf", "/tmp/nothing"]);
    await panel.getByRole("button", { name: "Deny /bin/rm -rf /tmp/nothing" }).click();
    await panel.getByText("Denied: /bin/rm -rf /tmp/nothing").waitFor();
    expect(await denied).toMatchObject({ decision: "deny" });
    const history = await op.request<{ items: Array<{ decision: string; resolver: { kind: string; id: string } }> }>("approval.history", {});
    expect(history.items.map((e) => e.decision)).toEqual(["deny", "allow-always", "allow-once"]);
    expect(history.items[0].resolver).toMatchObject({ kind: "device", id: expect.stringMatching(/^device:[0-9a-f]{64}$/) }); // the browser's paired device

    // Answered elsewhere: the row leaves the page from the resolved event alone.
    const elsewhere = ask(op, ["/usr/bin/whoami"]);
    const row = panel.getByRole("button", { name: "Approve once /usr/bin/whoami" });
    await row.waitFor();
    const [pending] = await op.request<Array<{ id: string }>>("exec.approval.list", {});
    await op.request("exec.approval.resolve", { id: pending.id, decision: "deny" });
    expect(await elsewhere).toMatchObject({ decision: "deny" });
    await row.waitFor({ state: "detached" });
    await panel.getByText("No commands are waiting for approval.").waitFor();
  });
});
