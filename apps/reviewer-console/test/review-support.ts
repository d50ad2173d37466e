/**
 * What the review journeys need from the API besides the browser: partners filing and submitting claims
 * (as the partner portal would) and reading a claim back. Node only.
 */
import { apiCaller } from "@openpor/ui/testing/api-client.ts"
import { DOCX } from "@openpor/ui/testing/documents.ts"

export { DOCX }

export const NORTHWIND = "11111111-1111-4111-8111-111111111111"
export const SALES_SUBSCRIPTION = "aaaaaaaa-0000-4000-8000-000000000001"

/** A one-page PDF. */
const PDF = new TextEncoder().encode(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Count 1/Kids[3 0 R]>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)

/** A 1 × 1 PNG. */
export const PNG = Uint8Array.from(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
    "base64"
  )
)

export interface ProofFile {
  readonly name: string
  readonly type: string
  readonly bytes: Uint8Array
}

export const modernWorkClaim = (name: string, workloads: readonly string[], partnerId = "1000001") => ({
  name,
  partnerId,
  tenantId: NORTHWIND,
  customerDomain: "northwind.example",
  solutionArea: "modern_work_security",
  partnerRole: "use_or_consume",
  workloads,
  customerContact: { name: "Nora North", title: "CIO", email: "nora@northwind.example" },
  partnerContact:
    partnerId === "2000001"
      ? { name: "Ina Fabrikam", email: "ina@fabrikam.example" }
      : { name: "Ian Contoso", email: "ian@contoso.example" }
})

export const businessAppsClaim = (name: string, subscriptionIds: readonly string[]) => ({
  name,
  partnerId: "1000001",
  tenantId: NORTHWIND,
  customerDomain: "northwind.onmicrosoft.com",
  solutionArea: "business_applications",
  partnerRole: "build_intent_advisor",
  subscriptionIds,
  customerContact: { name: "Nora North", title: "CIO", email: "nora@northwind.example" },
  partnerContact: { name: "Ian Contoso", email: "ian@contoso.example" }
})

export interface ReviewApi {
  signIn(email: string): Promise<string>
  call(token: string | undefined, method: string, path: string, body?: unknown): Promise<any>
  /**
   * A partner (default Ian of Contoso) files the claim with a signed PDF (or the given files) and submits
   * it; returns its id.
   */
  submitClaim(claim: Record<string, unknown>, email?: string, files?: readonly ProofFile[]): Promise<string>
  /** The claim as a reviewer reads it. */
  claim(id: string): Promise<any>
}

/** Calls the API at `origin` with bearer tokens; fails loudly on any unexpected status. */
export const reviewApi = (origin: string): ReviewApi => {
  const { call, signIn } = apiCaller(origin)
  return {
    signIn,
    call,
    async submitClaim(claim, email = "ian@contoso.example", files) {
      const token = await signIn(email)
      const draft = await call(token, "POST", "/claims", claim)
      for (const file of files ?? [{ name: "signed-sow.pdf", type: "application/pdf", bytes: PDF }]) {
        const form = new FormData()
        form.append("file", new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.type }), file.name)
        await call(token, "POST", `/claims/${draft.id}/poe`, form)
      }
      // Every statement of the program confirmed (SPEC §5).
      await call(token, "POST", `/claims/${draft.id}/submit`, {
        acknowledgements: ((draft.requiredAcknowledgements ?? []) as Array<{ id: string }>).map((a) => a.id)
      })
      return draft.id as string
    },
    async claim(id) {
      return call(await signIn("rita@vendor.example"), "GET", `/claims/${id}`)
    }
  }
}
