import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { seedDemo } from "../src/seed/demo.ts"
import { makeTestApp, type TestApp } from "./support.ts"

describe("demo seed (appendix B)", () => {
  let t: TestApp
  beforeAll(async () => {
    t = await makeTestApp("sqlite")
  })
  afterAll(async () => t.close())

  it("is idempotent: a second run creates nothing", async () => {
    expect(await t.runtime.runPromise(seedDemo)).toEqual([])
  })

  it.each([
    ["ada@contoso.example", "org_contoso", ["global_admin"]],
    ["ian@contoso.example", "org_contoso", ["incentives_admin@1000001", "incentives_admin@1000002"]],
    ["uma@contoso.example", "org_contoso", ["incentives_user@1000001"]],
    ["bill@contoso.example", "org_contoso", ["billing_admin"]],
    ["ina@fabrikam.example", "org_fabrikam", ["global_admin", "incentives_admin@2000001"]],
    ["ivy@tailspin.example", "org_tailspin", ["global_admin", "incentives_admin@3000001"]],
    ["admin@northwind.example", null, ["tenant_admin"]],
    ["admin@woodgrove.example", null, ["tenant_admin"]],
    ["rita@vendor.example", null, ["reviewer"]],
    ["rob@vendor.example", null, ["reviewer"]],
    ["otto@vendor.example", null, ["operator"]],
    ["aude@vendor.example", null, ["auditor"]]
  ])("%s signs in with the demo password and has the roles of appendix B", async (email, org, roles) => {
    const me = await t.call("GET", "/api/v1/me", { token: await t.signIn(email as string) })
    expect(me.body.organization?.id ?? null).toBe(org)
    const got = me.body.roles
      .map((r: any) => (r.partnerId === null ? r.role : `${r.role}@${r.partnerId}`))
      .sort()
    expect(got).toEqual([...(roles as Array<string>)].sort())
  })

  it("has the directory of appendix B: one subscription for each validation case", async () => {
    const operator = await t.signIn("otto@vendor.example")
    const northwind = await t.call(
      "GET",
      "/api/v1/ops/directory/tenants/11111111-1111-4111-8111-111111111111",
      { token: operator }
    )
    expect(northwind.body.tenant).toEqual({
      id: "11111111-1111-4111-8111-111111111111",
      name: "Northwind Traders",
      domains: ["northwind.example", "northwind.onmicrosoft.com"],
      workloads: ["exchange", "intune", "sharepoint", "teams"]
    })
    expect(
      northwind.body.subscriptions.map((s: any) => [s.id.slice(-1), s.product, s.channel, s.state])
    ).toEqual([
      ["1", "Dynamics 365 Sales", "web_direct", "active"],
      ["2", "Dynamics 365 Customer Service", "volume_licensing", "grace"],
      ["3", "Dynamics 365 Finance", "csp", "active"],
      ["4", "Dynamics 365 Field Service", "web_direct", "not_provisioned"],
      ["5", "Microsoft 365 E3", "volume_licensing", "active"],
      ["6", "Dynamics 365 Sales", "volume_licensing", "expired"]
    ])
    const woodgrove = await t.call(
      "GET",
      "/api/v1/ops/directory/tenants/22222222-2222-4222-8222-222222222222",
      { token: operator }
    )
    expect(woodgrove.body.subscriptions).toHaveLength(1)
    expect(woodgrove.body.subscriptions[0]).toMatchObject({
      product: "Dynamics 365 Business Central",
      channel: "web_direct",
      state: "active"
    })
  })
})
