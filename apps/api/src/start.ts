import type { Server, ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"
import { hostname } from "node:os"
import { serve } from "@hono/node-server"
import { Db, migrateToLatest, withStartupLock } from "@openpor/db"
import { EnrollmentService, JobWorker, TestClockControl } from "@openpor/domain"
import { Deferred, Effect, Fiber, Option, Redacted } from "effect"
import type { ProcessRole, ServerConfig } from "./config.ts"
import { logJson } from "./http/errors.ts"
import { workerOptions } from "./jobs.ts"
import { frontFetch, Lifecycle } from "./lifecycle.ts"
import { seedDemo } from "./seed/demo.ts"
import { type AppRuntime, makeHonoApp, makeRuntime } from "./server.ts"

/** Reads (or creates once) the link-signing secret. */
const signingSecret = async (config: ServerConfig, db: Db["Service"]) => {
  if (config.secret !== undefined) return config.secret
  const candidate = crypto.getRandomValues(new Uint8Array(32))
  const generated = Buffer.from(candidate).toString("base64url")
  await db.kysely
    .insertInto("settings")
    .values({ key: "signing_secret", value: generated })
    .onConflict((oc) => oc.column("key").doNothing())
    .execute()
  const row = await db.kysely
    .selectFrom("settings")
    .select("value")
    .where("key", "=", "signing_secret")
    .executeTakeFirstOrThrow()
  return Redacted.make(row.value)
}

/**
 * The startup step, under the startup lock (one process at a time on PostgreSQL, decision 027):
 * migrations, the signing secret, the default catalog, the demo seed (not in a worker-only process)
 * and the next fiscal-year rollover. Each is idempotent, so the processes after the first find it done.
 */
const prepare = (
  config: ServerConfig,
  lifecycle: Lifecycle,
  options: { readonly quiet?: boolean | undefined; readonly role: ProcessRole }
) =>
  Effect.runPromise(
    Effect.gen(function* () {
      const db = yield* Db
      return yield* Effect.promise(() =>
        withStartupLock(
          db.kysely,
          db.dialect,
          db.schema,
          async () => {
            lifecycle.set("migrations_pending", "applying migrations")
            const applied = await migrateToLatest(db.kysely, db.dialect, db.schema)
            if (applied.length > 0 && options.quiet !== true)
              logJson("info", "migrations applied", { migrations: applied })
            lifecycle.set("starting", "preparing the catalog and scheduled jobs")
            const runtime = makeRuntime(config, await signingSecret(config, db))
            try {
              // The default catalog (SPEC appendix A) exists in every deployment; operators change it from there.
              await runtime.runPromise(EnrollmentService.use((s) => s.ensureCatalog))
              const seeded =
                config.seed === "demo" && options.role !== "worker" ? await runtime.runPromise(seedDemo) : []
              await runtime.runPromise(EnrollmentService.use((s) => s.scheduleRollover))
              return { runtime, seeded }
            } catch (e) {
              await runtime.dispose()
              throw e
            }
          },
          () => lifecycle.set("migrations_pending", "waiting for another process to apply the migrations")
        )
      )
    }).pipe(Effect.provide(Db.layerFrom(config.database)))
  )

export interface RunningServer {
  readonly role: ProcessRole
  /** The API's base URL (a worker: its health port's). */
  readonly url: string
  /** The API's port, or a worker's health port. */
  readonly port: number
  readonly runtime: AppRuntime
  readonly seeded: ReadonlyArray<string>
  readonly workers: number
  /**
   * Graceful shutdown: not ready at once, no new requests (503 `shutting_down`) or jobs, in-flight
   * requests and jobs finished within OPENPOR_SHUTDOWN_SECONDS, jobs still running then released,
   * then the port and the database pool closed.
   */
  readonly close: () => Promise<ShutdownReport>
}

export interface ShutdownReport {
  /** Whether everything in flight finished before the deadline. */
  readonly finished: boolean
  /** Requests still open at the deadline (their connections were closed). */
  readonly abandonedRequests: number
}

/** Everything but the listening socket: migrations, runtime, demo seed, the Hono app (tests use this). */
export const createApp = async (config: ServerConfig, options: { readonly quiet?: boolean } = {}) => {
  const lifecycle = new Lifecycle()
  const { runtime, seeded } = await prepare(config, lifecycle, { quiet: options.quiet, role: "all" })
  const app = makeHonoApp(config, runtime, { ...options, lifecycle })
  lifecycle.set("ready", "ready")
  return { app, runtime, seeded }
}

/**
 * Starts a process in its role (SPEC §11): the port first (`api`/`all`: the HTTP API; `worker`: the
 * health port), answering /healthz and /readyz (503 while migrations are pending) from the start; then
 * the startup step, the Hono app, the job workers.
 */
export const startServer = async (
  config: ServerConfig,
  options: { readonly quiet?: boolean; readonly onListening?: (port: number) => void } = {}
): Promise<RunningServer> => {
  const role = config.role
  const lifecycle = new Lifecycle()
  let runtime: AppRuntime | undefined
  let app: ReturnType<typeof makeHonoApp> | undefined
  const fetch = frontFetch(lifecycle, () => ({ runtime, app }), { serveApp: role !== "worker" })
  const server = await new Promise<ReturnType<typeof serve>>((resolvePromise) => {
    const s = serve(
      { fetch, port: role === "worker" ? config.healthPort : config.port, hostname: config.host },
      () => resolvePromise(s)
    )
  })
  const port = (server.address() as AddressInfo).port
  options.onListening?.(port)

  // Requests in flight: from the request until its response is sent (or its connection closed).
  const inFlight = new Set<ServerResponse>()
  let settled: (() => void) | undefined
  server.on("request", (_request, response: ServerResponse) => {
    inFlight.add(response)
    response.on("close", () => {
      inFlight.delete(response)
      if (inFlight.size === 0) settled?.()
    })
  })
  const closeServer = () =>
    new Promise<void>((r) => {
      const http = server as Server
      http.close(() => r())
      http.closeAllConnections()
    })

  let prepared: Awaited<ReturnType<typeof prepare>>
  try {
    prepared = await prepare(config, lifecycle, { quiet: options.quiet, role })
  } catch (e) {
    await closeServer()
    throw e
  }
  const ready = prepared.runtime
  runtime = ready
  if (role !== "worker") app = makeHonoApp(config, ready, { ...options, lifecycle })

  // Job workers (not in an `api` process): deliver what was acknowledged before a restart, then poll.
  const workerCount = role === "api" ? 0 : config.workers
  const stop = Deferred.makeUnsafe<void>()
  const workers = Array.from({ length: workerCount }, (_, i) =>
    ready.runFork(
      JobWorker.use((w) =>
        w.serve(workerOptions(`${hostname()}:${process.pid}:${i}`, config.jobLeaseMillis), stop)
      )
    )
  )
  // The test clock follows a move made through any process (the stored offset, read each second).
  const clockFollower = config.testClock
    ? ready.runFork(
        Effect.flatMap(Effect.serviceOption(TestClockControl), (control) =>
          Option.isSome(control) ? control.value.follow(1000) : Effect.void
        )
      )
    : undefined
  lifecycle.set("ready", "ready")

  let closing: Promise<ShutdownReport> | undefined
  const shutdown = async (): Promise<ShutdownReport> => {
    lifecycle.drain()
    ready.runSync(Deferred.succeed(stop, undefined))
    const requestsDone =
      inFlight.size === 0
        ? Promise.resolve()
        : new Promise<void>((r) => {
            settled = r
          })
    const workersDone = Promise.all(workers.map((f) => ready.runPromise(Fiber.await(f))))
    let timer: ReturnType<typeof setTimeout> | undefined
    const finished = await Promise.race([
      Promise.all([requestsDone, workersDone]).then(() => true),
      new Promise<false>((r) => {
        timer = setTimeout(() => r(false), config.shutdownMillis)
      })
    ])
    clearTimeout(timer)
    // Jobs still running are interrupted: the worker releases each one's lease (JobWorker.runOne).
    await ready.runPromise(Effect.forEach(workers, (f) => Fiber.interrupt(f), { discard: true }))
    const abandonedRequests = inFlight.size
    await closeServer()
    if (clockFollower !== undefined) await ready.runPromise(Fiber.interrupt(clockFollower))
    await ready.dispose()
    return { finished, abandonedRequests }
  }
  return {
    role,
    url: `http://localhost:${port}`,
    port,
    runtime: ready,
    seeded: prepared.seeded,
    workers: workerCount,
    close: () => {
      closing ??= shutdown()
      return closing
    }
  }
}
