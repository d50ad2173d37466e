/**
 * Browser test of the claim page's proof of execution (issue 15 items 3 and 5): Ian downloads the
 * pre-filled POE template with his session (in English, then in German), and on his approved claim adds a
 * newer proof of execution without the claim's status changing.
 */
import { readFile } from "node:fs/promises"
import { apiCaller } from "@openpor/ui/testing/api-client.ts"
import { useBrowserApp } from "@openpor/ui/testing/browser.ts"
import { horizontalOverflow, seriousA11yViolations } from "@openpor/ui/testing/quality.ts"
import { chromium } from "playwright-core"
import { describe, expect, it } from "vitest"

const app = useBrowserApp({ path: "/partner/", chromium })

const NORTHWIND = "11111111-1111-4111-8111-111111111111"
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)

/** The API with a bearer token, for what the test does besides the browser (Ian's drafts, Rita's approval). */
const api = () => {
  const base = new URL(app.url()).origin
  const api = apiCaller(base)
  const call = (email: string, method: string, path: string, body?: unknown) =>
    api.as(email, method, path, body)
  const draft = async (name: string, workloads: string[]) =>
    (await call("ian@contoso.example", "POST", "/claims", {
      name,
      partnerId: "1000001",
      tenantId: NORTHWIND,
      customerDomain: "northwind.example",
      solutionArea: "modern_work_security",
      partnerRole: "use_or_consume",
      workloads,
      customerContact: { name: "Nora North", title: "CIO", email: "nora@northwind.example" },
      partnerContact: { name: "Ian Contoso", email: "ian@contoso.example" }
    })) as { id: string }
  /** A draft with a PDF, submitted (with the program's acknowledgements, when it asks for any) and approved. */
  const approved = async (name: string, workloads: string[]) => {
    const { id } = await draft(name, workloads)
    const form = new FormData()
    form.append("file", new Blob([PDF], { type: "application/pdf" }), "signed-sow.pdf")
    const claim = await call("ian@contoso.example", "POST", `/claims/${id}/poe`, form)
    const required = (claim.requiredAcknowledgements ?? []) as Array<{ id: string }>
    await call(
      "ian@contoso.example",
      "POST",
      `/claims/${id}/submit`,
      required.length === 0 ? undefined : { acknowledgements: required.map((a) => a.id) }
    )
    await call("rita@vendor.example", "POST", `/review/claims/${id}/decision`, { decision: "approve" })
    return id
  }
  return { draft, approved }
}

/** Clicks the link and answers the download's suggested file name and its first bytes. */
const download = async (linkName: string) => {
  const [file] = await Promise.all([
    app.page.waitForEvent("download"),
    app.page.getByRole("link", { name: linkName }).click()
  ])
  const path = await file.path()
  const bytes = await readFile(path)
  return {
    name: file.suggestedFilename(),
    start: bytes.subarray(0, 5).toString("latin1"),
    size: bytes.length
  }
}

describe("the claim page's proof of execution in the browser", () => {
  it("downloads the pre-filled POE template with the session, in the language of the app", async () => {
    const { id } = await api().draft("Northwind Exchange", ["exchange"])
    await app.page.goto(app.url("sign-in"))
    await app.signIn("ian@contoso.example")
    await app.h1("Overview").waitFor()
    await app.page.goto(app.url(`claims/${id}`))
    await app.h1("Northwind Exchange").waitFor()
    const poe = app.page.getByRole("region", { name: "Proof of execution" })
    await poe.getByRole("button", { name: "Choose a file" }).waitFor()
    await poe.getByText("A PDF pre-filled with this claim's customer").waitFor()
    const english = await download("Download a POE template")
    expect(english.name).toBe("POE template – Northwind Exchange.pdf")
    expect(english.start).toBe("%PDF-")
    expect(english.size).toBeGreaterThan(5_000)
    await app.page.goto(app.url(`claims/${id}?lang=de`))
    await app.h1("Northwind Exchange").waitFor()
    await app.expectLanguage("de")
    const german = await download("PoE-Vorlage herunterladen")
    expect(german.name).toBe("PoE-Vorlage – Northwind Exchange.pdf")
    expect(german.start).toBe("%PDF-")
    await app.page.goto(app.url(`claims/${id}?lang=en`))
    await app.page.getByRole("link", { name: "Download a POE template" }).waitFor()
  })

  it("lets the holder of an approved association add newer proof of execution; the status stays approved", async () => {
    const id = await api().approved("Northwind SharePoint", ["sharepoint"])
    await app.page.goto(app.url(`claims/${id}`))
    await app.h1("Northwind SharePoint").waitFor()
    await app.page.getByText("Approved", { exact: true }).first().waitFor()
    const poe = app.page.getByRole("region", { name: "Proof of execution" })
    await poe.getByRole("heading", { name: "Add newer proof of execution" }).waitFor()
    expect(await poe.getByRole("button", { name: "Choose a file" }).count()).toBe(0)
    // Submitted proof stays: no remove on an approved claim.
    expect(await poe.getByRole("button", { name: "Remove signed-sow.pdf" }).count()).toBe(0)
    const [chooser] = await Promise.all([
      app.page.waitForEvent("filechooser"),
      poe.getByRole("button", { name: "Add newer proof of execution" }).click()
    ])
    await chooser.setFiles({ name: "renewed-sow.pdf", mimeType: "application/pdf", buffer: PDF })
    await app.page.getByText("renewed-sow.pdf uploaded").waitFor()
    await poe.getByRole("link", { name: "Download renewed-sow.pdf" }).waitFor()
    await poe.getByRole("link", { name: "Download signed-sow.pdf" }).waitFor()
    await app.page.getByText("Approved", { exact: true }).first().waitFor()
    // The download link of the template stays beside the upload.
    await poe.getByRole("link", { name: "Download a POE template" }).waitFor()
    // No serious accessibility violation at 1280 and 375 px, no horizontal scrolling on a phone.
    for (const width of [1280, 375]) {
      await app.page.setViewportSize({ width, height: 900 })
      await app.page.waitForLoadState("networkidle")
      expect({ width, violations: await seriousA11yViolations(app.page) }).toEqual({ width, violations: [] })
      expect({ width, overflow: await horizontalOverflow(app.page) }).toEqual({ width, overflow: 0 })
    }
    await app.page.setViewportSize({ width: 1280, height: 800 })
  })
})
