/** What every route handler of this plugin gets. */
import type { Logger } from "../../core/sdk/plugin.js";
import type { AgentService } from "../agent/contract.js";
import type { OpenAiHttpSettings } from "./config.js";

export interface EndpointContext {
  readonly agent: AgentService;
  readonly settings: OpenAiHttpSettings;
  readonly log: Logger;
  /** A body that is not complete after this long gets 408. */
  readonly bodyTimeoutMs: number;
  /** How long a stream's head may wait for the first text before it is sent anyway. */
  readonly headDeferMs: number;
}
