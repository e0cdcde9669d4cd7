/** Slash commands that chat front ends answer themselves (`/approve <id> allow-once`), registered by plugins. */
import type { ChatCommand, ChatCommandRegistry, RegisterToolOptions } from "./contract.js";

const NAME = /^[a-z][a-z0-9_-]{0,31}$/;
/** `/name` or `/name@botname` (Telegram adds the bot's name in groups), then words. */
const COMMAND_LINE = /^\/([a-zA-Z][a-zA-Z0-9_-]{0,31})(?:@\S+)?(?:\s+([\s\S]*))?$/;

export function createChatCommandRegistry(): ChatCommandRegistry {
  const commands = new Map<string, ChatCommand>();
  return {
    register(command: ChatCommand, options: RegisterToolOptions = {}) {
      if (!NAME.test(command.name)) throw new Error(`chat command name "${command.name}" must match ${NAME}`);
      if (commands.has(command.name)) throw new Error(`chat command "/${command.name}" is already registered`);
      commands.set(command.name, command);
      const remove = () => {
        if (commands.get(command.name) === command) commands.delete(command.name);
      };
      options.signal?.addEventListener("abort", remove, { once: true });
      return remove;
    },
    async dispatch(text, ctx) {
      const m = COMMAND_LINE.exec(text.trim());
      const command = m ? commands.get(m[1]!.toLowerCase()) : undefined;
      if (!m || !command) return undefined;
      const args = (m[2] ?? "").split(/\s+/).filter(Boolean);
      try {
        return await command.run(args, ctx);
      } catch (err) {
        return `/${command.name} failed: ${(err as Error).message}`;
      }
    },
  };
}
