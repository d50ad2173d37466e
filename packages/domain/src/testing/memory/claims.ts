import { Effect, Option } from "effect"
import type { AuditEvent } from "../../audit/audit.ts"
import {
  Association,
  Claim,
  type ClaimComment,
  OPEN_STATUSES,
  type Poe,
  targetKeys
} from "../../claims/model.ts"
import {
  AssociationExists,
  ClaimRepository,
  historyEntryOf,
  type TargetHolder
} from "../../claims/repository.ts"
import { ascending, iso } from "./order.ts"
import { MemoryStore } from "./store.ts"

/** The tables other memory repositories read (the POR repository derives CPOR events from them). */
export const CLAIMS_TABLE = "claims"
export const ASSOCIATIONS_TABLE = "claims.associations"

/**
 * ClaimRepository in memory, with the semantics the workflows rely on: optimistic `update` (false on
 * a version mismatch), at most one active association per target (AssociationExists, like the
 * database's unique index), pending associations that become active, and the queue's keyset order.
 */
export const makeClaimRepositoryMemory = Effect.gen(function* () {
  const store = yield* MemoryStore
  const claims = store.table<string, Claim>(CLAIMS_TABLE)
  const associations = store.table<string, Association>(ASSOCIATIONS_TABLE)
  const poes = store.table<string, Poe>("claims.poe")
  const comments = store.table<string, ClaimComment>("claims.comments")
  const auditEvents = store.table<string, AuditEvent>("audit_log")
  const organizations = store.table<string, { readonly name: string }>("identity.organizations")

  const isOpen = (c: Claim) => OPEN_STATUSES.includes(c.status)
  const activeOnKey = (targetKey: string) =>
    [...associations.values()].find((a) => a.targetKey === targetKey && a.status === "active")
  const replace = (a: Association, changes: Partial<Association>) => {
    associations.set(a.id, new Association({ ...a, ...changes }))
  }

  return ClaimRepository.of({
    insert: (claim) =>
      Effect.suspend(() =>
        claims.has(claim.id)
          ? Effect.die(new Error(`claim ${claim.id} exists already`))
          : Effect.sync(() => void claims.set(claim.id, claim))
      ),
    update: (claim, expectedVersion) =>
      Effect.sync(() => {
        const stored = claims.get(claim.id)
        if (stored === undefined || stored.version !== expectedVersion) return false
        claims.set(claim.id, claim)
        return true
      }),
    find: (id) => Effect.sync(() => Option.fromUndefinedOr(claims.get(id))),
    findForUpdate: (id) => Effect.sync(() => Option.fromUndefinedOr(claims.get(id))),
    list: (f) =>
      Effect.sync(() => {
        const separator = f.before?.lastIndexOf("|") ?? -1
        const search = f.search?.trim().toLowerCase()
        return [...claims.values()]
          .filter((c) => f.organizationId === undefined || c.organizationId === f.organizationId)
          .filter((c) => f.locationIds === undefined || f.locationIds.includes(c.locationId))
          .filter((c) => f.tenantId === undefined || c.tenantId === f.tenantId)
          .filter((c) => f.statuses === undefined || f.statuses.includes(c.status))
          .filter((c) => {
            if (f.before === undefined) return true
            if (separator <= 0) return c.id < f.before
            const at = f.before.slice(0, separator)
            const id = f.before.slice(separator + 1)
            const created = c.createdAt.toISOString()
            return created < at || (created === at && c.id < id)
          })
          .filter(
            (c) =>
              search === undefined ||
              search === "" ||
              c.name.toLowerCase().includes(search) ||
              c.tenantId.toLowerCase().startsWith(search)
          )
          .sort(
            ascending<Claim>(
              (c) => c.createdAt.toISOString(),
              (c) => c.id
            )
          )
          .reverse()
          .slice(0, f.limit)
      }),
    holdersOf: (keys) =>
      Effect.sync(() => {
        const wanted = new Set(keys)
        const open: Array<TargetHolder> = []
        for (const c of claims.values()) {
          if (!isOpen(c)) continue
          for (const targetKey of new Set(targetKeys(c))) {
            if (wanted.has(targetKey))
              open.push({ targetKey, claimId: c.id, organizationId: c.organizationId, status: c.status })
          }
        }
        const held: Array<TargetHolder> = [...associations.values()]
          .filter((a) => a.status === "active" && wanted.has(a.targetKey))
          .map((a) => ({
            targetKey: a.targetKey,
            claimId: a.claimId,
            organizationId: a.organizationId,
            status: "association" as const
          }))
        return [...open, ...held]
      }),
    claimsWithSubscription: (subscriptionId) =>
      Effect.sync(() => {
        const key = `subscription:${subscriptionId.toLowerCase()}`
        return [...claims.values()]
          .filter((c) => targetKeys(c).includes(key))
          .sort(ascending<Claim>((c) => c.id))
      }),
    insertAssociation: (a) =>
      Effect.suspend(() => {
        if (a.status === "active" && activeOnKey(a.targetKey) !== undefined)
          return Effect.fail(new AssociationExists({ targetKey: a.targetKey }))
        associations.set(a.id, a)
        return Effect.void
      }),
    associationsOfClaim: (claimId) =>
      Effect.sync(() =>
        [...associations.values()]
          .filter((a) => a.claimId === claimId)
          .sort(ascending<Association>((a) => a.startedAt.toISOString()))
      ),
    endAssociations: (claimId, at, reason, keys) =>
      Effect.sync(() => {
        let n = 0
        for (const a of [...associations.values()]) {
          if (a.claimId !== claimId || (a.status !== "active" && a.status !== "pending")) continue
          if (keys !== undefined && !keys.includes(a.targetKey)) continue
          replace(a, { status: "ended", endedAt: at, endReason: reason })
          n++
        }
        return n
      }),
    markOfficial: (claimId, at) =>
      Effect.sync(() => {
        for (const a of [...associations.values()]) {
          if (a.claimId === claimId && a.status === "active" && a.officialAt === null)
            replace(a, { officialAt: at })
        }
      }),
    activateAssociations: (claimId, at) =>
      Effect.suspend(() => {
        const pending = [...associations.values()].filter(
          (a) => a.claimId === claimId && a.status === "pending"
        )
        // The database's unique index refuses a second active association on a target: a defect there too.
        const taken = pending.find((a) => activeOnKey(a.targetKey) !== undefined)
        if (taken !== undefined) return Effect.die(new AssociationExists({ targetKey: taken.targetKey }))
        for (const a of pending) replace(a, { status: "active", startedAt: at, officialAt: at })
        return Effect.succeed(pending.length)
      }),
    activeOn: (keys) =>
      Effect.sync(() =>
        [...associations.values()].filter((a) => a.status === "active" && keys.includes(a.targetKey))
      ),
    listByCase: (caseId) =>
      Effect.sync(() =>
        [...claims.values()]
          .filter((c) => c.caseId === caseId)
          .sort(
            ascending<Claim>(
              (c) => iso(c.submittedAt),
              (c) => c.id
            )
          )
      ),
    queue: (f) =>
      Effect.sync(() =>
        [...claims.values()]
          .filter((c) => c.queueDeadlineAt !== null && f.statuses.includes(c.status) && isOpen(c))
          .filter((c) => f.programId === undefined || c.programId === f.programId)
          .filter((c) => f.solutionArea === undefined || c.solutionArea === f.solutionArea)
          .filter((c) => f.competing === undefined || c.competing === f.competing)
          .filter((c) => f.assignedReviewerId === undefined || c.assignedReviewerId === f.assignedReviewerId)
          .filter((c) => f.answered === undefined || (c.partnerAnsweredAt !== null) === f.answered)
          .filter(
            (c) =>
              f.overdueAt === undefined ||
              (iso(c.queueDeadlineAt)! < f.overdueAt.toISOString() &&
                (c.status === "submitted" || c.status === "disputed"))
          )
          .filter((c) => {
            if (f.after === undefined) return true
            const deadline = iso(c.queueDeadlineAt)!
            return deadline > f.after.deadline || (deadline === f.after.deadline && c.id > f.after.id)
          })
          .sort(
            ascending<Claim>(
              (c) => iso(c.queueDeadlineAt),
              (c) => c.id
            )
          )
          .slice(0, f.limit)
      ),
    insertPoe: (p) => Effect.sync(() => void poes.set(p.id, p)),
    listPoe: (claimId) =>
      Effect.sync(() =>
        [...poes.values()]
          .filter((p) => p.claimId === claimId)
          .sort(
            ascending<Poe>(
              (p) => p.uploadedAt.toISOString(),
              (p) => p.id
            )
          )
      ),
    deletePoe: (claimId, poeId) =>
      Effect.sync(() => poes.get(poeId)?.claimId === claimId && poes.delete(poeId)),
    insertComment: (c) => Effect.sync(() => void comments.set(c.id, c)),
    setConversation: (claimId, state) =>
      Effect.sync(() => {
        const stored = claims.get(claimId)
        if (stored !== undefined) claims.set(claimId, new Claim({ ...stored, ...state }))
      }),
    listComments: (claimId) =>
      Effect.sync(() =>
        [...comments.values()]
          .filter((c) => c.claimId === claimId)
          .sort(
            ascending<ClaimComment>(
              (c) => c.createdAt.toISOString(),
              (c) => c.id
            )
          )
      ),
    commentsPage: (claimId, before, limit) =>
      Effect.sync(() =>
        [...comments.values()]
          .filter(
            (c) =>
              c.claimId === claimId &&
              (before === undefined ||
                c.createdAt.getTime() < before.at.getTime() ||
                (c.createdAt.getTime() === before.at.getTime() && c.id < before.id))
          )
          .sort(
            ascending<ClaimComment>(
              (c) => c.createdAt.toISOString(),
              (c) => c.id
            )
          )
          .reverse()
          .slice(0, limit)
      ),
    viewDataOf: (claimIds, limits) =>
      Effect.sync(() => {
        /** The first `limit` of each claim, in the given order. */
        const firstOfEach = <A>(items: ReadonlyArray<A>, claimOf: (a: A) => string, limit: number) => {
          const taken = new Map<string, number>()
          return items.filter((item) => {
            const n = taken.get(claimOf(item)) ?? 0
            taken.set(claimOf(item), n + 1)
            return n < limit
          })
        }
        const poe = [...poes.values()]
          .filter((p) => claimIds.includes(p.claimId))
          .sort(
            ascending<Poe>(
              (p) => p.uploadedAt.toISOString(),
              (p) => p.id
            )
          )
        const newestComments = [...comments.values()]
          .filter((c) => claimIds.includes(c.claimId))
          .sort(
            ascending<ClaimComment>(
              (c) => c.createdAt.toISOString(),
              (c) => c.id
            )
          )
          .reverse()
        const newestEvents = [...auditEvents.values()]
          .filter((e) => e.entityType === "claim" && claimIds.includes(e.entityId))
          .sort(
            ascending<AuditEvent>(
              (e) => e.at.toISOString(),
              (e) => e.id
            )
          )
          .reverse()
        return {
          poe,
          comments: firstOfEach(newestComments, (c) => c.claimId, limits.comments),
          history: firstOfEach(newestEvents, (e) => e.entityId, limits.history).map(historyEntryOf)
        }
      }),
    organizationNames: (ids) =>
      Effect.sync(
        () =>
          new Map(
            ids.flatMap((id) => {
              const o = organizations.get(id)
              return o === undefined ? [] : [[id, o.name] as const]
            })
          )
      )
  })
})
