import { JobWorker, type WorkerOptions } from "@openpor/domain"
import { Context, Effect, Layer } from "effect"

/** How this process's workers lease jobs (the lease from OPENPOR_JOB_LEASE_SECONDS). */
export const workerOptions = (workerId: string, leaseMillis: number): WorkerOptions => ({
  workerId,
  leaseMillis,
  pollMillis: 500
})

/** Runs every due job now (used after the test clock moves, so demos are deterministic). */
export class DrainJobs extends Context.Service<DrainJobs, { readonly drain: Effect.Effect<number> }>()(
  "@openpor/api/DrainJobs"
) {
  static readonly layer = (leaseMillis: number) =>
    Layer.effect(
      DrainJobs,
      Effect.gen(function* () {
        const worker = yield* JobWorker
        return DrainJobs.of({
          drain: worker.runUntilIdle(workerOptions(`drain-${process.pid}`, leaseMillis), 1000)
        })
      })
    )
}
