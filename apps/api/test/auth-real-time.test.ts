import { Db } from "@openpor/db"
import { Effect } from "effect"
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest"
import { dialects, makeTestApp, type TestApp } from "./support.ts"

/**
 * Issue 9 item 3 (SPEC §7): sessions, cookies and sign-in lockouts run on real time; the operator's
 * test clock moves business time only. Real time is moved here by faking the system time (Date), which
 * moves both clocks, as real time passing would.
 */
describe.each(dialects)("sessions and lockouts on real time on %s", (dialect) => {
  let t: TestApp
  beforeAll(async () => {
    t = await makeTestApp(dialect)
  })
  afterAll(async () => t.close())
  afterEach(() => {
    vi.useRealTimers()
  })

  const advance = async (token: string, body: Record<string, number>) => {
    const res = await t.call("POST", "/api/v1/ops/clock/advance", { token, body })
    expect(res.status).toBe(200)
    return res.body.now as string
  }

  /** Moves real time (and with it the test clock, which is real time plus an offset). */
  const passRealTime = (millis: number) => {
    if (!vi.isFakeTimers()) vi.useFakeTimers({ toFake: ["Date"] })
    vi.setSystemTime(Date.now() + millis)
  }

  const maxAgeOf = (cookies: ReadonlyArray<string>, name: string) => {
    const cookie = cookies.find((c) => c.startsWith(`${name}=`))
    return Number(/Max-Age=(\d+)/i.exec(cookie ?? "")?.[1])
  }

  it("advancing the test clock by 6 business days signs nobody out, the operator who advanced it included", async () => {
    const operator = await t.signIn("otto@vendor.example")
    const partner = await t.signIn("ian@contoso.example")
    await advance(operator, { businessDays: 6 })
    expect((await t.call("GET", "/api/v1/me", { token: operator })).status).toBe(200)
    expect((await t.call("GET", "/api/v1/me", { token: partner })).status).toBe(200)
    // …and the operator can go on working the clock with the same session.
    await advance(operator, { hours: 9 })
    expect((await t.call("GET", "/api/v1/me", { token: operator })).status).toBe(200)
  })

  it("after advancing the test clock by 500 days sign-in works, with a cookie Max-Age of the session's real lifetime", async () => {
    const operator = await t.signIn("otto@vendor.example")
    await advance(operator, { days: 500 })
    const res = await t.call("POST", "/api/v1/auth/sessions", {
      body: { email: "uma@contoso.example", password: "demo-Passw0rd!" }
    })
    expect(res.status).toBe(201)
    const expiresIn = Date.parse(res.body.expiresAt) - Date.now()
    expect(expiresIn).toBeGreaterThan(7 * 3_600_000)
    expect(expiresIn).toBeLessThanOrEqual(8 * 3_600_000)
    const cookies = res.headers.getSetCookie()
    expect(maxAgeOf(cookies, "openpor_session")).toBe(8 * 3600)
    expect(maxAgeOf(cookies, "openpor_csrf")).toBe(8 * 3600)
    expect((await t.call("GET", "/api/v1/me", { token: res.body.token })).status).toBe(200)
    expect((await t.call("GET", "/api/v1/me", { token: operator })).status).toBe(200)
  })

  it("an idle session expires after 8 hours of real time, whatever the test clock says", async () => {
    const token = await t.signIn("rob@vendor.example")
    passRealTime(7 * 3_600_000)
    // Used after 7 hours: the idle timeout starts again from here.
    expect((await t.call("GET", "/api/v1/me", { token })).status).toBe(200)
    passRealTime(7 * 3_600_000)
    expect((await t.call("GET", "/api/v1/me", { token })).status).toBe(200)
    passRealTime(8 * 3_600_000 + 60_000)
    const res = await t.call("GET", "/api/v1/me", { token })
    expect(res.status).toBe(401)
    expect(res.body.error.message).toMatch(/expired/)
  })

  it("a lockout is not lifted by advancing the test clock, only by 15 minutes of real time", async () => {
    const email = "bill@contoso.example"
    const attempt = (password: string) =>
      t.call("POST", "/api/v1/auth/sessions", { body: { email, password } })
    for (let i = 0; i < 5; i++) expect((await attempt(`nope-${i}`)).status).toBe(401)
    expect((await attempt("demo-Passw0rd!")).status).toBe(429)
    const operator = await t.signIn("otto@vendor.example")
    await advance(operator, { days: 1 })
    const stillBlocked = await attempt("demo-Passw0rd!")
    expect(stillBlocked.status).toBe(429)
    expect(Number(stillBlocked.headers.get("retry-after"))).toBeGreaterThan(14 * 60)
    passRealTime(16 * 60_000)
    // The window has passed: the old attempts no longer count (and are dropped), this one is the first.
    expect((await attempt("still-wrong")).status).toBe(401)
    const recorded = await t.runtime.runPromise(
      Effect.gen(function* () {
        const db = yield* Db
        return yield* Effect.promise(() =>
          db.kysely.selectFrom("login_attempts").select("at").where("key", "=", `email:${email}`).execute()
        )
      })
    )
    expect(recorded).toHaveLength(1)
    expect((await attempt("demo-Passw0rd!")).status).toBe(201)
  })
})
