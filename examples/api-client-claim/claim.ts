// A partner's script against a running OpenPOR server, with the typed client @openpor/api-client:
// sign in, draft a claim for Northwind, upload the proof of execution, submit it, then follow its status
// until the association is official.
//
//   API_URL=http://localhost:3000 node claim.ts                 (with `./dev start` running: demo data, test clock)
//   API_URL=http://localhost:3000 ACT_AS_VENDOR=1 node claim.ts  (also approves as the demo reviewer and moves
//                                                                  the test clock as the demo operator)
// Other settings: WORKLOAD (a Northwind workload, default teams), POLL_MS (default 1000), FOLLOW_SECONDS (default 300).
import { type ApiClient, createClient, isApiError, type ResponseOf } from "@openpor/api-client"

const baseUrl = process.env.API_URL ?? "http://localhost:3000"
const workload = process.env.WORKLOAD ?? "teams"
const pollMillis = Number(process.env.POLL_MS ?? 1000)
const followMillis = Number(process.env.FOLLOW_SECONDS ?? 300) * 1000
const password = "demo-Passw0rd!" // every demo user's

/** A client signed in as one user. Scripts have no cookie jar: `auth: "bearer"` sends the session's token. */
const signIn = async (email: string): Promise<{ api: ApiClient; token: string }> => {
  const api = createClient({ baseUrl, auth: "bearer" })
  const { token } = await api.signIn(email, password)
  return { api, token }
}

type Claim = ResponseOf<"getClaim">
const state = (c: Claim) => `status=${c.status} consent=${c.consent.status ?? "none"} official=${c.official}`

// Ian is the Incentives admin of Contoso's location with PartnerID 1000001.
const { api: ian, token } = await signIn("ian@contoso.example")
console.log("signed in as ian@contoso.example")

// 1. A draft (POST /api/v1/claims). The Idempotency-Key makes a retried request create nothing twice.
const draft = await ian.POST("/api/v1/claims", {
  headers: { "Idempotency-Key": `example-${workload}-${Date.now()}` },
  body: {
    name: `Northwind ${workload} adoption`,
    partnerId: "1000001",
    tenantId: "11111111-1111-4111-8111-111111111111",
    customerDomain: "northwind.example",
    solutionArea: "modern_work_security",
    partnerRole: "use_or_consume",
    workloads: [workload],
    customerContact: { name: "Nora North", title: "CIO", email: "nora@northwind.example" },
    partnerContact: { name: "Ian Contoso", email: "ian@contoso.example" }
  }
})
const id = draft.id
console.log(`drafted: ${state(draft)}`)

// 2. Proof of execution, multipart field `file` (PDF, PNG, JPEG or DOCX, recognised by content, ≤ 10 MB).
//    The OpenAPI document does not describe this multipart body, so it is sent with fetch and the same
//    bearer token; the answer is the claim with its documents.
const form = new FormData()
form.append("file", new Blob(["%PDF-1.4\n%%EOF\n"], { type: "application/pdf" }), "signed-sow.pdf")
const upload = await fetch(`${baseUrl}/api/v1/claims/${id}/poe`, {
  method: "POST",
  headers: { authorization: `Bearer ${token}` },
  body: form
})
if (upload.status !== 201) throw new Error(`POE upload failed: ${upload.status} ${await upload.text()}`)
const withPoe = (await upload.json()) as ResponseOf<"attachPoe"> // the claim, with its documents
console.log(`poe attached: ${withPoe.poe.map((d) => `${d.fileName} (${d.mediaType})`).join(", ")}`)

// 3. Submit, confirming every statement the claim's program requires (else 422 acknowledgements_required).
const claim = await ian.GET("/api/v1/claims/{id}", { params: { path: { id } } })
try {
  await ian.POST("/api/v1/claims/{id}/submit", { params: { path: { id } }, body: { acknowledgements: [] } })
} catch (error) {
  // A typed error: isApiError narrows it to the API's codes given; its details list what is missing.
  if (!isApiError(error, "acknowledgements_required")) throw error
  console.log(`submit without acknowledgements: ${error.status} ${error.code}`)
}
const submitted = await ian.POST("/api/v1/claims/{id}/submit", {
  params: { path: { id } },
  body: { acknowledgements: claim.requiredAcknowledgements.map((a) => a.id) }
})
console.log(`submitted: ${state(submitted)}`)
console.log(`consent window ends ${submitted.deadlines.consentWindowEndsAt}`)

// 4. The vendor's part, when asked to play it too: a reviewer approves, the operator moves the test clock.
if (process.env.ACT_AS_VENDOR === "1") {
  const { api: rita } = await signIn("rita@vendor.example")
  await rita.POST("/api/v1/review/claims/{id}/decision", {
    params: { path: { id } },
    body: { decision: "approve" }
  })
  const { api: otto } = await signIn("otto@vendor.example")
  await otto.POST("/api/v1/ops/clock/advance", { body: { businessDays: 5, hours: 1 } })
} else {
  console.log("following (a reviewer approves, then the consent window passes)")
}

// 5. Follow the claim: a line whenever its status, consent or official flag changes.
let last = state(submitted)
const until = Date.now() + followMillis
for (;;) {
  const current = await ian.GET("/api/v1/claims/{id}", { params: { path: { id } } })
  if (state(current) !== last) {
    last = state(current)
    console.log(`now: ${last}`)
  }
  if (current.official) {
    console.log(`official since ${current.officialAt}`)
    break
  }
  if (["rejected", "rejected_final", "ended"].includes(current.status)) process.exit(1)
  if (Date.now() > until) {
    console.error(`still not official after ${followMillis / 1000} s`)
    process.exit(1)
  }
  await new Promise((resolve) => setTimeout(resolve, pollMillis))
}
