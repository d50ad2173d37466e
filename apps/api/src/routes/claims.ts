import {
  type Actor,
  CaseView,
  ClaimCommentsPage,
  ClaimHistoryPage,
  ClaimStatus,
  ClaimsPage,
  ClaimsService,
  ClaimView,
  Clock,
  CommentView,
  CustomerContact,
  CustomerRequestsPage,
  CustomerRequestView,
  defaultClaimSettings,
  OpenClaimStatus,
  PartnerContact,
  PartnerId,
  PartnerRole,
  QueuePage,
  RevenueDetails,
  SolutionArea
} from "@openpor/domain"
import { Effect, Schema } from "effect"
import { HttpError } from "../http/errors.ts"
import { readPoeUpload } from "../http/multipart.ts"
import { group, type HandlerInput, QueryInt, type RouteSpec, route } from "../http/route.ts"

/** The deadlines the documentation names: the defaults of ClaimsConfig. */
const defaults = defaultClaimSettings

const Text = (max: number) => Schema.String.check(Schema.isMaxLength(max))
const Version = Schema.Int.check(Schema.isGreaterThanOrEqualTo(1))

const ClaimFields = {
  name: Text(200),
  partnerId: PartnerId,
  tenantId: Text(100),
  customerDomain: Text(253),
  solutionArea: SolutionArea,
  partnerRole: PartnerRole,
  workloads: Schema.Array(Text(100)).check(Schema.isMaxLength(50)),
  subscriptionIds: Schema.Array(Text(100)).check(Schema.isMaxLength(50)),
  optOutOfIncentives: Schema.Boolean,
  customerContact: CustomerContact,
  partnerContact: PartnerContact,
  revenue: Schema.NullOr(RevenueDetails)
}

/** The create-claim body of SPEC appendix A. */
const CreateClaimBody = Schema.Struct({
  name: ClaimFields.name,
  partnerId: ClaimFields.partnerId,
  tenantId: ClaimFields.tenantId,
  customerDomain: ClaimFields.customerDomain,
  solutionArea: ClaimFields.solutionArea,
  partnerRole: ClaimFields.partnerRole,
  workloads: Schema.optionalKey(ClaimFields.workloads),
  subscriptionIds: Schema.optionalKey(ClaimFields.subscriptionIds),
  optOutOfIncentives: Schema.optionalKey(ClaimFields.optOutOfIncentives),
  customerContact: ClaimFields.customerContact,
  partnerContact: ClaimFields.partnerContact,
  revenue: Schema.optionalKey(ClaimFields.revenue)
})

const PatchClaimBody = Schema.Struct({
  name: Schema.optionalKey(ClaimFields.name),
  partnerId: Schema.optionalKey(ClaimFields.partnerId),
  tenantId: Schema.optionalKey(ClaimFields.tenantId),
  customerDomain: Schema.optionalKey(ClaimFields.customerDomain),
  solutionArea: Schema.optionalKey(ClaimFields.solutionArea),
  partnerRole: Schema.optionalKey(ClaimFields.partnerRole),
  workloads: Schema.optionalKey(ClaimFields.workloads),
  subscriptionIds: Schema.optionalKey(ClaimFields.subscriptionIds),
  optOutOfIncentives: Schema.optionalKey(ClaimFields.optOutOfIncentives),
  customerContact: Schema.optionalKey(ClaimFields.customerContact),
  partnerContact: Schema.optionalKey(ClaimFields.partnerContact),
  revenue: Schema.optionalKey(ClaimFields.revenue),
  version: Schema.optionalKey(Version)
})

const IdParams = Schema.Struct({ id: Schema.String.check(Schema.isMaxLength(100)) })
const Reason = Schema.Struct({ reason: Schema.String.check(Schema.isMinLength(1), Schema.isMaxLength(2000)) })

/**
 * Signed-in requests on one resource named in the path, answering with its view: the shared part of
 * the claim routes' (and the case routes') declarations.
 */
const routesOn =
  <P extends Schema.Top, V extends Schema.Top>(params: P, response: V) =>
  <
    const S extends Omit<RouteSpec, "auth" | "params" | "response" | "status"> & {
      readonly status?: 200 | 201
    },
    R
  >(
    spec: S,
    handler: (
      input: HandlerInput<S["body"] extends Schema.Top ? S["body"]["Type"] : undefined, undefined, P["Type"]>
    ) => Effect.Effect<V["Type"], unknown, R>
  ) => {
    const full = { auth: "session", params, response, status: 200, ...spec } as const
    return route<typeof full, R>(full, handler as never)
  }

/** A request on one claim (`{id}`) that answers with the claim. */
const onClaim = routesOn(IdParams, ClaimView)
/** A request on one arbitration case (`{caseId}`) that answers with the case. */
const onCase = routesOn(Schema.Struct({ caseId: Schema.String }), CaseView)

/** A page of a claim's comments or history: `before` is the previous page's `nextCursor`. */
const PageQuery = Schema.Struct({
  before: Schema.optionalKey(Schema.String.check(Schema.isMaxLength(500))),
  limit: Schema.optionalKey(QueryInt(1, 200))
})

/** The cursor of a newest-first page: the last row's instant and id. */
const InstantCursor = {
  encode: (at: Date, id: string) => Buffer.from(JSON.stringify([at.toISOString(), id])).toString("base64url"),
  decode: (cursor: string) =>
    Effect.try({
      try: () => {
        const [at, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as [unknown, unknown]
        if (typeof at !== "string" || typeof id !== "string" || Number.isNaN(Date.parse(at)))
          throw new Error("bad cursor")
        return { at: new Date(at), id }
      },
      catch: () => new HttpError(400, "invalid_request", "The cursor is not valid; start from the first page")
    })
}

export const claimRoutes = group("/api/v1/claims", "Claims (CPOR)", [
  route(
    {
      method: "post",
      path: "",
      operationId: "createClaim",
      summary: "Create a draft claim (Incentives admin or user of the claiming location)",
      description: "Honours Idempotency-Key: a retried request with the same key returns the first response.",
      auth: "session",
      body: CreateClaimBody,
      response: ClaimView,
      status: 201,
      idempotent: true,
      errors: [400, 401, 403, 409, 413, 415, 422]
    },
    ({ auth, body }) => ClaimsService.use((s) => s.create(auth!.actor, body))
  ),
  route(
    {
      method: "get",
      path: "",
      operationId: "listClaims",
      summary: "Claims of the caller's organization (vendor staff: all), newest first",
      auth: "session",
      query: Schema.Struct({
        status: Schema.optionalKey(ClaimStatus),
        q: Schema.optionalKey(
          Schema.String.check(Schema.isMaxLength(200)).annotate({
            description:
              "Search: claims whose name contains this text (any case) or whose tenant ID starts with it"
          })
        ),
        before: Schema.optionalKey(Schema.String),
        limit: Schema.optionalKey(QueryInt(1, 200))
      }),
      response: ClaimsPage,
      status: 200,
      errors: [400, 401, 403]
    },
    ({ auth, query }) =>
      Effect.gen(function* () {
        const limit = query.limit ?? 50
        const claims = yield* ClaimsService.use((s) =>
          s.list(auth!.actor, {
            statuses: query.status === undefined ? undefined : [query.status],
            search: query.q,
            before: query.before,
            limit
          })
        )
        const last = claims.at(-1)
        // Newest first: the cursor is the last row's `<createdAt>|<id>` (see ClaimFilter.before).
        return {
          claims,
          nextCursor:
            claims.length === limit && last !== undefined
              ? `${last.createdAt.toISOString()}|${last.id}`
              : null
        }
      })
  ),
  onClaim(
    {
      method: "get",
      path: "/{id}",
      operationId: "getClaim",
      summary: "A claim with status, version, consent, deadlines, proof of execution, comments and history",
      errors: [401, 403, 404]
    },
    ({ auth, params }) => ClaimsService.use((s) => s.get(auth!.actor, params.id))
  ),
  onClaim(
    {
      method: "patch",
      path: "/{id}",
      operationId: "updateClaim",
      summary: "Edit a draft, or PartnerID, products and contacts in partner_action_required; otherwise 409",
      body: PatchClaimBody,
      errors: [400, 401, 403, 404, 409, 415, 422]
    },
    ({ auth, params, body }) => {
      const { version, ...patch } = body
      return ClaimsService.use((s) => s.update(auth!.actor, params.id, patch, version))
    }
  ),
  onClaim(
    {
      method: "post",
      path: "/{id}/poe",
      operationId: "attachPoe",
      summary: "Attach proof of execution (multipart field `file`: PDF, PNG, JPEG or DOCX, at most 10 MB)",
      description: "The type is recognised by the content, not the file name; the SHA-256 is stored.",
      status: 201,
      errors: [400, 401, 403, 404, 409, 413, 415]
    },
    ({ auth, params, c }) =>
      Effect.gen(function* () {
        const upload = yield* readPoeUpload(c)
        return yield* ClaimsService.use((s) =>
          s.attachPoe(auth!.actor, params.id, {
            fileName: upload.fileName,
            bytes: upload.bytes,
            type: upload.type
          })
        )
      })
  ),
  route(
    {
      method: "get",
      path: "/{id}/poe/{poeId}",
      operationId: "downloadPoe",
      summary: "Download a proof-of-execution document (claiming organization and vendor staff only)",
      auth: "session",
      params: Schema.Struct({ id: Schema.String, poeId: Schema.String }),
      status: 200,
      errors: [401, 403, 404]
    },
    ({ auth, params }) =>
      Effect.map(
        ClaimsService.use((s) => s.downloadPoe(auth!.actor, params.id, params.poeId)),
        (file) =>
          new Response(file.bytes as Uint8Array<ArrayBuffer>, {
            status: 200,
            headers: {
              "Content-Type": file.mediaType,
              "Content-Disposition": file.disposition,
              "Content-Length": String(file.bytes.byteLength),
              "X-Content-Type-Options": "nosniff",
              "Cache-Control": "private, no-store"
            }
          })
      )
  ),
  route(
    {
      method: "delete",
      path: "/{id}/poe/{poeId}",
      operationId: "removePoe",
      summary: "Remove a proof-of-execution document (draft or partner_action_required)",
      auth: "session",
      params: Schema.Struct({ id: Schema.String, poeId: Schema.String }),
      response: ClaimView,
      status: 200,
      errors: [401, 403, 404, 409]
    },
    ({ auth, params }) => ClaimsService.use((s) => s.removePoe(auth!.actor, params.id, params.poeId))
  ),
  onClaim(
    {
      method: "post",
      path: "/{id}/submit",
      operationId: "submitClaim",
      summary:
        "Submit (Incentives admin): every validation failure is reported together (422 with the codes of SPEC §5)",
      description:
        "Honours Idempotency-Key. `acknowledgements` names the id of every statement in the claim's `requiredAcknowledgements` (SPEC §5); one missing is 422 `acknowledgements_required` (its violation's `details.missing` lists them). `version` guards against submitting a changed claim.",
      body: Schema.Struct({
        version: Schema.optionalKey(Version),
        acknowledgements: Schema.optionalKey(Schema.Array(Text(100)).check(Schema.isMaxLength(50)))
      }),
      bodyOptional: true,
      idempotent: true,
      errors: [400, 401, 403, 404, 409, 415, 422]
    },
    ({ auth, params, body }) =>
      ClaimsService.use((s) => s.submit(auth!.actor, params.id, body.version, body.acknowledgements ?? []))
  ),
  route(
    {
      method: "get",
      path: "/{id}/comments",
      operationId: "listClaimComments",
      summary: "A claim's comments, newest first, a page at a time",
      description:
        "`limit` per page (default 50); `before` = the previous page's `nextCursor` continues with older comments.",
      auth: "session",
      params: IdParams,
      query: PageQuery,
      response: ClaimCommentsPage,
      status: 200,
      errors: [400, 401, 403, 404]
    },
    ({ auth, params, query }) =>
      Effect.gen(function* () {
        const limit = query.limit ?? 50
        const before = query.before === undefined ? undefined : yield* InstantCursor.decode(query.before)
        const comments = yield* ClaimsService.use((s) =>
          s.comments(auth!.actor, params.id, { before, limit })
        )
        const last = comments.at(-1)
        return {
          comments,
          nextCursor:
            comments.length === limit && last !== undefined
              ? InstantCursor.encode(last.createdAt, last.id)
              : null
        }
      })
  ),
  route(
    {
      method: "get",
      path: "/{id}/history",
      operationId: "listClaimHistory",
      summary: "A claim's history (status changes and other actions), newest first, a page at a time",
      description:
        "`limit` per page (default 50); `before` = the previous page's `nextCursor` continues with older entries.",
      auth: "session",
      params: IdParams,
      query: PageQuery,
      response: ClaimHistoryPage,
      status: 200,
      errors: [400, 401, 403, 404]
    },
    ({ auth, params, query }) =>
      Effect.gen(function* () {
        const limit = query.limit ?? 50
        const before = query.before === undefined ? undefined : yield* InstantCursor.decode(query.before)
        const entries = yield* ClaimsService.use((s) => s.history(auth!.actor, params.id, { before, limit }))
        const last = entries.at(-1)
        return {
          history: entries.map(({ id: _id, ...entry }) => entry),
          nextCursor:
            entries.length === limit && last !== undefined ? InstantCursor.encode(last.at, last.id) : null
        }
      })
  ),
  route(
    {
      method: "post",
      path: "/{id}/comments",
      operationId: "commentOnClaim",
      summary: "Add a comment (the claiming location's incentive people, or a reviewer)",
      description:
        "Answers with the created comment (as `GET /claims/{id}/comments` lists it), not the claim.",
      auth: "session",
      params: IdParams,
      body: Schema.Struct({ body: Schema.String.check(Schema.isMinLength(1), Schema.isMaxLength(5000)) }),
      response: CommentView,
      status: 201,
      errors: [400, 401, 403, 404, 415]
    },
    ({ auth, params, body }) =>
      ClaimsService.use((s) => s.comment(auth!.actor, params.id, body.body, auth!.user))
  ),
  onClaim(
    {
      method: "post",
      path: "/{id}/dispute",
      operationId: "disputeClaim",
      summary: `Dispute a rejection once, within ${defaults.disputeWindowDays} days (Incentives admin)`,
      body: Reason,
      errors: [400, 401, 403, 404, 409, 415, 422]
    },
    ({ auth, params, body }) => ClaimsService.use((s) => s.dispute(auth!.actor, params.id, body.reason))
  ),
  onClaim(
    {
      method: "post",
      path: "/{id}/disassociate",
      operationId: "disassociateClaim",
      summary: "End an approved association (Incentives admin, reason required) → rejected_final",
      body: Reason,
      errors: [400, 401, 403, 404, 409, 415]
    },
    ({ auth, params, body }) => ClaimsService.use((s) => s.disassociate(auth!.actor, params.id, body.reason))
  )
])

const QueueCursor = {
  encode: (row: { nextDeadline: Date | null; claimId: string }) =>
    Buffer.from(JSON.stringify([row.nextDeadline?.toISOString() ?? "", row.claimId])).toString("base64url"),
  decode: (cursor: string) =>
    Effect.try({
      try: () => {
        const [deadline, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as [
          unknown,
          unknown
        ]
        if (typeof deadline !== "string" || typeof id !== "string") throw new Error("bad cursor")
        return { deadline, id }
      },
      catch: () => new HttpError(400, "invalid_request", "The cursor is not valid; start from the first page")
    })
}

export const reviewDecisionRoutes = group("/api/v1/review", "Review", [
  route(
    {
      method: "get",
      path: "/queue",
      operationId: "reviewQueue",
      summary:
        "Open claims ordered by their next SLA deadline (business days), with filters and cursor pagination",
      description: `Deadlines (defaults; configurable): review start ≤ ${defaults.reviewStartBusinessDays} business days after submission, partner response ≤ ${defaults.partnerResponseBusinessDays} business days, dispute answer ≤ ${defaults.disputeAnswerBusinessDays} business days. \`overdue=true\` lists claims whose reviewer-side deadline (submitted, disputed) has passed.`,
      auth: "session",
      query: Schema.Struct({
        status: Schema.optionalKey(OpenClaimStatus),
        programId: Schema.optionalKey(Schema.String),
        solutionArea: Schema.optionalKey(SolutionArea),
        competing: Schema.optionalKey(Schema.Literals(["true", "false"])),
        overdue: Schema.optionalKey(Schema.Literals(["true", "false"])),
        answered: Schema.optionalKey(
          Schema.Literals(["true", "false"]).annotate({
            description:
              "true: claims whose partner answered the reviewer's last comment or notice; false: the others"
          })
        ),
        assignedReviewer: Schema.optionalKey(Schema.String),
        cursor: Schema.optionalKey(Schema.String.check(Schema.isMaxLength(500))),
        limit: Schema.optionalKey(QueryInt(1, 200))
      }),
      response: QueuePage,
      status: 200,
      errors: [400, 401, 403]
    },
    ({ auth, query }) =>
      Effect.gen(function* () {
        const limit = query.limit ?? 50
        const after = query.cursor === undefined ? undefined : yield* QueueCursor.decode(query.cursor)
        const items = yield* ClaimsService.use((s) =>
          s.queue(auth!.actor, {
            statuses: query.status === undefined ? undefined : [query.status],
            programId: query.programId,
            solutionArea: query.solutionArea,
            competing: query.competing === undefined ? undefined : query.competing === "true",
            overdue: query.overdue === "true",
            answered: query.answered === undefined ? undefined : query.answered === "true",
            assignedReviewerId:
              query.assignedReviewer === "me" ? (auth!.user.id as string) : query.assignedReviewer,
            after,
            limit
          })
        )
        const last = items.at(-1)
        return {
          items,
          nextCursor: items.length === limit && last !== undefined ? QueueCursor.encode(last) : null
        }
      })
  ),
  onClaim(
    {
      method: "post",
      path: "/claims/{id}/assign",
      operationId: "assignClaim",
      summary: "Take a claim (or give it to another reviewer); a submitted claim moves to under_review",
      body: Schema.Struct({
        reviewerId: Schema.optionalKey(Schema.String),
        version: Schema.optionalKey(Version)
      }),
      bodyOptional: true,
      errors: [400, 401, 403, 404, 409, 415]
    },
    ({ auth, params, body }) => ClaimsService.use((s) => s.assign(auth!.actor, params.id, body))
  ),
  onCase(
    {
      method: "get",
      path: "/cases/{caseId}",
      operationId: "getArbitrationCase",
      summary:
        "An arbitration case: every party's claim and proof of execution side by side, and the policy's recommendation",
      errors: [401, 403, 404]
    },
    ({ auth, params }) => ClaimsService.use((s) => s.getCase(auth!.actor, params.caseId))
  ),
  onCase(
    {
      method: "post",
      path: "/cases/{caseId}/resolve",
      operationId: "resolveArbitrationCase",
      summary:
        "Pick the winner with a written reasoning: the others are rejected (lost_arbitration); a holder is replaced when the winner becomes official",
      body: Schema.Struct({
        winnerClaimId: Schema.String,
        reasoning: Schema.String.check(Schema.isMinLength(1), Schema.isMaxLength(5000)),
        version: Schema.optionalKey(Version)
      }),
      errors: [400, 401, 403, 404, 409, 415]
    },
    ({ auth, params, body }) => ClaimsService.use((s) => s.resolveCase(auth!.actor, params.caseId, body))
  ),
  onClaim(
    {
      method: "post",
      path: "/claims/{id}/decision",
      operationId: "decideClaim",
      summary:
        "Reviewer decision: approve, reject (with a reason of SPEC §5) or request information (comment required)",
      description:
        "Give `version` to make sure nobody changed the claim since you looked at it (409 version_conflict otherwise).",
      body: Schema.Struct({
        decision: Schema.Literals(["approve", "reject", "request_info"]),
        reason: Schema.optionalKey(Schema.String.check(Schema.isMaxLength(100))),
        comment: Schema.optionalKey(Schema.String.check(Schema.isMaxLength(5000))),
        version: Schema.optionalKey(Version)
      }),
      errors: [400, 401, 403, 404, 409, 415]
    },
    ({ auth, params, body }) => ClaimsService.use((s) => s.decide(auth!.actor, params.id, body))
  )
])

/** Why a signed link from the consent email was refused (the apps explain each on a page of its own). */
const LINK_REFUSED = {
  expired: {
    code: "consent_link_expired",
    message: "This link has expired; ask the partner for a new request or sign in as a tenant admin"
  },
  invalid: {
    code: "consent_link_invalid",
    message:
      "This link is not valid (it may be incomplete); open it again from the email or sign in as a tenant admin"
  }
} as const

/** The expiry written in a signed link (`<claimId>.<expires>.<signature>`), if it has one. */
const linkExpiry = (token: string): number | undefined => {
  const expires = Number(token.split(".")[1])
  return Number.isFinite(expires) ? expires : undefined
}

/** A tenant admin's session, or the signed link from the consent email (?token= or X-Consent-Token). */
const customerActor = (
  auth: { readonly actor: Actor } | null,
  c: { req: { query: (k: string) => string | undefined; header: (k: string) => string | undefined } }
) =>
  Effect.gen(function* () {
    const token = c.req.header("x-consent-token") ?? c.req.query("token")
    if (token !== undefined && token !== "") {
      return yield* ClaimsService.use((s) => s.verifyConsentToken(token)).pipe(
        Effect.catchTag("NotFound", () =>
          Effect.gen(function* () {
            // Refused: a link whose own expiry has passed has expired (whatever else is wrong with it).
            const expires = linkExpiry(token)
            const now = yield* Clock.use((clock) => clock.now)
            const why = expires !== undefined && now.getTime() > expires ? "expired" : "invalid"
            return yield* Effect.fail(new HttpError(401, LINK_REFUSED[why].code, LINK_REFUSED[why].message))
          })
        )
      )
    }
    if (auth === null)
      return yield* Effect.fail(
        new HttpError(401, "unauthenticated", "Open the link from the email or sign in as a tenant admin")
      )
    return auth.actor
  })

const TokenQuery = Schema.Struct({ token: Schema.optionalKey(Schema.String.check(Schema.isMaxLength(500))) })

export const customerRoutes = group("/api/v1/customer", "Customer consent", [
  route(
    {
      method: "get",
      path: "/requests",
      operationId: "listAssociationRequests",
      summary:
        "Association requests on the customer's tenant (tenant admin session or the signed email link)",
      description:
        "`view=pending`: requests the customer can still decide on (consent window open); `view=decided`: declined, accepted, lapsed, rejected or ended ones; newest first, `limit` per page (default 100) and `before` = the previous page's `nextCursor`. A signed link shows exactly its own request. A refused link is 401 `consent_link_expired` or `consent_link_invalid`.",
      auth: "optional",
      query: Schema.Struct({
        token: TokenQuery.fields.token,
        view: Schema.optionalKey(Schema.Literals(["pending", "decided"])),
        before: Schema.optionalKey(Schema.String.check(Schema.isMaxLength(100))),
        limit: Schema.optionalKey(QueryInt(1, 100))
      }),
      response: CustomerRequestsPage,
      status: 200,
      errors: [400, 401, 403]
    },
    ({ auth, c, query }) =>
      Effect.gen(function* () {
        const actor = yield* customerActor(auth, c)
        return yield* ClaimsService.use((s) =>
          s.customerRequests(actor, { view: query.view, before: query.before, limit: query.limit })
        )
      })
  ),
  route(
    {
      method: "post",
      path: "/requests/{claimId}/decline",
      operationId: "declineAssociation",
      summary: "Decline (opt out of) an association, at any time — also after approval",
      auth: "optional",
      params: Schema.Struct({ claimId: Schema.String }),
      query: TokenQuery,
      body: Schema.Struct({ reason: Schema.optionalKey(Schema.String.check(Schema.isMaxLength(2000))) }),
      bodyOptional: true,
      response: CustomerRequestView,
      status: 200,
      errors: [400, 401, 403, 404, 409, 415]
    },
    ({ auth, c, params, body }) =>
      Effect.gen(function* () {
        const actor = yield* customerActor(auth, c)
        return yield* ClaimsService.use((s) => s.customerDecline(actor, params.claimId, body.reason))
      })
  ),
  route(
    {
      method: "post",
      path: "/requests/{claimId}/accept",
      operationId: "acceptAssociation",
      summary: "Accept an association request now instead of letting the consent window pass",
      auth: "optional",
      params: Schema.Struct({ claimId: Schema.String }),
      query: TokenQuery,
      response: CustomerRequestView,
      status: 200,
      errors: [401, 403, 404, 409]
    },
    ({ auth, c, params }) =>
      Effect.gen(function* () {
        const actor = yield* customerActor(auth, c)
        return yield* ClaimsService.use((s) => s.customerAccept(actor, params.claimId))
      })
  )
])
