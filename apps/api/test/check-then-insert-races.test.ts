import { Db } from "@openpor/db"
import {
  Enrollment,
  EnrollmentRepository,
  type LocationId,
  type ProgramId,
  Transactor
} from "@openpor/domain"
import { Effect } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { dialects, makeTestApp, type TestApp } from "./support.ts"

/**
 * Issue 9 item 4: check-then-insert patterns beyond invitations (programs and the enrollments they
 * create, holidays, directory imports, default bank profiles). Each race runs 20+ ways at once and must
 * give the sequential answers: no 5xx, one "created", one row.
 */
/** A Modern Work program without incentives (volume licensing only) with one requirement, as the operator saves it. */
const raceProgram = (
  id: string,
  name: string,
  open: boolean,
  requirement: { readonly id: string; readonly name: string }
) => ({
  id,
  name,
  solutionArea: "modern_work_security",
  partnerRoles: [],
  open,
  incentivized: false,
  arbitrationPolicy: "reviewer_decides",
  allowedChannels: ["volume_licensing"],
  requirements: [requirement]
})

describe.each(dialects)("check-then-insert races on %s", (dialect) => {
  let t: TestApp
  let otto: string
  beforeAll(async () => {
    t = await makeTestApp(dialect)
    otto = await t.signIn("otto@vendor.example")
  })
  afterAll(async () => t.close())

  const N = 20
  const parallel = <A>(f: (i: number) => Promise<A>) => Promise.all(Array.from({ length: N }, (_, i) => f(i)))
  const statusCounts = (results: ReadonlyArray<{ status: number }>) => {
    const counts: Record<number, number> = {}
    for (const r of results) counts[r.status] = (counts[r.status] ?? 0) + 1
    return counts
  }
  const sql = <A>(f: (db: Db["Service"]["kysely"]) => Promise<A>): Promise<A> =>
    t.runtime.runPromise(
      Effect.gen(function* () {
        const db = yield* Db
        return yield* Effect.promise(() => f(db.kysely))
      })
    )
  const audits = (entityId: string) =>
    sql((db) =>
      db
        .selectFrom("audit_log")
        .select(["action", "before_json"])
        .where("entity_id", "=", entityId)
        .orderBy("at")
        .orderBy("id")
        .execute()
    )

  it("20 concurrent creations of one new open program: all 200, one program.created, one enrollment per location", async () => {
    const program = raceProgram("prg_race_rewards", "Race rewards", true, {
      id: "req_race_training",
      name: "Training"
    })
    const results = await parallel(() =>
      t.call("POST", "/api/v1/ops/programs", { token: otto, body: program })
    )
    expect(statusCounts(results)).toEqual({ 200: N })
    const actions = (await audits("prg_race_rewards")).map((a) => a.action)
    expect(actions.filter((a) => a === "program.created")).toHaveLength(1)
    expect(actions.filter((a) => a === "program.updated")).toHaveLength(N - 1)
    const enrollments = await sql((db) =>
      db
        .selectFrom("enrollments")
        .select(["location_id", "state"])
        .where("program_id", "=", "prg_race_rewards")
        .execute()
    )
    const locations = await sql((db) => db.selectFrom("locations").select("id").execute())
    expect(enrollments).toHaveLength(locations.length)
    expect(new Set(enrollments.map((e) => e.location_id)).size).toBe(locations.length)
    expect(enrollments.every((e) => e.state === "invited")).toBe(true)
    const invited = await sql((db) =>
      db
        .selectFrom("audit_log")
        .select((eb) => eb.fn.countAll<number | string>().as("n"))
        .where("action", "=", "enrollment.invited")
        .where("after_json", "like", "%prg_race_rewards%")
        .executeTakeFirstOrThrow()
    )
    expect(Number(invited.n)).toBe(locations.length)
  })

  it("20 concurrent transactions inserting the enrollment of one location and program: one inserts, none fails", async () => {
    const program = raceProgram("prg_race_closed", "Closed race", false, {
      id: "req_race_closed",
      name: "Never met"
    })
    expect((await t.call("POST", "/api/v1/ops/programs", { token: otto, body: program })).status).toBe(200)
    const now = new Date()
    const insert = (i: number) =>
      t.runtime.runPromise(
        Transactor.use((tx) =>
          tx.transaction(
            EnrollmentRepository.use((repo) =>
              repo.insertEnrollment(
                new Enrollment({
                  id: `enr_race_${i}`,
                  locationId: "loc_1000001" as LocationId,
                  programId: "prg_race_closed" as ProgramId,
                  state: "invited",
                  fiscalYear: "FY27",
                  bankProfileId: null,
                  taxProfileId: null,
                  missing: [],
                  reason: null,
                  invitedAt: now,
                  submittedAt: null,
                  enrolledAt: null,
                  updatedAt: now,
                  version: 1
                })
              )
            )
          )
        )
      )
    const outcomes = await Promise.allSettled(Array.from({ length: N }, (_, i) => insert(i)))
    expect(outcomes.filter((o) => o.status === "rejected")).toEqual([])
    expect(outcomes.filter((o) => o.status === "fulfilled" && o.value === true)).toHaveLength(1)
    const rows = await sql((db) =>
      db
        .selectFrom("enrollments")
        .select("id")
        .where("location_id", "=", "loc_1000001")
        .where("program_id", "=", "prg_race_closed")
        .execute()
    )
    expect(rows).toHaveLength(1)
  })

  it("a discontinuation is not undone by concurrent updates of the program (20 ways)", async () => {
    const program = raceProgram("prg_race_sunset", "Sunset", false, {
      id: "req_race_sunset",
      name: "Sunset training"
    })
    expect((await t.call("POST", "/api/v1/ops/programs", { token: otto, body: program })).status).toBe(200)
    const results = await Promise.all([
      ...Array.from({ length: N }, (_, i) =>
        t.call("POST", "/api/v1/ops/programs", { token: otto, body: { ...program, name: `Sunset ${i}` } })
      ),
      t.call("POST", "/api/v1/ops/programs/prg_race_sunset/discontinue", { token: otto })
    ])
    // Updates before the discontinuation succeed; after it they are 409 program_discontinued.
    for (const r of results) expect([200, 409]).toContain(r.status)
    for (const r of results.filter((x) => x.status === 409))
      expect(r.body.error.code).toBe("program_discontinued")
    const row = await sql((db) =>
      db.selectFrom("programs").select("status").where("id", "=", "prg_race_sunset").executeTakeFirstOrThrow()
    )
    expect(row.status).toBe("discontinued")
  })

  it("20 concurrent first writes of one holiday: all 200, exactly one audit without a previous holiday", async () => {
    const date = "2031-12-24"
    const results = await parallel((i) =>
      t.call("PUT", `/api/v1/ops/calendar/holidays/${date}`, {
        token: otto,
        body: { name: `Christmas Eve ${i}` }
      })
    )
    expect(statusCounts(results)).toEqual({ 200: N })
    const log = await audits(date)
    expect(log).toHaveLength(N)
    expect(log.filter((a) => a.before_json === null)).toHaveLength(1)
    // Every other write names the holiday as it was just before it.
    for (const a of log.filter((x) => x.before_json !== null))
      expect(JSON.parse(a.before_json!)).toMatchObject({
        date,
        name: expect.stringMatching(/^Christmas Eve \d+$/)
      })
  })

  it("20 concurrent removals of one holiday: one 204, 19 × 404, one audit", async () => {
    const date = "2031-12-31"
    expect(
      (
        await t.call("PUT", `/api/v1/ops/calendar/holidays/${date}`, {
          token: otto,
          body: { name: "New Year's Eve" }
        })
      ).status
    ).toBe(200)
    const results = await parallel(() =>
      t.call("DELETE", `/api/v1/ops/calendar/holidays/${date}`, { token: otto })
    )
    expect(statusCounts(results)).toEqual({ 204: 1, 404: N - 1 })
    expect((await audits(date)).map((a) => a.action)).toEqual([
      "calendar.holiday_set",
      "calendar.holiday_removed"
    ])
  })

  it("20 concurrent directory imports of one new tenant: all 200, created once, domains and workloads once", async () => {
    const body = {
      tenants: [
        {
          id: "44444444-4444-4444-8444-444444444444",
          name: "Proseware",
          domains: ["proseware.example", "proseware-labs.example"],
          workloads: ["exchange", "teams", "sharepoint"]
        }
      ],
      subscriptions: [
        {
          id: "dddddddd-0000-4000-8000-000000000001",
          tenantId: "44444444-4444-4444-8444-444444444444",
          product: "Microsoft 365 E3",
          solutionArea: "modern_work_security",
          channel: "web_direct",
          state: "active",
          provisionedAt: "2026-07-01",
          expiresAt: "2027-06-30"
        }
      ]
    }
    const results = await parallel(() =>
      t.call("POST", "/api/v1/ops/directory/import", { token: otto, body })
    )
    expect(statusCounts(results)).toEqual({ 200: N })
    const sum = (key: string) => results.reduce((n, r) => n + (r.body[key] as number), 0)
    expect(sum("tenantsCreated")).toBe(1)
    expect(sum("tenantsUpdated")).toBe(N - 1)
    expect(sum("subscriptionsCreated")).toBe(1)
    expect(sum("subscriptionsUpdated")).toBe(N - 1)
    const tenant = await t.call("GET", "/api/v1/ops/directory/tenants/44444444-4444-4444-8444-444444444444", {
      token: otto
    })
    expect(tenant.status).toBe(200)
    expect([...tenant.body.tenant.domains].sort()).toEqual(["proseware-labs.example", "proseware.example"])
    expect([...tenant.body.tenant.workloads].sort()).toEqual(["exchange", "sharepoint", "teams"])
    expect(tenant.body.subscriptions.map((s: { id: string }) => s.id)).toEqual([
      "dddddddd-0000-4000-8000-000000000001"
    ])
  })

  it("20 concurrent bank profiles made the default of one location and currency: all 201, exactly one default", async () => {
    const ivy = await t.signIn("ivy@tailspin.example")
    const results = await parallel((i) =>
      t.call("POST", "/api/v1/bank-profiles", {
        token: ivy,
        body: {
          label: `Tailspin NOK ${i}`,
          accountHolder: "Tailspin Advisors AB",
          iban: "SE4550000000058398257466",
          bic: "ESSESESS",
          bankName: "SEB",
          country: "SE",
          currency: "NOK",
          defaultForLocationId: "loc_3000001"
        }
      })
    )
    expect(statusCounts(results)).toEqual({ 201: N })
    const defaults = await sql((db) =>
      db
        .selectFrom("location_default_bank_profiles")
        .selectAll()
        .where("location_id", "=", "loc_3000001")
        .where("currency", "=", "NOK")
        .execute()
    )
    expect(defaults).toHaveLength(1)
    expect(results.map((r) => r.body.id)).toContain(defaults[0]!.bank_profile_id)
  })
})
