import { spawnSync } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { createTestDatabase } from "@openpor/db/testing"
import { Clock } from "@openpor/domain"
import { describe, expect, it } from "vitest"
import { readConfig } from "../src/config.ts"
import { createApp } from "../src/start.ts"
import { dialects, testAppFor } from "./support.ts"

/**
 * The README's "Walking through 2014–2015 live (seed 000)": the server is started with the section's
 * environment (OPENPOR_CLOCK_START) on a new database, and the section's curl commands are sent as they
 * are written, in order, each answer checked against the `# →` line under it (its status, and every
 * `"key":value` it shows; a value ending in `…` is a prefix).
 */
const readme = readFileSync(fileURLToPath(new URL("../../../README.md", import.meta.url)), "utf8")
const HEADING = "### Walking through 2014–2015 live (seed 000)"

const section = (() => {
  const start = readme.indexOf(HEADING)
  if (start < 0) throw new Error(`README has no "${HEADING}"`)
  const rest = readme.slice(start + HEADING.length)
  const end = rest.search(/\n##+ /)
  return end < 0 ? rest : rest.slice(0, end)
})()
const blocks = [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!)

/** The start command: `NAME=value … ./dev start`. */
const startEnv = Object.fromEntries(
  [...blocks[0]!.split("./dev start")[0]!.matchAll(/(\w+)=(\S+)/g)].map((m) => [m[1]!, m[2]!])
)

interface Step {
  readonly method: string
  readonly path: string
  readonly as: string
  readonly body: string | undefined
  readonly status: number | undefined
  readonly shows: ReadonlyArray<readonly [key: string, value: string]>
}

const parseSteps = (script: string) => {
  const vars = new Map<string, string>()
  const logins = new Map<string, string>()
  const steps: Array<Step> = []
  const substitute = (text: string) =>
    text.replace(/\$(\w+)/g, (_, name: string) => vars.get(name) ?? `$${name}`)
  for (const line of script.replace(/\\\n\s*/g, " ").split("\n")) {
    const expect = /^# → (?:(\d{3}) )?(.*)$/.exec(line)
    if (expect !== null) {
      const step = steps.pop()!
      const shows = [...expect[2]!.matchAll(/"(\w+)":("[^"]*"|null|true|false|-?\d+)/g)].map(
        (m) => [m[1]!, m[2]!] as const
      )
      steps.push({ ...step, status: expect[1] === undefined ? undefined : Number(expect[1]), shows })
    } else if (line.startsWith("curl ")) {
      const url = /"?\$B(\/[^"\s]*)"?/.exec(line)![1]!
      const quoted = /-d '([^']*)'/.exec(line)?.[1]
      const escaped = /-d "((?:[^"\\]|\\.)*)"/.exec(line)?.[1]?.replace(/\\(.)/g, "$1")
      const body = quoted ?? escaped
      steps.push({
        method: /-X (\w+)/.exec(line)?.[1] ?? "GET",
        path: `/api/v1${substitute(url)}`,
        as: logins.get(/Bearer \$(\w+)/.exec(line)![1]!)!,
        body: body === undefined ? undefined : substitute(body),
        status: undefined,
        shows: []
      })
    } else if (!line.startsWith("#") && !line.startsWith("login()")) {
      for (const m of line.matchAll(/(\w+)=\$\(login ([^)]+)\)/g)) logins.set(m[1]!, m[2]!)
      const plain = /^(\w+)=([^$(\s]\S*)$/.exec(line)
      if (plain !== null) vars.set(plain[1]!, plain[2]!)
    }
  }
  return steps
}
const steps = parseSteps(blocks[1] ?? "")

describe("the README's 2014–2015 walkthrough", () => {
  it("starts the server with the test clock at 2014-09-01 and walks the seed 000 steps", () => {
    expect(startEnv).toMatchObject({ OPENPOR_CLOCK: "test", OPENPOR_CLOCK_START: "2014-09-01T00:00:00Z" })
    expect(steps.map((s) => `${s.method} ${s.path.split("?")[0]}`)).toEqual([
      "GET /api/v1/ops/clock",
      "POST /api/v1/osa-forms",
      "GET /api/v1/attribution",
      "POST /api/v1/ops/clock/set",
      "PUT /api/v1/customer/subscriptions/aaaaaaaa-0000-4000-8000-000000000005/partner-of-record",
      "GET /api/v1/attribution",
      "GET /api/v1/attribution",
      "POST /api/v1/ops/clock/set",
      "POST /api/v1/por-poe",
      "GET /api/v1/attribution",
      "POST /api/v1/ops/clock/set",
      "POST /api/v1/osa-forms",
      "GET /api/v1/attribution/timeline"
    ])
    // Every step shows what it answers.
    expect(steps.every((s) => s.shows.length > 0)).toBe(true)
  })
})

describe.each(dialects)("the README's 2014–2015 walkthrough on %s", (dialect) => {
  const t = testAppFor(dialect, {
    OPENPOR_CLOCK: startEnv.OPENPOR_CLOCK ?? "",
    OPENPOR_CLOCK_START: startEnv.OPENPOR_CLOCK_START ?? ""
  })

  it("answers every step as the README says", async () => {
    const tokens = new Map<string, string>()
    for (const step of steps) {
      const token = tokens.get(step.as) ?? (await t.signIn(step.as))
      tokens.set(step.as, token)
      const res = await t.call(step.method, step.path, {
        token,
        ...(step.body === undefined ? {} : { raw: step.body, contentType: "application/json" })
      })
      const what = `${step.method} ${step.path} → ${res.status} ${JSON.stringify(res.body)}`
      if (step.status !== undefined) expect(res.status, what).toBe(step.status)
      else expect(res.status, what).toBe(200)
      const answer = JSON.stringify(res.body)
      for (const [key, value] of step.shows) {
        const shown = value.endsWith('…"') ? `"${key}":${value.slice(0, -2)}` : `"${key}":${value}`
        expect(answer, what).toContain(shown)
      }
    }
  })
})

describe("OPENPOR_CLOCK_START", () => {
  it("is an ISO instant, and only with OPENPOR_CLOCK=test", () => {
    expect(
      readConfig({ OPENPOR_CLOCK: "test", OPENPOR_CLOCK_START: "2014-09-01T00:00:00Z" }).testClockStart
    ).toEqual(new Date("2014-09-01T00:00:00Z"))
    expect(readConfig({ OPENPOR_CLOCK: "test" }).testClockStart).toBeUndefined()
    expect(() => readConfig({ OPENPOR_CLOCK: "test", OPENPOR_CLOCK_START: "2014-09-01" })).toThrow(
      'OPENPOR_CLOCK_START must be an ISO-8601 instant such as 2014-09-01T00:00:00Z (got "2014-09-01")'
    )
    expect(() => readConfig({ OPENPOR_CLOCK: "test", OPENPOR_CLOCK_START: "2014-13-45T00:00:00Z" })).toThrow(
      "OPENPOR_CLOCK_START must be an ISO-8601 instant"
    )
    expect(() => readConfig({ OPENPOR_CLOCK_START: "2014-09-01T00:00:00Z" })).toThrow(
      "OPENPOR_CLOCK_START needs OPENPOR_CLOCK=test"
    )
  })

  it("a bad value stops the server at start with a clear error (exit code 2)", () => {
    const main = fileURLToPath(new URL("../src/main.ts", import.meta.url))
    const run = spawnSync(process.execPath, [main], {
      env: { PATH: process.env.PATH ?? "", OPENPOR_CLOCK: "test", OPENPOR_CLOCK_START: "yesterday" },
      encoding: "utf8",
      timeout: 60_000
    })
    expect(run.status).toBe(2)
    expect(run.stderr).toContain(
      'openpor: configuration error: OPENPOR_CLOCK_START must be an ISO-8601 instant such as 2014-09-01T00:00:00Z (got "yesterday")'
    )
  })
})

describe.each(dialects)("OPENPOR_CLOCK_START on %s", (dialect) => {
  it("sets the clock of a new database only: a database that has a clock keeps it", async () => {
    const database = await createTestDatabase(dialect)
    const blobs = mkdtempSync(join(tmpdir(), "openpor-blobs-"))
    const nowWith = async (clockStart: string) => {
      const config = readConfig({
        DATABASE_URL: database.url,
        OPENPOR_SEED: "demo",
        OPENPOR_CLOCK: "test",
        OPENPOR_CLOCK_START: clockStart,
        OPENPOR_BLOB_DIR: blobs
      })
      const { runtime } = await createApp(config, { quiet: true })
      try {
        return await runtime.runPromise(Clock.use((c) => c.now))
      } finally {
        await runtime.dispose()
      }
    }
    try {
      const first = await nowWith("2014-09-01T00:00:00Z")
      expect(first.toISOString().slice(0, 15)).toBe("2014-09-01T00:0")
      // Restarted with another start: the database has a clock, which goes on from where it was.
      const second = await nowWith("2020-01-01T00:00:00Z")
      expect(second.toISOString().slice(0, 15)).toBe("2014-09-01T00:0")
      expect(second.getTime()).toBeGreaterThanOrEqual(first.getTime())
    } finally {
      await database.drop()
      rmSync(blobs, { recursive: true, force: true })
    }
  })
})
