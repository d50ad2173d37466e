import { Effect, Option } from "effect"
import {
  type BankProfile,
  type Enrollment,
  Program,
  type Requirement,
  type RequirementStatus,
  type TaxProfile
} from "../../enrollment/model.ts"
import { EnrollmentRepository } from "../../enrollment/repository.ts"
import type { LocationId, OrganizationId, ProgramId } from "../../ids.ts"
import { ascending } from "./order.ts"
import { MemoryStore } from "./store.ts"

/** A row with an id and an optimistic version. */
interface Versioned {
  readonly id: string
  readonly version: number
}

/** Optimistic write: replaces the row only when its stored version is `expectedVersion`. */
const updateIf = <T extends Versioned>(table: Map<string, T>, row: T, expectedVersion: number) =>
  Effect.sync(() => {
    if (table.get(row.id)?.version !== expectedVersion) return false
    table.set(row.id, row)
    return true
  })

const insertNew = <T extends { readonly id: string }>(table: Map<string, T>, row: T, what: string) =>
  Effect.suspend(() =>
    table.has(row.id)
      ? Effect.die(new Error(`${what} ${row.id} exists already`))
      : Effect.sync(() => void table.set(row.id, row))
  )

/** The programs (the POR repository reads whether a claim's program is incentivized). */
export const PROGRAMS_TABLE = "enrollment.programs"

/**
 * EnrollmentRepository in memory: programs with their requirements (upserted separately, as in the
 * database), one enrollment per (location, program) — insertEnrollment answers false for a second —,
 * and optimistic updates of enrollments and payout profiles.
 */
export const makeEnrollmentRepositoryMemory = Effect.gen(function* () {
  const store = yield* MemoryStore
  const programs = store.table<ProgramId, Program>(PROGRAMS_TABLE)
  const requirements = store.table<string, Requirement>("enrollment.requirements")
  const requirementStatuses = store.table<string, RequirementStatus>("enrollment.location_requirements")
  const agreements = store.table<LocationId, boolean>("enrollment.agreements")
  const enrollments = store.table<string, Enrollment>("enrollment.enrollments")
  const banks = store.table<string, BankProfile>("enrollment.bank_profiles")
  const taxes = store.table<string, TaxProfile>("enrollment.tax_profiles")
  const defaultBanks = store.table<string, { locationId: LocationId; currency: string; profileId: string }>(
    "enrollment.default_bank_profiles"
  )
  const defaultTaxes = store.table<LocationId, string>("enrollment.default_tax_profiles")

  const withRequirements = (p: Program) =>
    new Program({
      ...p,
      requirements: [...requirements.values()]
        .filter((r) => r.programId === p.id)
        .sort(ascending<Requirement>((r) => r.id))
    })
  const byCreation = <T extends { readonly createdAt: Date; readonly id: string }>(rows: ReadonlyArray<T>) =>
    [...rows].sort(
      ascending<T>(
        (r) => r.createdAt.toISOString(),
        (r) => r.id
      )
    )
  const ofOrganization = <T extends { readonly organizationId: OrganizationId }>(
    table: Map<string, T>,
    organizationId: OrganizationId
  ) => [...table.values()].filter((p) => p.organizationId === organizationId)

  return EnrollmentRepository.of({
    listPrograms: Effect.sync(() =>
      [...programs.values()].sort(ascending<Program>((p) => p.id)).map(withRequirements)
    ),
    findProgram: (id) =>
      Effect.sync(() => Option.map(Option.fromUndefinedOr(programs.get(id)), withRequirements)),
    upsertProgram: (p) => Effect.sync(() => void programs.set(p.id, new Program({ ...p, requirements: [] }))),
    lockProgram: () => Effect.void,
    upsertRequirement: (r) => Effect.sync(() => void requirements.set(r.id, r)),
    requirementStatuses: (locationId) =>
      Effect.sync(() => [...requirementStatuses.values()].filter((s) => s.locationId === locationId)),
    setRequirementStatus: (s) =>
      Effect.sync(() => void requirementStatuses.set(`${s.locationId}|${s.requirementId}`, s)),
    isAgreementActive: (locationId) => Effect.sync(() => agreements.get(locationId) === true),
    setAgreement: (locationId, active) => Effect.sync(() => void agreements.set(locationId, active)),
    findEnrollment: (id) => Effect.sync(() => Option.fromUndefinedOr(enrollments.get(id))),
    findEnrollmentFor: (locationId, programId) =>
      Effect.sync(() =>
        Option.fromUndefinedOr(
          [...enrollments.values()].find((e) => e.locationId === locationId && e.programId === programId)
        )
      ),
    listEnrollments: (f) =>
      Effect.sync(() =>
        [...enrollments.values()]
          .filter((e) => f.locationIds === undefined || f.locationIds.includes(e.locationId))
          .filter((e) => f.programId === undefined || e.programId === f.programId)
          .filter((e) => f.states === undefined || f.states.includes(e.state))
          .filter((e) => f.fiscalYear === undefined || e.fiscalYear === f.fiscalYear)
          .filter((e) => f.after === undefined || e.id > f.after)
          .sort(ascending<Enrollment>((e) => e.id))
          .slice(0, f.limit)
      ),
    insertEnrollment: (e) =>
      Effect.sync(() => {
        const taken = [...enrollments.values()].some(
          (x) => x.id === e.id || (x.locationId === e.locationId && x.programId === e.programId)
        )
        if (taken) return false
        enrollments.set(e.id, e)
        return true
      }),
    updateEnrollment: (e, expectedVersion) => updateIf(enrollments, e, expectedVersion),
    enrollmentsUsingProfile: (kind, profileId) =>
      Effect.sync(() =>
        [...enrollments.values()]
          .filter((e) => (kind === "bank" ? e.bankProfileId : e.taxProfileId) === profileId)
          .sort(ascending<Enrollment>((e) => e.id))
      ),
    insertBankProfile: (p) => insertNew(banks, p, "bank profile"),
    updateBankProfile: (p, expectedVersion) => updateIf(banks, p, expectedVersion),
    findBankProfile: (id) => Effect.sync(() => Option.fromUndefinedOr(banks.get(id))),
    bankProfilesOf: (organizationId) => Effect.sync(() => byCreation(ofOrganization(banks, organizationId))),
    setDefaultBankProfile: (locationId, currency, profileId) =>
      Effect.sync(
        () => void defaultBanks.set(`${locationId}|${currency}`, { locationId, currency, profileId })
      ),
    defaultBankProfiles: (locationId) =>
      Effect.sync(() =>
        [...defaultBanks.values()]
          .filter((d) => d.locationId === locationId)
          .sort(ascending<{ currency: string }>((d) => d.currency))
          .map((d) => ({ currency: d.currency, profileId: d.profileId }))
      ),
    insertTaxProfile: (p) => insertNew(taxes, p, "tax profile"),
    updateTaxProfile: (p, expectedVersion) => updateIf(taxes, p, expectedVersion),
    findTaxProfile: (id) => Effect.sync(() => Option.fromUndefinedOr(taxes.get(id))),
    taxProfilesOf: (organizationId) => Effect.sync(() => byCreation(ofOrganization(taxes, organizationId))),
    setDefaultTaxProfile: (locationId, profileId) =>
      Effect.sync(() => void defaultTaxes.set(locationId, profileId)),
    defaultTaxProfile: (locationId) => Effect.sync(() => Option.fromUndefinedOr(defaultTaxes.get(locationId)))
  })
})
