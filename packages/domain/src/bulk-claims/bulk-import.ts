import { Context, Effect, Layer, Option } from "effect"
import { AuditLog } from "../audit/audit.ts"
import { Secrets } from "../auth/auth.ts"
import { type Actor, actorFromUser } from "../authorization/actor.ts"
import { policy } from "../authorization/policy.ts"
import { Clock } from "../calendar/clock.ts"
import { draftCreated } from "../claims/drafting.ts"
import { ClaimRepository } from "../claims/repository.ts"
import { DirectoryRepository } from "../directory/repository.ts"
import type { Program } from "../enrollment/model.ts"
import { EnrollmentRepository } from "../enrollment/repository.ts"
import { IdentityRepository } from "../identity/repository.ts"
import { newId, type UserId } from "../ids.ts"
import { type Job, JobKind } from "../jobs/model.ts"
import { JobQueue } from "../jobs/repository.ts"
import { Forbidden, NotFound } from "../shared/errors.ts"
import { Transactor } from "../shared/transactor.ts"
import { type Lookups, makeRowCheck } from "./check-rows.ts"
import {
  BulkClaimsRepository,
  type BulkImport,
  type BulkImportRow,
  type BulkRowHash,
  type BulkRowOutcome
} from "./model.ts"

/** The job kind that drafts the rows of an uploaded bulk claims file in chunks. */
export const BULK_CLAIMS_JOB = JobKind.bulkClaims
/** Rows per chunk: each chunk commits its drafts, outcomes and progress together. */
export const BULK_CHUNK = 250

/** A row of an uploaded file: the line it starts on (the header is line 1) and its cells by column. */
export interface BulkUploadRow {
  readonly line: number
  readonly cells: Readonly<Record<string, string>>
}

/**
 * Bulk claims by CSV (SPEC §12): a partner uploads rows, a job turns them into drafts chunk by chunk.
 * Each row is checked as submission checks a claim (validation.ts, without POE and acknowledgements);
 * a good row becomes a draft exactly as POST /claims makes one (newDraft, its audit entry). A row whose
 * hash (its normalized content and the organization) made a draft before is `already_imported`: the
 * hashes are unique per organization in the database, so no file, however often or concurrently
 * uploaded, drafts a row twice. Each chunk commits its drafts, hashes, outcomes and the import's cursor in
 * one transaction: a job that dies resumes after the last committed chunk.
 */
export class BulkClaimsService extends Context.Service<
  BulkClaimsService,
  {
    /**
     * Accepts a bulk claims CSV file: checks its shape, stores the import and enqueues the job that drafts
     * its rows.
     */
    readonly upload: (
      actor: Actor,
      fileName: string | null,
      rows: ReadonlyArray<BulkUploadRow>
    ) => Effect.Effect<BulkImport, Forbidden>
    /** One import with its progress (the uploader's, or any for auditors). */
    readonly get: (actor: Actor, id: string) => Effect.Effect<BulkImport, Forbidden | NotFound>
    /** The user's imports, newest first (every import for auditors). */
    readonly list: (actor: Actor, limit: number) => Effect.Effect<ReadonlyArray<BulkImport>, Forbidden>
    /** An import's rows with their outcome (drafted claim or problems). */
    readonly report: (
      actor: Actor,
      id: string,
      page: { readonly outcome?: BulkRowOutcome | undefined; readonly after: number; readonly limit: number }
    ) => Effect.Effect<ReadonlyArray<BulkImportRow>, Forbidden | NotFound>
    /** The job: processes the import chunk by chunk from its cursor (`maxChunks`: stop early, as a crash would). */
    readonly run: (
      id: string,
      options?: { readonly maxChunks?: number; readonly chunkSize?: number }
    ) => Effect.Effect<BulkImport>
    /** The job handler: `run`, and the import marked failed when the job's last attempt fails. */
    readonly runJob: (id: string, job: Job) => Effect.Effect<void>
  }
>()("@openpor/domain/bulk-claims/BulkClaimsService") {
  static readonly layer = Layer.effect(
    BulkClaimsService,
    Effect.gen(function* () {
      const bulk = yield* BulkClaimsRepository
      const claims = yield* ClaimRepository
      const identity = yield* IdentityRepository
      const directory = yield* DirectoryRepository
      const enrollments = yield* EnrollmentRepository
      const tx = yield* Transactor
      const audit = yield* AuditLog
      const jobs = yield* JobQueue
      const clock = yield* Clock
      const secrets = yield* Secrets

      /** Partner users who may draft claims at one of their organization's locations. */
      const mayDraft = (actor: Actor) =>
        actor.kind === "partner" && policy.draftClaim(actor, { organizationId: actor.organizationId })
          ? Effect.succeed(actor)
          : Effect.fail(
              new Forbidden({
                action: "draftClaim",
                reason: "Only Incentives admins and users of a location import claims"
              })
            )

      const upload = Effect.fn("BulkClaimsService.upload")(function* (
        actor: Actor,
        fileName: string | null,
        rows: ReadonlyArray<BulkUploadRow>
      ) {
        const partner = yield* mayDraft(actor)
        const bulkImport: BulkImport = {
          id: newId("cimp"),
          organizationId: partner.organizationId,
          createdBy: partner.userId,
          fileName,
          status: "queued",
          rowsTotal: rows.length,
          rowsProcessed: 0,
          created: 0,
          alreadyImported: 0,
          refused: 0,
          problems: 0,
          cursor: 0,
          createdAt: yield* clock.now,
          completedAt: null
        }
        return yield* tx.transaction(
          Effect.gen(function* () {
            yield* bulk.insertImport(bulkImport)
            yield* bulk.insertRows(
              rows.map((r) => ({
                importId: bulkImport.id,
                line: r.line,
                cells: r.cells,
                outcome: null,
                claimId: null,
                problems: []
              }))
            )
            yield* jobs.enqueue({
              kind: BULK_CLAIMS_JOB,
              payload: { importId: bulkImport.id },
              uniqueKey: `bulk-claims:${bulkImport.id}`,
              maxAttempts: 10
            })
            yield* audit.append({
              actor,
              action: "claim_import.uploaded",
              entityType: "claim_import",
              entityId: bulkImport.id,
              before: null,
              after: { fileName, rows: rows.length }
            })
            return bulkImport
          })
        )
      })

      /** An import is its uploader's: to anybody else it does not exist (auditors read every import). */
      const own = (actor: Actor, id: string) =>
        Effect.gen(function* () {
          if (policy.readAllClaimImports(actor)) {
            const any = yield* bulk.findImport(id)
            if (Option.isNone(any)) return yield* new NotFound({ entity: "claim import", id })
            return any.value
          }
          const partner = yield* mayDraft(actor)
          const found = yield* bulk.findImport(id)
          if (Option.isNone(found) || found.value.createdBy !== partner.userId)
            return yield* new NotFound({ entity: "claim import", id })
          return found.value
        })

      const get = Effect.fn("BulkClaimsService.get")(function* (actor: Actor, id: string) {
        return yield* own(actor, id)
      })

      const list = Effect.fn("BulkClaimsService.list")(function* (actor: Actor, limit: number) {
        if (policy.readAllClaimImports(actor)) return yield* bulk.importsOf(null, limit)
        const partner = yield* mayDraft(actor)
        return yield* bulk.importsOf(partner.userId, limit)
      })

      const report = Effect.fn("BulkClaimsService.report")(function* (
        actor: Actor,
        id: string,
        page: {
          readonly outcome?: BulkRowOutcome | undefined
          readonly after: number
          readonly limit: number
        }
      ) {
        yield* own(actor, id)
        return yield* bulk.report(id, page.outcome, page.after, page.limit)
      })

      /** The uploader as they are now (roles revoked since the upload count). */
      const uploaderOf = (userId: UserId) =>
        Effect.gen(function* () {
          const user = yield* identity.findUserById(userId)
          if (Option.isNone(user) || !user.value.active) return undefined
          return actorFromUser(user.value, yield* identity.rolesOf(userId))
        })

      const check = makeRowCheck({ claims, identity, directory, enrollments, clock, secrets })

      /** One chunk in one transaction: drafts, hashes, outcomes, and the import's progress. */
      const runChunk = (
        current: BulkImport,
        actor: Actor | undefined,
        chunkSize: number,
        lookups: Lookups,
        programs: ReadonlyMap<string, Program>
      ) =>
        tx.transaction(
          Effect.gen(function* () {
            const fresh = Option.getOrUndefined(yield* bulk.findImport(current.id)) ?? current
            if (fresh.status === "completed" || fresh.status === "failed") return fresh
            const rows = yield* bulk.rowsAfter(fresh.id, fresh.cursor, chunkSize)
            const now = yield* clock.now
            if (rows.length === 0) {
              const done: BulkImport = { ...fresh, status: "completed", completedAt: now }
              yield* bulk.updateImport(done)
              yield* audit.append({
                actor: "system",
                action: "claim_import.completed",
                entityType: "claim_import",
                entityId: done.id,
                before: null,
                after: {
                  rows: done.rowsTotal,
                  created: done.created,
                  alreadyImported: done.alreadyImported,
                  refused: done.refused
                }
              })
              return done
            }
            const checked = yield* check.chunk(actor, fresh, rows, lookups, programs)
            const good = checked.flatMap((c) => ("draft" in c ? [c] : []))
            const known = new Set(
              (yield* bulk.hashesOf(
                fresh.organizationId,
                good.map((g) => g.hash)
              )).map((h) => h.rowHash)
            )
            const candidates: Array<BulkRowHash> = []
            const seen = new Set<string>()
            for (const g of good) {
              if (known.has(g.hash) || seen.has(g.hash)) continue
              seen.add(g.hash)
              candidates.push({
                organizationId: fresh.organizationId,
                rowHash: g.hash,
                claimId: g.draft.id,
                importId: fresh.id,
                line: g.row.line
              })
            }
            // In hash order: concurrent imports whose rows overlap take the hashes' locks in one order.
            candidates.sort((x, y) => (x.rowHash < y.rowHash ? -1 : x.rowHash > y.rowHash ? 1 : 0))
            const stored = candidates.length === 0 ? new Set<string>() : yield* bulk.insertHashes(candidates)
            const createdBy = new Map(
              candidates.filter((c) => stored.has(c.rowHash)).map((c) => [c.claimId, c])
            )
            const outcomes: Array<BulkImportRow> = []
            let created = 0
            let already = 0
            let refused = 0
            let problems = 0
            for (const c of checked) {
              if (!("draft" in c)) {
                refused++
                problems += c.problems.length
                outcomes.push({ ...c.row, outcome: "refused", claimId: null, problems: c.problems })
              } else if (createdBy.has(c.draft.id)) {
                created++
                yield* claims.insert(c.draft)
                yield* audit.append(draftCreated(actor!, c.draft))
                outcomes.push({ ...c.row, outcome: "created", claimId: c.draft.id, problems: [] })
              } else {
                already++
                outcomes.push({ ...c.row, outcome: "already_imported", claimId: null, problems: [] })
              }
            }
            yield* bulk.recordOutcomes(outcomes)
            const next: BulkImport = {
              ...fresh,
              status: "running",
              cursor: rows.at(-1)!.line,
              rowsProcessed: fresh.rowsProcessed + rows.length,
              created: fresh.created + created,
              alreadyImported: fresh.alreadyImported + already,
              refused: fresh.refused + refused,
              problems: fresh.problems + problems
            }
            yield* bulk.updateImport(next)
            return next
          })
        )

      const run = Effect.fn("BulkClaimsService.run")(function* (
        id: string,
        options?: { readonly maxChunks?: number; readonly chunkSize?: number }
      ) {
        const found = yield* bulk.findImport(id)
        if (Option.isNone(found)) return yield* Effect.die(new Error(`claim import ${id} does not exist`))
        let current = found.value
        const actor = yield* uploaderOf(current.createdBy)
        const programs = new Map((yield* enrollments.listPrograms).map((p) => [p.id as string, p]))
        const lookups = check.lookups()
        let chunks = 0
        while (
          current.status !== "completed" &&
          current.status !== "failed" &&
          chunks < (options?.maxChunks ?? Number.POSITIVE_INFINITY)
        ) {
          current = yield* runChunk(current, actor, options?.chunkSize ?? BULK_CHUNK, lookups, programs)
          chunks++
        }
        return current
      })

      const runJob = Effect.fn("BulkClaimsService.runJob")(function* (id: string, job: Job) {
        yield* run(id).pipe(
          Effect.tapCause(() =>
            job.attempts >= job.maxAttempts
              ? tx.transaction(
                  Effect.gen(function* () {
                    const found = yield* bulk.findImport(id)
                    if (Option.isSome(found) && found.value.status !== "completed")
                      yield* bulk.updateImport({
                        ...found.value,
                        status: "failed",
                        completedAt: yield* clock.now
                      })
                  })
                )
              : Effect.void
          )
        )
      })

      return BulkClaimsService.of({ upload, get, list, report, run, runJob })
    })
  )
}
