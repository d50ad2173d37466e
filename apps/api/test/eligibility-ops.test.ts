import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { dialects, makeTestApp, type TestApp } from "./support.ts"

describe.each(dialects)("a location's eligibility for the operator's screen on %s", (dialect) => {
  let t: TestApp
  let operator: string
  let programId: string
  let requirementId: string
  beforeAll(async () => {
    t = await makeTestApp(dialect)
    operator = await t.signIn("otto@vendor.example")
    const programs = await t.call("GET", "/api/v1/programs", { token: operator })
    const withRequirements = programs.body.programs.find(
      (p: { requirements: unknown[]; status: string }) => p.requirements.length > 0 && p.status === "active"
    )
    programId = withRequirements.id
    requirementId = withRequirements.requirements[0].id
  })
  afterAll(async () => t.close())

  const read = async (partnerId: string, token = operator) =>
    t.call("GET", `/api/v1/ops/eligibility/${partnerId}`, { token })
  const requirement = (body: any) =>
    body.programs
      .find((p: { id: string }) => p.id === programId)
      .requirements.find((r: { id: string }) => r.id === requirementId)

  it("shows every program's requirements with met/unmet and the agreement, as they are set", async () => {
    const before = await read("2000001")
    expect(before.status).toBe(200)
    expect(before.body.location).toMatchObject({ partnerId: "2000001", id: "loc_2000001" })
    const met = !requirement(before.body).met
    const put = await t.call("PUT", `/api/v1/ops/locations/loc_2000001/requirements/${requirementId}`, {
      token: operator,
      body: { met }
    })
    expect(put.status).toBe(200)
    expect(requirement((await read("2000001")).body).met).toBe(met)
    const agreement = !before.body.agreementActive
    expect(
      (
        await t.call("PUT", "/api/v1/ops/locations/loc_2000001/agreement", {
          token: operator,
          body: { active: agreement }
        })
      ).status
    ).toBe(204)
    expect((await read("2000001")).body.agreementActive).toBe(agreement)
  })

  it("lets the auditor read it, refuses partners, and answers 404 for an unknown PartnerID", async () => {
    expect((await read("1000001", await t.signIn("aude@vendor.example"))).status).toBe(200)
    expect((await read("1000001", await t.signIn("ian@contoso.example"))).status).toBe(403)
    const unknown = await read("9999999")
    expect(unknown.status).toBe(404)
    expect(unknown.body.error.code).toBe("unknown_partner_id")
    expect((await read("12")).status).toBe(400)
  })
})

describe.each(dialects)("eligibility CSV import with a result per row on %s", (dialect) => {
  let t: TestApp
  let operator: string
  let requirementId: string
  beforeAll(async () => {
    t = await makeTestApp(dialect)
    operator = await t.signIn("otto@vendor.example")
    const programs = await t.call("GET", "/api/v1/programs", { token: operator })
    requirementId = programs.body.programs.find(
      (p: { requirements: unknown[]; status: string }) => p.requirements.length > 0 && p.status === "active"
    ).requirements[0].id
  })
  afterAll(async () => t.close())

  const upload = (csv: string, token = operator) =>
    t.call("POST", "/api/v1/ops/eligibility/import.csv", { token, raw: csv, contentType: "text/csv" })
  const met = async (partnerId: string) =>
    (await t.call("GET", `/api/v1/ops/eligibility/${partnerId}`, { token: operator })).body.programs
      .flatMap((p: { requirements: Array<{ id: string; met: boolean }> }) => p.requirements)
      .find((r: { id: string }) => r.id === requirementId).met

  it("refuses the whole file when a row is wrong, naming every refused line, and changes nothing", async () => {
    const before = await met("3000001")
    const res = await upload(
      `partner_id,requirement_id,met\n3000001,${requirementId},${!before}\n9999999,${requirementId},yes\n2000001,req_nope,no\n1000001,${requirementId},maybe\n12,${requirementId},1\n`
    )
    expect(res.status).toBe(400)
    expect(res.body.error.code).toBe("invalid_rows")
    expect(
      res.body.error.details.rows.map((r: { line: number; problem: { code: string } }) => [
        r.line,
        r.problem.code
      ])
    ).toEqual([
      [3, "unknown_partner_id"],
      [4, "unknown_requirement"],
      [5, "invalid_met"],
      [6, "invalid_partner_id"]
    ])
    expect(await met("3000001")).toBe(before)
  })

  it("applies every row of a correct file and answers each row", async () => {
    const res = await upload(
      `partner_id,requirement_id,met\n3000001,${requirementId},yes\n2000001,${requirementId},false\n`
    )
    expect(res.status).toBe(200)
    expect(res.body.applied).toBe(2)
    expect(res.body.rows).toEqual([
      { line: 2, partnerId: "3000001", requirementId, met: true, problem: null },
      { line: 3, partnerId: "2000001", requirementId, met: false, problem: null }
    ])
    expect(await met("3000001")).toBe(true)
    expect(await met("2000001")).toBe(false)
  })

  it("refuses a file without the columns, and anyone but the operator", async () => {
    expect((await upload("partner,req\n1,2\n")).body.error.code).toBe("invalid_csv")
    expect(
      (
        await upload(
          `partner_id,requirement_id,met\n3000001,${requirementId},yes\n`,
          await t.signIn("aude@vendor.example")
        )
      ).status
    ).toBe(403)
  })
})
