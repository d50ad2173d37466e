import { spawnSync } from "node:child_process"
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { AttributionPolicy, CalendarConfig, ClaimsConfig, WebhookConfig } from "@openpor/domain"
import { Redacted } from "effect"
import { describe, expect, it } from "vitest"
import { ConfigError, readConfig, type ServerConfig } from "../src/config.ts"

interface Variable {
  readonly name: string
  /** A value it refuses (none: it takes any text). */
  readonly bad: string | undefined
  readonly good: string
  /** The setting the good value sets, and its value then. */
  readonly read: (config: ServerConfig) => unknown
  readonly expected: unknown
}
const variable = (
  name: string,
  bad: string | undefined,
  good: string,
  read: (config: ServerConfig) => unknown,
  expected: unknown = good
): Variable => ({ name, bad, good, read, expected })

/** Each environment variable the server reads: a bad value, a good one and what the good one sets. */
const variables: ReadonlyArray<Variable> = [
  variable("PORT", "http", "3001", (c) => c.port, 3001),
  variable("HOST", undefined, "127.0.0.1", (c) => c.host),
  variable(
    "DATABASE_URL",
    "mysql://u:p@db/openpor",
    "postgres://u:p@db:5432/openpor?schema=por",
    (c) => [c.database.dialect, Redacted.value(c.database.url), c.database.schema],
    ["postgres", "postgres://u:p@db:5432/openpor", "por"]
  ),
  variable(
    "SMTP_URL",
    "http://u:p@mail",
    "smtp://u:p@mail:587",
    (c) => c.smtpUrl && Redacted.value(c.smtpUrl)
  ),
  variable("MAIL_FROM", undefined, "POR <por@x.example>", (c) => c.mailFrom),
  variable("NODE_ENV", undefined, "production", (c) => c.production, true),
  variable("OPENPOR_ENV", undefined, "production", (c) => c.production, true),
  variable("OPENPOR_CLOCK", "fast", "test", (c) => c.testClock, true),
  variable(
    "OPENPOR_CLOCK_START",
    "2014-09-01",
    "2014-09-01T00:00:00Z",
    (c) => c.testClockStart?.toISOString(),
    "2014-09-01T00:00:00.000Z"
  ),
  variable("OPENPOR_SEED", "prod", "demo", (c) => c.seed),
  variable("OPENPOR_SECRET", undefined, "s3cret-key", (c) => c.secret && Redacted.value(c.secret)),
  variable("OPENPOR_WORKERS", "17", "4", (c) => c.workers, 4),
  variable("OPENPOR_JOB_LEASE_SECONDS", "1", "2", (c) => c.jobLeaseMillis, 2000),
  variable(
    "OPENPOR_PUBLIC_URL",
    "por.example.com",
    "https://por.example.com/",
    (c) => c.publicUrl,
    "https://por.example.com"
  ),
  variable("OPENPOR_TRUST_PROXY", "maybe", "on", (c) => c.trustProxy, true),
  variable("OPENPOR_APPS_ROOT", undefined, "/srv/apps", (c) => c.appsRoot),
  variable("OPENPOR_BLOB_DIR", undefined, "/srv/blobs", (c) => c.blobDirectory),
  variable("OPENPOR_CONSENT_WINDOW_BUSINESS_DAYS", "-1", "2", (c) => c.claims.consentWindowBusinessDays, 2),
  variable("OPENPOR_POLICY_DPOR_FROM", "2015-02-30", "2014-11-01", (c) => c.policyTimeline.dporFrom),
  variable(
    "OPENPOR_POLICY_DPOR_POE_FROM",
    "02.03.2015",
    "2015-04-01",
    (c) => c.policyTimeline.dporPoeRequiredFrom
  ),
  variable("OPENPOR_POLICY_OSA_DEPLOY_CUTOFF", "soon", "2015-05-31", (c) => c.policyTimeline.osaDeployCutoff),
  variable("OPENPOR_TIME_ZONE", "Mars/Olympus_Mons", "Europe/Berlin", (c) => c.calendar.timeZone),
  variable("OPENPOR_FISCAL_YEAR_START_MONTH", "13", "1", (c) => c.calendar.fiscalYearStartMonth, 1),
  variable(
    "OPENPOR_WEBHOOK_DISABLE_AFTER_DAYS",
    "0",
    "7",
    (c) => c.webhooks.disableAfterMillis,
    7 * 86_400_000
  ),
  variable("OPENPOR_ROLE", "both", "worker", (c) => c.role),
  variable("OPENPOR_HEALTH_PORT", "70000", "9101", (c) => c.healthPort, 9101),
  variable("OPENPOR_SHUTDOWN_SECONDS", "0", "5", (c) => c.shutdownMillis, 5000),
  variable(
    "OTEL_EXPORTER_OTLP_ENDPOINT",
    "collector:4318",
    "http://collector:4318/",
    (c) => c.telemetry?.endpoint,
    "http://collector:4318"
  ),
  variable("OTEL_SERVICE_NAME", undefined, "openpor-eu", (c) => c.telemetry?.serviceName),
  variable("OTEL_EXPORTER_OTLP_PROTOCOL", "grpc", "http/protobuf", (c) => c.telemetry?.protocol),
  variable(
    "OTEL_EXPORTER_OTLP_HEADERS",
    "secret-only",
    "x-api-key=k%3Dv",
    (c) => c.telemetry?.headers && Redacted.value(c.telemetry.headers),
    { "x-api-key": "k=v" }
  ),
  variable("OTEL_METRIC_EXPORT_INTERVAL", "fast", "5000", (c) => c.telemetry?.metricIntervalMillis, 5000)
]

/** What a good value needs beside it (production needs SMTP). */
const alongside = (name: string): Record<string, string> =>
  name === "NODE_ENV" || name === "OPENPOR_ENV"
    ? { SMTP_URL: "smtp://mail:25" }
    : name === "OPENPOR_CLOCK_START"
      ? { OPENPOR_CLOCK: "test" }
      : name.startsWith("OTEL_") && name !== "OTEL_EXPORTER_OTLP_ENDPOINT"
        ? { OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318" }
        : {}

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
      calendar: CalendarConfig.defaultValue(),
      webhooks: WebhookConfig.defaultValue(),
      role: "all",
      healthPort: 3100,
      shutdownMillis: 25_000,
      telemetry: undefined
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

  it("the variables in the README's configuration table are exactly the ones read", () => {
    const readme = readFileSync(fileURLToPath(new URL("../../../README.md", import.meta.url)), "utf8")
    const table = readme.slice(readme.indexOf("## Configuration"))
    const documented = [
      ...table.slice(0, table.indexOf("\n\n", table.indexOf("| variable"))).matchAll(/^\| `([A-Z_]+)`/gm)
    ].map((m) => m[1])
    expect(documented.length).toBeGreaterThan(10)
    const names = variables.map((v) => v.name)
    // Each way round: nothing documented that is not read, nothing read that is not documented.
    expect([...documented].sort()).toEqual([...names].sort())
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
