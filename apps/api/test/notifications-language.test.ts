import { describe, expect, it } from "vitest"
import { mwsClaim, sub, submitted } from "./claims-support.ts"
import { dialects, testAppFor } from "./support.ts"

/**
 * SPEC §3: an enrollment invitation is a notification on the partner portal's home page, per user, gone
 * once opened; §8: emails in the recipient's language (each user's setting; a customer contact's language
 * chosen on the claim), with links that open the apps in that language.
 */
describe.each(dialects)("notifications and languages on %s", (dialect) => {
  const t = testAppFor(dialect)

  it("lists a location's invitation to its Incentives admin and to the Global admin, not to others", async () => {
    const ian = await t.as("ian@contoso.example")
    const ada = await t.as("ada@contoso.example")
    const uma = await t.as("uma@contoso.example")
    const otto = await t.as("otto@vendor.example")
    const mine = (await ian("GET", "/api/v1/me/notifications")).body.notifications
    expect(mine).toEqual([
      expect.objectContaining({
        kind: "enrollment_invitation",
        programId: "prg_mws_usage",
        locationId: "loc_1000002",
        partnerId: "1000002",
        enrollmentId: expect.any(String)
      })
    ])
    expect(typeof mine[0].programName).toBe("string")
    expect(Number.isNaN(Date.parse(mine[0].createdAt))).toBe(false)
    expect((await ada("GET", "/api/v1/me/notifications")).body.notifications.map((n: any) => n.id)).toEqual([
      mine[0].id
    ])
    // An Incentives user of another location and vendor staff have none.
    expect((await uma("GET", "/api/v1/me/notifications")).body.notifications).toEqual([])
    expect((await otto("GET", "/api/v1/me/notifications")).body.notifications).toEqual([])
  })

  it("an opened notification disappears for that user only; the enrollment stays on the overview", async () => {
    const ian = await t.as("ian@contoso.example")
    const ada = await t.as("ada@contoso.example")
    const [notification] = (await ian("GET", "/api/v1/me/notifications")).body.notifications
    const read = await ian("POST", `/api/v1/me/notifications/${notification.id}/read`)
    expect(read.status).toBe(204)
    expect((await ian("GET", "/api/v1/me/notifications")).body.notifications).toEqual([])
    // Opening it again changes nothing.
    expect((await ian("POST", `/api/v1/me/notifications/${notification.id}/read`)).status).toBe(204)
    // Another user of the same location still sees it.
    expect((await ada("GET", "/api/v1/me/notifications")).body.notifications.map((n: any) => n.id)).toEqual([
      notification.id
    ])
    const overview = (await ian("GET", "/api/v1/enrollments?programId=prg_mws_usage")).body.enrollments
    expect(overview.find((e: any) => e.id === notification.enrollmentId)?.state).toBe("invited")
  })

  it("someone else's notification or an unknown one is 404", async () => {
    const ada = await t.as("ada@contoso.example")
    const ina = await t.as("ina@fabrikam.example")
    const [contoso] = (await ada("GET", "/api/v1/me/notifications")).body.notifications
    const foreign = await ina("POST", `/api/v1/me/notifications/${contoso.id}/read`)
    expect(foreign.status).toBe(404)
    expect(foreign.body.error.code).toBe("not_found")
    expect((await ada("POST", "/api/v1/me/notifications/ntf_unknown/read")).status).toBe(404)
    expect((await ada("GET", "/api/v1/me/notifications")).body.notifications).toHaveLength(1)
  })

  it("saves the user's language (one of the five) and refuses others", async () => {
    const ian = await t.as("ian@contoso.example")
    expect((await ian("GET", "/api/v1/me/language")).body).toEqual({ language: null })
    const saved = await ian("PATCH", "/api/v1/me", { language: "de" })
    expect(saved.status).toBe(200)
    expect(saved.body).toEqual({ language: "de" })
    expect((await ian("GET", "/api/v1/me/language")).body).toEqual({ language: "de" })
    for (const bad of ["fr", "DE", "", 7]) {
      const refused = await ian("PATCH", "/api/v1/me", { language: bad })
      expect(refused.status, String(bad)).toBe(400)
    }
    expect((await ian("GET", "/api/v1/me/language")).body).toEqual({ language: "de" })
  })

  it("a German user's invitation email is in German, with links that open the portal in German", async () => {
    // Ian chose German above; Ada (Global admin, no language chosen) is not emailed invitations.
    const otto = await t.as("otto@vendor.example")
    const set = (req: string) =>
      otto("PUT", `/api/v1/ops/locations/loc_1000002/requirements/${req}`, { met: true })
    await set("req_osa_competency")
    expect((await set("req_osa_agreement")).body.enrollments.map((e: any) => e.state)).toEqual(["invited"])
    const invitation = (await t.mailbox("ian@contoso.example")).find(
      (m) => m.template === "enrollment.invitation"
    )
    expect(invitation?.subject).toBe("Einladung zur Anmeldung für Partner-Incentives")
    expect(invitation?.text).toContain("ist für das Incentive-Programm")
    expect(invitation?.text).toContain("1000002")
    expect(invitation?.text).not.toContain("is eligible")
    const links = invitation?.text.match(/https?:\/\/\S+/g) ?? []
    expect(links.length).toBeGreaterThan(0)
    for (const link of links) expect(new URL(link).searchParams.get("lang")).toBe("de")
    // The new invitation is a notification for Ian as well.
    const ian = await t.as("ian@contoso.example")
    const notes = (await ian("GET", "/api/v1/me/notifications")).body.notifications
    expect(notes.map((n: any) => n.programId)).toContain("prg_osa")
  })

  it("the customer contact gets the consent request in the language chosen on the claim", async () => {
    const claim = await submitted(
      t,
      "ian@contoso.example",
      mwsClaim({
        name: "Northwind Swedish consent",
        customerContact: {
          name: "Nora North",
          title: "CIO",
          email: "nora.sv@northwind.example",
          language: "sv"
        }
      })
    )
    expect(claim.customerContact.language).toBe("sv")
    const [request] = (await t.mailbox("nora.sv@northwind.example")).filter(
      (m) => m.template === "claim.consent_request"
    )
    expect(request?.subject).toContain("vill bli")
    expect(request?.text).toContain("Hej Nora North")
    const link = request?.text.match(/https?:\/\/\S+/)?.[0]
    expect(link).toBeDefined()
    const url = new URL(link!)
    expect(url.pathname).toBe("/customer/")
    expect(url.searchParams.get("lang")).toBe("sv")
    expect(url.searchParams.get("token")).toBeTruthy()
    // Without a language the contact is written to in English.
    await submitted(
      t,
      "ian@contoso.example",
      mwsClaim({
        name: "Northwind English consent",
        workloads: ["exchange"],
        customerContact: { name: "Ned North", title: "CTO", email: "ned@northwind.example" }
      })
    )
    const [english] = (await t.mailbox("ned@northwind.example")).filter(
      (m) => m.template === "claim.consent_request"
    )
    expect(english?.subject).toContain("asks to be your partner of record")
    expect(new URL(english!.text.match(/https?:\/\/\S+/)![0]).searchParams.get("lang")).toBe("en")
  })

  it("partner-of-record and role emails follow each recipient's language", async () => {
    // Ian chose German; Uma chose nothing: English.
    const northwind = await t.as("admin@northwind.example")
    const named = await northwind("PUT", `/api/v1/customer/subscriptions/${sub(2)}/partner-of-record`, {
      partnerId: "1000001"
    })
    expect(named.status).toBe(200)
    const [added] = (await t.mailbox("ian@contoso.example")).filter((m) => m.template === "dpor.added")
    expect(added?.subject).toContain("hat Sie als Partner of Record benannt")
    expect(new URL(added!.text.match(/https?:\/\/\S+/)![0]).searchParams.get("lang")).toBe("de")
    const ada = await t.as("ada@contoso.example")
    const users = (await ada("GET", "/api/v1/organizations/current/users")).body.users
    const uma = users.find((u: any) => u.email === "uma@contoso.example")
    const given = await ada("POST", `/api/v1/organizations/current/users/${uma.id}/roles`, {
      role: "incentives_user",
      locationId: "loc_1000002"
    })
    expect(given.status).toBe(200)
    const [changed] = (await t.mailbox("uma@contoso.example")).filter(
      (m) => m.template === "user.roles_changed"
    )
    expect(changed?.subject).toBe("Your OpenPOR roles changed")
    expect(new URL(changed!.text.match(/https?:\/\/\S+/)![0]).searchParams.get("lang")).toBe("en")
  })
})
