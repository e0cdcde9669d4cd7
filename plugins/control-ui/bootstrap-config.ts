/**
 * `GET <base>/control-ui-config.json`: the runtime settings the official Control UI fetches before it
 * connects (field names as upstream serves them). Every value states what this gateway has: no
 * assistant identity of its own beyond upstream's default, no terminal, no CLI agents, no plugin
 * frames. Like upstream, it needs the gateway credential, except for direct loopback clients.
 */
import { sendJson, type HttpRouteHandler } from "../../core/sdk/plugin.js";

/** Upstream's default assistant identity, shown until an agent identity is configured. */
const DEFAULT_ASSISTANT = { name: "Assistant", avatar: "A" } as const;

export interface BootstrapConfigInput {
  /** "" for the root, else "/ui" (no trailing slash), as the page's base path attribute. */
  prefix: string;
  version: string;
  authMode: string;
}

export function bootstrapConfig(input: BootstrapConfigInput): Record<string, unknown> {
  return {
    basePath: input.prefix,
    assistantName: DEFAULT_ASSISTANT.name,
    assistantAvatar: DEFAULT_ASSISTANT.avatar,
    assistantAvatarSource: null,
    assistantAvatarStatus: null,
    assistantAvatarReason: null,
    serverVersion: input.version,
    embedSandbox: "scripts",
    allowExternalEmbedUrls: false,
    automaticallyFetchFavicons: true,
    communityInvite: true,
    terminalEnabled: false,
    cliAgentsEnabled: false,
    pluginAssetsRequireAuth: input.authMode !== "none",
    pluginFrameGrants: [],
  };
}

export function bootstrapConfigRoute(input: BootstrapConfigInput): HttpRouteHandler {
  const body = bootstrapConfig(input);
  return (req, res) => {
    if (req.method === "HEAD") {
      res.writeHead(200, { "content-type": "application/json; charset=utf-8", "cache-control": "no-cache" });
      return void res.end();
    }
    sendJson(res, 200, body, { "cache-control": "no-cache" });
  };
}
