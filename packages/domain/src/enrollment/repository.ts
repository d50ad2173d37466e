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
    /** The program of this id. */
    readonly findProgram: (id: ProgramId) => Effect.Effect<Option.Option<Program>>
    /** Inserts or updates the program row; its requirements are upserted separately. */
    readonly upsertProgram: (program: Program) => Effect.Effect<void>
    /**
     * Serializes the transactions that write one program (also one that does not exist yet) until the
     * current transaction ends: call it first in the transaction, then read the program.
     */
    readonly lockProgram: (id: ProgramId) => Effect.Effect<void>
    /** Inserts or updates a program requirement. */
    readonly upsertRequirement: (requirement: Requirement) => Effect.Effect<void>

    /** Which requirements a location meets. */
    readonly requirementStatuses: (locationId: LocationId) => Effect.Effect<ReadonlyArray<RequirementStatus>>
    /** Records whether a location meets a requirement. */
    readonly setRequirementStatus: (status: RequirementStatus) => Effect.Effect<void>
    /** Whether a location's partner agreement is active. */
    readonly isAgreementActive: (locationId: LocationId) => Effect.Effect<boolean>
    /** Records a location's partner agreement as active or not. */
    readonly setAgreement: (locationId: LocationId, active: boolean, at: Date) => Effect.Effect<void>

    /** The enrollment of this id. */
    readonly findEnrollment: (id: string) => Effect.Effect<Option.Option<Enrollment>>
    /** A location's enrollment in a program. */
    readonly findEnrollmentFor: (
      locationId: LocationId,
      programId: ProgramId
    ) => Effect.Effect<Option.Option<Enrollment>>
    /** Enrollments matching the filter. */
    readonly listEnrollments: (filter: EnrollmentFilter) => Effect.Effect<ReadonlyArray<Enrollment>>
    /**
     * Inserts the enrollment unless the (location, program) has one already — also one inserted by a
     * concurrent transaction (the database's unique constraint decides). Answers whether it inserted.
     */
    readonly insertEnrollment: (enrollment: Enrollment) => Effect.Effect<boolean>
    /** Optimistic: writes only when the stored version is `expectedVersion`; false otherwise. */
    readonly updateEnrollment: (enrollment: Enrollment, expectedVersion: number) => Effect.Effect<boolean>
    /** The enrollments that use a bank or tax profile. */
    readonly enrollmentsUsingProfile: (
      kind: "bank" | "tax",
      profileId: string
    ) => Effect.Effect<ReadonlyArray<Enrollment>>

    /** Stores a new bank profile. */
    readonly insertBankProfile: (profile: BankProfile) => Effect.Effect<void>
    /** Writes a bank profile if its version is still `expectedVersion`; false otherwise. */
    readonly updateBankProfile: (profile: BankProfile, expectedVersion: number) => Effect.Effect<boolean>
    /** The bank profile of this id. */
    readonly findBankProfile: (id: string) => Effect.Effect<Option.Option<BankProfile>>
    /** An organization's bank profiles. */
    readonly bankProfilesOf: (organizationId: OrganizationId) => Effect.Effect<ReadonlyArray<BankProfile>>
    /** Makes a bank profile a location's default for a currency. */
    readonly setDefaultBankProfile: (
      locationId: LocationId,
      currency: string,
      profileId: string
    ) => Effect.Effect<void>
    /** A location's default bank profile per currency. */
    readonly defaultBankProfiles: (
      locationId: LocationId
    ) => Effect.Effect<ReadonlyArray<{ readonly currency: string; readonly profileId: string }>>

    /** Stores a new tax profile. */
    readonly insertTaxProfile: (profile: TaxProfile) => Effect.Effect<void>
    /** Writes a tax profile if its version is still `expectedVersion`; false otherwise. */
    readonly updateTaxProfile: (profile: TaxProfile, expectedVersion: number) => Effect.Effect<boolean>
    /** The tax profile of this id. */
    readonly findTaxProfile: (id: string) => Effect.Effect<Option.Option<TaxProfile>>
    /** An organization's tax profiles. */
    readonly taxProfilesOf: (organizationId: OrganizationId) => Effect.Effect<ReadonlyArray<TaxProfile>>
    /** Makes a tax profile a location's default. */
    readonly setDefaultTaxProfile: (locationId: LocationId, profileId: string) => Effect.Effect<void>
    /** A location's default tax profile, if any. */
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
