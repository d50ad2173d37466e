import { Db, migrationsCurrent } from "@openpor/db"
import { Effect } from "effect"
import { envelope } from "./http/errors.ts"
import type { AppRuntime } from "./server.ts"

/**
 * Where a process is in its life (SPEC §11, decision 027): `migrations_pending` from start until its
 * migrations are applied (also while it waits for another process's startup lock), `starting` while it
 * does the one-time startup writes, `ready`, and `draining` from SIGTERM on. `/readyz` answers 200 only
 * when ready and the database answers with every migration applied.
 */
export type Phase = "migrations_pending" | "starting" | "ready" | "draining"

export class Lifecycle {
  #phase: Phase
  #detail: string
  constructor(phase: Phase = "migrations_pending", detail = "the process is starting") {
    this.#phase = phase
    this.#detail = detail
  }
  get phase(): Phase {
    return this.#phase
  }
  get detail(): string {
    return this.#detail
  }
  /** Moves on; draining is final. */
  set(phase: Phase, detail: string): void {
    if (this.#phase === "draining") return
    this.#phase = phase
    this.#detail = detail
  }
  drain(): void {
    this.#phase = "draining"
    this.#detail = "the process is shutting down"
  }
}

export interface HealthAnswer {
  readonly status: 200 | 404 | 503
  readonly body: object
}

const notReady = (reason: string, detail: string): HealthAnswer => ({
  status: 503,
  body: envelope("not_ready", `Not ready: ${detail}`, { reason })
})

/** /healthz: the process is alive (it answers), whatever its phase. */
export const liveness = (lifecycle: Lifecycle): HealthAnswer => ({
  status: 200,
  body: { status: "ok", phase: lifecycle.phase }
})

/** /readyz: ready, the database reachable (within 5 s) and every migration of this build applied. */
export const readiness = async (
  lifecycle: Lifecycle,
  runtime: AppRuntime | undefined
): Promise<HealthAnswer> => {
  if (lifecycle.phase !== "ready" || runtime === undefined) return notReady(lifecycle.phase, lifecycle.detail)
  const exit = await runtime.runPromiseExit(
    Effect.gen(function* () {
      const db = yield* Db
      return yield* Effect.tryPromise(() => migrationsCurrent(db.kysely, db.dialect, db.schema))
    }).pipe(Effect.timeout("5 seconds"))
  )
  // Draining may have begun while the database answered.
  if (lifecycle.phase !== "ready") return notReady(lifecycle.phase, lifecycle.detail)
  if (exit._tag === "Success" && exit.value === true)
    return { status: 200, body: { status: "ready", database: "ok", migrations: "current" } }
  return exit._tag === "Success"
    ? notReady("migrations_pending", "migrations are not current")
    : notReady("database_unreachable", "database is not reachable")
}

const json = (answer: HealthAnswer, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(answer.body), {
    status: answer.status,
    headers: { "content-type": "application/json", "cache-control": "no-store", ...headers }
  })

/**
 * The front of a process's port. Before the app exists (migrations, startup) it answers /healthz and
 * /readyz itself and every other request 503 `starting`; while draining, every request but the health
 * checks gets 503 `shutting_down` with `Connection: close` (the client retries elsewhere; nothing was
 * done), while requests already in flight finish. Otherwise the app answers (`app` undefined: a
 * worker's health port, which serves nothing else).
 */
export const frontFetch =
  (
    lifecycle: Lifecycle,
    current: () => {
      readonly runtime: AppRuntime | undefined
      readonly app: { fetch: (request: Request, env?: object) => Response | Promise<Response> } | undefined
    },
    options: { readonly serveApp: boolean }
  ) =>
  async (request: Request, env?: object): Promise<Response> => {
    const path = new URL(request.url).pathname
    const { app, runtime } = current()
    const health = path === "/healthz" || path === "/readyz"
    if (options.serveApp && app !== undefined && (lifecycle.phase !== "draining" || health))
      // The node server's bindings (`incoming`: the client's socket address) go on to the app.
      return app.fetch(request, env)
    if (path === "/healthz") return json(liveness(lifecycle))
    if (path === "/readyz") return json(await readiness(lifecycle, runtime))
    if (!options.serveApp)
      return json({ status: 404, body: envelope("not_found", `No route for ${request.method} ${path}`) })
    if (lifecycle.phase === "draining")
      return json(
        {
          status: 503,
          body: envelope("shutting_down", "This process is shutting down; send the request again", {})
        },
        { connection: "close", "retry-after": "1" }
      )
    return json(
      { status: 503, body: envelope("starting", "The server is starting; try again shortly", {}) },
      { "retry-after": "1" }
    )
  }
