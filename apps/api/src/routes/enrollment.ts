import {
  type Actor,
  AppConfig,
  ArbitrationPolicy,
  BankProfileView,
  bankProfileView,
  Channel,
  CountryCode,
  Currency,
  defaultGuideUrl,
  EnrollmentService,
  EnrollmentState,
  EnrollmentView,
  LocationId,
  type OrganizationId,
  PartnerId,
  PartnerRole,
  PayoutDefaultsView,
  type Program,
  ProgramId,
  ProgramView,
  programView,
  SolutionArea,
  TaxProfileView,
  taxProfileView,
  VALIDATION_TARGET_MILLIS
} from "@openpor/domain"
import { Effect, Schema } from "effect"
import { HttpError } from "../http/errors.ts"
import { group, QueryInt, route } from "../http/route.ts"

/**
 * The guide an operator sets: the partner portal's own page about the program (what GET answers while
 * none is set, e.g. posted back unchanged) stands for none; any other address must be https.
 */
const operatorGuide = (programId: string, guideUrl: string | null | undefined) =>
  Effect.gen(function* () {
    if (guideUrl === undefined || guideUrl === null) return guideUrl
    const { publicUrl } = yield* AppConfig
    if (guideUrl === defaultGuideUrl(publicUrl, programId)) return null
    if (!guideUrl.startsWith("https://"))
      return yield* Effect.fail(
        new HttpError(
          400,
          "invalid_request",
          "The request body is not valid: guideUrl: a program guide is an https:// address",
          {
            location: "body",
            issues: [{ path: "guideUrl", message: "a program guide is an https:// address" }]
          }
        )
      )
    return guideUrl
  })

/** A program as answered: without an operator's guide, it links the partner portal's page about it. */
const programAnswer = (program: Program) =>
  Effect.gen(function* () {
    const { publicUrl } = yield* AppConfig
    return programView(program, publicUrl)
  })

const Text = (max: number) => Schema.String.check(Schema.isMinLength(1), Schema.isMaxLength(max))
const Limit = QueryInt(1, 500)

const Iban = Schema.String.check(
  Schema.isPattern(/^[A-Za-z]{2}[0-9]{2}[A-Za-z0-9 ]{10,40}$/, {
    message: "an IBAN starts with a country code and two check digits"
  })
)
const Bic = Schema.String.check(
  Schema.isPattern(/^[A-Za-z]{6}[A-Za-z0-9]{2}([A-Za-z0-9]{3})?$/, {
    message: "a BIC has 8 or 11 characters"
  })
)

const BankProfileFields = {
  label: Text(100),
  accountHolder: Text(200),
  iban: Iban,
  bic: Bic,
  bankName: Text(200),
  country: CountryCode,
  currency: Currency
}
const TaxProfileFields = { legalName: Text(200), country: CountryCode, taxId: Text(50), address: Text(500) }

const partnerOrg = (
  actor: { kind: string; organizationId?: OrganizationId },
  requested: string | undefined
) => {
  if (actor.kind === "partner") {
    if (requested !== undefined && requested !== actor.organizationId)
      return Effect.fail(new HttpError(404, "not_found", `Organization ${requested} was not found`))
    return Effect.succeed(actor.organizationId as OrganizationId)
  }
  if (requested === undefined)
    return Effect.fail(
      new HttpError(400, "missing_field", "Give organizationId to list another organization's profiles", {
        field: "organizationId"
      })
    )
  return Effect.succeed(requested as OrganizationId)
}

/** How the bank and the tax profile routes differ (each kind has a list, a create and a patch route). */
interface ProfileRouteKind<F extends Schema.Struct.Fields, P, V extends Schema.Top> {
  readonly kind: "Bank" | "Tax"
  readonly path: string
  readonly listKey: string
  readonly fields: F
  readonly View: V
  readonly view: (profile: P) => V["Type"]
  readonly summaries: { readonly list: string; readonly create: string; readonly update: string }
  readonly list: (
    actor: Actor,
    org: OrganizationId
  ) => Effect.Effect<ReadonlyArray<P>, unknown, EnrollmentService>
  readonly create: (
    actor: Actor,
    body: Schema.Struct<F>["Type"] & { readonly defaultForLocationId?: LocationId }
  ) => Effect.Effect<P, unknown, EnrollmentService>
  readonly update: (
    actor: Actor,
    id: string,
    patch: Partial<Schema.Struct<F>["Type"]>,
    version: number | undefined
  ) => Effect.Effect<P, unknown, EnrollmentService>
}

/** Every field of a profile, optional (a patch). */
const optionalFields = <F extends Schema.Struct.Fields>(fields: F) =>
  Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, Schema.optionalKey(v)])) as {
    readonly [K in keyof F]: Schema.optionalKey<F[K]>
  }

const profileRoutes = <F extends Schema.Struct.Fields, P, V extends Schema.Top>(
  k: ProfileRouteKind<F, P, V>
) =>
  [
    route(
      {
        method: "get",
        path: k.path,
        operationId: `list${k.kind}Profiles`,
        summary: k.summaries.list,
        auth: "session",
        query: Schema.Struct({ organizationId: Schema.optionalKey(Schema.String) }),
        response: Schema.Struct({ [k.listKey]: Schema.Array(k.View) }),
        status: 200,
        errors: [400, 401, 403, 404]
      },
      ({ auth, query }) =>
        Effect.gen(function* () {
          const org = yield* partnerOrg(auth!.actor as never, query.organizationId)
          const profiles = yield* k.list(auth!.actor, org)
          return { [k.listKey]: profiles.map(k.view) }
        })
    ),
    route(
      {
        method: "post",
        path: k.path,
        operationId: `create${k.kind}Profile`,
        summary: k.summaries.create,
        auth: "session",
        body: Schema.Struct({ ...k.fields, defaultForLocationId: Schema.optionalKey(LocationId) }),
        response: k.View,
        status: 201,
        errors: [400, 401, 403, 404, 415]
      },
      ({ auth, body }) => Effect.map(k.create(auth!.actor, body as never), k.view)
    ),
    route(
      {
        method: "patch",
        path: `${k.path}/{id}`,
        operationId: `update${k.kind}Profile`,
        summary: k.summaries.update,
        auth: "session",
        params: Schema.Struct({ id: Schema.String }),
        body: Schema.Struct({ ...optionalFields(k.fields), version: Schema.optionalKey(Schema.Int) }),
        response: k.View,
        status: 200,
        errors: [400, 401, 403, 404, 409, 415]
      },
      ({ auth, params, body }) => {
        const { version, ...patch } = body as { readonly version?: number }
        return Effect.map(k.update(auth!.actor, params.id, patch as never, version), k.view)
      }
    )
  ] as const

export const programRoutes = group("/api/v1", "Programs and enrollment", [
  route(
    {
      method: "get",
      path: "/programs",
      operationId: "listPrograms",
      summary: "The incentive program catalog",
      auth: "session",
      response: Schema.Struct({ programs: Schema.Array(ProgramView) }),
      status: 200,
      errors: [401]
    },
    () =>
      Effect.gen(function* () {
        const { publicUrl } = yield* AppConfig
        const programs = yield* EnrollmentService.use((s) => s.listPrograms)
        return { programs: programs.map((p) => programView(p, publicUrl)) }
      })
  ),
  route(
    {
      method: "get",
      path: "/enrollments",
      operationId: "listEnrollments",
      summary: "Enrollments of the caller's locations (vendor staff: all), with state and unmet requirements",
      auth: "session",
      query: Schema.Struct({
        locationId: Schema.optionalKey(LocationId),
        programId: Schema.optionalKey(ProgramId),
        state: Schema.optionalKey(EnrollmentState),
        after: Schema.optionalKey(Schema.String),
        limit: Schema.optionalKey(Limit)
      }),
      response: Schema.Struct({
        enrollments: Schema.Array(EnrollmentView),
        nextCursor: Schema.NullOr(Schema.String)
      }),
      status: 200,
      errors: [400, 401, 403]
    },
    ({ auth, query }) =>
      Effect.gen(function* () {
        const limit = query.limit ?? 200
        const enrollments = yield* EnrollmentService.use((s) =>
          s.listEnrollments(auth!.actor, {
            locationId: query.locationId,
            programId: query.programId,
            states: query.state === undefined ? undefined : [query.state],
            after: query.after,
            limit
          })
        )
        return {
          enrollments,
          nextCursor: enrollments.length === limit ? (enrollments.at(-1)?.id ?? null) : null
        }
      })
  ),
  route(
    {
      method: "get",
      path: "/enrollments/{id}",
      operationId: "getEnrollment",
      summary: "One enrollment",
      auth: "session",
      params: Schema.Struct({ id: Schema.String }),
      response: EnrollmentView,
      status: 200,
      errors: [401, 403, 404]
    },
    ({ auth, params }) => EnrollmentService.use((s) => s.getEnrollment(auth!.actor, params.id))
  ),
  route(
    {
      method: "post",
      path: "/enrollments/{id}/accept",
      operationId: "acceptEnrollment",
      summary: "Enroll (Incentives admin): accept the invitation with bank and tax profiles",
      description:
        "Without bankProfileId/taxProfileId the location's defaults are used. Complete data → validating (validated profiles enroll at once); incomplete → action_required with what is missing.",
      auth: "session",
      params: Schema.Struct({ id: Schema.String }),
      body: Schema.Struct({
        bankProfileId: Schema.optionalKey(Schema.String),
        taxProfileId: Schema.optionalKey(Schema.String)
      }),
      response: EnrollmentView,
      status: 200,
      errors: [400, 401, 403, 404, 409, 415]
    },
    ({ auth, params, body }) => EnrollmentService.use((s) => s.accept(auth!.actor, params.id, body))
  ),
  ...profileRoutes({
    kind: "Bank",
    path: "/bank-profiles",
    listKey: "bankProfiles",
    fields: BankProfileFields,
    View: BankProfileView,
    view: bankProfileView,
    summaries: {
      list: "Bank profiles of the organization (Incentives admins; vendor operators and auditors with organizationId)",
      create: "Add a bank profile (Incentives admin); optionally the location's default for its currency",
      update: "Correct a bank profile (it is validated again; enrollments using it go back to validating)"
    },
    list: (actor, org) => EnrollmentService.use((s) => s.listBankProfiles(actor, org)),
    create: (actor, body) => EnrollmentService.use((s) => s.createBankProfile(actor, body)),
    update: (actor, id, patch, version) =>
      EnrollmentService.use((s) => s.updateBankProfile(actor, id, patch, version))
  }),
  ...profileRoutes({
    kind: "Tax",
    path: "/tax-profiles",
    listKey: "taxProfiles",
    fields: TaxProfileFields,
    View: TaxProfileView,
    view: taxProfileView,
    summaries: {
      list: "Tax profiles of the organization",
      create: "Add a tax profile (Incentives admin); optionally the location's default",
      update: "Correct a tax profile (it is validated again)"
    },
    list: (actor, org) => EnrollmentService.use((s) => s.listTaxProfiles(actor, org)),
    create: (actor, body) => EnrollmentService.use((s) => s.createTaxProfile(actor, body)),
    update: (actor, id, patch, version) =>
      EnrollmentService.use((s) => s.updateTaxProfile(actor, id, patch, version))
  }),
  route(
    {
      method: "get",
      path: "/locations/{locationId}/payout-defaults",
      operationId: "getPayoutDefaults",
      summary: "The location's default bank profile per currency and its default tax profile",
      auth: "session",
      params: Schema.Struct({ locationId: LocationId }),
      response: PayoutDefaultsView,
      status: 200,
      errors: [400, 401, 403, 404]
    },
    ({ auth, params }) => EnrollmentService.use((s) => s.payoutDefaults(auth!.actor, params.locationId))
  ),
  route(
    {
      method: "put",
      path: "/locations/{locationId}/default-bank-profile",
      operationId: "setDefaultBankProfile",
      summary: "Make a bank profile the location's default for its currency (Incentives admin)",
      auth: "session",
      params: Schema.Struct({ locationId: LocationId }),
      body: Schema.Struct({ bankProfileId: Schema.String }),
      status: 204,
      errors: [400, 401, 403, 404, 415]
    },
    ({ auth, params, body }) =>
      EnrollmentService.use((s) =>
        s.setDefaultBankProfile(auth!.actor, params.locationId, body.bankProfileId)
      )
  ),
  route(
    {
      method: "put",
      path: "/locations/{locationId}/default-tax-profile",
      operationId: "setDefaultTaxProfile",
      summary: "Make a tax profile the location's default (Incentives admin)",
      auth: "session",
      params: Schema.Struct({ locationId: LocationId }),
      body: Schema.Struct({ taxProfileId: Schema.String }),
      status: 204,
      errors: [400, 401, 403, 404, 415]
    },
    ({ auth, params, body }) =>
      EnrollmentService.use((s) => s.setDefaultTaxProfile(auth!.actor, params.locationId, body.taxProfileId))
  )
])

const ProgramBody = Schema.Struct({
  id: Schema.String.check(
    Schema.isPattern(/^prg_[a-z0-9_]{2,60}$/, { message: "a program id looks like prg_my_program" })
  ),
  name: Text(200),
  solutionArea: SolutionArea,
  partnerRoles: Schema.Array(PartnerRole),
  open: Schema.Boolean,
  incentivized: Schema.Boolean,
  arbitrationPolicy: ArbitrationPolicy,
  allowedChannels: Schema.Array(Channel).check(Schema.isMinLength(1)),
  requirements: Schema.Array(
    Schema.Struct({
      id: Schema.String.check(
        Schema.isPattern(/^req_[a-z0-9_]{2,60}$/, {
          message: "a requirement id looks like req_my_requirement"
        })
      ),
      name: Text(200)
    })
  ),
  /**
   * The program guide's address (https); null removes it (the partner portal's page about the program is
   * linked again); absent keeps the current one. The portal page's own address, as GET answers it, also
   * stands for "none".
   */
  guideUrl: Schema.optionalKey(
    Schema.NullOr(
      Schema.String.check(
        Schema.isMaxLength(2000),
        Schema.isPattern(/^(https:\/\/[^\s/]+(\/\S*)?|http:\/\/[^\s/]+\/partner\/programs\/[^\s/?#]+)$/, {
          message: "a program guide is an https:// address"
        })
      )
    )
  ),
  /**
   * The statements a partner confirms at submission (SPEC §5), in the order shown; an empty list asks
   * for none; absent keeps the current ones (a new program gets the defaults). Ids are unique.
   */
  acknowledgements: Schema.optionalKey(
    Schema.Array(
      Schema.Struct({
        id: Schema.String.check(
          Schema.isPattern(/^[a-z][a-z0-9_]{1,63}$/, {
            message: "an acknowledgement id looks like poe_signed_by_customer"
          })
        ),
        text: Schema.String.check(
          Schema.isMaxLength(1000),
          Schema.isPattern(/\S/, { message: "an acknowledgement has a statement to confirm" })
        )
      })
    ).check(Schema.isMaxLength(20))
  )
})

export const enrollmentOpsRoutes = group("/api/v1/ops", "Operations: programs, eligibility, validation", [
  route(
    {
      method: "post",
      path: "/programs",
      operationId: "upsertProgram",
      summary: "Create or update a program and its eligibility requirements (operator)",
      description: "Locations that become eligible are invited (open programs: without email).",
      auth: "session",
      body: ProgramBody,
      response: ProgramView,
      status: 200,
      errors: [400, 401, 403, 409, 415]
    },
    ({ auth, body }) =>
      Effect.gen(function* () {
        const guideUrl = yield* operatorGuide(body.id, body.guideUrl)
        const saved = yield* EnrollmentService.use((s) =>
          s.upsertProgram(auth!.actor, { ...body, ...(guideUrl === undefined ? {} : { guideUrl }) })
        )
        return yield* programAnswer(saved)
      })
  ),
  route(
    {
      method: "post",
      path: "/programs/{id}/discontinue",
      operationId: "discontinueProgram",
      summary: "Stop offering a program; its enrollments become discontinued (operator)",
      auth: "session",
      params: Schema.Struct({ id: ProgramId }),
      response: ProgramView,
      status: 200,
      errors: [400, 401, 403, 404]
    },
    ({ auth, params }) =>
      Effect.flatMap(
        EnrollmentService.use((s) => s.discontinueProgram(auth!.actor, params.id)),
        programAnswer
      )
  ),
  route(
    {
      method: "post",
      path: "/programs/{id}/invitations",
      operationId: "inviteEligibleLocations",
      summary: "Invite every eligible location that is not yet invited (operator)",
      auth: "session",
      params: Schema.Struct({ id: ProgramId }),
      response: Schema.Struct({ invited: Schema.Number }),
      status: 200,
      errors: [400, 401, 403, 404, 409]
    },
    ({ auth, params }) =>
      Effect.map(
        EnrollmentService.use((s) => s.inviteEligible(auth!.actor, params.id)),
        (invited) => ({ invited })
      )
  ),
  route(
    {
      method: "put",
      path: "/locations/{locationId}/requirements/{requirementId}",
      operationId: "setRequirement",
      summary: "Set whether a location meets an eligibility requirement (operator)",
      auth: "session",
      params: Schema.Struct({ locationId: LocationId, requirementId: Schema.String }),
      body: Schema.Struct({ met: Schema.Boolean }),
      response: Schema.Struct({ enrollments: Schema.Array(EnrollmentView) }),
      status: 200,
      errors: [400, 401, 403, 404, 415]
    },
    ({ auth, params, body }) =>
      Effect.map(
        EnrollmentService.use((s) =>
          s.setRequirement(auth!.actor, {
            locationId: params.locationId,
            requirementId: params.requirementId,
            met: body.met
          })
        ),
        (enrollments) => ({ enrollments })
      )
  ),
  route(
    {
      method: "post",
      path: "/eligibility/import",
      operationId: "importEligibility",
      summary: "Set many requirement states at once by PartnerID (operator); all rows or none",
      auth: "session",
      body: Schema.Struct({
        rows: Schema.Array(
          Schema.Struct({
            partnerId: PartnerId,
            requirementId: Schema.String,
            met: Schema.Boolean
          })
        ).check(Schema.isMinLength(1), Schema.isMaxLength(10_000))
      }),
      response: Schema.Struct({ applied: Schema.Number }),
      status: 200,
      errors: [400, 401, 403, 404, 413, 415]
    },
    ({ auth, body }) =>
      Effect.map(
        EnrollmentService.use((s) => s.importEligibility(auth!.actor, body.rows)),
        (applied) => ({ applied })
      )
  ),
  route(
    {
      method: "put",
      path: "/locations/{locationId}/agreement",
      operationId: "setAgreement",
      summary: "Record whether the location has an active incentives agreement (operator; renewal needs one)",
      auth: "session",
      params: Schema.Struct({ locationId: LocationId }),
      body: Schema.Struct({ active: Schema.Boolean }),
      status: 204,
      errors: [400, 401, 403, 404, 415]
    },
    ({ auth, params, body }) =>
      EnrollmentService.use((s) => s.setAgreement(auth!.actor, params.locationId, body.active))
  ),
  route(
    {
      method: "get",
      path: "/enrollments/validation-queue",
      operationId: "listValidationQueue",
      summary: `Enrollments waiting for bank/tax validation, oldest first, with the ${VALIDATION_TARGET_MILLIS / 3_600_000}-hour target (operator)`,
      auth: "session",
      response: Schema.Struct({ enrollments: Schema.Array(EnrollmentView) }),
      status: 200,
      errors: [401, 403]
    },
    ({ auth }) =>
      Effect.map(
        EnrollmentService.use((s) => s.validationQueue(auth!.actor)),
        (enrollments) => ({ enrollments })
      )
  ),
  route(
    {
      method: "post",
      path: "/enrollments/{id}/validation",
      operationId: "validateEnrollment",
      summary: "Approve the enrollment's bank and tax data, or return it with a reason (operator)",
      auth: "session",
      params: Schema.Struct({ id: Schema.String }),
      body: Schema.Struct({
        decision: Schema.Literals(["approve", "return"]),
        reason: Schema.optionalKey(Text(2000)),
        profiles: Schema.optionalKey(Schema.Literals(["bank", "tax", "both"]))
      }),
      response: EnrollmentView,
      status: 200,
      errors: [400, 401, 403, 404, 409, 415]
    },
    ({ auth, params, body }) => EnrollmentService.use((s) => s.validate(auth!.actor, params.id, body))
  )
])
