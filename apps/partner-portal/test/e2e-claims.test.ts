/**
 * Browser test of the claims pages (issue 11 items 4, 5 and 8): Ian walks the claim wizard for Modern Work
 * (Intune at Northwind), uploads a PDF, submits and sees `submitted` with its deadlines; his Business
 * Applications claim on the CSP subscription shows the CSP error at the Products step; Uma (Incentives
 * user) drafts but is offered no submit; a claim in partner_action_required (reviewer Rita asks through the
 * API) is edited and resubmitted; a rejected claim is disputed. Then axe-core at 1280 and 375 px, no
 * horizontal scrolling at 375 px and no English left in de, hu, sv and cs.
 * Run with `./dev -C apps/partner-portal run test` (builds the app first).
 */
import { apiCaller } from "@openpor/ui/testing/api-client.ts"
import { useBrowserApp } from "@openpor/ui/testing/browser.ts"
import {
  englishOnlyStrings,
  horizontalOverflow,
  pageText,
  seriousA11yViolations,
  untranslatedIn
} from "@openpor/ui/testing/quality.ts"
import { screenshotInto } from "@openpor/ui/testing/screenshots.ts"
import { chromium } from "playwright-core"
import { afterEach, describe, expect, it } from "vitest"
import { messages as claimMessages } from "../src/features/claims/messages.ts"
import { messages as appMessages } from "../src/i18n/messages/index.ts"

const app = useBrowserApp({ path: "/partner/", chromium })
const shot = (name: string) => screenshotInto(app.page, process.env.SCREENSHOTS, name)

const NORTHWIND = "11111111-1111-4111-8111-111111111111"
const CSP_SUBSCRIPTION = "aaaaaaaa-0000-4000-8000-000000000003"
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)

/** Calls the API with a bearer token (what the test does besides the browser: the reviewer's decisions). */
const api = () => {
  const base = new URL(app.url()).origin
  const caller = apiCaller(base)
  const call = (email: string, method: string, path: string, body?: unknown) =>
    caller.as(email, method, path, body)
  /** Files a draft as `by`, attaches a PDF and submits it; returns its id. */
  const submit = async (by: string, body: Record<string, unknown>) => {
    const draft = await call(by, "POST", "/claims", {
      tenantId: NORTHWIND,
      customerContact: { name: "Nora North", title: "CIO", email: "nora@northwind.example" },
      partnerContact: { name: "Ian Contoso", email: "ian@contoso.example" },
      ...body
    })
    const form = new FormData()
    form.append("file", new Blob([PDF], { type: "application/pdf" }), "signed-sow.pdf")
    await call(by, "POST", `/claims/${draft.id}/poe`, form)
    // Every statement of the program confirmed (SPEC §5).
    await call(by, "POST", `/claims/${draft.id}/submit`, {
      acknowledgements: ((draft.requiredAcknowledgements ?? []) as Array<{ id: string }>).map((a) => a.id)
    })
    return draft.id as string
  }
  /** A submitted Modern Work claim on Northwind (default: Ian for 1000001); returns its id. */
  const submitted = (name: string, workloads: string[], by = "ian@contoso.example", partnerId = "1000001") =>
    submit(by, {
      name,
      partnerId,
      customerDomain: "northwind.example",
      solutionArea: "modern_work_security",
      partnerRole: "use_or_consume",
      workloads
    })
  /** Ian's submitted Business Applications claim on a Northwind subscription; returns its id. */
  const submittedSubscription = (name: string, subscriptionId: string) =>
    submit("ian@contoso.example", {
      name,
      partnerId: "1000001",
      customerDomain: "northwind.onmicrosoft.com",
      solutionArea: "business_applications",
      partnerRole: "build_intent_advisor",
      subscriptionIds: [subscriptionId]
    })
  const decide = (claimId: string, body: Record<string, string>) =>
    call("rita@vendor.example", "POST", `/review/claims/${claimId}/decision`, body)
  return { call, submitted, submittedSubscription, decide }
}

const next = () => app.page.getByRole("button", { name: "Next", exact: true }).click()
const stepHeading = (name: string) => app.page.getByRole("heading", { level: 2, name, exact: true }).waitFor()

/** Opens a new claim's wizard and answers its first two steps: the solution area and the partner role. */
const startClaim = async (area: string, role: string) => {
  await app.page.goto(app.url("claims/new"))
  await stepHeading("Solution area")
  await app.page.getByRole("radio", { name: area }).check()
  await next()
  await app.page.getByRole("radio", { name: role }).check()
  await next()
}

/** Walks the wizard's steps after the solution area and partner role; ends on the claim page. */
const detailsAndContacts = async (claim: { name: string; partnerId: string; domain: string }) => {
  await stepHeading("Customer and PartnerID")
  await app.page.getByLabel("Claim name").fill(claim.name)
  await app.page.getByRole("radio", { name: new RegExp(`^${claim.partnerId} ·`) }).check()
  await app.page.getByLabel("Customer tenant ID").fill(NORTHWIND)
  await app.page.getByLabel("Customer domain").fill(claim.domain)
  await next()
  await stepHeading("Products")
}
const contacts = async () => {
  await next()
  await stepHeading("Contacts")
  const customer = app.page.getByRole("group", { name: "Customer contact" })
  await customer.getByLabel("Name").fill("Nora North")
  await customer.getByLabel("Job title").fill("CIO")
  await customer.getByLabel("Email", { exact: true }).fill("nora@northwind.example")
  const partner = app.page.getByRole("group", { name: "Your contact" })
  await partner.getByLabel("Name").fill("Ian Contoso")
  await partner.getByLabel("Email").fill("ian@contoso.example")
  await next()
  await stepHeading("Review")
}
/** Chooses a file the way a user does: the "Choose a file" button opens the browser's file chooser. */
const chooseFile = async (file: { name: string; mimeType: string; buffer: Buffer }) => {
  const [chooser] = await Promise.all([
    app.page.waitForEvent("filechooser"),
    app.page.getByRole("button", { name: "Choose a file" }).click()
  ])
  await chooser.setFiles(file)
}
const uploadPdf = async () => {
  await chooseFile({
    name: "signed-sow.pdf",
    mimeType: "application/pdf",
    buffer: PDF
  })
  await app.page.getByText("signed-sow.pdf uploaded").waitFor()
  await app.page.getByRole("link", { name: "Download signed-sow.pdf" }).waitFor()
}
/** The program's default statements (SPEC §5) as the submit dialog labels its checkboxes. */
const STATEMENTS = Object.values(claimMessages.en.detail.statements)
/**
 * Submits in the confirmation dialog, ticking each statement to acknowledge; `refusedFirst`: first
 * confirms with none and then one ticked, and sees the submission refused next to the checkboxes.
 */
const confirmSubmit = async (title: string, button: string, refusedFirst = false) => {
  await app.page.getByRole("button", { name: button, exact: true }).click()
  const dialog = app.page.getByRole("alertdialog", { name: title })
  const statements = dialog.getByRole("group", { name: "Acknowledgements" })
  await statements.getByText("Confirm each statement to submit the claim.").waitFor()
  const boxes = STATEMENTS.map((label) => statements.getByRole("checkbox", { name: label }))
  for (const box of boxes) expect(await box.isChecked()).toBe(false)
  if (refusedFirst) {
    for (const ticked of [0, 1]) {
      if (ticked === 1) await boxes[0]!.check()
      await dialog.getByRole("button", { name: button, exact: true }).click()
      const error = statements.getByText("Tick every statement to submit the claim.")
      await error.waitFor()
      // Said next to the checkboxes (the group's description), and the dialog stays open.
      const errorId = await error.getAttribute("id")
      expect(await statements.getAttribute("aria-describedby")).toContain(errorId)
      expect(await dialog.isVisible()).toBe(true)
    }
  }
  for (const box of boxes) await box.check()
  await dialog.getByRole("button", { name: button, exact: true }).click()
  await dialog.waitFor({ state: "hidden" })
}

describe("claims in the browser", () => {
  afterEach(async (context) => {
    // A failing step leaves a picture of the page behind (for the developer; never asserted).
    if (context.task.result?.state === "fail" && process.env.FAILURE_SHOTS !== undefined)
      await app.page.screenshot({
        path: `${process.env.FAILURE_SHOTS}/${context.task.name.slice(0, 40)}.png`,
        fullPage: true
      })
  })
  it("shows Ian the claims navigation and an empty list that says what to do", async () => {
    await app.expectSentToSignIn("claims", "sign-in?next=%2Fclaims", "Sign in")
    await app.signIn("ian@contoso.example")
    await app.expectPage("claims", "Customer claims")
    await app.page.getByRole("navigation").getByRole("link", { name: "Claims" }).waitFor()
    await app.page.getByText("No claims yet").waitFor()
  })

  it("walks the wizard for Modern Work: Intune at Northwind, only enrolled PartnerIDs offered", async () => {
    await app.page.getByRole("link", { name: "New claim" }).first().click()
    await app.expectPage("claims/new", "New claim")
    await stepHeading("Solution area")
    // Next without a choice: the message is next to the question.
    await next()
    await app.page.getByText("Choose a solution area.").waitFor()
    await app.page.getByRole("radio", { name: "Modern Work and Security" }).check()
    await next()
    await stepHeading("Partner role")
    await app.page.getByText(/want to apply for usage incentives/).waitFor()
    await app.page.getByRole("radio", { name: "Use or consume" }).check()
    await next()
    await stepHeading("Customer and PartnerID")
    // 1000002 (Berlin) is only invited to Modern Work and Security Usage: shown, disabled, with why.
    const berlin = app.page.getByRole("radio", { name: /^1000002 ·/ })
    expect(await berlin.isDisabled()).toBe(true)
    await app.page.getByText(/Invited to Modern Work and Security Usage but not enrolled yet/).waitFor()
    expect(await app.page.getByRole("radio", { name: /^1000001 ·/ }).isEnabled()).toBe(true)
    await app.page.getByLabel("Opt out of incentive payments for this claim").waitFor()
    await detailsAndContacts({ name: "Northwind Intune", partnerId: "1000001", domain: "northwind.example" })
    await next()
    await app.page.getByText("Choose at least one workload.").waitFor()
    await app.page.getByRole("checkbox", { name: "Microsoft Intune" }).check()
    // Leaving and coming back keeps what was typed (saved on this device).
    await app.page.goto(app.url("claims/new?step=products"))
    await stepHeading("Products")
    expect(await app.page.getByRole("checkbox", { name: "Microsoft Intune" }).isChecked()).toBe(true)
    await contacts()
    await shot("claim-wizard-review")
    await app.page.getByRole("link", { name: "Edit Products" }).click()
    await stepHeading("Products")
    await next()
    await stepHeading("Contacts")
    await next()
    await stepHeading("Review")
    await app.page.getByText("Microsoft Intune").waitFor()
    await app.page.getByRole("button", { name: "Create draft" }).click()
    await app.h1("Northwind Intune").waitFor()
    await app.page.getByText("Draft", { exact: true }).first().waitFor()
  })

  it("uploads a PDF (and refuses a text file with what to do), submits and shows the deadlines", async () => {
    await chooseFile({
      name: "notes.txt",
      mimeType: "text/plain",
      buffer: Buffer.from("not a proof")
    })
    await app.page.getByText(/notes\.txt is not a PDF, PNG, JPEG or Word \(DOCX\) document/).waitFor()
    await chooseFile({
      name: "scan.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.alloc(10 * 1024 * 1024 + 1, 0x25)
    })
    await app.page
      .getByText("scan.pdf is larger than 10 MB. Upload a smaller file, e.g. a compressed PDF.")
      .waitFor()
    // A wrong document is removed again (with a confirmation) before submission.
    // Dropped onto the drop zone (drag and drop), then removed again.
    const dropped = await app.page.evaluateHandle(
      (bytes) => {
        const transfer = new DataTransfer()
        transfer.items.add(new File([new Uint8Array(bytes)], "old-sow.pdf", { type: "application/pdf" }))
        return transfer
      },
      [...PDF]
    )
    await app.page.getByText("Drag a file here, or").dispatchEvent("drop", { dataTransfer: dropped })
    await app.page.getByRole("link", { name: "Download old-sow.pdf" }).waitFor()
    await app.page.getByRole("button", { name: "Remove old-sow.pdf" }).click()
    await app.page
      .getByRole("alertdialog", { name: "Remove old-sow.pdf?" })
      .getByRole("button", { name: "Remove" })
      .click()
    await app.page.getByRole("link", { name: "Download old-sow.pdf" }).waitFor({ state: "detached" })
    await uploadPdf()
    // The document downloads with the user's session.
    for (const name of ["Download signed-sow.pdf"]) {
      const href = await app.page.getByRole("link", { name }).getAttribute("href")
      const answer = await app.page.request.get(new URL(href!, app.page.url()).toString())
      expect({ name, status: answer.status(), type: answer.headers()["content-type"] }).toMatchObject({
        name,
        status: 200,
        type: expect.stringContaining("application/pdf")
      })
    }
    // The draft is still a draft after the refused attempts (nothing was sent without the statements).
    await confirmSubmit("Submit this claim?", "Submit claim", true)
    await app.page.getByText("Submitted", { exact: true }).first().waitFor()
    // The history records what was confirmed.
    const confirmed = app.page.getByRole("region", { name: "History" })
    await confirmed.getByText("Confirmed at submission:").waitFor()
    for (const statement of STATEMENTS) await confirmed.getByText(statement, { exact: true }).waitFor()
    const deadlines = app.page.getByRole("region", { name: "Deadlines" })
    await deadlines.getByText("Review starts by").waitFor()
    await deadlines.getByText(/business days? left/).waitFor()
    await app.page.getByText("The customer may decline until").waitFor()
    await app.page.getByText("Awaiting the customer's response").waitFor()
    await shot("claim-submitted")
  })

  it("explains a competing claim without naming the other partner", async () => {
    const claimUrl = app.page.url()
    // Fabrikam claims the same workload (Intune at Northwind): both claims form one arbitration case.
    await api().submitted("Fabrikam Intune", ["intune"], "ina@fabrikam.example", "2000001")
    await app.page.goto(claimUrl)
    await app.h1("Northwind Intune").waitFor()
    const competing = app.page.getByRole("region", { name: "Competing claim" })
    await competing.getByText(/Another partner claims the same customer workload or subscription/).waitFor()
    const text = ((await app.page.locator("main").textContent()) ?? "").toLowerCase()
    expect(text).not.toContain("fabrikam")
    expect(text).not.toContain("2000001")
  })

  it("shows the CSP error of Ian's claim on the CSP subscription at the Products step", async () => {
    await startClaim("Business Applications", "Build intent – Advisor")
    await detailsAndContacts({
      name: "Northwind Finance",
      partnerId: "1000001",
      domain: "northwind.onmicrosoft.com"
    })
    await app.page.getByLabel("Subscription IDs").fill(CSP_SUBSCRIPTION)
    await contacts()
    await app.page.getByRole("button", { name: "Create draft" }).click()
    await app.h1("Northwind Finance").waitFor()
    await uploadPdf()
    await confirmSubmit("Submit this claim?", "Submit claim")
    const problems = app.page.getByRole("region", { name: "Fix these before you submit" })
    await problems
      .getByText(`Subscription ${CSP_SUBSCRIPTION} was bought through CSP (Cloud Solution Provider).`)
      .waitFor()
    await problems.getByText(/applies only to volume licensing or Web Direct purchases/).waitFor()
    await shot("claim-csp-error")
    await problems.getByRole("link", { name: "Fix in step “Products”" }).click()
    await stepHeading("Products")
    // The message is next to the field it concerns.
    const field = app.page.getByLabel("Subscription IDs")
    expect(await field.getAttribute("aria-invalid")).toBe("true")
    expect(await field.inputValue()).toBe(CSP_SUBSCRIPTION)
    await app.page
      .locator(".field__error")
      .getByText(/bought through CSP/)
      .waitFor()
  })

  it("lets Uma draft a claim but offers her no submit", async () => {
    await app.page.goto(app.url("claims"))
    await app.signOut("Sign out", "You have signed out.")
    await app.signIn("uma@contoso.example")
    await app.h1("Overview").waitFor()
    await startClaim("Modern Work and Security", "Use or consume")
    await detailsAndContacts({
      name: "Northwind Teams (Uma)",
      partnerId: "1000001",
      domain: "northwind.example"
    })
    await app.page.getByRole("checkbox", { name: "Microsoft Teams" }).check()
    await contacts()
    await app.page.getByRole("button", { name: "Create draft" }).click()
    await app.h1("Northwind Teams (Uma)").waitFor()
    await app.page.getByText("Only an Incentives admin of the location can submit").waitFor()
    await app.page.getByRole("link", { name: "Edit claim" }).waitFor()
    expect(await app.page.getByRole("button", { name: "Submit claim" }).count()).toBe(0)
    expect(await app.page.getByRole("button", { name: "Dispute the rejection" }).count()).toBe(0)
    expect(await app.page.getByRole("button", { name: "Disassociate" }).count()).toBe(0)
  })

  it("edits and resubmits a claim in partner_action_required", async () => {
    const { submitted, decide } = api()
    const id = await submitted("Northwind Exchange", ["exchange"])
    await decide(id, { decision: "request_info", comment: "Please name the customer's CIO as contact." })
    await app.signOut("Sign out", "You have signed out.")
    await app.signIn("ian@contoso.example")
    await app.h1("Overview").waitFor()
    await app.page.goto(app.url("claims?status=partner_action_required"))
    await app.h1("Customer claims").waitFor()
    // The list says what the partner must do by when.
    await app.page
      .getByRole("row", { name: /Northwind Exchange/ })
      .getByText("Your answer is due by")
      .waitFor()
    await app.page.getByRole("link", { name: "Northwind Exchange" }).click()
    await app.h1("Northwind Exchange").waitFor()
    await app.page.getByText("Please name the customer's CIO as contact.").waitFor()
    await app.page.getByRole("region", { name: "Deadlines" }).getByText("Your answer is due by").waitFor()
    await app.page.getByRole("link", { name: "Edit claim" }).click()
    await app.h1("Edit claim").waitFor()
    await stepHeading("Customer and PartnerID")
    // Only the PartnerID, products and contacts change after submission.
    expect(await app.page.getByLabel("Claim name").getAttribute("readonly")).not.toBeNull()
    await next()
    await next()
    await stepHeading("Contacts")
    await app.page.getByRole("group", { name: "Customer contact" }).getByLabel("Name").fill("Nils North")
    // Left before saving: the changes come back, with a way to drop them.
    await app.page.goto(app.url(`claims/${id}`))
    await app.h1("Northwind Exchange").waitFor()
    await app.page.goto(app.url(`claims/${id}/edit?step=contacts`))
    await app.page.getByText("We restored the changes you had not saved yet.").waitFor()
    await app.page.getByRole("button", { name: "Discard my changes" }).waitFor()
    const name = app.page.getByRole("group", { name: "Customer contact" }).getByLabel("Name")
    expect(await name.inputValue()).toBe("Nils North")
    await next()
    await stepHeading("Review")
    await app.page.getByRole("button", { name: "Save changes" }).click()
    await app.h1("Northwind Exchange").waitFor()
    await app.page.getByText("Nils North, CIO · nora@northwind.example").waitFor()
    await app.page.getByRole("textbox", { name: "Add a comment" }).fill("Nils North is the CIO now.")
    await app.page.getByRole("button", { name: "Post comment" }).click()
    await app.page.getByText("Nils North is the CIO now.", { exact: true }).waitFor()
    await confirmSubmit("Resubmit this claim?", "Resubmit claim")
    await app.page.getByText("Submitted", { exact: true }).first().waitFor()
    const history = app.page.getByRole("region", { name: "History" })
    await history.getByText("Action required → Submitted").waitFor()
  })

  it("disputes a rejected claim within the window, with a required reason", async () => {
    const { submitted, decide } = api()
    const id = await submitted("Northwind SharePoint", ["sharepoint"])
    await decide(id, { decision: "reject", reason: "insufficient_poe", comment: "The SOW is not signed." })
    await app.page.goto(app.url(`claims/${id}`))
    await app.h1("Northwind SharePoint").waitFor()
    await app.page.getByText("Rejected", { exact: true }).first().waitFor()
    await app.page.getByText("The proof of execution was not sufficient.").waitFor()
    await app.page.getByRole("region", { name: "Deadlines" }).getByText("You may dispute until").waitFor()
    await app.page.getByRole("button", { name: "Dispute the rejection" }).click()
    const dialog = app.page.getByRole("alertdialog", { name: "Dispute this rejection?" })
    await dialog.getByRole("button", { name: "Dispute", exact: true }).click()
    await dialog.getByText("Give a reason.").first().waitFor()
    await dialog
      .getByLabel("Why should the decision change?")
      .fill("The customer signed the SOW; see page 2.")
    await dialog.getByRole("button", { name: "Dispute", exact: true }).click()
    await dialog.waitFor({ state: "hidden" })
    await app.page.getByText("Disputed", { exact: true }).first().waitFor()
    expect(await app.page.getByRole("button", { name: "Dispute the rejection" }).count()).toBe(0)
  })

  it("ends an approved association with a required reason, and shows Uma no such action", async () => {
    const { submitted, submittedSubscription, decide } = api()
    const ended = await submitted("Northwind Teams", ["teams"])
    await decide(ended, { decision: "approve" })
    const kept = await submittedSubscription("Northwind Sales", "aaaaaaaa-0000-4000-8000-000000000001")
    await decide(kept, { decision: "approve" })
    await app.page.goto(app.url(`claims/${ended}`))
    await app.h1("Northwind Teams").waitFor()
    await app.page.getByText("Approved", { exact: true }).first().waitFor()
    // The holder may add newer proof of execution at any time (SPEC §5).
    await app.page.getByRole("button", { name: "Add newer proof of execution" }).waitFor()
    await app.page.getByRole("button", { name: "Disassociate" }).click()
    const dialog = app.page.getByRole("alertdialog", { name: "End this association?" })
    await dialog.getByRole("button", { name: "End association" }).click()
    await dialog.getByText("Give a reason.").first().waitFor()
    await dialog
      .getByLabel("Reason for ending the association")
      .fill("The customer moved the workload to another partner.")
    await dialog.getByRole("button", { name: "End association" }).click()
    await dialog.waitFor({ state: "hidden" })
    await app.page.getByText("Rejected (final)", { exact: true }).first().waitFor()
    await app.signOut("Sign out", "You have signed out.")
    await app.signIn("uma@contoso.example")
    await app.h1("Overview").waitFor()
    await app.page.goto(app.url(`claims/${kept}`))
    await app.h1("Northwind Sales").waitFor()
    await app.page.getByText("Approved", { exact: true }).first().waitFor()
    await app.page.getByText("There is nothing to do on this claim right now.").waitFor()
    expect(await app.page.getByRole("button", { name: "Disassociate" }).count()).toBe(0)
    expect(await app.page.getByRole("button", { name: "Add newer proof of execution" }).count()).toBe(0)
    await app.signOut("Sign out", "You have signed out.")
    await app.signIn("ian@contoso.example")
    await app.h1("Overview").waitFor()
  })

  it("shows Bill (Billing admin) the organization's claims to troubleshoot, without offering to file one", async () => {
    await app.signOut("Sign out", "You have signed out.")
    await app.signIn("bill@contoso.example")
    await app.h1("Overview").waitFor()
    await app.openFromNavigation("Claims")
    await app.expectPage("claims", "Customer claims")
    await app.page.getByRole("link", { name: "Northwind Intune" }).waitFor()
    expect(await app.page.getByRole("link", { name: "New claim" }).count()).toBe(0)
    await app.page.getByRole("link", { name: "Northwind Sales" }).click()
    await app.h1("Northwind Sales").waitFor()
    await app.page.getByText("There is nothing to do on this claim right now.").waitFor()
    await app.signOut("Sign out", "You have signed out.")
    await app.signIn("ian@contoso.example")
    await app.h1("Overview").waitFor()
  })

  it("finds claims by name or tenant and filters by status", async () => {
    await app.page.goto(app.url("claims"))
    await app.h1("Customer claims").waitFor()
    await app.page.getByLabel("Claim name or tenant ID").fill("sharepoint")
    await app.page.getByRole("button", { name: "Search" }).click()
    await app.waitForPath("claims?q=sharepoint")
    await app.page.getByRole("link", { name: "Northwind SharePoint" }).waitFor()
    // The list shows the last page while the next loads: wait until the other claims are gone.
    await app.page.getByRole("link", { name: "Northwind Intune" }).waitFor({ state: "detached" })
    await app.page.getByRole("button", { name: "Clear" }).click()
    await app.page.getByLabel("Status").selectOption("draft")
    await app.waitForPath("claims?status=draft")
    await app.page.getByRole("link", { name: "Northwind SharePoint" }).waitFor({ state: "detached" })
    await app.page.getByRole("link", { name: "Northwind Teams (Uma)" }).waitFor()
    await app.page.getByLabel("Status").selectOption("")
    await app.page.getByLabel("Claim name or tenant ID").fill("11111111-1111")
    await app.page.getByRole("button", { name: "Search" }).click()
    await app.page.getByRole("link", { name: "Northwind Intune" }).waitFor()
    await shot("claims-list")
  })

  it("walks the wizard's choices with the keyboard: arrows choose, Enter goes on, focus follows the step", async () => {
    await app.page.goto(app.url("claims/new"))
    await stepHeading("Solution area")
    const startOver = app.page.getByRole("button", { name: "Start over" })
    if ((await startOver.count()) > 0) await startOver.click()
    await app.page.getByRole("radio", { name: "Business Applications" }).focus()
    await app.page.keyboard.press("Space")
    await app.page.keyboard.press("ArrowDown")
    expect(await app.page.getByRole("radio", { name: "Modern Work and Security" }).isChecked()).toBe(true)
    await app.page.keyboard.press("Enter")
    await stepHeading("Partner role")
    expect(await app.page.evaluate(() => document.activeElement?.id)).toBe("wizard-step-heading")
    await app.page.keyboard.press("Tab")
    await app.page.keyboard.press("Space")
    expect(await app.page.getByRole("radio", { name: "Use or consume" }).isChecked()).toBe(true)
    await app.page.keyboard.press("Enter")
    await stepHeading("Customer and PartnerID")
    await app.page.keyboard.press("Shift+Tab")
    expect(await app.page.evaluate(() => document.activeElement?.textContent)).toBe("Partner role")
    await app.page.keyboard.press("Enter")
    // Back to the role step from the step indicator's link, the choice kept.
    await stepHeading("Partner role")
    expect(await app.page.getByRole("radio", { name: "Use or consume" }).isChecked()).toBe(true)
  })

  /** axe-core (serious and critical) and, at 375 px, horizontal overflow of the page as it is now. */
  const checkPage = async (name: string, width: number) => {
    await app.page.waitForLoadState("networkidle")
    await shot(`${name}-${width}`)
    expect({ name, width, violations: await seriousA11yViolations(app.page) }).toEqual({
      name,
      width,
      violations: []
    })
    if (width === 375)
      expect({ name, overflow: await horizontalOverflow(app.page) }).toEqual({ name, overflow: 0 })
  }

  it("has no serious accessibility violations at 1280 and 375 px, and no horizontal scrolling on phones", async () => {
    const list = await api().call("ian@contoso.example", "GET", "/claims?limit=50")
    for (const width of [1280, 375]) {
      await app.page.setViewportSize({ width, height: 900 })
      await app.page.goto(app.url("claims"))
      await app.h1("Customer claims").waitFor()
      await checkPage("claims", width)
      for (const claim of list.claims as Array<{ id: string; name: string; status: string }>) {
        await app.page.goto(app.url(`claims/${claim.id}`))
        await app.h1(claim.name).waitFor()
        await checkPage(`claim-${claim.name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`, width)
      }
      // Every step of the wizard, with its messages showing; what is typed stays on the device for the next test.
      await app.page.goto(app.url("claims/new"))
      await stepHeading("Solution area")
      const startOver = app.page.getByRole("button", { name: "Start over" })
      if ((await startOver.count()) > 0) await startOver.click()
      await next()
      await app.page.getByText("Choose a solution area.").waitFor()
      await checkPage("wizard-area", width)
      await app.page.getByRole("radio", { name: "Modern Work and Security" }).check()
      await next()
      await app.page.getByRole("radio", { name: "Use or consume" }).check()
      await checkPage("wizard-role", width)
      await next()
      await stepHeading("Customer and PartnerID")
      await checkPage("wizard-details", width)
      await detailsAndContacts({ name: "Northwind Viva", partnerId: "1000001", domain: "northwind.example" })
      await app.page.getByRole("checkbox", { name: "Microsoft Viva" }).check()
      await checkPage("wizard-products", width)
      await next()
      await stepHeading("Contacts")
      await checkPage("wizard-contacts", width)
      await contacts()
      await checkPage("wizard-review", width)
    }
    await app.page.setViewportSize({ width: 1280, height: 800 })
  })

  it("leaves no interface string in English in German, Hungarian, Swedish and Czech, and their longer words fit 375 px", async () => {
    await app.page.setViewportSize({ width: 375, height: 812 })
    const list = await api().call("ian@contoso.example", "GET", "/claims?limit=50")
    const paths = [
      "claims",
      "claims/new?step=area",
      "claims/new?step=role",
      "claims/new?step=details",
      "claims/new?step=products",
      "claims/new?step=contacts",
      "claims/new?step=review",
      ...(list.claims as Array<{ id: string }>).map((claim) => `claims/${claim.id}`)
    ]
    for (const locale of ["de", "hu", "sv", "cs"] as const) {
      const english = englishOnlyStrings([claimMessages, appMessages], locale)
      for (const path of paths) {
        await app.page.goto(app.url(`${path}${path.includes("?") ? "&" : "?"}lang=${locale}`))
        await app.page.waitForLoadState("networkidle")
        await app.page.locator("h1").waitFor()
        await app.expectLanguage(locale)
        expect({ locale, path, english: untranslatedIn(await pageText(app.page), english) }).toEqual({
          locale,
          path,
          english: []
        })
        expect({ locale, path, overflow: await horizontalOverflow(app.page) }).toEqual({
          locale,
          path,
          overflow: 0
        })
      }
    }
    await app.page.setViewportSize({ width: 1280, height: 800 })
  })
})
