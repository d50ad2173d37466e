import { describe, expect, it } from "vitest"
import { dialects, testAppFor } from "./support.ts"

/**
 * Issue 15 item 7 (SPEC §3, seed 003): a location without an Incentives admin cannot enroll — its
 * invitation goes to the organization's Global and Account admins with the instruction to assign one, the
 * overview shows the enrollment blocked for that reason, and the Incentives admin they assign gets the
 * invitation.
 */
describe.each(dialects)("a location without an Incentives admin on %s", (dialect) => {
  const t = testAppFor(dialect)

  const invitations = async (to: string, template: string) =>
    (await t.mailbox(to)).filter((m) => m.template === template)

  it("invites the Global and Account admins to assign one, shows it blocked, and invites the admin they assign", async () => {
    const ada = await t.as("ada@contoso.example")
    const otto = await t.as("otto@vendor.example")
    // Bill becomes Account admin; Ian stops being the Incentives admin of Berlin (1000002).
    expect(
      (await ada("POST", "/api/v1/organizations/current/users/usr_bill/roles", { role: "account_admin" }))
        .status
    ).toBe(200)
    expect(
      (
        await ada(
          "DELETE",
          "/api/v1/organizations/current/users/usr_ian/roles/incentives_admin?locationId=loc_1000002"
        )
      ).status
    ).toBe(200)
    // The invited Modern Work enrollment of Berlin (demo data) is blocked now.
    const before = (await ada("GET", "/api/v1/enrollments/enr_1000002_mws_usage")).body
    expect(before).toMatchObject({ state: "invited", blockedReason: "no_incentives_admin" })
    // Seattle (1000001) has its Incentives admin: nothing blocks its enrollments.
    const seattle = (await ada("GET", "/api/v1/enrollments?programId=prg_osa")).body.enrollments
    expect(seattle.map((e: any) => [e.location.partnerId, e.blockedReason])).toEqual([["1000001", null]])

    // Bill reads his emails in German (SPEC §8).
    const bill = await t.as("bill@contoso.example")
    expect((await bill("PATCH", "/api/v1/me", { language: "de" })).status).toBe(200)

    // Berlin becomes eligible for Online Services Advisor: invited, but nobody can enroll it.
    await otto("PUT", "/api/v1/ops/locations/loc_1000002/requirements/req_osa_competency", { met: true })
    const invited = await otto("PUT", "/api/v1/ops/locations/loc_1000002/requirements/req_osa_agreement", {
      met: true
    })
    expect(invited.body.enrollments.map((e: any) => [e.state, e.blockedReason])).toEqual([
      ["invited", "no_incentives_admin"]
    ])
    expect(await invitations("ian@contoso.example", "enrollment.invitation")).toEqual([])
    const toAda = await invitations("ada@contoso.example", "enrollment.invitation_no_admin")
    expect(toAda).toHaveLength(1)
    expect(toAda[0]!.subject).toBe("Assign an Incentives admin to enroll Contoso Consulting Berlin")
    expect(toAda[0]!.text).toContain("1000002")
    expect(toAda[0]!.text).toContain("Online Services Advisor")
    expect(toAda[0]!.text).toContain("give a user the Incentives admin role for this location")
    expect(toAda[0]!.text).toContain("/partner/users?lang=en")
    const toBill = await invitations("bill@contoso.example", "enrollment.invitation_no_admin")
    expect(toBill).toHaveLength(1)
    expect(toBill[0]!.subject).toBe(
      "Weisen Sie einen Incentives-Administrator zu, um Contoso Consulting Berlin anzumelden"
    )
    expect(toBill[0]!.text).toContain("/partner/users?lang=de")
    // Not to users without an admin role.
    expect(await invitations("uma@contoso.example", "enrollment.invitation_no_admin")).toEqual([])

    // The overview says why for everyone who sees it.
    const uma = await t.as("uma@contoso.example")
    const list = (await ada("GET", "/api/v1/enrollments")).body.enrollments
    const berlin = list.filter((e: any) => e.location.partnerId === "1000002")
    expect(berlin.map((e: any) => [e.program.id, e.state, e.blockedReason]).sort()).toEqual([
      ["prg_mws_usage", "invited", "no_incentives_admin"],
      ["prg_osa", "invited", "no_incentives_admin"]
    ])
    expect((await uma("GET", "/api/v1/enrollments")).status).toBe(200)

    // Ada assigns Uma: she gets both open invitations of Berlin, and nothing is blocked any more.
    const assigned = await ada("POST", "/api/v1/organizations/current/users/usr_uma/roles", {
      role: "incentives_admin",
      locationId: "loc_1000002"
    })
    expect(assigned.status).toBe(200)
    const umaInvitations = await invitations("uma@contoso.example", "enrollment.invitation")
    expect(umaInvitations.map((m) => m.text.match(/"([^"]+)"/)?.[1]).sort()).toEqual([
      "Modern Work and Security Usage",
      "Online Services Advisor"
    ])
    for (const m of umaInvitations) expect(m.to).toEqual(["uma@contoso.example"])
    const after = (await uma("GET", "/api/v1/enrollments")).body.enrollments
    expect(
      after.filter((e: any) => e.location.partnerId === "1000002").map((e: any) => [e.state, e.blockedReason])
    ).toEqual([
      ["invited", null],
      ["invited", null]
    ])
    // Assigning the same role again changes nothing and sends nothing.
    await ada("POST", "/api/v1/organizations/current/users/usr_uma/roles", {
      role: "incentives_admin",
      locationId: "loc_1000002"
    })
    expect(await invitations("uma@contoso.example", "enrollment.invitation")).toHaveLength(2)
  })

  it("a location with an Incentives admin is invited as before (to that admin only)", async () => {
    const otto = await t.as("otto@vendor.example")
    const invited = await otto(
      "PUT",
      "/api/v1/ops/locations/loc_3000001/requirements/req_usage_bizapps_terms",
      { met: true }
    )
    expect(invited.body.enrollments.map((e: any) => [e.state, e.blockedReason])).toEqual([["invited", null]])
    const mail = await invitations("ivy@tailspin.example", "enrollment.invitation")
    expect(mail).toHaveLength(1)
    expect(mail[0]!.text).toContain("Usage Recognition")
    expect(await invitations("ivy@tailspin.example", "enrollment.invitation_no_admin")).toEqual([])
  })
})
