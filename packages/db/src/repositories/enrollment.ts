import {
  BankProfile,
  Enrollment,
  EnrollmentRepository,
  type LocationId,
  Program,
  type ProgramId,
  Requirement,
  RequirementStatus,
  TaxProfile
} from "@openpor/domain"
import { Effect, Layer, Option } from "effect"
import { type Selectable, sql } from "kysely"
import { Db } from "../db.ts"
import type { BankProfilesTable, EnrollmentsTable, ProgramsTable, TaxProfilesTable } from "../schema.ts"
import { keyedTable } from "./keyed-table.ts"
import { makeQuery } from "./query.ts"
import { type FieldsOf, rowMapping } from "./row-mapping.ts"
import { bumpVersion, VersionKey, versionOf } from "./settings-versions.ts"

const enrollments = rowMapping<EnrollmentsTable, FieldsOf<typeof Enrollment>>()({
  locationId: "location_id",
  programId: "program_id",
  state: "state",
  fiscalYear: "fiscal_year",
  bankProfileId: "bank_profile_id",
  taxProfileId: "tax_profile_id",
  missing: ["missing_json", "json"],
  reason: "reason",
  invitedAt: ["invited_at", "date"],
  submittedAt: ["submitted_at", "date?"],
  enrolledAt: ["enrolled_at", "date?"],
  updatedAt: ["updated_at", "date"],
  version: ["version", "int"]
})
const toEnrollment = (r: Selectable<EnrollmentsTable>) =>
  new Enrollment({ id: r.id, ...enrollments.decode(r) })
const enrollmentRow = enrollments.encode

/** What bank and tax profiles have in common: their organization, review state and version. */
const profileColumns = {
  organizationId: "organization_id",
  country: "country",
  state: "state",
  stateReason: "state_reason",
  createdAt: ["created_at", "date"],
  updatedAt: ["updated_at", "date"],
  version: ["version", "int"]
} as const

const banks = rowMapping<BankProfilesTable, FieldsOf<typeof BankProfile>>()({
  ...profileColumns,
  label: "label",
  accountHolder: "account_holder",
  iban: "iban",
  bic: "bic",
  bankName: "bank_name",
  currency: "currency"
})
const toBank = (r: Selectable<BankProfilesTable>) => new BankProfile({ id: r.id, ...banks.decode(r) })
const bankRow = banks.encode

const taxes = rowMapping<TaxProfilesTable, FieldsOf<typeof TaxProfile>>()({
  ...profileColumns,
  legalName: "legal_name",
  taxId: "tax_id",
  address: "address"
})
const toTax = (r: Selectable<TaxProfilesTable>) => new TaxProfile({ id: r.id, ...taxes.decode(r) })
const taxRow = taxes.encode

export const EnrollmentRepositoryLive = Layer.effect(
  EnrollmentRepository,
  Effect.gen(function* () {
    const query = yield* makeQuery
    const { dialect } = yield* Db
    const enrollmentTable = keyedTable(query, "enrollments", { encode: enrollmentRow, decode: toEnrollment })
    const bankTable = keyedTable(query, "bank_profiles", { encode: bankRow, decode: toBank })
    const taxTable = keyedTable(query, "tax_profiles", { encode: taxRow, decode: toTax })

    /** Every program with its requirements, read from the database. */
    const loadPrograms = Effect.gen(function* () {
      const rows = yield* query((db) => db.selectFrom("programs").selectAll().orderBy("id").execute())
      if (rows.length === 0) return [] as Array<Program>
      const requirements = yield* query((db) =>
        db.selectFrom("program_requirements").selectAll().orderBy("id").execute()
      )
      return rows.map(
        (r: Selectable<ProgramsTable>) =>
          new Program({
            id: r.id as ProgramId,
            name: r.name,
            solutionArea: r.solution_area as Program["solutionArea"],
            partnerRoles: JSON.parse(r.partner_roles_json) as Program["partnerRoles"],
            open: r.open === 1,
            incentivized: r.incentivized === 1,
            status: r.status as Program["status"],
            arbitrationPolicy: r.arbitration_policy as Program["arbitrationPolicy"],
            allowedChannels: JSON.parse(r.allowed_channels_json) as Program["allowedChannels"],
            guideUrl: r.guide_url,
            acknowledgements: JSON.parse(r.acknowledgements_json) as Program["acknowledgements"],
            requirements: requirements
              .filter((q) => q.program_id === r.id)
              .map((q) => new Requirement({ id: q.id, programId: q.program_id as ProgramId, name: q.name }))
          })
      )
    })

    /**
     * The program catalog, cached in memory: each read checks only the catalog's version token (one
     * indexed read of `settings`), which every write of a program or requirement replaces in its own
     * transaction, so a change made by any process is seen by the next read of every process. Tokens
     * are never reused, so a cache filled inside a transaction that rolled back is never taken as current.
     */
    let cached: { readonly version: string; readonly programs: ReadonlyArray<Program> } | undefined
    const catalogVersion = versionOf(query, VersionKey.catalog)
    const bumpCatalog = bumpVersion(query, VersionKey.catalog, "cat")
    const programs = Effect.gen(function* () {
      // The token is read before the catalog: a write in between only makes the next read reload.
      const version = yield* catalogVersion
      if (cached !== undefined && cached.version === version) return cached.programs
      const loaded = yield* loadPrograms
      cached = { version, programs: loaded }
      return loaded
    })

    return EnrollmentRepository.of({
      listPrograms: programs,
      findProgram: (id) =>
        programs.pipe(Effect.map((ps) => Option.fromNullishOr(ps.find((p) => p.id === id)))),
      upsertProgram: (p) => {
        const values = {
          name: p.name,
          solution_area: p.solutionArea,
          partner_roles_json: JSON.stringify(p.partnerRoles),
          open: p.open ? 1 : 0,
          incentivized: p.incentivized ? 1 : 0,
          status: p.status,
          arbitration_policy: p.arbitrationPolicy,
          allowed_channels_json: JSON.stringify(p.allowedChannels),
          guide_url: p.guideUrl,
          acknowledgements_json: JSON.stringify(p.acknowledgements)
        }
        return Effect.andThen(
          bumpCatalog,
          query((db) =>
            db
              .insertInto("programs")
              .values({ id: p.id, ...values })
              .onConflict((oc) => oc.column("id").doUpdateSet(values))
              .execute()
          )
        ).pipe(Effect.asVoid)
      },
      lockProgram: (id) =>
        // PostgreSQL: a transaction-scoped advisory lock (the row may not exist yet, so FOR UPDATE cannot
        // lock it). SQLite runs one write transaction at a time already.
        dialect === "postgres"
          ? query((db) =>
              sql`SELECT pg_advisory_xact_lock(hashtextextended(${`program:${id}`}, 0))`.execute(db)
            ).pipe(Effect.asVoid)
          : Effect.void,
      upsertRequirement: (r) =>
        Effect.andThen(
          bumpCatalog,
          query((db) =>
            db
              .insertInto("program_requirements")
              .values({ id: r.id, program_id: r.programId, name: r.name })
              .onConflict((oc) => oc.column("id").doUpdateSet({ name: r.name }))
              .execute()
          )
        ).pipe(Effect.asVoid),
      requirementStatuses: (locationId) =>
        query((db) =>
          db.selectFrom("location_requirements").selectAll().where("location_id", "=", locationId).execute()
        ).pipe(
          Effect.map((rows) =>
            rows.map(
              (r) =>
                new RequirementStatus({
                  locationId: r.location_id as LocationId,
                  requirementId: r.requirement_id,
                  met: r.met === 1,
                  updatedAt: new Date(r.updated_at)
                })
            )
          )
        ),
      setRequirementStatus: (s) =>
        query((db) =>
          db
            .insertInto("location_requirements")
            .values({
              location_id: s.locationId,
              requirement_id: s.requirementId,
              met: s.met ? 1 : 0,
              updated_at: s.updatedAt.toISOString()
            })
            .onConflict((oc) =>
              oc
                .columns(["location_id", "requirement_id"])
                .doUpdateSet({ met: s.met ? 1 : 0, updated_at: s.updatedAt.toISOString() })
            )
            .execute()
        ).pipe(Effect.asVoid),
      isAgreementActive: (locationId) =>
        query((db) =>
          db
            .selectFrom("location_agreements")
            .select("active")
            .where("location_id", "=", locationId)
            .executeTakeFirst()
        ).pipe(Effect.map((r) => r?.active === 1)),
      setAgreement: (locationId, active, at) =>
        query((db) =>
          db
            .insertInto("location_agreements")
            .values({ location_id: locationId, active: active ? 1 : 0, updated_at: at.toISOString() })
            .onConflict((oc) =>
              oc.column("location_id").doUpdateSet({ active: active ? 1 : 0, updated_at: at.toISOString() })
            )
            .execute()
        ).pipe(Effect.asVoid),
      findEnrollment: enrollmentTable.find,
      findEnrollmentFor: (locationId, programId) =>
        query((db) =>
          db
            .selectFrom("enrollments")
            .selectAll()
            .where("location_id", "=", locationId)
            .where("program_id", "=", programId)
            .executeTakeFirst()
        ).pipe(Effect.map((r) => Option.fromNullishOr(r).pipe(Option.map(toEnrollment)))),
      listEnrollments: (f) =>
        query((db) => {
          let q = db.selectFrom("enrollments").selectAll().orderBy("id").limit(f.limit)
          if (f.locationIds !== undefined)
            q = q.where("location_id", "in", f.locationIds.length === 0 ? [""] : [...f.locationIds])
          if (f.programId !== undefined) q = q.where("program_id", "=", f.programId)
          if (f.states !== undefined) q = q.where("state", "in", f.states.length === 0 ? [""] : [...f.states])
          if (f.fiscalYear !== undefined) q = q.where("fiscal_year", "=", f.fiscalYear)
          if (f.after !== undefined) q = q.where("id", ">", f.after)
          return q.execute()
        }).pipe(Effect.map((rows) => rows.map(toEnrollment))),
      insertEnrollment: (e) =>
        query((db) =>
          db
            .insertInto("enrollments")
            .values({ id: e.id, ...enrollmentRow(e) })
            // A no-op (not an error that aborts the transaction) when the (location, program) exists.
            .onConflict((oc) => oc.doNothing())
            .executeTakeFirst()
        ).pipe(Effect.map((r) => Number(r.numInsertedOrUpdatedRows ?? 0) === 1)),
      updateEnrollment: enrollmentTable.update,
      enrollmentsUsingProfile: (kind, profileId) =>
        query((db) =>
          db
            .selectFrom("enrollments")
            .selectAll()
            .where(kind === "bank" ? "bank_profile_id" : "tax_profile_id", "=", profileId)
            .orderBy("id")
            .execute()
        ).pipe(Effect.map((rows) => rows.map(toEnrollment))),
      insertBankProfile: bankTable.insert,
      updateBankProfile: bankTable.update,
      findBankProfile: bankTable.find,
      bankProfilesOf: (organizationId) =>
        bankTable.listWhere("organization_id", organizationId, "created_at", "id"),
      setDefaultBankProfile: (locationId, currency, profileId) =>
        query((db) =>
          db
            .insertInto("location_default_bank_profiles")
            .values({ location_id: locationId, currency, bank_profile_id: profileId })
            .onConflict((oc) =>
              oc.columns(["location_id", "currency"]).doUpdateSet({ bank_profile_id: profileId })
            )
            .execute()
        ).pipe(Effect.asVoid),
      defaultBankProfiles: (locationId) =>
        query((db) =>
          db
            .selectFrom("location_default_bank_profiles")
            .selectAll()
            .where("location_id", "=", locationId)
            .orderBy("currency")
            .execute()
        ).pipe(
          Effect.map((rows) => rows.map((r) => ({ currency: r.currency, profileId: r.bank_profile_id })))
        ),
      insertTaxProfile: taxTable.insert,
      updateTaxProfile: taxTable.update,
      findTaxProfile: taxTable.find,
      taxProfilesOf: (organizationId) =>
        taxTable.listWhere("organization_id", organizationId, "created_at", "id"),
      setDefaultTaxProfile: (locationId, profileId) =>
        query((db) =>
          db
            .insertInto("location_default_tax_profiles")
            .values({ location_id: locationId, tax_profile_id: profileId })
            .onConflict((oc) => oc.column("location_id").doUpdateSet({ tax_profile_id: profileId }))
            .execute()
        ).pipe(Effect.asVoid),
      defaultTaxProfile: (locationId) =>
        query((db) =>
          db
            .selectFrom("location_default_tax_profiles")
            .select("tax_profile_id")
            .where("location_id", "=", locationId)
            .executeTakeFirst()
        ).pipe(Effect.map((r) => Option.fromNullishOr(r?.tax_profile_id)))
    })
  })
)
