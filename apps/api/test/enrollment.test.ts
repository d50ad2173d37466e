import { describe, expect, it } from "vitest"
import { dialects, testAppFor } from "./support.ts"

const byProgram = (list: Array<any>) =>
  Object.fromEntries(list.map((e) => [`${e.location.partnerId}/${e.program.id}`, e.state]))

const bankBody = (label: string, currency = "SEK") => ({
  label,
  accountHolder: "Tailspin Advisors AB",
  iban: "SE4550000000058398257466",
  bic: "ESSESESS",
  bankName: "SEB",
  country: "SE",
  currency
})

describe.each(dialects)("enrollment on %s", (dialect) => {
  const t = testAppFor(dialect)

  it("shows the demo enrollments of appendix B per user (SPEC §3)", async () => {
    const ian = await t.as("ian@contoso.example")
    expect(byProgram((await ian("GET", "/api/v1/enrollments")).body.enrollments)).toEqual({
      "1000001/prg_osa": "enrolled",
      "1000001/prg_mws_usage": "enrolled",
      "1000001/prg_usage_bizapps": "enrolled",
      "1000001/prg_revenue_association": "enrolled",
      "1000002/prg_mws_usage": "invited"
    })
    const uma = await t.as("uma@contoso.example")
    const umaList = (await uma("GET", "/api/v1/enrollments")).body.enrollments
    expect(Object.keys(byProgram(umaList))).toEqual(expect.arrayContaining(["1000001/prg_osa"]))
    expect(umaList.every((e: any) => e.location.partnerId === "1000001")).toBe(true)
    expect(umaList.every((e: any) => e.bankProfile === null && e.taxProfile === null)).toBe(true)
    const ina = await t.as("ina@fabrikam.example")
    expect(byProgram((await ina("GET", "/api/v1/enrollments")).body.enrollments)).toEqual({
      "2000001/prg_mws_usage": "enrolled",
      "2000001/prg_osa": "enrolled",
      "2000001/prg_usage_bizapps": "enrolled"
    })
    const ivy = await t.as("ivy@tailspin.example")
    expect(byProgram((await ivy("GET", "/api/v1/enrollments")).body.enrollments)).toEqual({
      "3000001/prg_osa": "invited"
    })
    const bill = await t.as("bill@contoso.example")
    expect((await bill("GET", "/api/v1/enrollments")).body.enrollments).toEqual([])
    const programs = (await bill("GET", "/api/v1/programs")).body.programs
    expect(programs.map((p: any) => [p.id, p.status])).toEqual(
      expect.arrayContaining([
        ["prg_osa", "active"],
        ["prg_mws_usage", "active"],
        ["prg_usage_bizapps", "active"],
        ["prg_revenue_association", "active"],
        ["prg_legacy_deploy", "discontinued"]
      ])
    )
  })

  it("accept with incomplete data → action_required with what is missing; users who are not Incentives admin see enrolling", async () => {
    const ivy = await t.as("ivy@tailspin.example")
    const res = await ivy("POST", "/api/v1/enrollments/enr_3000001_osa/accept", {})
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({
      state: "action_required",
      missing: ["bank_profile"],
      reason: "add a bank profile"
    })
    // A second Tailspin user without the Incentives admin role sees "enrolling".
    const ivyInvite = await ivy("POST", "/api/v1/organizations/current/users", {
      email: "tom@tailspin.example",
      displayName: "Tom Tailspin",
      roles: [{ role: "incentives_user", locationId: "loc_3000001" }]
    })
    expect(ivyInvite.status).toBe(201)
    const mail = await t.mailbox("tom@tailspin.example")
    const token = /token=([A-Za-z0-9_-]+)/.exec(mail[0]!.text)![1]
    expect(
      (await t.call("POST", "/api/v1/auth/invitations/accept", { body: { token, password: "short" } })).body
        .error.code
    ).toBe("weak_password")
    expect(
      (
        await t.call("POST", "/api/v1/auth/invitations/accept", {
          body: { token, password: "a-long-Passw0rd!" }
        })
      ).status
    ).toBe(200)
    expect(
      (
        await t.call("POST", "/api/v1/auth/invitations/accept", {
          body: { token, password: "a-long-Passw0rd!" }
        })
      ).body.error.code
    ).toBe("invitation_invalid")
    const tom = await t.as("tom@tailspin.example", "a-long-Passw0rd!")
    const seen = await tom("GET", "/api/v1/enrollments/enr_3000001_osa")
    expect(seen.body.state).toBe("enrolling")
    expect(seen.body.actions).toEqual([])
    expect((await tom("POST", "/api/v1/enrollments/enr_3000001_osa/accept", {})).status).toBe(403)
    expect((await tom("POST", "/api/v1/bank-profiles", bankBody("Tom's"))).status).toBe(403)
  })

  it("accept with complete data → validating with the 48-hour target; operator approval enrolls and emails", async () => {
    const ivy = await t.as("ivy@tailspin.example")
    const created = await ivy("POST", "/api/v1/bank-profiles", {
      ...bankBody("Tailspin SEK"),
      defaultForLocationId: "loc_3000001"
    })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({
      state: "pending_validation",
      ibanMasked: "••••••••7466",
      currency: "SEK"
    })
    expect(JSON.stringify(created.body)).not.toContain("SE4550000000058398257466")
    const notice = (await t.mailbox("ivy@tailspin.example")).find((m) => m.template === "payout.changed")
    expect(notice?.text).toContain("account ending 7466")
    const accepted = await ivy("POST", "/api/v1/enrollments/enr_3000001_osa/accept", {})
    expect(accepted.body.state).toBe("validating")
    expect(accepted.body.missing).toEqual([])
    expect(accepted.body.validation.overdue).toBe(false)
    expect(
      Date.parse(accepted.body.validation.dueAt) - Date.parse(accepted.body.validation.submittedAt)
    ).toBe(48 * 3_600_000)
    // Accepting again is an illegal transition now.
    const again = await ivy("POST", "/api/v1/enrollments/enr_3000001_osa/accept", {})
    expect(again.status).toBe(409)
    expect(again.body.error.code).toBe("illegal_transition")
    // 49 hours later the validation is overdue in the operator's queue.
    await t.setClock(
      new Date(Date.parse(accepted.body.validation.submittedAt) + 49 * 3_600_000).toISOString()
    )
    const otto = await t.as("otto@vendor.example")
    const queue = await otto("GET", "/api/v1/ops/enrollments/validation-queue")
    expect(queue.body.enrollments.map((e: any) => [e.id, e.validation.overdue])).toEqual([
      ["enr_3000001_osa", true]
    ])
    const approved = await otto("POST", "/api/v1/ops/enrollments/enr_3000001_osa/validation", {
      decision: "approve"
    })
    expect(approved.body).toMatchObject({ state: "enrolled", validation: null })
    expect(approved.body.bankProfile.state).toBe("approved")
    const mail = await t.mailbox("ivy@tailspin.example")
    expect(mail.map((m) => m.subject)).toContain("Enrollment complete: Online Services Advisor")
  })

  it("validation return needs a reason, sends it back with the reason, and a corrected profile goes to validating again", async () => {
    const otto = await t.as("otto@vendor.example")
    const ivy = await t.as("ivy@tailspin.example")
    // Changing an enrolled enrollment's bank data sends it back to validation.
    const bank = (await ivy("GET", "/api/v1/bank-profiles")).body.bankProfiles[0]
    const patched = await ivy("PATCH", `/api/v1/bank-profiles/${bank.id}`, {
      bankName: "SEB Stockholm",
      version: bank.version
    })
    expect(patched.body.state).toBe("pending_validation")
    expect((await ivy("GET", "/api/v1/enrollments/enr_3000001_osa")).body.state).toBe("validating")
    const stale = await ivy("PATCH", `/api/v1/bank-profiles/${bank.id}`, {
      bankName: "x",
      version: bank.version
    })
    expect(stale.status).toBe(409)
    expect(stale.body.error.code).toBe("version_conflict")
    const noReason = await otto("POST", "/api/v1/ops/enrollments/enr_3000001_osa/validation", {
      decision: "return"
    })
    expect(noReason.status).toBe(400)
    expect((await ivy("GET", "/api/v1/enrollments/enr_3000001_osa")).body.state).toBe("validating")
    const returned = await otto("POST", "/api/v1/ops/enrollments/enr_3000001_osa/validation", {
      decision: "return",
      reason: "The account holder does not match the legal name",
      profiles: "bank"
    })
    expect(returned.body).toMatchObject({
      state: "action_required",
      missing: ["bank_profile_returned"],
      reason: "The account holder does not match the legal name"
    })
    const mail = await t.mailbox("ivy@tailspin.example")
    expect(mail[0]!.subject).toBe("Action required: Online Services Advisor")
    expect(mail[0]!.text).toContain("The account holder does not match the legal name")
    const fixed = await ivy("PATCH", `/api/v1/bank-profiles/${bank.id}`, {
      accountHolder: "Tailspin Advisors AB"
    })
    expect(fixed.body.state).toBe("pending_validation")
    const after = await ivy("GET", "/api/v1/enrollments/enr_3000001_osa")
    expect(after.body).toMatchObject({ state: "validating", missing: [] })
    await otto("POST", "/api/v1/ops/enrollments/enr_3000001_osa/validation", { decision: "approve" })
    // Tax data works the same way.
    const tax = (await ivy("GET", "/api/v1/tax-profiles")).body.taxProfiles[0]
    const taxPatched = await ivy("PATCH", `/api/v1/tax-profiles/${tax.id}`, {
      address: "Drottninggatan 2, 111 51 Stockholm"
    })
    expect(taxPatched.body).toMatchObject({ state: "pending_validation", version: tax.version + 1 })
    expect((await ivy("GET", "/api/v1/enrollments/enr_3000001_osa")).body.state).toBe("validating")
    expect((await t.mailbox("ivy@tailspin.example"))[0]!.text).toContain(
      'tax profile "Tailspin Advisors AB" (SE) was changed'
    )
    await otto("POST", "/api/v1/ops/enrollments/enr_3000001_osa/validation", { decision: "approve" })
    expect((await ivy("GET", "/api/v1/enrollments/enr_3000001_osa")).body.state).toBe("enrolled")
  })

  it("invites a location that becomes eligible by email (not for open programs), and deactivates one that stops being eligible", async () => {
    const otto = await t.as("otto@vendor.example")
    const set = (loc: string, req: string, met: boolean) =>
      otto("PUT", `/api/v1/ops/locations/${loc}/requirements/${req}`, { met })
    // 1000002 meets one of two OSA requirements: not yet eligible.
    expect((await set("loc_1000002", "req_osa_competency", true)).body.enrollments).toEqual([])
    const both = await set("loc_1000002", "req_osa_agreement", true)
    expect(both.body.enrollments.map((e: any) => e.state)).toEqual(["invited"])
    const invitation = (await t.mailbox("ian@contoso.example")).find(
      (m) => m.template === "enrollment.invitation"
    )
    expect(invitation?.subject).toBe("Partner incentive enrollment invitation")
    expect(invitation?.text).toContain("1000002")
    const unmet = await set("loc_1000002", "req_osa_competency", false)
    expect(unmet.body.enrollments[0]).toMatchObject({
      state: "inactive",
      unmetRequirements: [{ id: "req_osa_competency", name: "Business Applications specialization" }]
    })
    // An open program: every location invited, no email.
    const before = (await t.mailbox("ian@contoso.example")).length
    const open = await otto("POST", "/api/v1/ops/programs", {
      id: "prg_open_training",
      name: "Partner training rewards",
      solutionArea: "modern_work_security",
      partnerRoles: [],
      open: true,
      incentivized: false,
      arbitrationPolicy: "reviewer_decides",
      allowedChannels: ["volume_licensing"],
      requirements: []
    })
    expect(open.status).toBe(200)
    const ian = await t.as("ian@contoso.example")
    const list = (await ian("GET", "/api/v1/enrollments?programId=prg_open_training")).body.enrollments
    expect(list.map((e: any) => [e.location.partnerId, e.state]).sort()).toEqual([
      ["1000001", "invited"],
      ["1000002", "invited"]
    ])
    expect((await t.mailbox("ian@contoso.example")).length).toBe(before)
    // Discontinuing it closes every enrollment.
    expect((await otto("POST", "/api/v1/ops/programs/prg_open_training/discontinue")).body.status).toBe(
      "discontinued"
    )
    const closed = (await ian("GET", "/api/v1/enrollments?programId=prg_open_training")).body.enrollments
    expect(closed.map((e: any) => e.state)).toEqual(["discontinued", "discontinued"])
    expect((await otto("POST", "/api/v1/ops/programs/prg_open_training/invitations")).status).toBe(409)
  })

  it("keeps other organizations out (404) and partners out of operator endpoints (403)", async () => {
    const ina = await t.as("ina@fabrikam.example")
    expect((await ina("GET", "/api/v1/enrollments/enr_1000002_mws_usage")).status).toBe(404)
    expect((await ina("POST", "/api/v1/enrollments/enr_1000002_mws_usage/accept", {})).status).toBe(404)
    expect(
      (
        await ina("PUT", "/api/v1/locations/loc_1000001/default-bank-profile", {
          bankProfileId: "bnk_fabrikam_huf"
        })
      ).status
    ).toBe(404)
    expect((await ina("GET", "/api/v1/bank-profiles?organizationId=org_contoso")).status).toBe(404)
    expect((await ina("PUT", "/api/v1/ops/locations/loc_2000001/agreement", { active: false })).status).toBe(
      403
    )
    expect(
      (await ina("POST", "/api/v1/ops/enrollments/enr_2000001_osa/validation", { decision: "approve" }))
        .status
    ).toBe(403)
  })
})

describe.each(dialects)("users and roles on %s", (dialect) => {
  const t = testAppFor(dialect)

  it("lets Global and Account admins manage users; others may not", async () => {
    const ada = await t.as("ada@contoso.example")
    const users = (await ada("GET", "/api/v1/organizations/current/users")).body.users
    expect(users.map((u: any) => u.email)).toEqual([
      "ada@contoso.example",
      "bill@contoso.example",
      "ian@contoso.example",
      "uma@contoso.example"
    ])
    const made = await ada("POST", "/api/v1/organizations/current/users/usr_bill/roles", {
      role: "account_admin"
    })
    expect(made.body.roles).toEqual(expect.arrayContaining([{ role: "account_admin", locationId: null }]))
    expect((await t.mailbox("bill@contoso.example"))[0]!.subject).toBe("Your OpenPOR roles changed")
    const bill = await t.as("bill@contoso.example")
    // An Account admin assigns roles, but not Global admin.
    expect(
      (
        await bill("POST", "/api/v1/organizations/current/users/usr_uma/roles", {
          role: "incentives_user",
          locationId: "loc_1000002"
        })
      ).status
    ).toBe(200)
    const noGlobal = await bill("POST", "/api/v1/organizations/current/users/usr_uma/roles", {
      role: "global_admin"
    })
    expect(noGlobal.status).toBe(400)
    expect(noGlobal.body.error.code).toBe("global_admin_only")
    const uma = await t.as("uma@contoso.example")
    expect(
      (await uma("POST", "/api/v1/organizations/current/users/usr_ian/roles", { role: "billing_admin" }))
        .status
    ).toBe(403)
    // Location roles need a location of the organization; org roles must not have one.
    expect(
      (await ada("POST", "/api/v1/organizations/current/users/usr_uma/roles", { role: "incentives_admin" }))
        .body.error.code
    ).toBe("missing_field")
    expect(
      (
        await ada("POST", "/api/v1/organizations/current/users/usr_uma/roles", {
          role: "incentives_admin",
          locationId: "loc_2000001"
        })
      ).status
    ).toBe(404)
    expect(
      (await ada("POST", "/api/v1/organizations/current/users/usr_ina/roles", { role: "billing_admin" }))
        .status
    ).toBe(404)
    expect(
      (
        await ada("POST", "/api/v1/organizations/current/users", {
          email: "ian@contoso.example",
          displayName: "Ian again",
          roles: []
        })
      ).status
    ).toBe(409)
  })

  it("refuses to remove or deactivate the last Global admin", async () => {
    const ada = await t.as("ada@contoso.example")
    const last = await ada("DELETE", "/api/v1/organizations/current/users/usr_ada/roles/global_admin")
    expect(last.status).toBe(409)
    expect(last.body.error.code).toBe("last_global_admin")
    expect((await ada("DELETE", "/api/v1/organizations/current/users/usr_ada")).body.error.code).toBe(
      "last_global_admin"
    )
    expect(
      (await ada("POST", "/api/v1/organizations/current/users/usr_ian/roles", { role: "global_admin" }))
        .status
    ).toBe(200)
    expect(
      (await ada("DELETE", "/api/v1/organizations/current/users/usr_ada/roles/global_admin")).status
    ).toBe(200)
    const ian = await t.as("ian@contoso.example")
    expect(
      (await ian("DELETE", "/api/v1/organizations/current/users/usr_ian/roles/global_admin")).body.error.code
    ).toBe("last_global_admin")
  })

  it("refuses a revoked role on the very next request, and a deactivated user's sessions end", async () => {
    const ian = await t.as("ian@contoso.example")
    expect((await ian("GET", "/api/v1/enrollments/enr_1000002_mws_usage")).body.actions).toEqual(["accept"])
    const ada = await t.as("ada@contoso.example")
    await ada("POST", "/api/v1/organizations/current/users/usr_ada/roles", { role: "global_admin" }).catch(
      () => undefined
    )
    const removed = await ian(
      "DELETE",
      "/api/v1/organizations/current/users/usr_ian/roles/incentives_admin?locationId=loc_1000002"
    )
    expect(removed.status).toBe(200)
    const refused = await ian("POST", "/api/v1/enrollments/enr_1000002_mws_usage/accept", {})
    expect(refused.status).toBe(403)
    expect((await ian("GET", "/api/v1/enrollments/enr_1000002_mws_usage")).body.actions).toEqual([])
    const uma = await t.as("uma@contoso.example")
    expect((await ian("DELETE", "/api/v1/organizations/current/users/usr_uma")).status).toBe(204)
    expect((await uma("GET", "/api/v1/me")).status).toBe(401)
    const signIn = await t.call("POST", "/api/v1/auth/sessions", {
      body: { email: "uma@contoso.example", password: "demo-Passw0rd!" }
    })
    expect(signIn.status).toBe(401)
  })
})

describe.each(dialects)("fiscal-year rollover across June 30 on %s", (dialect) => {
  const t = testAppFor(dialect)

  it("renews, asks for payout data, or deactivates each enrollment, then schedules the next year", async () => {
    const otto = await t.as("otto@vendor.example")
    // 1000002: enroll in Modern Work (validated profiles enroll at once), then end its agreement.
    const ian = await t.as("ian@contoso.example")
    expect((await ian("POST", "/api/v1/enrollments/enr_1000002_mws_usage/accept", {})).body.state).toBe(
      "enrolled"
    )
    expect((await otto("PUT", "/api/v1/ops/locations/loc_1000002/agreement", { active: false })).status).toBe(
      204
    )
    // Fabrikam: its bank profile is returned (payout data missing; tax fine).
    await otto("POST", "/api/v1/ops/enrollments/enr_2000001_osa/validation", {
      decision: "return",
      reason: "x"
    }).then((r) => expect(r.status).toBe(409))
    const ina = await t.as("ina@fabrikam.example")
    await ina("PATCH", "/api/v1/bank-profiles/bnk_fabrikam_huf", { bankName: "OTP Bank Nyrt." })
    expect((await ina("GET", "/api/v1/enrollments/enr_2000001_osa")).body.state).toBe("validating")
    await otto("POST", "/api/v1/ops/enrollments/enr_2000001_osa/validation", {
      decision: "return",
      reason: "IBAN unreadable",
      profiles: "bank"
    })
    // Tailspin: bank pending, tax returned → tax data missing.
    const ivy = await t.as("ivy@tailspin.example")
    await ivy("POST", "/api/v1/bank-profiles", {
      ...bankBody("Tailspin SEK"),
      defaultForLocationId: "loc_3000001"
    })
    expect((await ivy("POST", "/api/v1/enrollments/enr_3000001_osa/accept", {})).body.state).toBe(
      "validating"
    )
    await otto("POST", "/api/v1/ops/enrollments/enr_3000001_osa/validation", {
      decision: "return",
      reason: "Tax ID invalid",
      profiles: "tax"
    })

    const fy = (await otto("GET", "/api/v1/calendar")).body.fiscalYear
    expect(fy.label).toBe("FY27")
    // The day before: nothing changes yet.
    await t.setClock(`${fy.lastDay}T23:59:00.000Z`)
    expect(
      (await (await t.as("ian@contoso.example"))("GET", "/api/v1/enrollments/enr_1000001_osa")).body
        .fiscalYear
    ).toBe("FY27")
    // Across midnight of June 30 the rollover job runs.
    await t.setClock("2027-07-01T00:01:00.000Z")
    const after = async (email: string, id: string) =>
      (await (await t.as(email))("GET", `/api/v1/enrollments/${id}`)).body
    expect(await after("ian@contoso.example", "enr_1000001_osa")).toMatchObject({
      state: "enrolled",
      fiscalYear: "FY28",
      expiresOn: "2028-06-30"
    })
    expect(await after("ian@contoso.example", "enr_1000002_mws_usage")).toMatchObject({
      state: "inactive",
      reason: expect.stringContaining("no active incentives agreement")
    })
    expect(await after("ina@fabrikam.example", "enr_2000001_osa")).toMatchObject({
      state: "action_required",
      fiscalYear: "FY28",
      missing: ["bank_profile_returned"],
      reason: "Payout (bank) data is missing for FY28"
    })
    expect(await after("ivy@tailspin.example", "enr_3000001_osa")).toMatchObject({
      state: "inactive",
      reason: expect.stringContaining("tax data")
    })
    const ianMail = (await t.mailbox("ian@contoso.example")).map((m) => m.subject)
    expect(ianMail).toEqual(
      expect.arrayContaining([
        "Enrollment renewed for FY28: Online Services Advisor",
        "Enrollment inactive: Modern Work and Security Usage"
      ])
    )
    expect((await t.mailbox("ina@fabrikam.example")).map((m) => m.subject)).toContain(
      "Action required: Online Services Advisor"
    )
    const jobs = (
      await (
        await t.as("otto@vendor.example")
      )("GET", "/api/v1/ops/jobs?kind=enrollment.fiscal_year_rollover")
    ).body.jobs
    expect(jobs.map((j: any) => [j.status, j.runAt])).toEqual(
      expect.arrayContaining([
        ["succeeded", "2027-07-01T00:00:00.000Z"],
        ["pending", "2028-07-01T00:00:00.000Z"]
      ])
    )
  })
})
