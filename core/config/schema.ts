/** The core's own config keys. Plugins own the rest (their `configPaths`). */
import { Type, type Static } from "@sinclair/typebox";

const LogLevel = Type.Union([Type.Literal("debug"), Type.Literal("info"), Type.Literal("warn"), Type.Literal("error")]);
const closed = { additionalProperties: false } as const;
/** A secret: hidden in config.get, logs and the Control UI (see `sensitive` in core/protocol/validators.ts). */
const secret = { sensitive: true } as const;

export const CoreConfigSchema = Type.Object(
  {
    gateway: Type.Optional(
      Type.Object(
        {
          /** The gateway only runs when this is "local" (or with --allow-unconfigured). */
          mode: Type.Optional(Type.Union([Type.Literal("local"), Type.Literal("remote")])),
          port: Type.Optional(Type.Integer({ minimum: 1, maximum: 65535 })),
          /** loopback (default) | lan (0.0.0.0) | auto | custom (customBindHost). */
          bind: Type.Optional(Type.Union([Type.Literal("loopback"), Type.Literal("lan"), Type.Literal("auto"), Type.Literal("custom")])),
          customBindHost: Type.Optional(Type.String({ minLength: 1 })),
          auth: Type.Optional(
            Type.Object(
              {
                mode: Type.Optional(Type.Union([Type.Literal("token"), Type.Literal("password"), Type.Literal("none")])),
                token: Type.Optional(Type.String({ minLength: 1, ...secret })),
                password: Type.Optional(Type.String({ minLength: 1, ...secret })),
                rateLimit: Type.Optional(
                  Type.Object(
                    {
                      maxAttempts: Type.Optional(Type.Integer({ minimum: 1 })),
                      windowMs: Type.Optional(Type.Integer({ minimum: 1000 })),
                      lockoutMs: Type.Optional(Type.Integer({ minimum: 1000 })),
                    },
                    closed,
                  ),
                ),
              },
              closed,
            ),
          ),
          /** Proxies whose X-Forwarded-For is believed (exact IPs). */
          trustedProxies: Type.Optional(Type.Array(Type.String())),
          controlUi: Type.Optional(Type.Object({ allowedOrigins: Type.Optional(Type.Array(Type.String())) }, closed)),
          /** Per-connection budgets and the socket cap (defaults in core/protocol/limits.ts). */
          limits: Type.Optional(
            Type.Object(
              {
                maxBufferedBytes: Type.Optional(Type.Integer({ minimum: 1024 * 1024 })),
                maxInFlightRequests: Type.Optional(Type.Integer({ minimum: 1 })),
                maxQueuedRequests: Type.Optional(Type.Integer({ minimum: 0 })),
                maxConnections: Type.Optional(Type.Integer({ minimum: 1 })),
              },
              closed,
            ),
          ),
          reload: Type.Optional(
            Type.Object(
              {
                /** hybrid (default): hot where possible, in-process restart where needed; hot; restart; off. */
                mode: Type.Optional(Type.Union([Type.Literal("hybrid"), Type.Literal("hot"), Type.Literal("restart"), Type.Literal("off")])),
                debounceMs: Type.Optional(Type.Integer({ minimum: 0, maximum: 60_000 })),
              },
              closed,
            ),
          ),
          /** Used by CLI clients to reach a gateway; never turns on local auth. */
          remote: Type.Optional(
            Type.Object(
              { url: Type.Optional(Type.String()), token: Type.Optional(Type.String(secret)), password: Type.Optional(Type.String(secret)) },
              closed,
            ),
          ),
        },
        closed,
      ),
    ),
    plugins: Type.Optional(
      Type.Object(
        {
          enabled: Type.Optional(Type.Boolean()),
          load: Type.Optional(Type.Object({ paths: Type.Optional(Type.Array(Type.String())) }, closed)),
          entries: Type.Optional(Type.Record(Type.String(), Type.Object({ enabled: Type.Optional(Type.Boolean()) }, closed))),
        },
        closed,
      ),
    ),
    commands: Type.Optional(
      Type.Object(
        {
          /** Allow an external SIGUSR1 to restart the gateway in-process (default false). */
          restart: Type.Optional(Type.Boolean()),
        },
        closed,
      ),
    ),
    logging: Type.Optional(
      Type.Object(
        {
          /** Level of the JSON-lines file (default info). */
          level: Type.Optional(LogLevel),
          /** Level of stdout (default info; --verbose makes it debug). */
          consoleLevel: Type.Optional(LogLevel),
          /** Directory for the log files (default <stateDir>/logs). */
          dir: Type.Optional(Type.String()),
        },
        closed,
      ),
    ),
  },
  closed,
);
export type CoreConfig = Static<typeof CoreConfigSchema>;
