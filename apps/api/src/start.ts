import type { AddressInfo } from "node:net"
import { hostname } from "node:os"
import { serve } from "@hono/node-server"
import { Db, migrateToLatest } from "@openpor/db"
import { EnrollmentService, JobWorker } from "@openpor/domain"
import { Effect, Fiber, Redacted } from "effect"
import type { ServerConfig } from "./config.ts"
import { logJson } from "./http/errors.ts"
import { workerOptions } from "./jobs.ts"
import { seedDemo } from "./seed/demo.ts"
import { type AppRuntime, makeHonoApp, makeRuntime } from "./server.ts"

/** Migrates the database and reads (or creates once) the link-signing secret. */
const prepareDatabase = (config: ServerConfig) =>
  Effect.runPromise(
    Effect.gen(function* () {
      const db = yield* Db
      const applied = yield* Effect.promise(() => migrateToLatest(db.kysely, db.dialect, db.schema))
      if (config.secret !== undefined) return { applied, secret: config.secret }
      const candidate = crypto.getRandomValues(new Uint8Array(32))
      const generated = Buffer.from(candidate).toString("base64url")
      yield* Effect.promise(() =>
        db.kysely
          .insertInto("settings")
          .values({ key: "signing_secret", value: generated })
          .onConflict((oc) => oc.column("key").doNothing())
          .execute()
      )
      const row = yield* Effect.promise(() =>
        db.kysely
          .selectFrom("settings")
          .select("value")
          .where("key", "=", "signing_secret")
          .executeTakeFirstOrThrow()
      )
      return { applied, secret: Redacted.make(row.value) }
    }).pipe(Effect.provide(Db.layerFrom(config.database)))
  )

export interface RunningServer {
  readonly url: string
  readonly port: number
  readonly runtime: AppRuntime
  readonly seeded: ReadonlyArray<string>
  readonly close: () => Promise<void>
}

/** Everything but the listening socket: migrations, runtime, demo seed, the Hono app (tests use this). */
export const createApp = async (config: ServerConfig, options: { readonly quiet?: boolean } = {}) => {
  const { applied, secret } = await prepareDatabase(config)
  if (applied.length > 0 && options.quiet !== true)
    logJson("info", "migrations applied", { migrations: applied })
  const runtime = makeRuntime(config, secret)
  // The default catalog (SPEC appendix A) exists in every deployment; operators change it from there.
  await runtime.runPromise(EnrollmentService.use((s) => s.ensureCatalog))
  const seeded = config.seed === "demo" ? await runtime.runPromise(seedDemo) : []
  await runtime.runPromise(EnrollmentService.use((s) => s.scheduleRollover))
  const app = makeHonoApp(config, runtime, options)
  return { app, runtime, seeded }
}

/** Starts the whole API process: migrations, demo seed, job workers, HTTP server. */
export const startServer = async (
  config: ServerConfig,
  options: { readonly quiet?: boolean } = {}
): Promise<RunningServer> => {
  const { app, runtime, seeded } = await createApp(config, options)
  // Deliver what was acknowledged before a restart, then keep polling.
  const workers = Array.from({ length: config.workers }, (_, i) =>
    runtime.runFork(
      JobWorker.use((w) => w.loop(workerOptions(`${hostname()}:${process.pid}:${i}`, config.jobLeaseMillis)))
    )
  )
  const server = await new Promise<ReturnType<typeof serve>>((resolvePromise) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolvePromise(s))
  })
  const port = (server.address() as AddressInfo).port
  let closed = false
  return {
    url: `http://localhost:${port}`,
    port,
    runtime,
    seeded,
    close: async () => {
      if (closed) return
      closed = true
      await new Promise<void>((r) => server.close(() => r()))
      await runtime.runPromise(Effect.forEach(workers, (f) => Fiber.interrupt(f), { discard: true }))
      await runtime.dispose()
    }
  }
}
