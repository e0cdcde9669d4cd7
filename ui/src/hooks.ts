/** Preact hooks over the controller. */
import { createContext } from "preact";
import { useContext, useEffect, useState } from "preact/hooks";
import type { AppState, Controller } from "./controller";

export const ControllerContext = createContext<Controller | null>(null);

export function useController(): Controller {
  const c = useContext(ControllerContext);
  if (!c) throw new Error("ControllerContext is missing");
  return c;
}

/** The current state; re-renders on every change. */
export function useAppState(): AppState {
  const c = useController();
  const [, setVersion] = useState(0);
  useEffect(() => c.subscribe(() => setVersion((v) => v + 1)), [c]);
  return c.state;
}

/** Date.now(), refreshed every `intervalMs` (for uptimes and ages). */
export function useNow(intervalMs = 1000): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const t = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(t);
  }, [intervalMs]);
  return now;
}
