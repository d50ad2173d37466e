/**
 * Browser test of the arbitration notice (issue 15 item 6, SPEC §6, seed 004): when Fabrikam claims the
 * same workload, Ian's claim gets a system notice in its comments — shown apart from people's comments, in
 * the reader's language, naming no other party. Run with `./dev -C apps/partner-portal exec vite build &&
 * ./dev -C apps/partner-portal exec vitest run test/e2e-arbitration-notice.test.ts`.
 */
import { apiCaller } from "@openpor/ui/testing/api-client.ts"
import { useBrowserApp } from "@openpor/ui/testing/browser.ts"
import { seriousA11yViolations } from "@openpor/ui/testing/quality.ts"
import { chromium } from "playwright-core"
import { beforeAll, describe, expect, it } from "vitest"

const app = useBrowserApp({ path: "/partner/", chromium })
const page = () => app.page

const PDF = new TextEncoder().encode(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)
let claimId = ""

/** Files and submits a SharePoint claim of Northwind as `email` (PartnerID `partnerId`), every statement confirmed. */
const submitSharePoint = async (email: string, partnerId: string, name: string) => {
  const { call, signIn } = apiCaller(new URL(app.url()).origin)
  const token = await signIn(email)
  const draft = await call(token, "POST", "/claims", {
    name,
    partnerId,
    tenantId: "11111111-1111-4111-8111-111111111111",
    customerDomain: "northwind.example",
    solutionArea: "modern_work_security",
    partnerRole: "use_or_consume",
    workloads: ["sharepoint"],
    customerContact: { name: "Nora North", title: "CIO", email: "nora@northwind.example" },
    partnerContact: { name: "Partner contact", email }
  })
  const form = new FormData()
  form.append("file", new Blob([PDF], { type: "application/pdf" }), "signed-sow.pdf")
  await call(token, "POST", `/claims/${draft.id}/poe`, form)
  const required: ReadonlyArray<{ id: string }> = draft.requiredAcknowledgements ?? []
  await call(token, "POST", `/claims/${draft.id}/submit`, { acknowledgements: required.map((a) => a.id) })
  return draft.id as string
}

beforeAll(async () => {
  claimId = await submitSharePoint("ian@contoso.example", "1000001", "Northwind SharePoint adoption")
  await submitSharePoint("ina@fabrikam.example", "2000001", "Fabrikam SharePoint rollout")
})

describe("the arbitration notice in the partner portal", () => {
  it("shows the notice apart from the comments, in the reader's language, without the other party", async () => {
    await app.expectSentToSignIn("claims", "sign-in?next=%2Fclaims", "Sign in")
    await app.signIn("ian@contoso.example")
    await app.expectPage("claims", "Customer claims")
    await page().goto(app.url(`claims/${claimId}`))
    await app.h1("Northwind SharePoint adoption").waitFor()
    const comments = page().getByRole("region", { name: "Comments" })
    const notice = comments.locator("li.comment--notice")
    await notice.getByText("Notice from OpenPOR", { exact: true }).waitFor()
    await notice.getByText(/This claim is now part of an arbitration case/).waitFor()
    const text = (await notice.textContent()) ?? ""
    for (const secret of ["Fabrikam", "2000001", "ina@fabrikam.example"]) expect(text).not.toContain(secret)
    expect(await seriousA11yViolations(page())).toEqual([])
    await app.switchLanguage("sv")
    // The region is named in Swedish now; the notice is the same list item.
    const svNotice = page().locator("li.comment--notice")
    await svNotice.getByText("Meddelande från OpenPOR", { exact: true }).waitFor()
    await svNotice.getByText(/Det här anspråket ingår nu i ett skiljeförfarande/).waitFor()
  })
})
