/**
 * A third-party plugin as its own package. It imports the gateway only through the SDK entry
 * (`openclaw-gateway-host/plugin`, a peer dependency) and adds a method, an HTTP route, a hook and an
 * event. It owns the config key `hello`. Load it with `"plugins": {"load": {"paths": ["<this folder>"]}}`
 * after `npm run build`.
 */
import { definePlugin, Type, sendJson } from "openclaw-gateway-host/plugin";

const configSchema = Type.Object(
  {
    hello: Type.Optional(
      Type.Object({ greeting: Type.String({ minLength: 1, default: "Hello" }) }, { additionalProperties: false, default: {} }),
    ),
  },
  { additionalProperties: false },
);

const SayParams = Type.Object({ name: Type.String({ minLength: 1, maxLength: 100 }) }, { additionalProperties: false });

export default definePlugin({
  name: "hello",
  description: "Says hello over RPC and HTTP and greets every new connection",
  configPaths: ["hello"],
  configSchema,
  setup(api) {
    const greeting = api.config.hello?.greeting ?? "Hello";
    let greeted = 0;

    api.declareEvent("hello.greeted", { scope: "operator.read" });

    api.registerMethod("hello.say", {
      scope: "operator.read",
      description: "Returns a greeting for `name`.",
      params: SayParams,
      handler: ({ name }: { name: string }) => ({ text: `${greeting}, ${name}!`, greeted }),
    });

    api.registerRoute("GET", "/hello", (_req, res, url) => {
      const name = url.searchParams.get("name") ?? "world";
      sendJson(res, 200, { text: `${greeting}, ${name}!` });
    }, { auth: "gateway" });

    // After hello-ok went out: tell operators who just arrived.
    api.hooks.onConnected.tap((ctx) => {
      greeted += 1;
      api.emit("hello.greeted", { client: ctx.conn.client.id, greeted });
    });

    api.log.info(`ready with greeting "${greeting}"`);
    return () => api.log.info("disposed");
  },
});
