import { Clock, currentTraceparent, Job, type JobId, JobQueue, newId } from "@openpor/domain"
import { Effect, Layer, Option } from "effect"
import { type Selectable, sql } from "kysely"
import { Db } from "../db.ts"
import type { JobsTable } from "../schema.ts"
import { makeQuery } from "./query.ts"

const toJob = (r: Selectable<JobsTable>): Job =>
  new Job({
    id: r.id as JobId,
    kind: r.kind,
    payload: JSON.parse(r.payload_json),
    status: r.status as Job["status"],
    runAt: new Date(r.run_at),
    attempts: Number(r.attempts),
    maxAttempts: Number(r.max_attempts),
    leasedBy: r.leased_by,
    leaseUntil: r.lease_until === null ? null : new Date(r.lease_until),
    lastError: r.last_error,
    uniqueKey: r.unique_key,
    createdAt: new Date(r.created_at),
    traceContext: r.trace_context ?? null
  })

export const JobQueueLive = Layer.effect(
  JobQueue,
  Effect.gen(function* () {
    const query = yield* makeQuery
    const { dialect } = yield* Db
    const clock = yield* Clock

    const findByKey = (uniqueKey: string) =>
      query((db) =>
        db
          .selectFrom("jobs")
          .selectAll()
          .where("unique_key", "=", uniqueKey)
          .where("status", "in", ["pending", "running"])
          .executeTakeFirst()
      )

    return JobQueue.of({
      enqueue: (job) =>
        Effect.gen(function* () {
          const now = yield* clock.now
          const id = newId<JobId>("job")
          // The enqueuing span, when telemetry is on: the job's run links to it (decision 028).
          const traceContext = yield* currentTraceparent
          const inserted = yield* query((db) =>
            db
              .insertInto("jobs")
              .values({
                id,
                kind: job.kind,
                payload_json: JSON.stringify(job.payload ?? null),
                status: "pending",
                run_at: (job.runAt ?? now).toISOString(),
                attempts: 0,
                max_attempts: job.maxAttempts ?? 10,
                leased_by: null,
                lease_until: null,
                last_error: null,
                unique_key: job.uniqueKey ?? null,
                created_at: now.toISOString(),
                updated_at: now.toISOString(),
                ...(traceContext === undefined ? {} : { trace_context: traceContext })
              })
              .onConflict((oc) => oc.doNothing())
              .returningAll()
              .executeTakeFirst()
          )
          if (inserted !== undefined) return toJob(inserted)
          const existing = job.uniqueKey === undefined ? undefined : yield* findByKey(job.uniqueKey)
          if (existing === undefined) return yield* Effect.die(new Error(`job ${id} was not inserted`))
          return toJob(existing)
        }),
      lease: ({ workerId, now, leaseMillis, kinds }) =>
        query(async (db) => {
          const at = now.toISOString()
          const until = new Date(now.getTime() + leaseMillis).toISOString()
          const kindFilter =
            kinds === undefined || kinds.length === 0
              ? sql``
              : sql`AND kind IN (${sql.join(kinds.map((k) => sql`${k}`))})`
          const lock = dialect === "postgres" ? sql`FOR UPDATE SKIP LOCKED` : sql``
          // One statement: pick the oldest due job (or one whose lease expired) and lease it.
          const result = await sql<Selectable<JobsTable>>`
            UPDATE jobs SET status = 'running', leased_by = ${workerId}, lease_until = ${until},
              attempts = attempts + 1, updated_at = ${at}
            WHERE id = (
              SELECT id FROM jobs
              WHERE ((status = 'pending' AND run_at <= ${at}) OR (status = 'running' AND lease_until < ${at})) ${kindFilter}
              ORDER BY run_at, id
              LIMIT 1 ${lock}
            )
            RETURNING *`.execute(db)
          return result.rows[0]
        }).pipe(Effect.map((r) => Option.fromNullishOr(r).pipe(Option.map(toJob)))),
      heartbeat: (id, workerId, leaseUntil) =>
        query((db) =>
          db
            .updateTable("jobs")
            .set({ lease_until: leaseUntil.toISOString() })
            .where("id", "=", id)
            .where("leased_by", "=", workerId)
            .where("status", "=", "running")
            .executeTakeFirst()
        ).pipe(Effect.map((r) => Number(r.numUpdatedRows) > 0)),
      complete: (id, workerId, now) =>
        query((db) =>
          db
            .updateTable("jobs")
            .set({ status: "succeeded", lease_until: null, last_error: null, updated_at: now.toISOString() })
            .where("id", "=", id)
            .where("leased_by", "=", workerId)
            .where("status", "=", "running")
            .executeTakeFirst()
        ).pipe(Effect.map((r) => Number(r.numUpdatedRows) > 0)),
      fail: (id, workerId, error, retryAt) =>
        Effect.gen(function* () {
          const now = yield* clock.now
          const r = yield* query((db) =>
            db
              .updateTable("jobs")
              .set({
                status: retryAt === null ? "failed" : "pending",
                ...(retryAt === null ? {} : { run_at: retryAt.toISOString() }),
                leased_by: null,
                lease_until: null,
                last_error: error,
                updated_at: now.toISOString()
              })
              .where("id", "=", id)
              .where("leased_by", "=", workerId)
              .where("status", "=", "running")
              .executeTakeFirst()
          )
          return Number(r.numUpdatedRows) > 0
        }),
      release: (id, workerId) =>
        Effect.gen(function* () {
          const now = yield* clock.now
          const r = yield* query((db) =>
            db
              .updateTable("jobs")
              .set((eb) => ({
                status: "pending",
                leased_by: null,
                lease_until: null,
                attempts: sql<number>`CASE WHEN ${eb.ref("attempts")} > 0 THEN ${eb.ref("attempts")} - 1 ELSE 0 END`,
                updated_at: now.toISOString()
              }))
              .where("id", "=", id)
              .where("leased_by", "=", workerId)
              .where("status", "=", "running")
              .executeTakeFirst()
          )
          return Number(r.numUpdatedRows) > 0
        }),
      find: (id) =>
        query((db) => db.selectFrom("jobs").selectAll().where("id", "=", id).executeTakeFirst()).pipe(
          Effect.map((r) => Option.fromNullishOr(r).pipe(Option.map(toJob)))
        ),
      list: ({ status, kind, limit }) =>
        query((db) => {
          let q = db.selectFrom("jobs").selectAll().orderBy("run_at", "desc").orderBy("id").limit(limit)
          if (status !== undefined) q = q.where("status", "=", status)
          if (kind !== undefined) q = q.where("kind", "=", kind)
          return q.execute()
        }).pipe(Effect.map((rows) => rows.map(toJob))),
      cancelByKey: (uniqueKey) =>
        query((db) =>
          db
            .deleteFrom("jobs")
            .where("unique_key", "=", uniqueKey)
            .where("status", "=", "pending")
            .executeTakeFirst()
        ).pipe(Effect.map((r) => Number(r.numDeletedRows)))
    })
  })
)
