/** `openclaw gateway`: what both the oclif command and the fast path run once the flags are parsed. */
import { runGateway } from "../run/run-gateway.js";
import { applyProfile } from "../profile.js";
import { ensureSetup } from "../setup.js";
import { installPrecompiledValidators } from "./precompiled.js";

export interface GatewayCommandFlags {
  port?: number;
  bind?: string;
  token?: string;
  password?: string;
  auth?: "token" | "password" | "none";
  force?: boolean;
  verbose?: boolean;
  "allow-unconfigured"?: boolean;
  dev?: boolean;
}

/** Runs the gateway until it stops and returns the process exit code. */
export async function runGatewayCommand(flags: GatewayCommandFlags, log: (line: string) => void = (l) => process.stdout.write(`${l}\n`)): Promise<number> {
  if (flags.dev) {
    applyProfile("dev", process.env);
    const setup = await ensureSetup();
    if (setup.created) log(`created the dev config at ${setup.configPath}`);
  }
  await installPrecompiledValidators();
  const { dev: _dev, "allow-unconfigured": allowUnconfigured, ...rest } = flags;
  return runGateway({ ...rest, allowUnconfigured });
}
