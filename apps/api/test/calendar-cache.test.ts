import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { readConfig } from "../src/config.ts"
import { createApp } from "../src/start.ts"
import { acknowledged, actors, mwsClaim, pdfBytes } from "./claims-support.ts"
import { dialects, testAppFor } from "./support.ts"

/**
 * The calendar and the program catalog are cached in each API process and must still follow every
 * write, whichever process made it: two API instances on one PostgreSQL database (as in a scaled-out
 * deployment); on SQLite, one process sees its own writes.
 */
describe.each(dialects)("cached calendar and catalog across API processes on %s", (dialect) => {
  const t = testAppFor(dialect)
  const a = actors(t)
  let second: Awaited<ReturnType<typeof createApp>> | undefined
  let blobs = ""

  /** A call to the second process with a token signed in on the first (sessions live in the database). */
  const other = async (method: string, path: string, token: string, body?: unknown) => {
    if (second === undefined) throw new Error("no second process")
    const res = await second.app.request(path, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { "content-type": "application/json" })
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) })
    })
    return { status: res.status, body: (await res.json()) as any }
  }

  beforeAll(async () => {
    // Monday 1 March 2027, 10:00: five business days later is Monday 8 March.
    await t.setClock("2027-03-01T10:00:00.000Z")
    if (dialect === "postgres") {
      blobs = mkdtempSync(join(tmpdir(), "openpor-blobs-"))
      // The second process reads the test clock's offset at start, so it starts after the clock is set.
      second = await createApp(
        readConfig({ DATABASE_URL: t.database.url, OPENPOR_CLOCK: "test", OPENPOR_BLOB_DIR: blobs }),
        { quiet: true }
      )
    }
  })
  afterAll(async () => {
    await second?.runtime.dispose()
    if (blobs !== "") rmSync(blobs, { recursive: true, force: true })
  })

  /** Drafts, uploads and submits a claim through the process `call` talks to; answers the submitted view. */
  const submitThrough = async (workload: string, viaSecond: boolean) => {
    const ian = await t.signIn("ian@contoso.example")
    const call = (method: string, path: string, body?: unknown) =>
      viaSecond && second !== undefined
        ? other(method, path, ian, body)
        : t.call(method, path, { token: ian, ...(body === undefined ? {} : { body }) })
    const created = await call("POST", "/api/v1/claims", mwsClaim({ workloads: [workload] }))
    expect(created.status).toBe(201)
    const upload = await a.upload("ian@contoso.example", created.body.id, pdfBytes(), "sow.pdf")
    expect(upload.status).toBe(201)
    const submitted = await call("POST", `/api/v1/claims/${created.body.id}/submit`, acknowledged())
    expect(submitted.status).toBe(200)
    return submitted.body
  }

  it("a holiday added or removed by an operator is used for the next deadline by every process", async () => {
    const viaSecond = dialect === "postgres"
    // The other process's calendar is loaded (and cached) before the holiday exists.
    const before = await submitThrough("teams", viaSecond)
    expect(before.consent.windowEndsAt).toMatch(/^2027-03-08T10:0\d/)

    const added = await a.otto("PUT", "/api/v1/ops/calendar/holidays/2027-03-02", { name: "Cache Day" })
    expect(added.status).toBeLessThan(300)
    const withHoliday = await submitThrough("sharepoint", viaSecond)
    expect(withHoliday.consent.windowEndsAt).toMatch(/^2027-03-09T10:0\d/)
    // The views computed in the other process count the holiday too.
    const otto = await t.signIn("otto@vendor.example")
    const calendar = viaSecond
      ? await other("GET", "/api/v1/calendar", otto)
      : await t.call("GET", "/api/v1/calendar", { token: otto })
    expect(calendar.body.holidays.map((h: { date: string }) => h.date)).toContain("2027-03-02")

    const removed = await a.otto("DELETE", "/api/v1/ops/calendar/holidays/2027-03-02")
    expect(removed.status).toBeLessThan(300)
    const afterRemoval = await submitThrough("intune", viaSecond)
    expect(afterRemoval.consent.windowEndsAt).toMatch(/^2027-03-08T10:0\d/)
  })

  it("a program added by an operator is in every process's catalog at once", async () => {
    const ian = await t.signIn("ian@contoso.example")
    const list = async () => {
      const res =
        dialect === "postgres"
          ? await other("GET", "/api/v1/programs", ian)
          : await t.call("GET", "/api/v1/programs", { token: ian })
      expect(res.status).toBe(200)
      return (res.body.programs as Array<{ id: string; name: string }>).map((p) => `${p.id}:${p.name}`)
    }
    expect(await list()).not.toContain("prg_cache_probe:Cache probe")
    const program = {
      id: "prg_cache_probe",
      name: "Cache probe",
      solutionArea: "modern_work_security",
      partnerRoles: [],
      open: true,
      incentivized: false,
      arbitrationPolicy: "reviewer_decides",
      allowedChannels: ["volume_licensing"],
      requirements: []
    }
    expect((await a.otto("POST", "/api/v1/ops/programs", program)).status).toBe(200)
    expect(await list()).toContain("prg_cache_probe:Cache probe")
    expect(
      (await a.otto("POST", "/api/v1/ops/programs", { ...program, name: "Cache probe renamed" })).status
    ).toBe(200)
    expect(await list()).toContain("prg_cache_probe:Cache probe renamed")
  })
})
