import { spawnSync } from "node:child_process"
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { AttributionPolicy, CalendarConfig, ClaimsConfig } from "@openpor/domain"
import { Redacted } from "effect"
import { describe, expect, it } from "vitest"
import { ConfigError, readConfig, type ServerConfig } from "../src/config.ts"

/** Each environment variable the server reads: a bad value, a good one and what the good one sets. */
const variables: ReadonlyArray<{
  readonly name: string
  readonly bad: string | undefined
  readonly good: string
  readonly read: (config: ServerConfig) => unknown
  readonly expected: unknown
}> = [
  { name: "PORT", bad: "http", good: "3001", read: (c) => c.port, expected: 3001 },
  { name: "HOST", bad: undefined, good: "127.0.0.1", read: (c) => c.host, expected: "127.0.0.1" },
  {
    name: "DATABASE_URL",
    bad: "mysql://u:p@db/openpor",
    good: "postgres://u:p@db:5432/openpor?schema=por",
    read: (c) => [c.database.dialect, Redacted.value(c.database.url), c.database.schema],
    expected: ["postgres", "postgres://u:p@db:5432/openpor", "por"]
  },
  {
    name: "SMTP_URL",
    bad: "http://u:p@mail",
    good: "smtp://u:p@mail:587",
    read: (c) => c.smtpUrl && Redacted.value(c.smtpUrl),
    expected: "smtp://u:p@mail:587"
  },
  {
    name: "MAIL_FROM",
    bad: undefined,
    good: "POR <por@x.example>",
    read: (c) => c.mailFrom,
    expected: "POR <por@x.example>"
  },
  { name: "NODE_ENV", bad: undefined, good: "production", read: (c) => c.production, expected: true },
  { name: "OPENPOR_ENV", bad: undefined, good: "production", read: (c) => c.production, expected: true },
  { name: "OPENPOR_CLOCK", bad: "fast", good: "test", read: (c) => c.testClock, expected: true },
  { name: "OPENPOR_SEED", bad: "prod", good: "demo", read: (c) => c.seed, expected: "demo" },
  {
    name: "OPENPOR_SECRET",
    bad: undefined,
    good: "s3cret-key",
    read: (c) => c.secret && Redacted.value(c.secret),
    expected: "s3cret-key"
  },
  { name: "OPENPOR_WORKERS", bad: "17", good: "4", read: (c) => c.workers, expected: 4 },
  { name: "OPENPOR_JOB_LEASE_SECONDS", bad: "1", good: "2", read: (c) => c.jobLeaseMillis, expected: 2000 },
  {
    name: "OPENPOR_PUBLIC_URL",
    bad: "por.example.com",
    good: "https://por.example.com/",
    read: (c) => c.publicUrl,
    expected: "https://por.example.com"
  },
  { name: "OPENPOR_TRUST_PROXY", bad: "maybe", good: "on", read: (c) => c.trustProxy, expected: true },
  {
    name: "OPENPOR_APPS_ROOT",
    bad: undefined,
    good: "/srv/apps",
    read: (c) => c.appsRoot,
    expected: "/srv/apps"
  },
  {
    name: "OPENPOR_BLOB_DIR",
    bad: undefined,
    good: "/srv/blobs",
    read: (c) => c.blobDirectory,
    expected: "/srv/blobs"
  },
  {
    name: "OPENPOR_CONSENT_WINDOW_BUSINESS_DAYS",
    bad: "-1",
    good: "2",
    read: (c) => c.claims.consentWindowBusinessDays,
    expected: 2
  },
  {
    name: "OPENPOR_POLICY_DPOR_FROM",
    bad: "2015-02-30",
    good: "2014-11-01",
    read: (c) => c.policyTimeline.dporFrom,
    expected: "2014-11-01"
  },
  {
    name: "OPENPOR_POLICY_DPOR_POE_FROM",
    bad: "02.03.2015",
    good: "2015-04-01",
    read: (c) => c.policyTimeline.dporPoeRequiredFrom,
    expected: "2015-04-01"
  },
  {
    name: "OPENPOR_POLICY_OSA_DEPLOY_CUTOFF",
    bad: "soon",
    good: "2015-05-31",
    read: (c) => c.policyTimeline.osaDeployCutoff,
    expected: "2015-05-31"
  },
  {
    name: "OPENPOR_TIME_ZONE",
    bad: "Mars/Olympus_Mons",
    good: "Europe/Berlin",
    read: (c) => c.calendar.timeZone,
    expected: "Europe/Berlin"
  },
  {
    name: "OPENPOR_FISCAL_YEAR_START_MONTH",
    bad: "13",
    good: "1",
    read: (c) => c.calendar.fiscalYearStartMonth,
    expected: 1
  }
]

/** What a good value needs beside it (production needs SMTP). */
const alongside = (name: string): Record<string, string> =>
  name === "NODE_ENV" || name === "OPENPOR_ENV" ? { SMTP_URL: "smtp://mail:25" } : {}

const refusal = (env: Record<string, string>): ConfigError => {
  try {
    readConfig(env)
  } catch (e) {
    if (e instanceof ConfigError) return e
    throw e
  }
  throw new Error(`${JSON.stringify(env)} was accepted`)
}

describe("configuration (Effect Config over the environment)", () => {
  it("without variables every setting has its default; the domain's defaults are the domain's own", () => {
    const config = readConfig({})
    expect({ ...config, database: undefined }).toEqual({
      port: 3000,
      host: "0.0.0.0",
      production: false,
      database: undefined,
      smtpUrl: undefined,
      mailFrom: "OpenPOR <no-reply@openpor.local>",
      testClock: false,
      seed: undefined,
      secret: undefined,
      workers: 1,
      jobLeaseMillis: 60_000,
      publicUrl: "http://localhost:3000",
      trustProxy: false,
      appsRoot: undefined,
      blobDirectory: "data/blobs",
      claims: ClaimsConfig.defaultValue(),
      policyTimeline: AttributionPolicy.defaultValue(),
      calendar: CalendarConfig.defaultValue()
    })
    expect(config.database.dialect).toBe("sqlite")
    expect(Redacted.value(config.database.url)).toBe("./data/openpor.db")
    expect(config.claims.consentWindowBusinessDays).toBe(5)
    expect(config.calendar).toEqual({ timeZone: "UTC", fiscalYearStartMonth: 7 })
    // Empty and blank values count as unset.
    expect(readConfig({ PORT: "", OPENPOR_WORKERS: "  ", OPENPOR_CLOCK: "" })).toEqual(readConfig({}))
    // Derived defaults: the public URL from the port, the blob directory beside the SQLite file.
    expect(readConfig({ PORT: "3999" }).publicUrl).toBe("http://localhost:3999")
    expect(readConfig({ DATABASE_URL: "sqlite:/var/lib/por/por.db" }).blobDirectory).toBe(
      "/var/lib/por/blobs"
    )
    expect(readConfig({ DATABASE_URL: "sqlite::memory:" }).blobDirectory).toBe("./data/blobs")
  })

  it.each(variables)("$name sets its setting", ({ name, good, read, expected }) => {
    const config = readConfig({ ...alongside(name), [name]: good })
    expect(read(config)).toEqual(expected)
    expect(read(readConfig(alongside(name)))).not.toEqual(expected)
  })

  it.each(variables.filter((v) => v.bad !== undefined))(
    "a bad $name stops the start with a message naming it",
    ({ name, bad }) => {
      const error = refusal({ [name]: bad ?? "" })
      expect(error.message.startsWith(`${name} must `)).toBe(true)
    }
  )

  it("secrets are Redacted and never repeated in a refusal", () => {
    const config = readConfig({
      OPENPOR_SECRET: "s3cret-key",
      SMTP_URL: "smtp://user:pa55@mail:587",
      DATABASE_URL: "postgres://por:pa55@db:5432/por"
    })
    for (const secret of [config.secret, config.smtpUrl, config.database.url]) {
      expect(Redacted.isRedacted(secret)).toBe(true)
      expect(String(secret)).not.toMatch(/pa55|s3cret/)
    }
    expect(refusal({ SMTP_URL: "http://user:pa55@mail" }).message).not.toMatch(/pa55/)
    expect(refusal({ DATABASE_URL: "mysql://por:pa55@db/por" }).message).not.toMatch(/pa55/)
  })

  it("the variables in the README's configuration table are the ones read", () => {
    const readme = readFileSync(fileURLToPath(new URL("../../../README.md", import.meta.url)), "utf8")
    const table = readme.slice(readme.indexOf("## Configuration"))
    const documented = [
      ...table.slice(0, table.indexOf("\n\n", table.indexOf("| variable"))).matchAll(/^\| `([A-Z_]+)`/gm)
    ].map((m) => m[1])
    expect(documented.length).toBeGreaterThan(10)
    const names = variables.map((v) => v.name)
    for (const name of documented) expect(names).toContain(name)
  })

  it("the server refuses to start on a bad value, naming the variable (exit code 2)", () => {
    const main = fileURLToPath(new URL("../src/main.ts", import.meta.url))
    const run = spawnSync(process.execPath, [main], {
      env: { PATH: process.env.PATH ?? "", OPENPOR_WORKERS: "many" },
      encoding: "utf8",
      timeout: 60_000
    })
    expect(run.status).toBe(2)
    expect(run.stderr).toContain(
      'openpor: configuration error: OPENPOR_WORKERS must be a whole number from 0 to 16 (got "many")'
    )
  })
})
