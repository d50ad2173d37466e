import { Db } from "@openpor/db"
import { Effect } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { dialects, makeTestApp, type TestApp } from "./support.ts"

/** Issue 9 item 2: the sign-in lockout counts and checks attempts atomically. */
describe.each(dialects)("sign-in lockout under concurrency on %s", (dialect) => {
  let t: TestApp
  beforeAll(async () => {
    t = await makeTestApp(dialect)
  })
  afterAll(async () => t.close())

  const attempt = (email: string, password: string) =>
    t.call("POST", "/api/v1/auth/sessions", { body: { email, password } })

  /** Attempts recorded for the account (the email key), read from the database. */
  const recorded = (email: string) =>
    t.runtime.runPromise(
      Effect.gen(function* () {
        const db = yield* Db
        const row = yield* Effect.promise(() =>
          db.kysely
            .selectFrom("login_attempts")
            .select((eb) => eb.fn.countAll<number | string>().as("n"))
            .where("key", "=", `email:${email}`)
            .executeTakeFirstOrThrow()
        )
        return Number(row.n)
      })
    )

  const statuses = (results: ReadonlyArray<{ status: number }>) => {
    const counts: Record<number, number> = {}
    for (const r of results) counts[r.status] = (counts[r.status] ?? 0) + 1
    return counts
  }

  it("40 parallel attempts (39 wrong, the right one last): 5 × 401, then 429 for every other one, the right one included", async () => {
    const email = "bill@contoso.example"
    const wrong = Array.from({ length: 39 }, (_, i) => attempt(email, `wrong-guess-${i}`))
    // The right password arrives last: once the limit is reached in the database, while the wrong
    // attempts are still in flight.
    const deadline = Date.now() + 30_000
    while ((await recorded(email)) < 5) {
      if (Date.now() > deadline) throw new Error("the attempts were never recorded")
      await new Promise((r) => setTimeout(r, 2))
    }
    const right = attempt(email, "demo-Passw0rd!")
    const results = await Promise.all([...wrong, right])
    expect(statuses(results)).toEqual({ 401: 5, 429: 35 })
    const last = results.at(-1)!
    expect(last.status).toBe(429)
    expect(last.body.error.code).toBe("too_many_attempts")
    expect(Number(last.headers.get("retry-after"))).toBeGreaterThan(0)
    for (const r of results.filter((x) => x.status === 429))
      expect(r.body.error.code).toBe("too_many_attempts")
    expect(await recorded(email)).toBe(5)
  })

  it("after 4 failures, 60 parallel attempts let exactly one through to the password check; then 429", async () => {
    const email = "uma@contoso.example"
    for (let i = 0; i < 4; i++) expect((await attempt(email, `nope-${i}`)).status).toBe(401)
    const results = await Promise.all(Array.from({ length: 60 }, (_, i) => attempt(email, `guess-${i}`)))
    expect(statuses(results)).toEqual({ 401: 1, 429: 59 })
    expect((await attempt(email, "demo-Passw0rd!")).status).toBe(429)
    expect(await recorded(email)).toBe(5)
  })
})
