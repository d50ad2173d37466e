import { Context, Effect, Layer, type Option } from "effect"
import type { LocationId, OrganizationId, ProgramId } from "../ids.ts"
import { makeEnrollmentRepositoryMemory } from "../testing/memory/enrollment.ts"
import type { MemoryStore } from "../testing/memory/store.ts"
import type {
  BankProfile,
  Enrollment,
  EnrollmentState,
  Program,
  Requirement,
  RequirementStatus,
  TaxProfile
} from "./model.ts"

/** Filters of an enrollment list: locations, program and states. */
export interface EnrollmentFilter {
  readonly locationIds?: ReadonlyArray<LocationId> | undefined
  readonly programId?: ProgramId | undefined
  readonly states?: ReadonlyArray<EnrollmentState> | undefined
  readonly fiscalYear?: string | undefined
  readonly limit: number
  /** Cursor: enrollments with an id greater than this. */
  readonly after?: string | undefined
}

/** Programs, eligibility, agreements, enrollments, bank and tax profiles. Implemented by packages/db. */
export class EnrollmentRepository extends Context.Service<
  EnrollmentRepository,
  {
    readonly listPrograms: Effect.Effect<ReadonlyArray<Program>>
    readonly findProgram: (id: ProgramId) => Effect.Effect<Option.Option<Program>>
    /** Inserts or updates the program row; its requirements are upserted separately. */
    readonly upsertProgram: (program: Program) => Effect.Effect<void>
    /**
     * Serializes the transactions that write one program (also one that does not exist yet) until the
     * current transaction ends: call it first in the transaction, then read the program.
     */
    readonly lockProgram: (id: ProgramId) => Effect.Effect<void>
    readonly upsertRequirement: (requirement: Requirement) => Effect.Effect<void>

    readonly requirementStatuses: (locationId: LocationId) => Effect.Effect<ReadonlyArray<RequirementStatus>>
    readonly setRequirementStatus: (status: RequirementStatus) => Effect.Effect<void>
    readonly isAgreementActive: (locationId: LocationId) => Effect.Effect<boolean>
    readonly setAgreement: (locationId: LocationId, active: boolean, at: Date) => Effect.Effect<void>

    readonly findEnrollment: (id: string) => Effect.Effect<Option.Option<Enrollment>>
    readonly findEnrollmentFor: (
      locationId: LocationId,
      programId: ProgramId
    ) => Effect.Effect<Option.Option<Enrollment>>
    readonly listEnrollments: (filter: EnrollmentFilter) => Effect.Effect<ReadonlyArray<Enrollment>>
    /**
     * Inserts the enrollment unless the (location, program) has one already — also one inserted by a
     * concurrent transaction (the database's unique constraint decides). Answers whether it inserted.
     */
    readonly insertEnrollment: (enrollment: Enrollment) => Effect.Effect<boolean>
    /** Optimistic: writes only when the stored version is `expectedVersion`; false otherwise. */
    readonly updateEnrollment: (enrollment: Enrollment, expectedVersion: number) => Effect.Effect<boolean>
    readonly enrollmentsUsingProfile: (
      kind: "bank" | "tax",
      profileId: string
    ) => Effect.Effect<ReadonlyArray<Enrollment>>

    readonly insertBankProfile: (profile: BankProfile) => Effect.Effect<void>
    readonly updateBankProfile: (profile: BankProfile, expectedVersion: number) => Effect.Effect<boolean>
    readonly findBankProfile: (id: string) => Effect.Effect<Option.Option<BankProfile>>
    readonly bankProfilesOf: (organizationId: OrganizationId) => Effect.Effect<ReadonlyArray<BankProfile>>
    readonly setDefaultBankProfile: (
      locationId: LocationId,
      currency: string,
      profileId: string
    ) => Effect.Effect<void>
    readonly defaultBankProfiles: (
      locationId: LocationId
    ) => Effect.Effect<ReadonlyArray<{ readonly currency: string; readonly profileId: string }>>

    readonly insertTaxProfile: (profile: TaxProfile) => Effect.Effect<void>
    readonly updateTaxProfile: (profile: TaxProfile, expectedVersion: number) => Effect.Effect<boolean>
    readonly findTaxProfile: (id: string) => Effect.Effect<Option.Option<TaxProfile>>
    readonly taxProfilesOf: (organizationId: OrganizationId) => Effect.Effect<ReadonlyArray<TaxProfile>>
    readonly setDefaultTaxProfile: (locationId: LocationId, profileId: string) => Effect.Effect<void>
    readonly defaultTaxProfile: (locationId: LocationId) => Effect.Effect<Option.Option<string>>
  }
>()("@openpor/domain/enrollment/EnrollmentRepository") {
  /** In memory, for workflow tests (see testing/layers.ts); its tables live in the MemoryStore. */
  static readonly layerTest: Layer.Layer<EnrollmentRepository, never, MemoryStore> = Layer.effect(
    EnrollmentRepository,
    // Deferred: the implementation module imports this one.
    Effect.suspend(() => makeEnrollmentRepositoryMemory)
  )
}
