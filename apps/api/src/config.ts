import { dirname, join } from "node:path"
import { type DbConfig, parseDatabaseUrl } from "@openpor/db"
import { Config, ConfigProvider, Effect, Exit, Redacted } from "effect"

/** Server configuration, read from the environment once at start (SPEC §9). */
export interface ServerConfig {
  readonly port: number
  readonly host: string
  readonly production: boolean
  readonly database: DbConfig
  readonly smtpUrl: string | undefined
  readonly mailFrom: string
  readonly testClock: boolean
  readonly seed: "demo" | undefined
  readonly secret: string | undefined
  readonly workers: number
  /** How long a worker's lease on a job lasts without a heartbeat (a dead worker's job is retaken after it). */
  readonly jobLeaseMillis: number
  /** Public base URL used in emails (signed links); defaults to http://localhost:PORT. */
  readonly publicUrl: string
  /** OPENPOR_TRUST_PROXY: believe X-Forwarded-Proto / X-Forwarded-For (a TLS-terminating proxy in front). */
  readonly trustProxy: boolean
  /** Directory with the built web apps (apps/<name>/dist); undefined serves no apps. */
  readonly appsRoot: string | undefined
  /** Where proof-of-execution files are kept (OPENPOR_BLOB_DIR; default beside the SQLite file or ./data/blobs). */
  readonly blobDirectory: string
  /** Business days a customer has to decline before an approved association becomes official. */
  readonly consentWindowBusinessDays: number
  /** Attribution policy timeline (SPEC §4): effective dates, configurable. */
  readonly policyTimeline: {
    readonly dporFrom: string
    readonly dporPoeRequiredFrom: string
    readonly osaDeployCutoff: string
  }
  readonly calendarTimeZone: string
  readonly fiscalYearStartMonth: number
}

export class ConfigError extends Error {}

const int = (name: string, value: string | undefined, fallback: number, min: number, max: number): number => {
  if (value === undefined || value.trim() === "") return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < min || n > max)
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max} (got "${value}")`)
  return n
}

const date = (name: string, value: string | undefined, fallback: string): string => {
  if (value === undefined || value.trim() === "") return fallback
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new ConfigError(`${name} must be a date YYYY-MM-DD (got "${value}")`)
  }
  return value
}

/** A true/false setting read with Effect Config (also yes/no, on/off, 1/0); unset or empty is false. */
const flag = (name: string, env: Record<string, string | undefined>): boolean => {
  const defined = Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined)
  )
  const config = Config.Boolean(name).pipe(Config.withDefault(false))
  const exit = Effect.runSyncExit(config.parse(ConfigProvider.fromEnv({ env: defined })))
  if (Exit.isFailure(exit)) throw new ConfigError(`${name} must be true or false (got "${env[name] ?? ""}")`)
  return exit.value
}

export const readConfig = (
  env: Record<string, string | undefined>,
  defaults: { appsRoot?: string } = {}
): ServerConfig => {
  const production = env.NODE_ENV === "production" || env.OPENPOR_ENV === "production"
  const port = int("PORT", env.PORT, 3000, 0, 65535)
  const host = env.HOST ?? "0.0.0.0"
  const clock = env.OPENPOR_CLOCK
  if (clock !== undefined && clock !== "" && clock !== "test" && clock !== "system") {
    throw new ConfigError(`OPENPOR_CLOCK must be "test" or unset (got "${clock}")`)
  }
  const testClock = clock === "test"
  if (testClock && production) throw new ConfigError("OPENPOR_CLOCK=test is not allowed in production")
  const seedValue = env.OPENPOR_SEED
  if (seedValue !== undefined && seedValue !== "" && seedValue !== "demo") {
    throw new ConfigError(`OPENPOR_SEED must be "demo" or unset (got "${seedValue}")`)
  }
  const smtpUrl = env.SMTP_URL === undefined || env.SMTP_URL.trim() === "" ? undefined : env.SMTP_URL.trim()
  if (smtpUrl !== undefined && !/^smtps?:\/\//.test(smtpUrl))
    throw new ConfigError("SMTP_URL must start with smtp:// or smtps://")
  if (production && smtpUrl === undefined)
    throw new ConfigError("SMTP_URL is required in production (the dev mailbox is for development only)")
  let database: DbConfig
  try {
    database = parseDatabaseUrl(env.DATABASE_URL)
  } catch (e) {
    throw new ConfigError((e as Error).message)
  }
  const fiscalYearStartMonth = int(
    "OPENPOR_FISCAL_YEAR_START_MONTH",
    env.OPENPOR_FISCAL_YEAR_START_MONTH,
    7,
    1,
    12
  )
  const calendarTimeZone = env.OPENPOR_TIME_ZONE ?? "UTC"
  try {
    new Intl.DateTimeFormat("en", { timeZone: calendarTimeZone })
  } catch {
    throw new ConfigError(`OPENPOR_TIME_ZONE is not an IANA time zone: ${calendarTimeZone}`)
  }
  return {
    port,
    host,
    production,
    database,
    smtpUrl,
    mailFrom: env.MAIL_FROM ?? "OpenPOR <no-reply@openpor.local>",
    testClock,
    seed: seedValue === "demo" ? "demo" : undefined,
    secret: env.OPENPOR_SECRET === undefined || env.OPENPOR_SECRET === "" ? undefined : env.OPENPOR_SECRET,
    workers: int("OPENPOR_WORKERS", env.OPENPOR_WORKERS, 1, 0, 16),
    jobLeaseMillis: int("OPENPOR_JOB_LEASE_SECONDS", env.OPENPOR_JOB_LEASE_SECONDS, 60, 2, 3600) * 1000,
    publicUrl: (env.OPENPOR_PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, ""),
    trustProxy: flag("OPENPOR_TRUST_PROXY", env),
    appsRoot: env.OPENPOR_APPS_ROOT ?? defaults.appsRoot,
    blobDirectory:
      env.OPENPOR_BLOB_DIR ??
      (database.dialect === "sqlite" && Redacted.value(database.url) !== ":memory:"
        ? join(dirname(Redacted.value(database.url)), "blobs")
        : "./data/blobs"),
    consentWindowBusinessDays: int(
      "OPENPOR_CONSENT_WINDOW_BUSINESS_DAYS",
      env.OPENPOR_CONSENT_WINDOW_BUSINESS_DAYS,
      5,
      0,
      60
    ),
    policyTimeline: {
      dporFrom: date("OPENPOR_POLICY_DPOR_FROM", env.OPENPOR_POLICY_DPOR_FROM, "2014-10-01"),
      dporPoeRequiredFrom: date(
        "OPENPOR_POLICY_DPOR_POE_FROM",
        env.OPENPOR_POLICY_DPOR_POE_FROM,
        "2015-03-02"
      ),
      osaDeployCutoff: date(
        "OPENPOR_POLICY_OSA_DEPLOY_CUTOFF",
        env.OPENPOR_POLICY_OSA_DEPLOY_CUTOFF,
        "2015-04-30"
      )
    },
    calendarTimeZone,
    fiscalYearStartMonth
  }
}
