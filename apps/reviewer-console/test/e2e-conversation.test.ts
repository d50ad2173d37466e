/**
 * Browser test of the partner's answers in the review queue (issue 15 item 6, SPEC §6): a claim whose
 * partner answered the reviewer's comment carries the "Partner answered" tag, one still waiting for the
 * partner says so, the "Answered by the partner" filter keeps only the first; in German too. Run with
 * `./dev -C apps/reviewer-console exec vite build && ./dev -C apps/reviewer-console exec vitest run
 * test/e2e-conversation.test.ts`.
 */
import { useBrowserApp } from "@openpor/ui/testing/browser.ts"
import { chromium } from "playwright-core"
import { beforeAll, describe, it } from "vitest"
import { modernWorkClaim, reviewApi } from "./review-support.ts"

const app = useBrowserApp({ path: "/review/", chromium })
const page = () => app.page

const PDF = new TextEncoder().encode(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)

beforeAll(async () => {
  const api = reviewApi(new URL(app.url()).origin)
  const rita = await api.signIn("rita@vendor.example")
  const ian = await api.signIn("ian@contoso.example")
  /** Ian files and submits the claim with a signed PDF, every statement the claim asks for confirmed. */
  const submit = async (claim: Record<string, unknown>) => {
    const draft = await api.call(ian, "POST", "/claims", claim)
    const form = new FormData()
    form.append("file", new Blob([PDF], { type: "application/pdf" }), "signed-sow.pdf")
    await api.call(ian, "POST", `/claims/${draft.id}/poe`, form)
    const required: ReadonlyArray<{ id: string }> = draft.requiredAcknowledgements ?? []
    await api.call(ian, "POST", `/claims/${draft.id}/submit`, { acknowledgements: required.map((a) => a.id) })
    return draft.id as string
  }
  const answered = await submit(modernWorkClaim("Northwind Intune answered", ["intune"]))
  const waiting = await submit(modernWorkClaim("Northwind Teams waiting", ["teams"]))
  await api.call(rita, "POST", `/claims/${answered}/comments`, { body: "Which departments use Intune?" })
  await api.call(ian, "POST", `/claims/${answered}/comments`, { body: "Finance and HR" })
  await api.call(rita, "POST", `/claims/${waiting}/comments`, { body: "Who signed the SOW?" })
})

describe("the partner's answers in the review queue", () => {
  it("tags the answered claim and marks the one waiting for the partner", async () => {
    await page().goto(app.url("sign-in"))
    await app.signIn("rita@vendor.example")
    await app.expectPage("", "Overview")
    await app.openFromNavigation("Review queue")
    await app.expectPage("queue", "Review queue")
    const answered = page().getByRole("row", { name: /Northwind Intune answered/ })
    await answered.getByText("Partner answered", { exact: true }).waitFor()
    const waiting = page().getByRole("row", { name: /Northwind Teams waiting/ })
    await waiting.getByText("Awaiting the partner", { exact: true }).waitFor()
    if ((await waiting.getByText("Partner answered").count()) !== 0)
      throw new Error("the waiting claim must not be tagged as answered")
    // "Answered by the partner" keeps only the answered claim (the filter lives in the URL).
    await page().getByLabel("Answered by the partner").check()
    await page().waitForURL(/answered=1/)
    await waiting.waitFor({ state: "detached" })
    await answered.getByText("Partner answered", { exact: true }).waitFor()
    await page().getByLabel("Answered by the partner").uncheck()
    await waiting.waitFor()
    await app.switchLanguage("de")
    await answered.getByText("Partner hat geantwortet", { exact: true }).waitFor()
    await waiting.getByText("Wartet auf den Partner", { exact: true }).waitFor()
  })

  it("shows the arbitration notice as the partner was told it, in the reviewer's language", async () => {
    const api = reviewApi(new URL(app.url()).origin)
    const contoso = await api.submitClaim(modernWorkClaim("Northwind Exchange notice", ["exchange"]))
    await api.submitClaim(
      modernWorkClaim("Fabrikam Exchange notice", ["exchange"], "2000001"),
      "ina@fabrikam.example"
    )
    // Still in German from the test above.
    await page().goto(app.url(`claims/${contoso}`))
    const comments = page().getByRole("region", { name: "Kommentare" })
    const notice = comments.getByRole("listitem").filter({ hasText: "An den Partner gesendeter Hinweis" })
    await notice.getByText(/^Dieser Antrag ist jetzt Teil eines Schiedsverfahrens/).waitFor()
    // The stored English text is not shown where the reader's language has its own.
    if ((await notice.getByText(/arbitration case/).count()) !== 0)
      throw new Error("the notice must be shown in the reader's language")
  })
})
