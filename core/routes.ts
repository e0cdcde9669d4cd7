/** HTTP and WebSocket-upgrade route registries. Paths are exact, or a prefix ending in `/*`. */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import type { HttpMethod, RouteOptions, UpgradeOptions } from "./types.js";
import { hostError } from "./host-errors.js";

export type RouteHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => void | Promise<void>;
export type UpgradeHandler = (req: IncomingMessage, socket: Duplex, head: Buffer, url: URL) => void;

export interface Route {
  method: HttpMethod;
  path: string;
  owner: string;
  options: RouteOptions;
  handler: RouteHandler;
}

interface UpgradeRoute {
  path: string;
  owner: string;
  options: UpgradeOptions;
  handler: UpgradeHandler;
}

export type RouteMatch = { kind: "found"; route: Route } | { kind: "method-not-allowed"; allow: string[] } | { kind: "none" };

function matches(pattern: string, pathname: string): boolean {
  if (pattern.endsWith("/*")) {
    const base = pattern.slice(0, -2);
    return pathname === base || pathname.startsWith(`${base}/`);
  }
  return pattern === pathname;
}

export class RouteRegistry {
  private readonly routes: Route[] = [];
  private readonly upgrades: UpgradeRoute[] = [];

  register(method: HttpMethod, path: string, handler: RouteHandler, options: RouteOptions, owner: string): () => void {
    if (!path.startsWith("/")) throw hostError("OC_ERR_BAD_ROUTE_PATH", path);
    const clash = this.routes.find((r) => r.method === method && r.path === path);
    if (clash) throw hostError("OC_ERR_DUPLICATE_ROUTE", `${method} ${path}`, clash.owner, owner);
    const route: Route = { method, path, owner, options, handler };
    this.routes.push(route);
    // Longest (most specific) pattern first, so /a/b/* wins over /a/*.
    this.routes.sort((a, b) => b.path.length - a.path.length);
    return () => {
      const i = this.routes.indexOf(route);
      if (i >= 0) this.routes.splice(i, 1);
    };
  }

  registerUpgrade(path: string, handler: UpgradeHandler, owner: string, options: UpgradeOptions = {}): () => void {
    if (path === "/") throw hostError("OC_ERR_RESERVED_PATH", path);
    const clash = this.upgrades.find((u) => u.path === path);
    if (clash) throw hostError("OC_ERR_DUPLICATE_UPGRADE", path, clash.owner);
    const entry = { path, owner, options, handler };
    this.upgrades.push(entry);
    return () => {
      const i = this.upgrades.indexOf(entry);
      if (i >= 0) this.upgrades.splice(i, 1);
    };
  }

  match(method: string, pathname: string): RouteMatch {
    const allow = new Set<string>();
    for (const route of this.routes) {
      if (!matches(route.path, pathname)) continue;
      if (route.method === method || (method === "HEAD" && route.method === "GET")) return { kind: "found", route };
      allow.add(route.method);
    }
    return allow.size ? { kind: "method-not-allowed", allow: [...allow] } : { kind: "none" };
  }

  matchUpgrade(pathname: string): UpgradeRoute | undefined {
    return this.upgrades.find((u) => matches(u.path, pathname));
  }

  list(): Array<{ method: string; path: string; owner: string }> {
    return [
      ...this.routes.map((r) => ({ method: r.method, path: r.path, owner: r.owner })),
      ...this.upgrades.map((u) => ({ method: "UPGRADE", path: u.path, owner: u.owner })),
    ];
  }
}
