/**
 * A program of a project outside the workspace that installed the packed `@openpor/api-client` from npm:
 * test/pack.test.ts compiles it (strict, against the tarball's .d.ts) and runs it against a started API.
 * Usage: node program.js <baseUrl>
 */
import { ApiError, createClient, ERROR_CODES, type ErrorCode, isApiError } from "@openpor/api-client"

const baseUrl = process.argv[2]
if (baseUrl === undefined) throw new Error("usage: node program.js <baseUrl>")

const api = createClient({ baseUrl, auth: "bearer" })

const session = await api.signIn("ian@contoso.example", "demo-Passw0rd!")
console.log(`signed in: ${session.user.email}`)

const draft = await api.POST("/api/v1/claims", {
  body: {
    name: "Packed client claim",
    partnerId: "1000001",
    tenantId: "11111111-1111-4111-8111-111111111111",
    customerDomain: "northwind.example",
    solutionArea: "business_applications",
    partnerRole: "build_intent_advisor",
    subscriptionIds: ["aaaaaaaa-0000-4000-8000-000000000001"],
    customerContact: { name: "Nora North", title: "CIO", email: "nora@northwind.example" },
    partnerContact: { name: "Ian", email: "ian@contoso.example" }
  }
})
console.log(`created: ${draft.status}`)

const claim = await api.GET("/api/v1/claims/{id}", { params: { path: { id: draft.id } } })
console.log(`read back: ${claim.id === draft.id} ${claim.name} ${claim.status}`)

// An edit with a stale version: 409 version_conflict, narrowed by the guard.
try {
  await api.PATCH("/api/v1/claims/{id}", {
    params: { path: { id: claim.id } },
    body: { name: "Renamed", version: Number(claim.version) + 1 }
  })
  console.log("edit: accepted")
} catch (error) {
  if (!isApiError(error, "version_conflict")) throw error
  const code: "version_conflict" = error.code
  console.log(`edit: ${error.status} ${code} requestId=${typeof error.requestId}`)
}

// An unknown claim: 404 not_found, with the envelope's details.
try {
  await api.GET("/api/v1/claims/{id}", { params: { path: { id: "clm_does_not_exist" } } })
  console.log("missing: found")
} catch (error) {
  if (!isApiError(error)) throw error
  const known: ErrorCode | undefined = ERROR_CODES.find((code) => code === error.code)
  console.log(
    `missing: ${error.status} ${known} ${error instanceof ApiError} ${isApiError(error, "forbidden")}`
  )
}

// A code the API does not have is a compile error.
// @ts-expect-error "no_such_code" is not an ErrorCode
isApiError(undefined, "no_such_code")

await api.signOut()
console.log("signed out")
