import { randomUUID } from "node:crypto"
import { readFileSync } from "node:fs"
import { ManagedRuntime, type Redacted } from "effect"
import { Hono } from "hono"
import { secureHeaders } from "hono/secure-headers"
import type { ServerConfig } from "./config.ts"
import { compressJson } from "./http/compression.ts"
import { envelope, logJson } from "./http/errors.ts"
import { buildOpenApi } from "./http/openapi.ts"
import { type RouteGroup, toHono } from "./http/route.ts"
import { traceFields } from "./http/trace-fields.ts"
import { type AppServices, makeAppLayer } from "./layers.ts"
import { Lifecycle, liveness, readiness } from "./lifecycle.ts"
import { attributionRoutes, dporRoutes } from "./routes/attribution.ts"
import { authRoutes, meRoutes } from "./routes/auth.ts"
import { catalogRoutes } from "./routes/catalog.ts"
import { claimImportRoutes } from "./routes/claim-imports.ts"
import { claimRoutes, customerRoutes, reviewDecisionRoutes } from "./routes/claims.ts"
import { testClockRoutes } from "./routes/clock.ts"
import { eligibilityRoutes } from "./routes/eligibility.ts"
import { enrollmentOpsRoutes, programRoutes } from "./routes/enrollment.ts"
import { exportRoutes } from "./routes/exports.ts"
import { identityProviderRoutes } from "./routes/identity-providers.ts"
import { oidcRoutes } from "./routes/oidc.ts"
import { calendarRoutes, directoryRoutes, opsRoutes } from "./routes/ops.ts"
import { poeTemplateRoutes } from "./routes/poe-template.ts"
import { porEventImportRoutes } from "./routes/por-events.ts"
import { preferenceRoutes } from "./routes/preferences.ts"
import { devMailboxRoutes } from "./routes/system.ts"
import { claimUsageRoutes, usageImportRoutes } from "./routes/usage.ts"
import { invitationRoutes, userRoutes } from "./routes/users.ts"
import { validationRoutes } from "./routes/validation.ts"
import { webhookRoutes } from "./routes/webhooks.ts"
import { serveApps } from "./static.ts"

const version = (
  JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }
).version

/** Route groups of this server (the test clock and dev mailbox only where allowed). */
export const routeGroups = (config: ServerConfig): ReadonlyArray<RouteGroup<any>> => [
  authRoutes,
  invitationRoutes,
  meRoutes,
  preferenceRoutes,
  userRoutes,
  programRoutes,
  catalogRoutes,
  enrollmentOpsRoutes,
  eligibilityRoutes,
  validationRoutes,
  claimRoutes,
  claimImportRoutes,
  poeTemplateRoutes,
  reviewDecisionRoutes,
  customerRoutes,
  dporRoutes,
  attributionRoutes,
  directoryRoutes,
  calendarRoutes,
  opsRoutes,
  porEventImportRoutes,
  usageImportRoutes,
  claimUsageRoutes,
  oidcRoutes,
  identityProviderRoutes,
  exportRoutes,
  webhookRoutes,
  ...(config.testClock ? [testClockRoutes] : []),
  ...(config.production ? [] : [devMailboxRoutes])
]

const REQUEST_ID = /^[A-Za-z0-9._-]{1,100}$/

export type AppRuntime = ManagedRuntime.ManagedRuntime<AppServices, unknown>

/** Builds the Hono app on a ManagedRuntime: every handler runs its Effect on that one runtime. */
export const makeHonoApp = (
  config: ServerConfig,
  runtime: AppRuntime,
  options: { readonly quiet?: boolean; readonly lifecycle?: Lifecycle } = {}
) => {
  const groups = routeGroups(config)
  const openapi = buildOpenApi(groups, { version })
  const app = new Hono<{ Variables: { requestId: string } }>()

  app.use("*", async (c, next) => {
    const incoming = c.req.header("x-request-id")
    const requestId = incoming !== undefined && REQUEST_ID.test(incoming) ? incoming : randomUUID()
    c.set("requestId", requestId)
    const started = performance.now()
    await next()
    c.header("X-Request-Id", requestId)
    if (options.quiet !== true) {
      logJson("info", "request", {
        requestId,
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
        ...traceFields(c)
      })
    }
  })
  // The API's JSON compressed where it pays (the apps' files are precompressed at build time).
  app.use("/api/*", ...compressJson())
  app.use(
    "*",
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:", "blob:"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"]
      },
      crossOriginEmbedderPolicy: false
    })
  )

  // Liveness and readiness (decision 027): a process built without a lifecycle is ready once built.
  const lifecycle = options.lifecycle ?? new Lifecycle("ready", "ready")
  app.get("/healthz", (c) => c.json(liveness(lifecycle).body))
  app.get("/readyz", async (c) => {
    const answer = await readiness(lifecycle, runtime)
    c.header("Cache-Control", "no-store")
    return c.json(answer.body, answer.status)
  })
  app.get("/api/v1/openapi.json", (c) => c.json(openapi))

  for (const g of groups)
    app.route(g.basePath, toHono(g, runtime, { traced: config.telemetry !== undefined }))

  if (config.appsRoot !== undefined) serveApps(app, config.appsRoot)

  app.notFound((c) =>
    c.json(
      envelope("not_found", `No route for ${c.req.method} ${c.req.path}`, {
        method: c.req.method,
        path: c.req.path
      }),
      404
    )
  )
  app.onError((error, c) => {
    const requestId = c.get("requestId") ?? "unknown"
    logJson("error", "unhandled error", {
      requestId,
      ...traceFields(c),
      error: error.stack ?? String(error)
    })
    return c.json(
      envelope("internal_error", `Something went wrong on our side (request ${requestId})`, { requestId }),
      500
    )
  })
  return app
}

export const makeRuntime = (config: ServerConfig, signingSecret: Redacted.Redacted<string>): AppRuntime =>
  ManagedRuntime.make(makeAppLayer(config, signingSecret))
