import { Command } from "@oclif/core";
import { ensureSetup } from "../setup.js";

export default class Setup extends Command {
  static summary = "Create the config (gateway.mode local and an auth token) if it does not exist";
  static description = "Honours the global profile flags: `openclaw --dev setup`, `openclaw --profile work setup`. An existing config is left as is.";
  static examples = ["<%= config.bin %> setup", "<%= config.bin %> --dev setup"];

  async run(): Promise<void> {
    await this.parse(Setup);
    const r = await ensureSetup();
    if (!r.created) {
      this.log(`config already exists at ${r.configPath}; left as is (state: ${r.stateDir})`);
      return;
    }
    this.log(`created ${r.configPath} (gateway.mode local, token auth; state: ${r.stateDir})`);
    if (r.token) this.log(`auth token (shown once; it is in the config as gateway.auth.token):\n  ${r.token}`);
    this.log(`start it with: openclaw${process.env.OPENCLAW_PROFILE && process.env.OPENCLAW_PROFILE !== "default" ? ` --profile ${process.env.OPENCLAW_PROFILE}` : ""} gateway`);
  }
}
