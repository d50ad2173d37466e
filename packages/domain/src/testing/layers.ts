import { Effect, Layer } from "effect"
import { TestClock } from "effect/testing"
import {
  AppConfig,
  AttributionBatchRepository,
  AttributionService,
  BlobStore,
  BulkClaimsRepository,
  BulkClaimsService,
  Calendar,
  CalendarConfig,
  type CalendarSettings,
  CaseRepository,
  ClaimRepository,
  type ClaimSettings,
  ClaimsConfig,
  ClaimsService,
  Clock,
  DirectoryRepository,
  DirectoryService,
  defaultClaimSettings,
  EnrollmentRepository,
  EnrollmentService,
  IdentityRepository,
  JobQueue,
  JobWorker,
  NotificationService,
  Outbox,
  PorService,
  UserSettingsRepository,
  WallClock,
  WebhookEvents,
  WebhookRepository,
  WebhookSender,
  WebhookService,
  type WorkerOptions
} from "../index.ts"
import { JobHandlersLive } from "../job-handlers.ts"
import { auditLogMemory } from "./memory/audit.ts"
import { holidayRepositoryMemory } from "./memory/calendar.ts"
import { mailerMemory, outboxRepositoryMemory } from "./memory/outbox.ts"
import { porRepositoryMemory } from "./memory/por.ts"
import { secretsMemory } from "./memory/secrets.ts"
import { MemoryStore, memoryTransactor } from "./memory/store.ts"

export interface TestLayerOptions {
  readonly claims?: Partial<ClaimSettings> | undefined
  readonly calendar?: Partial<CalendarSettings> | undefined
  readonly publicUrl?: string | undefined
}

/**
 * Every repository and infrastructure service in memory, over one MemoryStore (so the Transactor rolls
 * all of them back together). Business time is `Clock.layer`, which reads Effect's Clock: in
 * `it.effect` tests that is the TestClock, moved with `TestClock.adjust` / `TestClock.setTime`.
 */
export const memoryInfrastructure = Layer.mergeAll(
  AttributionBatchRepository.layerTest,
  BulkClaimsRepository.layerTest,
  ClaimRepository.layerTest,
  CaseRepository.layerTest,
  DirectoryRepository.layerTest,
  IdentityRepository.layerTest,
  EnrollmentRepository.layerTest,
  JobQueue.layerTest,
  UserSettingsRepository.layerTest,
  outboxRepositoryMemory,
  mailerMemory,
  auditLogMemory,
  holidayRepositoryMemory,
  porRepositoryMemory,
  memoryTransactor,
  secretsMemory(),
  BlobStore.layerMemory,
  WebhookSender.layerTest
).pipe(
  Layer.provideMerge(Layer.mergeAll(Clock.layer, WallClock.layer)),
  Layer.provideMerge(MemoryStore.layer)
)

/**
 * The domain as the API wires it (apps/api/src/layers.ts), on in-memory infrastructure: the claims,
 * enrollment, directory, POR and attribution services, the outbox and calendar, and a JobWorker that
 * runs every job kind (timers, email deliveries, rollovers, attribution batches). Each
 * `Effect.provide(testLayer())` starts empty.
 */
export const testLayer = (options: TestLayerOptions = {}) => {
  const settings = Layer.mergeAll(
    Layer.succeed(ClaimsConfig, { ...defaultClaimSettings, ...options.claims }),
    Layer.succeed(CalendarConfig, { timeZone: "UTC", fiscalYearStartMonth: 7, ...options.calendar }),
    Layer.succeed(AppConfig, { publicUrl: options.publicUrl ?? "https://openpor.test" })
  )
  const webhooks = WebhookEvents.layer.pipe(Layer.provideMerge(WebhookRepository.layerTest))
  const base = Layer.mergeAll(Outbox.layer, Calendar.layer, webhooks).pipe(
    Layer.provideMerge(Layer.merge(memoryInfrastructure, settings))
  )
  const domain = Layer.mergeAll(
    ClaimsService.layer,
    EnrollmentService.layer,
    DirectoryService.layer,
    PorService.layer,
    AttributionService.layer,
    NotificationService.layer,
    BulkClaimsService.layer,
    WebhookService.layer
  ).pipe(Layer.provideMerge(base))
  return JobWorker.layer.pipe(Layer.provide(JobHandlersLive), Layer.provideMerge(domain))
}

export type TestServices = Layer.Success<ReturnType<typeof testLayer>>

export const testWorkerOptions: WorkerOptions = {
  workerId: "test-worker",
  leaseMillis: 60_000,
  pollMillis: 500
}

/** Runs every job that is due now (timers, email deliveries); answers how many ran. */
export const runDueJobs: Effect.Effect<number, never, JobWorker> = Effect.gen(function* () {
  const worker = yield* JobWorker
  return yield* worker.runUntilIdle(testWorkerOptions)
})

/**
 * Moves business time to an instant (never backwards) as a worker that polls all the time would see
 * it: each job runs at its own runAt (so a timer's effects carry its deadline as their time), jobs
 * those jobs schedule on the way run too, and at `at` everything due runs. Answers how many ran.
 */
export const elapseUntil = (at: Date): Effect.Effect<number, never, JobWorker | JobQueue | Clock> =>
  Effect.gen(function* () {
    const clock = yield* Clock
    const queue = yield* JobQueue
    const moveTo = (instant: Date) =>
      Effect.flatMap(clock.now, (now) =>
        instant.getTime() > now.getTime() ? TestClock.adjust(instant.getTime() - now.getTime()) : Effect.void
      )
    let ran = yield* runDueJobs
    while (true) {
      const pending = yield* queue.list({ status: "pending", limit: 1_000_000 })
      const next = pending
        .map((j) => j.runAt.getTime())
        .filter((t) => t <= at.getTime())
        .sort((x, y) => x - y)[0]
      if (next === undefined) break
      yield* moveTo(new Date(next))
      const n = yield* runDueJobs
      // A job that is due and does not run (it keeps failing into the future) ends the walk.
      if (n === 0) break
      ran += n
    }
    yield* moveTo(at)
    return ran + (yield* runDueJobs)
  })

/** Moves business time forward by `millis` (see {@link elapseUntil}). */
export const elapse = (millis: number): Effect.Effect<number, never, JobWorker | JobQueue | Clock> =>
  Effect.gen(function* () {
    const now = yield* (yield* Clock).now
    return yield* elapseUntil(new Date(now.getTime() + millis))
  })
