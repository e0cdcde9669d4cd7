// A third-party plugin: plain ESM JavaScript, no dependency on the gateway package.
// Load it with `"plugins": {"load": {"paths": ["./examples/hello-plugin"]}}` in openclaw.json.
// It adds a method, an HTTP route, a hook and an event, and owns its own config key `hello`.

/** @type {import("../../core/index.js").PluginDefinition} */
const helloPlugin = {
  name: "hello",
  description: "Says hello over RPC and HTTP and greets every new connection",
  configPaths: ["hello"],
  configSchema: {
    type: "object",
    additionalProperties: false,
    properties: {
      hello: {
        type: "object",
        additionalProperties: false,
        default: {},
        properties: {
          greeting: { type: "string", minLength: 1, default: "Hello" },
        },
      },
    },
  },
  setup(api) {
    const greeting = api.config.hello?.greeting ?? "Hello";
    let greeted = 0;

    api.declareEvent("hello.greeted", { scope: "operator.read" });

    api.registerMethod("hello.say", {
      scope: "operator.read",
      description: "Returns a greeting for `name`.",
      params: {
        type: "object",
        additionalProperties: false,
        required: ["name"],
        properties: { name: { type: "string", minLength: 1, maxLength: 100 } },
      },
      handler: ({ name }) => ({ text: `${greeting}, ${name}!`, greeted }),
    });

    api.registerRoute("GET", "/hello", (_req, res, url) => {
      const name = url.searchParams.get("name") ?? "world";
      const body = JSON.stringify({ text: `${greeting}, ${name}!` });
      res.writeHead(200, { "content-type": "application/json" });
      res.end(body);
    }, { auth: "gateway" });

    // onConnected: hello-ok has been sent, so the client that just arrived gets the event too.
    api.hooks.onConnected.tap(({ conn }) => {
      greeted += 1;
      api.emit("hello.greeted", { client: conn.client.id, greeted });
    });

    api.log.info(`ready with greeting "${greeting}"`);
    return () => api.log.info("disposed");
  },
};

export default helloPlugin;
