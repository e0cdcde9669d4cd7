/** A stand-in `systemctl` on PATH: records every call and keeps the unit's state in a file. */
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export interface FakeSystemctl {
  env: NodeJS.ProcessEnv;
  calls(): string[];
  setActive(active: boolean): void;
}

const SCRIPT = `#!/bin/sh
echo "$*" >> "$FAKE_SYSTEMCTL_DIR/calls"
[ "$1" = "--user" ] && shift
if [ "$FAKE_SYSTEMD" != "running" ]; then
  if [ "$1" = "is-system-running" ]; then echo offline; exit 1; fi
  echo "Failed to connect to bus: No medium found" >&2; exit 1
fi
case "$1" in
  is-system-running) echo running ;;
  show)
    state=$(cat "$FAKE_SYSTEMCTL_DIR/state" 2>/dev/null || echo inactive)
    echo "LoadState=loaded"
    echo "ActiveState=$state"
    if [ "$state" = active ]; then echo "SubState=running"; echo "MainPID=\${FAKE_PID:-4242}"; else echo "SubState=dead"; echo "MainPID=0"; fi
    echo "ExecMainStatus=\${FAKE_EXIT_STATUS:-0}" ;;
  start|restart) echo active > "$FAKE_SYSTEMCTL_DIR/state" ;;
  stop) echo inactive > "$FAKE_SYSTEMCTL_DIR/state" ;;
  disable) echo inactive > "$FAKE_SYSTEMCTL_DIR/state" ;;
esac
exit 0
`;

/** mode "offline": like this machine (no user session); "running": a working user systemd. */
export function fakeSystemctl(root: string, mode: "offline" | "running", base: NodeJS.ProcessEnv, extra: NodeJS.ProcessEnv = {}): FakeSystemctl {
  const dir = join(root, "fake-bin");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "systemctl"), SCRIPT);
  chmodSync(join(dir, "systemctl"), 0o755);
  return {
    env: { ...base, PATH: `${dir}:${base.PATH ?? "/usr/bin:/bin"}`, FAKE_SYSTEMCTL_DIR: dir, FAKE_SYSTEMD: mode, ...extra },
    calls: () => (existsSync(join(dir, "calls")) ? readFileSync(join(dir, "calls"), "utf8").trim().split("\n").filter(Boolean) : []),
    setActive: (active) => writeFileSync(join(dir, "state"), active ? "active\n" : "inactive\n"),
  };
}
