import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { dialects, makeTestApp, type TestApp } from "./support.ts"

describe.each(dialects)("the payout data an operator validates on %s", (dialect) => {
  let t: TestApp
  const id = "enr_3000001_osa"
  beforeAll(async () => {
    t = await makeTestApp(dialect)
    const ivy = await t.signIn("ivy@tailspin.example")
    await t.call("POST", `/api/v1/enrollments/${id}/accept`, { token: ivy, body: {} })
    const bank = await t.call("POST", "/api/v1/bank-profiles", {
      token: ivy,
      body: {
        label: "Tailspin SEK",
        accountHolder: "Tailspin Advisors AB",
        iban: "SE4550000000058398257466",
        bic: "ESSESESS",
        bankName: "SEB",
        country: "SE",
        currency: "SEK",
        defaultForLocationId: "loc_3000001"
      }
    })
    expect(bank.status).toBe(201)
    const accepted = await t.call("POST", `/api/v1/enrollments/${id}/accept`, { token: ivy, body: {} })
    expect(accepted.body.state).toBe("validating")
  })
  afterAll(async () => t.close())

  it("shows the operator and the auditor the submitted bank and tax profiles, the IBAN masked", async () => {
    for (const email of ["otto@vendor.example", "aude@vendor.example"]) {
      const res = await t.call("GET", `/api/v1/ops/enrollments/${id}/payout-data`, {
        token: await t.signIn(email)
      })
      expect(res.status).toBe(200)
      expect(res.body.bank).toMatchObject({
        label: "Tailspin SEK",
        accountHolder: "Tailspin Advisors AB",
        bic: "ESSESESS",
        bankName: "SEB",
        country: "SE",
        currency: "SEK",
        state: "pending_validation"
      })
      expect(res.body.bank.ibanMasked).not.toContain("58398257466")
      expect(res.body.bank.ibanMasked.endsWith("7466")).toBe(true)
      expect(res.body.tax).toMatchObject({ country: "SE" })
      expect(typeof res.body.tax.legalName).toBe("string")
    }
  })

  it("refuses partners and reviewers, and answers 404 for an unknown enrollment", async () => {
    for (const email of ["ivy@tailspin.example", "rita@vendor.example"]) {
      const res = await t.call("GET", `/api/v1/ops/enrollments/${id}/payout-data`, {
        token: await t.signIn(email)
      })
      expect(res.status).toBe(403)
    }
    const otto = await t.signIn("otto@vendor.example")
    expect(
      (await t.call("GET", "/api/v1/ops/enrollments/enr_nope/payout-data", { token: otto })).status
    ).toBe(404)
  })
})
