/**
 * What the browser tests need from the API besides the browser: partners submitting association requests
 * (as the partner portal would), the consent email's signed link, the test clock. Node only.
 */
import { apiCaller } from "@openpor/ui/testing/api-client.ts"

export const NORTHWIND = "11111111-1111-4111-8111-111111111111"
export const SUBSCRIPTION = {
  sales: "aaaaaaaa-0000-4000-8000-000000000001",
  m365: "aaaaaaaa-0000-4000-8000-000000000005"
}

const PDF =
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"

export interface Api {
  signIn(email: string): Promise<string>
  call(token: string | undefined, method: string, path: string, body?: unknown): Promise<any>
  /** A partner (default Ian of Contoso, PartnerID 1000001) submits a request on Northwind; returns its claim id. */
  submitRequest(claim: { readonly name: string } & Record<string, unknown>, email?: string): Promise<string>
  /** The signed link of the newest consent email about `claimId` (as written in the email). */
  consentLink(claimId: string): Promise<string>
  /** Moves the test clock forward to `now` (operator). */
  setClock(now: string): Promise<void>
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
  partnerContact: { name: "Ian Contoso", email: "ian@contoso.example" }
})

export const businessAppsClaim = (
  name: string,
  subscriptionIds: readonly string[],
  partnerId = "1000001"
) => ({
  name,
  partnerId,
  tenantId: NORTHWIND,
  customerDomain: "northwind.onmicrosoft.com",
  solutionArea: "business_applications",
  partnerRole: "build_intent_advisor",
  subscriptionIds,
  customerContact: { name: "Nora North", title: "CIO", email: "nora@northwind.example" },
  partnerContact: { name: "Ian Contoso", email: "ian@contoso.example" }
})

/** Calls the API at `baseUrl` with bearer tokens; fails loudly on any unexpected status. */
export const apiOf = (baseUrl: string): Api => {
  const { call, signIn } = apiCaller(baseUrl)
  return {
    signIn,
    call,
    async submitRequest(claim, email = "ian@contoso.example") {
      const token = await signIn(email)
      const draft = await call(token, "POST", "/claims", claim)
      const form = new FormData()
      form.append("file", new Blob([PDF], { type: "application/pdf" }), "signed-sow.pdf")
      await call(token, "POST", `/claims/${draft.id}/poe`, form)
      // Every statement of the program confirmed (SPEC §5).
      await call(token, "POST", `/claims/${draft.id}/submit`, {
        acknowledgements: ((draft.requiredAcknowledgements ?? []) as Array<{ id: string }>).map((a) => a.id)
      })
      return draft.id as string
    },
    async consentLink(claimId) {
      for (let attempt = 0; attempt < 50; attempt++) {
        const mailbox = await call(undefined, "GET", "/dev/mailbox?to=nora@northwind.example&limit=500")
        for (const message of mailbox.messages as Array<{ text: string }>) {
          // The link up to its token (the email's `&lang=` after it is left off: tests add their own).
          const link = /(https?:\/\/\S+\/customer\/\?token=([^\s&]+))/.exec(message.text)
          if (link !== null && decodeURIComponent(link[2]!).startsWith(`${claimId}.`)) return link[1]!
        }
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
      throw new Error(`no consent email for ${claimId}`)
    },
    async setClock(now) {
      await call(await signIn("otto@vendor.example"), "POST", "/ops/clock/set", { now })
    }
  }
}
