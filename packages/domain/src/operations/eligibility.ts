import { Effect, Option } from "effect"
import type { Actor } from "../authorization/actor.ts"
import { authorize } from "../authorization/authorize.ts"
import { EnrollmentService } from "../enrollment/enrollment-service.ts"
import { EnrollmentRepository } from "../enrollment/repository.ts"
import { IdentityRepository } from "../identity/repository.ts"
import { isPartnerId, PARTNER_ID_MESSAGE, type PartnerId } from "../ids.ts"
import { Transactor } from "../shared/transactor.ts"
import { EligibilityRowsRefused, PartnerIdNotFound } from "./errors.ts"

/** One location's eligibility as the operator's screen reads it: every requirement of every program. */
export const eligibilityOf = Effect.fn("Operations.eligibilityOf")(function* (
  actor: Actor,
  partnerId: PartnerId
) {
  yield* authorize("readEligibility", actor)
  const location = yield* IdentityRepository.use((r) => r.findLocationByPartnerId(partnerId))
  if (Option.isNone(location)) return yield* new PartnerIdNotFound({ partnerId })
  const repo = yield* EnrollmentRepository
  const met = new Set(
    (yield* repo.requirementStatuses(location.value.id)).filter((s) => s.met).map((s) => s.requirementId)
  )
  const programs = yield* repo.listPrograms
  return {
    location: {
      id: location.value.id,
      partnerId: location.value.partnerId,
      name: location.value.name,
      city: location.value.city,
      country: location.value.country
    },
    agreementActive: yield* repo.isAgreementActive(location.value.id),
    programs: programs.map((p) => ({
      id: p.id,
      name: p.name,
      status: p.status,
      open: p.open,
      requirements: p.requirements.map((r) => ({ id: r.id, name: r.name, met: met.has(r.id) }))
    }))
  }
})

/** One row of an eligibility file as read (the file's reading is the caller's). */
export interface EligibilityRecord {
  readonly partnerId: string
  readonly requirementId: string
  /** null when the file's value is not a yes or no. */
  readonly met: boolean | null
}

/**
 * Sets requirement states from an eligibility file, all rows or none (operator): every row is checked
 * against the locations and the active programs' requirements first; any refused row refuses the file
 * (EligibilityRowsRefused lists them with their lines). Answers every row with its line.
 */
export const importEligibilityRows = Effect.fn("Operations.importEligibilityRows")(function* (
  actor: Actor,
  records: ReadonlyArray<EligibilityRecord>
) {
  yield* authorize("manageCatalog", actor)
  // Built once per import: every location and every requirement of an active program.
  const locations = new Map(
    (yield* IdentityRepository.use((r) => r.allLocations)).map((l) => [l.partnerId, l])
  )
  const requirements = new Set(
    (yield* EnrollmentRepository.use((r) => r.listPrograms))
      .filter((p) => p.status === "active")
      .flatMap((p) => p.requirements.map((r) => r.id))
  )
  const rows = records.map((record, index) => {
    const location = isPartnerId(record.partnerId) ? locations.get(record.partnerId) : undefined
    const problem = !isPartnerId(record.partnerId)
      ? { code: "invalid_partner_id", message: PARTNER_ID_MESSAGE }
      : location === undefined
        ? { code: "unknown_partner_id", message: `PartnerID ${record.partnerId} is unknown` }
        : !requirements.has(record.requirementId)
          ? {
              code: "unknown_requirement",
              message: `${record.requirementId} is no requirement of an active program`
            }
          : record.met === null
            ? { code: "invalid_met", message: "met is true or false (also yes/no, 1/0)" }
            : null
    return { line: index + 2, ...record, problem, location }
  })
  const answer = rows.map(({ location: _, ...row }) => row)
  const refused = answer.filter((row) => row.problem !== null)
  if (refused.length > 0) return yield* new EligibilityRowsRefused({ total: rows.length, rows: refused })
  const service = yield* EnrollmentService
  yield* Transactor.use((tx) =>
    tx.transaction(
      Effect.forEach(rows, (row) =>
        service.setRequirement(actor, {
          locationId: row.location!.id,
          requirementId: row.requirementId,
          met: row.met!
        })
      )
    )
  )
  return answer
})
