/**
 * This browser's device identity: an Ed25519 key pair made with WebCrypto and kept in IndexedDB
 * (the private key is not extractable). Where IndexedDB is unavailable the pair is kept in
 * localStorage as JWK; where Ed25519 is unavailable (old browsers, insecure contexts) there is no
 * identity and the page connects with the token alone.
 */
/** A DeviceSigner of the shared protocol client (core/protocol-client/transport.ts), which signs the v3 payload. */
export interface DeviceIdentity {
  /** Hex SHA-256 of the raw public key. */
  id: string;
  /** Raw 32-byte public key, base64url. */
  publicKey: string;
  sign(payload: string): Promise<string>;
}

export function base64url(bytes: ArrayBuffer | Uint8Array): string {
  const arr = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let bin = "";
  for (const b of arr) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

const hex = (buf: ArrayBuffer) => [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, "0")).join("");

const DB = "openclaw-control-ui";
const STORE = "keys";
const KEY = "device-ed25519";
const LS_KEY = "openclaw.controlUi.deviceKey";
const ALG = { name: "Ed25519" } as const;

interface StoredPair {
  privateKey: CryptoKey;
  publicKey: CryptoKey;
}

function idb<T>(mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(DB, 1);
    open.onupgradeneeded = () => open.result.createObjectStore(STORE);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const req = run(db.transaction(STORE, mode).objectStore(STORE));
      req.onsuccess = () => {
        db.close();
        resolve(req.result);
      };
      req.onerror = () => {
        db.close();
        reject(req.error);
      };
    };
  });
}

async function fromIndexedDb(): Promise<StoredPair> {
  const stored = await idb<StoredPair | undefined>("readonly", (s) => s.get(KEY));
  if (stored?.privateKey && stored.publicKey) return stored;
  const pair = (await crypto.subtle.generateKey(ALG, false, ["sign", "verify"])) as CryptoKeyPair;
  const fresh = { privateKey: pair.privateKey, publicKey: pair.publicKey };
  await idb("readwrite", (s) => s.put(fresh, KEY));
  return fresh;
}

async function fromLocalStorage(): Promise<StoredPair> {
  const saved = localStorage.getItem(LS_KEY);
  if (saved) {
    const { privateJwk, publicJwk } = JSON.parse(saved) as { privateJwk: JsonWebKey; publicJwk: JsonWebKey };
    return {
      privateKey: await crypto.subtle.importKey("jwk", privateJwk, ALG, false, ["sign"]),
      publicKey: await crypto.subtle.importKey("jwk", publicJwk, ALG, true, ["verify"]),
    };
  }
  const pair = (await crypto.subtle.generateKey(ALG, true, ["sign", "verify"])) as CryptoKeyPair;
  const privateJwk = await crypto.subtle.exportKey("jwk", pair.privateKey);
  const publicJwk = await crypto.subtle.exportKey("jwk", pair.publicKey);
  localStorage.setItem(LS_KEY, JSON.stringify({ privateJwk, publicJwk }));
  return pair;
}

/** The identity, or null when this browser cannot make one (the caller then connects token-only). */
export async function loadDeviceIdentity(): Promise<DeviceIdentity | null> {
  if (!globalThis.crypto?.subtle) return null;
  let pair: StoredPair;
  try {
    pair = await fromIndexedDb();
  } catch {
    try {
      pair = await fromLocalStorage();
    } catch {
      return null; // no Ed25519 here
    }
  }
  const raw = await crypto.subtle.exportKey("raw", pair.publicKey);
  const id = hex(await crypto.subtle.digest("SHA-256", raw));
  return {
    id,
    publicKey: base64url(raw),
    sign: async (payload) => base64url(await crypto.subtle.sign(ALG, pair.privateKey, new TextEncoder().encode(payload))),
  };
}
