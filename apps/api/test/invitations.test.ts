import { Db } from "@openpor/db"
import { Effect } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { dialects, makeTestApp, type TestApp } from "./support.ts"

/**
 * Issue 9 item 4 (concurrent invitations of one address: the same 409 as sequentially, never 500) and
 * item 9 (inviting an address that exists elsewhere must not reveal it).
 */
describe.each(dialects)("inviting users on %s", (dialect) => {
  let t: TestApp
  let ada: string
  let ina: string
  beforeAll(async () => {
    t = await makeTestApp(dialect)
    ada = await t.signIn("ada@contoso.example")
    ina = await t.signIn("ina@fabrikam.example")
  })
  afterAll(async () => t.close())

  const invite = (token: string, email: string, displayName = "Quinn Query") =>
    t.call("POST", "/api/v1/organizations/current/users", {
      token,
      body: { email, displayName, roles: [{ role: "account_admin" }] }
    })

  const usersWithEmail = (email: string) =>
    t.runtime.runPromise(
      Effect.gen(function* () {
        const db = yield* Db
        return yield* Effect.promise(() =>
          db.kysely
            .selectFrom("users")
            .select(["id", "organization_id", "kind"])
            .where("email", "=", email)
            .execute()
        )
      })
    )

  const auditCount = (action: string) =>
    t.runtime.runPromise(
      Effect.gen(function* () {
        const db = yield* Db
        const row = yield* Effect.promise(() =>
          db.kysely
            .selectFrom("audit_log")
            .select((eb) => eb.fn.countAll<number | string>().as("n"))
            .where("action", "=", action)
            .executeTakeFirstOrThrow()
        )
        return Number(row.n)
      })
    )

  const statusCounts = (results: ReadonlyArray<{ status: number }>) => {
    const counts: Record<number, number> = {}
    for (const r of results) counts[r.status] = (counts[r.status] ?? 0) + 1
    return counts
  }

  it("a second invitation of the same address by the same organization is 409 email_in_use", async () => {
    expect((await invite(ada, "quinn@contoso.example")).status).toBe(201)
    const again = await invite(ada, "Quinn@Contoso.Example")
    expect(again.status).toBe(409)
    expect(again.body.error.code).toBe("email_in_use")
    expect(again.body.error.message).toMatch(/already a user of your organization/)
  })

  it("25 concurrent invitations of one address: one 201 and 24 × the same 409, one user, one email", async () => {
    for (let round = 0; round < 2; round++) {
      const email = `race-${round}@contoso.example`
      const results = await Promise.all(Array.from({ length: 25 }, () => invite(ada, email)))
      expect(statusCounts(results)).toEqual({ 201: 1, 409: 24 })
      for (const r of results.filter((x) => x.status === 409)) {
        expect(r.body.error.code).toBe("email_in_use")
        expect(r.body.error.message).toBe(`${email} is already a user of your organization`)
      }
      const rows = await usersWithEmail(email)
      expect(rows).toHaveLength(1)
      expect(rows[0]!.organization_id).toBe("org_contoso")
      expect((await t.mailbox(email)).filter((m) => m.template === "user.invitation")).toHaveLength(1)
    }
  })

  it("24 concurrent invitations of one address by two organizations: one organization gets the user, nothing fails", async () => {
    const email = "contested@example.org"
    const results = await Promise.all(
      Array.from({ length: 24 }, (_, i) => invite(i % 2 === 0 ? ada : ina, email).then((r) => ({ ...r, i })))
    )
    expect(results.every((r) => r.status === 201 || r.status === 409)).toBe(true)
    const rows = await usersWithEmail(email)
    expect(rows).toHaveLength(1)
    const winner = rows[0]!.organization_id === "org_contoso" ? 0 : 1
    // The winner's organization: one 201 and 409s (as sequentially); the other organization: 201s that
    // create nothing (as sequentially, item 9).
    const mine = results.filter((r) => r.i % 2 === winner)
    const theirs = results.filter((r) => r.i % 2 !== winner)
    expect(statusCounts(mine)).toEqual({ 201: 1, 409: 11 })
    expect(statusCounts(theirs)).toEqual({ 201: 12 })
    const invitations = (await t.mailbox(email)).filter((m) => m.template === "user.invitation")
    expect(invitations).toHaveLength(1)
  })

  it.each([
    ["vendor staff", "rita@vendor.example", "usr_rita", "vendor"],
    ["another partner organization", "ina@fabrikam.example", "usr_ina", "partner"],
    ["a customer", "admin@northwind.example", "usr_northwind_admin", "customer"]
  ])(
    "inviting an address of %s answers like a fresh invitation and changes nothing",
    async (_who, email, id, kind) => {
      const before = await usersWithEmail(email)
      expect(before).toEqual([expect.objectContaining({ id, kind })])
      const fresh = await invite(ada, `fresh-${kind}@contoso.example`, "Rita Example")
      const taken = await invite(ada, email.toUpperCase(), "Rita Example")
      // Same status and the same shape: nothing says the address exists.
      expect(taken.status).toBe(fresh.status)
      expect(taken.status).toBe(201)
      expect(Object.keys(taken.body).sort()).toEqual(Object.keys(fresh.body).sort())
      expect(taken.body).toMatchObject({
        email,
        displayName: "Rita Example",
        active: true,
        invitationPending: true,
        roles: [{ role: "account_admin", locationId: null }]
      })
      expect(taken.body.id).toMatch(/^usr_/)
      expect(taken.body.id).not.toBe(id)
      expect(JSON.stringify({ ...taken.body, email: null })).not.toMatch(
        /vendor|fabrikam|northwind|exist|customer/i
      )
      // Nothing was created or changed: the account is where it was and still signs in.
      expect(await usersWithEmail(email)).toEqual(before)
      expect(await t.signIn(email)).toBeTruthy()
      const list = await t.call("GET", "/api/v1/organizations/current/users", { token: ada })
      expect(list.body.users.map((u: { email: string }) => u.email)).not.toContain(email)
      // The owner of the address is told (no invitation link, nothing about their own account's organization).
      const mail = await t.mailbox(email)
      expect(mail.filter((m) => m.template === "user.invitation")).toHaveLength(0)
      const notice = mail.filter((m) => m.template === "user.invitation_not_delivered")
      expect(notice).toHaveLength(1)
      expect(notice[0]!.text).toMatch(/Contoso Consulting tried to invite this address/)
      expect(notice[0]!.text).not.toMatch(/token=/)
    }
  )

  it("20 concurrent assignments of one role: all 200, one audit entry and one email", async () => {
    const roleAudits = () =>
      t.runtime.runPromise(
        Effect.gen(function* () {
          const db = yield* Db
          const row = yield* Effect.promise(() =>
            db.kysely
              .selectFrom("audit_log")
              .select((eb) => eb.fn.countAll<number | string>().as("n"))
              .where("action", "=", "user.role_assigned")
              .where("entity_id", "=", "usr_uma")
              .where("after_json", "like", "%billing_admin%")
              .executeTakeFirstOrThrow()
          )
          return Number(row.n)
        })
      )
    expect(await roleAudits()).toBe(0)
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        t.call("POST", "/api/v1/organizations/current/users/usr_uma/roles", {
          token: ada,
          body: { role: "billing_admin" }
        })
      )
    )
    expect(statusCounts(results)).toEqual({ 200: 20 })
    for (const r of results) expect(r.body.roles).toContainEqual({ role: "billing_admin", locationId: null })
    expect(await roleAudits()).toBe(1)
    const emails = (await t.mailbox("uma@contoso.example")).filter(
      (m) => m.template === "user.roles_changed" && /billing_admin/.test(m.text)
    )
    expect(emails).toHaveLength(1)
  })

  it("records each undelivered invitation in the audit log", async () => {
    expect(await auditCount("user.invitation_not_delivered")).toBeGreaterThanOrEqual(3)
  })
})
