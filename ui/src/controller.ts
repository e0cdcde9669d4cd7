/**
 * The page's state: the token, the connection, and what the dashboard shows (health, presence,
 * nodes, pairing requests, channels), kept current from events and refreshed after a reconnect or a
 * `seq` gap. Views subscribe to it; chat, logs and config make their own requests through it.
 */
import { GatewayConnection, RequestError, type ConnStatus } from "./gateway-client";
import { loadDeviceIdentity, type DeviceIdentity } from "./device-identity";
import { randomId } from "./format";
import type { ChannelsStatus, Health, Hello, NodeRow, PendingDevice, PendingNode, PresenceEntry } from "./protocol";

const TOKEN_KEY = "openclaw.controlUi.token";
const DEVICE_TOKEN_KEY = "openclaw.controlUi.deviceToken";

export interface AppState {
  token: string | null;
  status: ConnStatus;
  hello: Hello | null;
  /** performance.now() when hello-ok arrived (uptime is counted from here). */
  helloAt: number;
  /** This browser's device id; null when it connects with the token alone. */
  deviceId: string | null;
  health: Health | null;
  presence: PresenceEntry[];
  nodes: NodeRow[] | null;
  nodesError?: string;
  pendingDevices: PendingDevice[];
  pendingNodes: PendingNode[];
  pairingError?: string;
  channels: ChannelsStatus | null;
  /** Bumped on every reconnect and seq gap: views holding their own data reload on change. */
  epoch: number;
}

type Listener = () => void;
type EventListener = (payload: unknown) => void;

const storage = {
  get: (k: string) => {
    try {
      return localStorage.getItem(k);
    } catch {
      return null;
    }
  },
  set: (k: string, v: string | null) => {
    try {
      if (v === null) localStorage.removeItem(k);
      else localStorage.setItem(k, v);
    } catch {
      // private mode without storage: the token lives for this page only
    }
  },
};

export class Controller {
  state: AppState = {
    token: storage.get(TOKEN_KEY),
    status: { phase: "stopped" },
    hello: null,
    helloAt: 0,
    deviceId: null,
    health: null,
    presence: [],
    nodes: null,
    pendingDevices: [],
    pendingNodes: [],
    channels: null,
    epoch: 0,
  };
  private conn: GatewayConnection | null = null;
  private device: Promise<DeviceIdentity | null> = loadDeviceIdentity().catch(() => null);
  private readonly listeners = new Set<Listener>();
  private readonly eventListeners = new Map<string, Set<EventListener>>();
  private readonly instanceId = sessionInstanceId();
  private nodesTimer = 0;

  subscribe(fn: Listener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** Raw gateway events (chat, logs): returns the remover. */
  on(event: string, fn: EventListener): () => void {
    let set = this.eventListeners.get(event);
    if (!set) this.eventListeners.set(event, (set = new Set()));
    set.add(fn);
    return () => set.delete(fn);
  }

  has(method: string): boolean {
    return this.state.hello?.features.methods.includes(method) ?? false;
  }

  request<T = unknown>(method: string, params: unknown = {}): Promise<T> {
    if (!this.conn) return Promise.reject(new Error("not connected to the gateway"));
    return this.conn.request<T>(method, params);
  }

  start(): void {
    if (this.state.token !== null) void this.connect();
  }

  setToken(token: string): void {
    storage.set(TOKEN_KEY, token);
    this.set({ token });
    void this.connect();
  }

  forgetToken(): void {
    storage.set(TOKEN_KEY, null);
    storage.set(DEVICE_TOKEN_KEY, null);
    this.conn?.stop();
    this.conn = null;
    this.set({ token: null, hello: null, status: { phase: "stopped" } });
  }

  retryNow(): void {
    this.conn?.retryNow();
  }

  /**
   * Approves this browser's own pairing request with the shared token: a short token-only
   * connection (not gated by device pairing) calls device.pair.approve, then the page reconnects.
   */
  async approveSelf(): Promise<void> {
    const requestId = this.state.status.requestId;
    if (!requestId || this.state.token === null) return;
    const once = new GatewayConnection({ token: this.state.token, device: null, instanceId: `${this.instanceId}-approve`, reconnect: false });
    try {
      await once.start();
      await once.request("device.pair.approve", { requestId });
    } finally {
      once.stop();
    }
    this.retryNow();
  }

  private set(patch: Partial<AppState>): void {
    this.state = { ...this.state, ...patch };
    for (const fn of this.listeners) fn();
  }

  private async connect(): Promise<void> {
    this.conn?.stop();
    const device = await this.device;
    const token = this.state.token ?? "";
    const conn = new GatewayConnection({
      token,
      device,
      deviceToken: () => storage.get(DEVICE_TOKEN_KEY) ?? undefined,
      instanceId: this.instanceId,
      reconnect: true,
      onStatus: (status) => this.conn === conn && this.set({ status }),
      onHello: (hello) => this.onHello(hello),
      onEvent: (event, payload) => this.onEvent(event, payload),
      onGap: () => this.refreshAll(),
    });
    this.conn = conn;
    this.set({ deviceId: device?.id ?? null });
    void conn.start().catch(() => undefined);
  }

  private onHello(hello: Hello): void {
    if (hello.auth?.deviceToken) storage.set(DEVICE_TOKEN_KEY, hello.auth.deviceToken);
    this.set({
      hello,
      helloAt: performance.now(),
      health: hello.snapshot.health,
      presence: hello.snapshot.presence,
      epoch: this.state.epoch + 1,
    });
    void this.refreshNodes();
    void this.refreshPairing();
    void this.refreshChannels();
  }

  private onEvent(event: string, payload: unknown): void {
    if (event === "health") {
      this.set({ health: payload as Health });
      void this.refreshChannels();
    } else if (event === "presence") {
      this.set({ presence: (payload as { presence?: PresenceEntry[] }).presence ?? [] });
      // Nodes come and go with presence changes; coalesce bursts into one node.list.
      clearTimeout(this.nodesTimer);
      this.nodesTimer = window.setTimeout(() => void this.refreshNodes(), 50);
    } else if (/^(node|device)\.pair\.(requested|resolved)$/.test(event)) {
      void this.refreshPairing();
      if (event === "node.pair.resolved") void this.refreshNodes();
    }
    for (const fn of this.eventListeners.get(event) ?? []) fn(payload);
  }

  /** After a seq gap: some broadcasts were missed, so read everything again. */
  private async refreshAll(): Promise<void> {
    this.set({ epoch: this.state.epoch + 1 });
    const [health, presence] = await Promise.all([
      this.request<Health>("health").catch(() => null),
      this.request<PresenceEntry[]>("system-presence").catch(() => null),
    ]);
    this.set({ ...(health ? { health } : {}), ...(Array.isArray(presence) ? { presence } : {}) });
    await Promise.all([this.refreshNodes(), this.refreshPairing(), this.refreshChannels()]);
  }

  private async refreshNodes(): Promise<void> {
    if (!this.has("node.list")) return this.set({ nodes: null, nodesError: undefined });
    try {
      const { nodes } = await this.request<{ nodes: NodeRow[] }>("node.list");
      this.set({ nodes, nodesError: undefined });
    } catch (err) {
      this.set({ nodesError: errorText(err) });
    }
  }

  private async refreshPairing(): Promise<void> {
    if (!this.has("device.pair.list")) return;
    try {
      const [devices, nodes] = await Promise.all([
        this.request<{ pending: PendingDevice[] }>("device.pair.list"),
        this.has("node.pair.list") ? this.request<{ pending: PendingNode[] }>("node.pair.list") : Promise.resolve({ pending: [] }),
      ]);
      this.set({ pendingDevices: devices.pending, pendingNodes: nodes.pending, pairingError: undefined });
    } catch (err) {
      this.set({ pairingError: errorText(err) });
    }
  }

  private async refreshChannels(): Promise<void> {
    if (!this.has("channels.status")) return this.set({ channels: null });
    try {
      this.set({ channels: await this.request<ChannelsStatus>("channels.status") });
    } catch {
      this.set({ channels: null }); // the health summary's channels section still shows
    }
  }
}

export function errorText(err: unknown): string {
  if (err instanceof RequestError) return `${err.code}: ${err.message}`;
  return err instanceof Error ? err.message : String(err);
}

function sessionInstanceId(): string {
  try {
    const saved = sessionStorage.getItem("openclaw.controlUi.instanceId");
    if (saved) return saved;
    const id = `control-ui-${randomId()}`;
    sessionStorage.setItem("openclaw.controlUi.instanceId", id);
    return id;
  } catch {
    return `control-ui-${randomId()}`;
  }
}
