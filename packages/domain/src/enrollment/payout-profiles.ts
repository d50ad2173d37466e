import { Effect, Option } from "effect"
import type { Actor } from "../authorization/actor.ts"
import { authorize } from "../authorization/authorize.ts"
import { NotAPartner } from "../authorization/errors.ts"
import { type LocationId, newId, type OrganizationId } from "../ids.ts"
import { localizedEmail } from "../outbox/outbox.ts"
import { ConcurrentChange, NotFound, VersionConflict } from "../shared/errors.ts"
import { type Permits, transition } from "../shared/lifecycle.ts"
import type { makeAcceptance } from "./acceptance.ts"
import type { Kernel } from "./kernel.ts"
import { actorPermits, consequence, type ProfileAction, profileLifecycle } from "./lifecycle.ts"
import { BankProfile, TaxProfile } from "./model.ts"
import { type PayoutFacts, payoutTexts } from "./payout-email-texts.ts"
import type { Views } from "./views.ts"

/** The fields of a bank profile a partner enters (the IBAN is validated and stored, shown masked). */
export interface BankProfileInput {
  readonly label: string
  readonly accountHolder: string
  readonly iban: string
  readonly bic: string
  readonly bankName: string
  readonly country: string
  readonly currency: string
}

/** The fields of a tax profile a partner enters. */
export interface TaxProfileInput {
  readonly legalName: string
  readonly country: string
  readonly taxId: string
  readonly address: string
}

/** Bank and tax profiles behave alike; each kind is described once here. */
interface ProfileKind<P extends BankProfile | TaxProfile, I> {
  readonly kind: "bank" | "tax"
  readonly entity: string
  readonly auditType: string
  readonly find: (id: string) => Effect.Effect<Option.Option<P>>
  readonly insert: (p: P) => Effect.Effect<void>
  readonly update: (p: P, expectedVersion: number) => Effect.Effect<boolean>
  readonly make: (fields: P | (Omit<P, keyof Partial<I>> & Partial<I>)) => P
  readonly normalise: (input: Partial<I>) => Partial<I>
  readonly setDefault: (locationId: LocationId, p: P) => Effect.Effect<void>
  readonly describe: (p: P) => string
  /** What the payout-change email says about the profile, in any language. */
  readonly facts: (p: P) => PayoutFacts
  readonly list: (organizationId: OrganizationId) => Effect.Effect<ReadonlyArray<P>>
}

/**
 * Payout profiles (bank and tax) of a partner organization: create, correct, choose the location's
 * default, and the validation status of each (profileLifecycle). A change re-submits the enrollments
 * that use the profile, and every Incentives admin of the organization is told.
 */
export const makePayoutProfiles = (
  k: Kernel,
  views: Views,
  acceptance: ReturnType<typeof makeAcceptance>
) => {
  const { repo } = k
  const bankKind: ProfileKind<BankProfile, BankProfileInput> = {
    kind: "bank",
    entity: "bank profile",
    auditType: "bank_profile",
    find: repo.findBankProfile,
    insert: repo.insertBankProfile,
    update: repo.updateBankProfile,
    make: (fields) => new BankProfile(fields as BankProfile),
    normalise: (input) => ({
      ...input,
      ...(input.iban === undefined ? {} : { iban: input.iban.replace(/\s+/g, "").toUpperCase() }),
      ...(input.bic === undefined ? {} : { bic: input.bic.toUpperCase() })
    }),
    setDefault: (locationId, p) => repo.setDefaultBankProfile(locationId, p.currency, p.id),
    describe: (p) => `bank profile "${p.label}" (${p.currency}, account ending ${p.iban.slice(-4)})`,
    facts: (p) => ({ kind: "bank", label: p.label, currency: p.currency, last4: p.iban.slice(-4) }),
    list: repo.bankProfilesOf
  }
  const taxKind: ProfileKind<TaxProfile, TaxProfileInput> = {
    kind: "tax",
    entity: "tax profile",
    auditType: "tax_profile",
    find: repo.findTaxProfile,
    insert: repo.insertTaxProfile,
    update: repo.updateTaxProfile,
    make: (fields) => new TaxProfile(fields as TaxProfile),
    normalise: (input) => input,
    setDefault: (locationId, p) => repo.setDefaultTaxProfile(locationId, p.id),
    describe: (p) => `tax profile "${p.legalName}" (${p.country})`,
    facts: (p) => ({ kind: "tax", legalName: p.legalName, country: p.country }),
    list: repo.taxProfilesOf
  }

  /** Payout and tax data changes are announced to every Incentives admin of the organization. */
  const emailPayoutChange = (
    organizationId: OrganizationId,
    facts: PayoutFacts,
    change: "added" | "changed"
  ) =>
    Effect.gen(function* () {
      const emails = new Set<string>()
      for (const l of yield* k.identity.locationsOf(organizationId))
        for (const u of yield* k.identity.usersWithLocationRole(l.id, "incentives_admin")) emails.add(u.email)
      if (emails.size === 0) return
      // Each admin in their language (SPEC §8).
      yield* k.outbox.enqueueEmail(
        localizedEmail([...emails].sort(), "payout.changed", (language, link) =>
          payoutTexts[language](facts, change, link("/partner/payout"))
        )
      )
    })

  /**
   * The one status change of a profile: the table's transition, the optimistic write, and the audit row
   * (`<kind>_profile.<state>` for validation outcomes, `.updated` for a correction).
   */
  const moveProfile = <P extends BankProfile | TaxProfile, I>(
    kind: ProfileKind<P, I>,
    actor: Actor,
    permits: Permits,
    profile: P,
    action: ProfileAction,
    changes: { readonly reason: string | null; readonly patch?: Partial<I> }
  ) =>
    Effect.gen(function* () {
      const state = yield* transition(profileLifecycle, {
        id: profile.id,
        from: profile.state,
        action,
        context: undefined,
        permits
      })
      const next = kind.make({
        ...profile,
        ...(changes.patch === undefined ? {} : (kind.normalise(changes.patch) as unknown as Partial<P>)),
        state,
        stateReason: changes.reason,
        updatedAt: yield* k.clock.now,
        version: profile.version + 1
      })
      // Changed by a concurrent transaction: run again from a fresh read.
      if (!(yield* kind.update(next, profile.version)))
        return yield* new ConcurrentChange({ aggregate: kind.entity })
      yield* k.audit.append(
        action === "correct"
          ? {
              actor,
              action: `${kind.auditType}.updated`,
              entityType: kind.auditType,
              entityId: profile.id,
              before: { state: profile.state, changed: Object.keys(changes.patch ?? {}) },
              after: { state: next.state }
            }
          : {
              actor,
              action: `${kind.auditType}.${state}`,
              entityType: kind.auditType,
              entityId: profile.id,
              before: { state: profile.state },
              after: { state, reason: changes.reason }
            }
      )
      return next
    })

  /** Validation outcome on a profile the operator decided on (approved / returned with a reason). */
  const decide = (
    actor: Actor,
    profile: BankProfile | TaxProfile,
    action: "approve" | "return",
    reason: string | null
  ) => {
    const permits = actorPermits(actor, { organizationId: profile.organizationId })
    return profile instanceof BankProfile
      ? moveProfile(bankKind, actor, permits, profile, action, { reason })
      : moveProfile(taxKind, actor, permits, profile, action, { reason })
  }

  /** Re-checks every enrollment that uses a changed profile. */
  const profileChanged = (actor: Actor, kind: "bank" | "tax", profileId: string) =>
    Effect.gen(function* () {
      for (const enrollment of yield* repo.enrollmentsUsingProfile(kind, profileId)) {
        if (
          enrollment.state !== "enrolled" &&
          enrollment.state !== "validating" &&
          enrollment.state !== "action_required"
        )
          continue
        const location = yield* k.loadLocation(enrollment.locationId)
        const program = yield* k.loadProgram(enrollment.programId)
        const resolved = yield* acceptance.resolveProfiles(location, enrollment, {})
        if (enrollment.state === "action_required" && resolved.missing.length > 0) continue
        const complete = enrollment.state === "action_required" ? "submit_complete" : "update_profiles"
        yield* acceptance.submit(actor, consequence, location, program, enrollment, resolved, complete)
      }
    })

  const organizationOf = (actor: Actor) =>
    actor.kind === "partner"
      ? Effect.succeed(actor.organizationId)
      : Effect.fail(new NotAPartner({ reason: "Only partner users keep bank and tax profiles" }))

  const create = <P extends BankProfile | TaxProfile, I extends object>(
    kind: ProfileKind<P, I>,
    actor: Actor,
    input: I & { readonly defaultForLocationId?: LocationId | undefined }
  ) =>
    Effect.gen(function* () {
      const organizationId = yield* organizationOf(actor)
      yield* authorize("editBankAndTax", actor, { organizationId, locationId: input.defaultForLocationId })
      if (input.defaultForLocationId !== undefined)
        yield* views.authorizedLocation(actor, "editBankAndTax", input.defaultForLocationId)
      const now = yield* k.clock.now
      const { defaultForLocationId, ...fields } = input
      const profile = kind.make({
        ...(kind.normalise(fields as unknown as Partial<I>) as unknown as P),
        id: newId(kind.kind === "bank" ? "bnk" : "tax"),
        organizationId,
        state: "pending_validation",
        stateReason: null,
        createdAt: now,
        updatedAt: now,
        version: 1
      })
      return yield* k.tx.transaction(
        Effect.gen(function* () {
          yield* kind.insert(profile)
          if (defaultForLocationId !== undefined) yield* kind.setDefault(defaultForLocationId, profile)
          yield* emailPayoutChange(organizationId, kind.facts(profile), "added")
          yield* k.audit.append({
            actor,
            action: `${kind.auditType}.created`,
            entityType: kind.auditType,
            entityId: profile.id,
            before: null,
            after: { profile: kind.describe(profile), defaultForLocationId: defaultForLocationId ?? null }
          })
          return profile
        })
      )
    })

  /** A corrected profile is validated again; its enrollments follow (profileChanged). */
  const update = <P extends BankProfile | TaxProfile, I>(
    kind: ProfileKind<P, I>,
    actor: Actor,
    id: string,
    patch: Partial<I>,
    expectedVersion?: number
  ) =>
    k.tx.transaction(
      Effect.gen(function* () {
        const organizationId = yield* organizationOf(actor)
        const current = Option.getOrUndefined(yield* kind.find(id))
        if (current === undefined || current.organizationId !== organizationId)
          return yield* new NotFound({ entity: kind.entity, id })
        yield* authorize("editBankAndTax", actor, { organizationId })
        // The client's own version, when it sent one, is checked against this (fresh) read.
        if (expectedVersion !== undefined && expectedVersion !== current.version) {
          return yield* new VersionConflict({
            aggregate: kind.entity,
            id,
            expected: expectedVersion,
            actual: current.version
          })
        }
        const permits = actorPermits(actor, { organizationId })
        const next = yield* moveProfile(kind, actor, permits, current, "correct", { reason: null, patch })
        yield* emailPayoutChange(organizationId, kind.facts(next), "changed")
        yield* profileChanged(actor, kind.kind, id)
        return next
      })
    )

  const setDefault = <P extends BankProfile | TaxProfile, I>(
    kind: ProfileKind<P, I>,
    actor: Actor,
    locationId: LocationId,
    profileId: string
  ) =>
    Effect.gen(function* () {
      const location = yield* views.authorizedLocation(actor, "editBankAndTax", locationId)
      const profile = Option.getOrUndefined(yield* kind.find(profileId))
      if (profile === undefined || profile.organizationId !== location.organizationId)
        return yield* new NotFound({ entity: kind.entity, id: profileId })
      yield* k.tx.transaction(
        Effect.gen(function* () {
          yield* kind.setDefault(locationId, profile)
          yield* k.audit.append({
            actor,
            action: `${kind.auditType}.default_set`,
            entityType: "location",
            entityId: locationId,
            before: null,
            after: { profileId: profile.id, profile: kind.describe(profile) }
          })
        })
      )
    })

  const list = <P extends BankProfile | TaxProfile, I>(
    kind: ProfileKind<P, I>,
    actor: Actor,
    organizationId: OrganizationId
  ) => Effect.andThen(authorize("viewBankAndTax", actor, { organizationId }), kind.list(organizationId))

  /** The four service methods of one kind of profile (spans named after the facade's methods). */
  const methodsOf = <P extends BankProfile | TaxProfile, I extends object>(
    kind: ProfileKind<P, I>,
    name: "Bank" | "Tax"
  ) => ({
    list: Effect.fn(`EnrollmentService.list${name}Profiles`)((actor: Actor, organizationId: OrganizationId) =>
      list(kind, actor, organizationId)
    ),
    create: Effect.fn(`EnrollmentService.create${name}Profile`)(
      (actor: Actor, input: I & { readonly defaultForLocationId?: LocationId | undefined }) =>
        create(kind, actor, input)
    ),
    update: Effect.fn(`EnrollmentService.update${name}Profile`)(
      (actor: Actor, id: string, patch: Partial<I>, expectedVersion?: number) =>
        update(kind, actor, id, patch, expectedVersion)
    ),
    setDefault: Effect.fn(`EnrollmentService.setDefault${name}Profile`)(
      (actor: Actor, locationId: LocationId, profileId: string) =>
        setDefault(kind, actor, locationId, profileId)
    )
  })
  const bank = methodsOf(bankKind, "Bank")
  const tax = methodsOf(taxKind, "Tax")

  return {
    decide,
    methods: {
      /** The organization's bank profiles (account numbers masked). */
      listBankProfiles: bank.list,
      /** Adds a bank profile (IBAN checked); it awaits validation. */
      createBankProfile: bank.create,
      /** Corrects a bank profile at its version; it goes back to validation. */
      updateBankProfile: bank.update,
      /** Makes a bank profile a location's default for its currency. */
      setDefaultBankProfile: bank.setDefault,
      /** The organization's tax profiles. */
      listTaxProfiles: tax.list,
      /** Adds a tax profile; it awaits validation. */
      createTaxProfile: tax.create,
      /** Corrects a tax profile at its version; it goes back to validation. */
      updateTaxProfile: tax.update,
      /** Makes a tax profile a location's default. */
      setDefaultTaxProfile: tax.setDefault
    }
  }
}
