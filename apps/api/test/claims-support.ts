import {
  Claim,
  Consent,
  defaultAcknowledgements,
  type LocationId,
  type OrganizationId,
  type PartnerId,
  type ProgramId,
  type UserId
} from "@openpor/domain"
import type { TestApp } from "./support.ts"

/** Minimal real documents for proof-of-execution uploads. */
export const pdfBytes = () =>
  new TextEncoder().encode(
    "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
  )

/** Every default statement confirmed: the body a submission carries (SPEC §5). */
export const acknowledged = () => ({ acknowledgements: defaultAcknowledgements.map((a) => a.id) })

export const NORTHWIND = "11111111-1111-4111-8111-111111111111"
export const WOODGROVE = "22222222-2222-4222-8222-222222222222"
export const sub = (n: number) => `aaaaaaaa-0000-4000-8000-00000000000${n}`

export const mwsClaim = (overrides: Record<string, unknown> = {}) => ({
  name: "Northwind Teams rollout",
  partnerId: "1000001",
  tenantId: NORTHWIND,
  customerDomain: "northwind.example",
  solutionArea: "modern_work_security",
  partnerRole: "use_or_consume",
  workloads: ["teams"],
  customerContact: { name: "Nora North", title: "CIO", email: "nora@northwind.example" },
  partnerContact: { name: "Ian Contoso", email: "ian@contoso.example" },
  ...overrides
})

export const bizAppsClaim = (overrides: Record<string, unknown> = {}) => ({
  name: "Northwind Dynamics 365 Sales",
  partnerId: "1000001",
  tenantId: NORTHWIND,
  customerDomain: "northwind.onmicrosoft.com",
  solutionArea: "business_applications",
  partnerRole: "build_intent_advisor",
  subscriptionIds: [sub(1)],
  customerContact: { name: "Nora North", title: "CIO", email: "nora@northwind.example" },
  partnerContact: { name: "Ian Contoso", email: "ian@contoso.example" },
  ...overrides
})

/** Helpers bound to a test app: sign in once per user, call as that user. */
export const actors = (t: TestApp) => {
  const tokens = new Map<string, string>()
  const as =
    (email: string) =>
    async (method: string, path: string, body?: unknown, headers?: Record<string, string>) => {
      let token = tokens.get(email)
      let res =
        token === undefined
          ? undefined
          : await t.call(method, path, {
              token,
              ...(body === undefined ? {} : { body }),
              ...(headers === undefined ? {} : { headers })
            })
      if (res === undefined || res.status === 401) {
        token = await t.signIn(email)
        tokens.set(email, token)
        res = await t.call(method, path, {
          token,
          ...(body === undefined ? {} : { body }),
          ...(headers === undefined ? {} : { headers })
        })
      }
      return res
    }
  const upload = async (email: string, claimId: string, bytes: Uint8Array, fileName: string) => {
    const token = tokens.get(email) ?? (await t.signIn(email))
    tokens.set(email, token)
    const form = new FormData()
    form.append("file", new Blob([bytes as Uint8Array<ArrayBuffer>]), fileName)
    const res = await t.app.request(`/api/v1/claims/${claimId}/poe`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}` },
      body: form
    })
    return { status: res.status, body: (await res.json()) as any }
  }
  return {
    as,
    upload,
    ian: as("ian@contoso.example"),
    uma: as("uma@contoso.example"),
    ina: as("ina@fabrikam.example"),
    rita: as("rita@vendor.example"),
    rob: as("rob@vendor.example"),
    otto: as("otto@vendor.example"),
    aude: as("aude@vendor.example"),
    northwind: as("admin@northwind.example"),
    bill: as("bill@contoso.example")
  }
}

/** Creates a draft, attaches a PDF, submits; returns the submitted claim. */
export const submitted = async (t: TestApp, by: string, body: Record<string, unknown>) => {
  const a = actors(t)
  const create = await a.as(by)("POST", "/api/v1/claims", body)
  if (create.status !== 201) throw new Error(`create failed: ${create.status} ${JSON.stringify(create.body)}`)
  const poe = await a.upload(by, create.body.id, pdfBytes(), "sow.pdf")
  if (poe.status !== 201) throw new Error(`poe failed: ${poe.status} ${JSON.stringify(poe.body)}`)
  const submit = await a.as(by)("POST", `/api/v1/claims/${create.body.id}/submit`, acknowledged())
  if (submit.status !== 200) throw new Error(`submit failed: ${submit.status} ${JSON.stringify(submit.body)}`)
  return submit.body
}

/** A rival partner's Modern Work claim under review on Teams, awaiting the customer's consent (seeded directly). */
export const rivalTeamsClaim = (claim: {
  readonly id: string
  readonly name: string
  readonly organizationId: OrganizationId
  readonly locationId: LocationId
  readonly partnerId: PartnerId
  readonly tenantId: string
  readonly customerDomain: string
  readonly customerContact: { readonly name: string; readonly title: string; readonly email: string }
  readonly partnerContact: { readonly name: string; readonly email: string }
  readonly competing: boolean
  readonly now: Date
}) =>
  new Claim({
    id: claim.id,
    name: claim.name,
    organizationId: claim.organizationId,
    locationId: claim.locationId,
    partnerId: claim.partnerId,
    tenantId: claim.tenantId,
    customerDomain: claim.customerDomain,
    solutionArea: "modern_work_security",
    partnerRole: "use_or_consume",
    programId: "prg_mws_usage" as ProgramId,
    workloads: ["teams"],
    subscriptionIds: [],
    optOutOfIncentives: false,
    customerContact: claim.customerContact,
    partnerContact: claim.partnerContact,
    revenue: null,
    status: "under_review",
    version: 3,
    rejectionReason: null,
    rejectionText: null,
    competing: claim.competing,
    caseId: null,
    consent: new Consent({
      status: "awaiting_response",
      notifiedAt: claim.now,
      windowEndsAt: new Date(claim.now.getTime() + 7 * 86_400_000),
      respondedAt: null
    }),
    acknowledgedAt: claim.now,
    submittedAt: claim.now,
    reviewStartedAt: claim.now,
    assignedReviewerId: null,
    partnerActionDueAt: null,
    decidedAt: null,
    rejectedAt: null,
    disputeUsed: false,
    disputedAt: null,
    approvedAt: null,
    officialAt: null,
    endedAt: null,
    queueDeadlineAt: new Date(claim.now.getTime() + 7 * 86_400_000),
    createdBy: "usr_rival" as UserId,
    createdAt: claim.now,
    updatedAt: claim.now,
    acknowledgements: [],
    awaitingPartnerSince: null,
    partnerAnsweredAt: null
  })
