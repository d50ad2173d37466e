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

/** Settings of the in-memory domain; each one left out takes the product's default. */
export interface MemoryLayerOptions {
  /** Claim settings (consent window, partner response, dispute window, …); default `defaultClaimSettings`. */
  readonly claims?: Partial<ClaimSettings> | undefined
  /** The vendor's business calendar; default UTC with the fiscal year starting in July. */
  readonly calendar?: Partial<CalendarSettings> | undefined
  /** Base URL used in email links; default `https://openpor.test`. */
  readonly publicUrl?: string | undefined
}

/** @deprecated The former name of {@link MemoryLayerOptions}. */
export type TestLayerOptions = MemoryLayerOptions

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
 * The whole domain on in-memory infrastructure, wired as the API wires it: the claims, enrollment,
 * directory, POR, attribution, notification, bulk-claims and webhook services, the outbox and calendar,
 * and a {@link JobWorker} that runs every job kind (timers, email deliveries, rollovers, attribution
 * batches). Each `Effect.provide(layerMemory())` starts empty; business time is Effect's `Clock` — the
 * system clock in a script, the `TestClock` inside `@effect/vitest`'s `it.effect`. Use {@link layerTest}
 * to bring a `TestClock` along.
 *
 * @example
 * ```ts
 * import { ClaimsService } from "@openpor/domain"
 * import { layerMemory, seedWorld } from "@openpor/domain/testing"
 * import { Effect } from "effect"
 *
 * const program = Effect.gen(function* () {
 *   const { adminA } = yield* seedWorld
 *   const claims = yield* ClaimsService
 *   return yield* claims.list(adminA, {})
 * })
 * Effect.runPromise(program.pipe(Effect.provide(layerMemory())))
 * ```
 */
export const layerMemory = (options: MemoryLayerOptions = {}) => {
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

/** @deprecated The former name of {@link layerMemory}. */
export const testLayer = layerMemory

/** Every service {@link layerMemory} provides. */
export type TestServices = Layer.Success<ReturnType<typeof layerMemory>>

/** Options of {@link layerTest}: the in-memory domain's settings and where business time starts. */
export interface TestLayerClockOptions extends MemoryLayerOptions {
  /** The `TestClock`'s start; default the Unix epoch (as `TestClock` itself). */
  readonly now?: Date | undefined
}

/**
 * {@link layerMemory} with a `TestClock` (from `effect/testing`): business time stands still until the
 * program moves it with `TestClock.adjust`, `TestClock.setTime`, or {@link elapse} / {@link elapseUntil}
 * (which also run the timers that fall due on the way). Use it in a plain script; inside `it.effect`
 * the `TestClock` is already there and {@link layerMemory} is enough.
 *
 * @example
 * ```ts
 * import { ClaimsService } from "@openpor/domain"
 * import { elapse, fileClaim, layerTest, partners, seedWorld, workloadClaim } from "@openpor/domain/testing"
 * import { Effect } from "effect"
 *
 * const program = Effect.gen(function* () {
 *   const { adminA } = yield* seedWorld
 *   const claim = yield* fileClaim(adminA, workloadClaim(partners.a.partnerId))
 *   yield* elapse(10 * 86_400_000) // ten days: the timers that fall due run
 *   return (yield* (yield* ClaimsService).get(adminA, claim.id)).status
 * })
 * Effect.runPromise(program.pipe(Effect.provide(layerTest({ now: new Date("2026-03-02T09:00:00Z") }))))
 * ```
 */
export const layerTest = (options: TestLayerClockOptions = {}) => {
  const { now, ...settings } = options
  const clock =
    now === undefined
      ? TestClock.layer()
      : Layer.effectDiscard(TestClock.setTime(now.getTime())).pipe(Layer.provideMerge(TestClock.layer()))
  return layerMemory(settings).pipe(Layer.provideMerge(clock))
}

/** The worker options {@link runDueJobs} uses: one worker, a one-minute lease. */
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
