import { Effect, Option } from "effect"
import { Clock } from "../../calendar/clock.ts"
import type { JobId } from "../../ids.ts"
import { Job } from "../../jobs/model.ts"
import { JobQueue } from "../../jobs/repository.ts"
import { ascending } from "./order.ts"
import { MemoryStore } from "./store.ts"

/**
 * JobQueue in memory, with the database's semantics: at most one pending/running job per uniqueKey
 * (enqueue answers the existing one), leases of due jobs (oldest runAt first) or of jobs whose lease
 * expired, completion and failure only by the lease holder, and cancelByKey removing pending jobs.
 * Ids grow with each enqueue, so jobs due at the same instant run in the order they were enqueued.
 */
export const makeJobQueueMemory = Effect.gen(function* () {
  const store = yield* MemoryStore
  const clock = yield* Clock
  const jobs = store.table<JobId, Job>("jobs")
  let sequence = 0

  const open = (j: Job) => j.status === "pending" || j.status === "running"
  const replace = (job: Job, changes: Partial<Job>) => {
    const next = new Job({ ...job, ...changes })
    jobs.set(job.id, next)
    return next
  }
  /** The job when `workerId` holds its lease. */
  const held = (id: JobId, workerId: string) => {
    const job = jobs.get(id)
    return job !== undefined && job.status === "running" && job.leasedBy === workerId ? job : undefined
  }

  return JobQueue.of({
    enqueue: (job) =>
      Effect.gen(function* () {
        const now = yield* clock.now
        if (job.uniqueKey !== undefined) {
          const existing = [...jobs.values()].find((j) => j.uniqueKey === job.uniqueKey && open(j))
          if (existing !== undefined) return existing
        }
        sequence++
        const created = new Job({
          id: `job_${String(sequence).padStart(10, "0")}` as JobId,
          kind: job.kind,
          // Stored as JSON in the database: the handler sees a copy, never the caller's object.
          payload: JSON.parse(JSON.stringify(job.payload ?? null)),
          status: "pending",
          runAt: job.runAt ?? now,
          attempts: 0,
          maxAttempts: job.maxAttempts ?? 10,
          leasedBy: null,
          leaseUntil: null,
          lastError: null,
          uniqueKey: job.uniqueKey ?? null,
          createdAt: now
        })
        jobs.set(created.id, created)
        return created
      }),
    lease: ({ workerId, now, leaseMillis, kinds }) =>
      Effect.sync(() => {
        const due = [...jobs.values()]
          .filter(
            (j) =>
              (j.status === "pending" && j.runAt.getTime() <= now.getTime()) ||
              (j.status === "running" && j.leaseUntil !== null && j.leaseUntil.getTime() < now.getTime())
          )
          .filter((j) => kinds === undefined || kinds.length === 0 || kinds.includes(j.kind))
          .sort(
            ascending<Job>(
              (j) => j.runAt.toISOString(),
              (j) => j.id
            )
          )[0]
        if (due === undefined) return Option.none()
        return Option.some(
          replace(due, {
            status: "running",
            leasedBy: workerId,
            leaseUntil: new Date(now.getTime() + leaseMillis),
            attempts: due.attempts + 1
          })
        )
      }),
    heartbeat: (id, workerId, leaseUntil) =>
      Effect.sync(() => {
        const job = held(id, workerId)
        if (job !== undefined) replace(job, { leaseUntil })
        return job !== undefined
      }),
    complete: (id, workerId) =>
      Effect.sync(() => {
        const job = held(id, workerId)
        if (job !== undefined) replace(job, { status: "succeeded", leaseUntil: null, lastError: null })
        return job !== undefined
      }),
    fail: (id, workerId, error, retryAt) =>
      Effect.sync(() => {
        const job = held(id, workerId)
        if (job !== undefined)
          replace(job, {
            status: retryAt === null ? "failed" : "pending",
            ...(retryAt === null ? {} : { runAt: retryAt }),
            leasedBy: null,
            leaseUntil: null,
            lastError: error
          })
        return job !== undefined
      }),
    release: (id, workerId) =>
      Effect.sync(() => {
        const job = held(id, workerId)
        if (job !== undefined)
          replace(job, {
            status: "pending",
            leasedBy: null,
            leaseUntil: null,
            attempts: Math.max(0, job.attempts - 1)
          })
        return job !== undefined
      }),
    find: (id) => Effect.sync(() => Option.fromUndefinedOr(jobs.get(id))),
    list: ({ status, kind, limit }) =>
      Effect.sync(() =>
        [...jobs.values()]
          .filter(
            (j) => (status === undefined || j.status === status) && (kind === undefined || j.kind === kind)
          )
          // Newest runAt first, ties by id (as the database lists them).
          .sort((a, b) => b.runAt.getTime() - a.runAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
          .slice(0, limit)
      ),
    cancelByKey: (uniqueKey) =>
      Effect.sync(() => {
        let n = 0
        for (const j of [...jobs.values()]) {
          if (j.uniqueKey === uniqueKey && j.status === "pending") {
            jobs.delete(j.id)
            n++
          }
        }
        return n
      })
  })
})
