import { dirname, join } from "node:path"
import { type DbConfig, parseDatabaseUrl } from "@openpor/db"
import {
  AttributionPolicy,
  CalendarConfig,
  type CalendarSettings,
  type ClaimSettings,
  ClaimsConfig,
  type PolicyTimeline,
  WebhookConfig,
  type WebhookSettings
} from "@openpor/domain"
import { Cause, Config, ConfigProvider, Effect, Exit, Option, Redacted, Schema, SchemaIssue } from "effect"

/**
 * Server configuration, read from the environment once at start (SPEC §9; README "Configuration").
 * Every setting has one default: the server's own here, the domain's from its settings reference
 * (`ClaimsConfig`, `CalendarConfig`, `AttributionPolicy`), so a default is changed in one place.
 */
export interface ServerConfig {
  readonly port: number
  readonly host: string
  readonly production: boolean
  /** DATABASE_URL; its URL (with any password) is Redacted. */
  readonly database: DbConfig
  /** SMTP_URL (may carry a password); undefined: the dev mailbox. */
  readonly smtpUrl: Redacted.Redacted<string> | undefined
  readonly mailFrom: string
  readonly testClock: boolean
  /** OPENPOR_CLOCK_START: where the test clock starts on a new database (SPEC §7); ignored once it has one. */
  readonly testClockStart: Date | undefined
  readonly seed: "demo" | undefined
  /** OPENPOR_SECRET, the key for signed links; undefined: generated once and kept in the database. */
  readonly secret: Redacted.Redacted<string> | undefined
  readonly workers: number
  /** How long a worker's lease on a job lasts without a heartbeat (a dead worker's job is retaken after it). */
  readonly jobLeaseMillis: number
  /** Public base URL used in emails (signed links), without a trailing slash; defaults to http://localhost:PORT. */
  readonly publicUrl: string
  /** OPENPOR_TRUST_PROXY: believe X-Forwarded-Proto / X-Forwarded-For (a TLS-terminating proxy in front). */
  readonly trustProxy: boolean
  /** Directory with the built web apps (apps/<name>/dist); undefined serves no apps. */
  readonly appsRoot: string | undefined
  /** Where proof-of-execution files are kept (OPENPOR_BLOB_DIR; default beside the SQLite file or ./data/blobs). */
  readonly blobDirectory: string
  /** Claim deadlines; the consent window from OPENPOR_CONSENT_WINDOW_BUSINESS_DAYS. */
  readonly claims: ClaimSettings
  /** Attribution policy timeline (SPEC §4): effective dates, configurable. */
  readonly policyTimeline: PolicyTimeline
  readonly calendar: CalendarSettings
  /** Webhooks: an endpoint failing OPENPOR_WEBHOOK_DISABLE_AFTER_DAYS (default 3) is disabled; http only to localhost outside production. */
  readonly webhooks: WebhookSettings
  /** OpenTelemetry export; undefined (OTEL_EXPORTER_OTLP_ENDPOINT unset): nothing is exported. */
  readonly telemetry: TelemetrySettings | undefined
  /** OPENPOR_ROLE: `all` (HTTP API and job workers), `api` (no job workers) or `worker` (no HTTP API; a health port). */
  readonly role: ProcessRole
  /** OPENPOR_HEALTH_PORT: where a `worker` process answers /healthz and /readyz (0: any free port). */
  readonly healthPort: number
  /** OPENPOR_SHUTDOWN_SECONDS: how long SIGTERM waits for in-flight requests and jobs before releasing them. */
  readonly shutdownMillis: number
}

/** What a process runs (SPEC §11): both, only the HTTP API, or only the job workers. */
export const PROCESS_ROLES = ["all", "api", "worker"] as const
export type ProcessRole = (typeof PROCESS_ROLES)[number]

/**
 * OpenTelemetry export over OTLP/HTTP (decision 028), present only when OTEL_EXPORTER_OTLP_ENDPOINT is set:
 * traces and metrics go to `<endpoint>/v1/traces` and `<endpoint>/v1/metrics`.
 */
export interface TelemetrySettings {
  /** OTEL_EXPORTER_OTLP_ENDPOINT, the collector's base URL (e.g. http://collector:4318). */
  readonly endpoint: string
  /** OTEL_SERVICE_NAME (default `openpor`). */
  readonly serviceName: string
  /** OTEL_EXPORTER_OTLP_PROTOCOL: `http/json` (default) or `http/protobuf`. */
  readonly protocol: "http/json" | "http/protobuf"
  /** OTEL_EXPORTER_OTLP_HEADERS (`key=value,…`, e.g. a vendor's API key): sent with every export. */
  readonly headers: Redacted.Redacted<Record<string, string>> | undefined
  /** OTEL_METRIC_EXPORT_INTERVAL in milliseconds (default 60000): how often metrics are sent and gauges sampled. */
  readonly metricIntervalMillis: number
}

/** A setting has a bad value; the message names the variable and what it takes. */
export class ConfigError extends Error {}

/** A refusal; its message names the variable (e.g. `PORT must be a whole number from 0 to 65535 (got "http")`). */
const refuse = (message: string) =>
  new Config.ConfigError(new Schema.SchemaError(new SchemaIssue.InvalidValue({ message })))

/**
 * One environment variable: unset or blank is absent (then `withDefault` applies); a value is trimmed
 * and decoded with `decode`, or refused naming the variable and what it takes. A secret's value is
 * never repeated in the message.
 */
const variable = <A>(
  name: string,
  expected: string,
  decode: (value: string) => A | undefined,
  options: { readonly secret?: boolean } = {}
) =>
  Config.String(name).pipe(
    Config.mapEffect((raw) => {
      const value = decode(raw.trim())
      if (value !== undefined) return Effect.succeed(value)
      return Effect.fail(
        refuse(`${name} must be ${expected}${options.secret === true ? "" : ` (got "${raw}")`}`)
      )
    })
  )

const decodes =
  <A>(schema: Schema.Codec<A, string>) =>
  (value: string): A | undefined =>
    Option.getOrUndefined(Schema.decodeUnknownOption(schema)(value))

const wholeNumber = (name: string, min: number, max: number, fallback: number) =>
  variable(
    name,
    `a whole number from ${min} to ${max}`,
    decodes(Schema.NumberFromString.check(Schema.isInt(), Schema.isBetween({ minimum: min, maximum: max })))
  ).pipe(Config.withDefault(fallback))

const day = (name: string, fallback: string) =>
  variable(name, "a date YYYY-MM-DD", (value) =>
    /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value
      ? value
      : undefined
  ).pipe(Config.withDefault(fallback))

/** One of a few words, or unset. */
const oneOf = <const L extends string>(name: string, values: ReadonlyArray<L>) =>
  variable(name, `${values.map((v) => `"${v}"`).join(", ")} or unset`, (value) =>
    values.find((v) => v === value)
  ).pipe(Config.withDefault(undefined))

const TRUE = ["true", "yes", "on", "1", "y"]
const FALSE = ["false", "no", "off", "0", "n"]
const flag = (name: string) =>
  variable(name, "true or false (also yes/no, on/off, 1/0)", (value) => {
    const lower = value.toLowerCase()
    return TRUE.includes(lower) ? true : FALSE.includes(lower) ? false : undefined
  }).pipe(Config.withDefault(false))

const text = (name: string) => variable(name, "text", (value) => value)
const optional = <A>(config: Config.Config<A>) => config.pipe(Config.withDefault(undefined))

const timeZone = (name: string, fallback: string) =>
  variable(name, "an IANA time zone such as Europe/Berlin", (value) => {
    try {
      new Intl.DateTimeFormat("en", { timeZone: value })
      return value
    } catch {
      return undefined
    }
  }).pipe(Config.withDefault(fallback))

const httpUrl = (name: string) =>
  variable(name, "an http:// or https:// URL", (value) =>
    /^https?:\/\/[^/\s]+/.test(value) && URL.canParse(value) ? value.replace(/\/+$/, "") : undefined
  )

/** `key=value` pairs separated by commas, values percent-decoded (the OpenTelemetry form). */
const otlpHeaders = (value: string): Redacted.Redacted<Record<string, string>> | undefined => {
  const headers: Record<string, string> = {}
  for (const pair of value.split(",")) {
    const at = pair.indexOf("=")
    const key = pair.slice(0, at).trim()
    if (at <= 0 || !/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/.test(key)) return undefined
    try {
      headers[key.toLowerCase()] = decodeURIComponent(pair.slice(at + 1).trim())
    } catch {
      return undefined
    }
  }
  return Redacted.make(headers)
}

/** DATABASE_URL (a connection string may carry a password: it is Redacted and never repeated in errors). */
const database = Config.String("DATABASE_URL").pipe(
  Config.withDefault(undefined),
  Config.mapEffect((raw) => {
    try {
      return Effect.succeed(parseDatabaseUrl(raw))
    } catch (e) {
      return Effect.fail(refuse(e instanceof Error ? e.message : String(e)))
    }
  })
)

const claimDefaults = ClaimsConfig.defaultValue()
const calendarDefaults = CalendarConfig.defaultValue()
const policyDefaults = AttributionPolicy.defaultValue()
const webhookDefaults = WebhookConfig.defaultValue()

/** Every environment variable the server reads, each with its one default. */
const environment = Config.all({
  nodeEnv: optional(text("NODE_ENV")),
  openporEnv: optional(text("OPENPOR_ENV")),
  port: wholeNumber("PORT", 0, 65535, 3000),
  host: text("HOST").pipe(Config.withDefault("0.0.0.0")),
  database,
  smtpUrl: optional(
    variable(
      "SMTP_URL",
      "an smtp:// or smtps:// URL",
      (value) => (/^smtps?:\/\//.test(value) ? Redacted.make(value) : undefined),
      { secret: true }
    )
  ),
  mailFrom: text("MAIL_FROM").pipe(Config.withDefault("OpenPOR <no-reply@openpor.local>")),
  clock: oneOf("OPENPOR_CLOCK", ["test", "system"]),
  clockStart: optional(
    variable("OPENPOR_CLOCK_START", "an ISO-8601 instant such as 2014-09-01T00:00:00Z", (value) =>
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) &&
      !Number.isNaN(Date.parse(value))
        ? new Date(value)
        : undefined
    )
  ),
  seed: oneOf("OPENPOR_SEED", ["demo"]),
  secret: optional(Config.Redacted("OPENPOR_SECRET")),
  workers: wholeNumber("OPENPOR_WORKERS", 0, 16, 1),
  jobLeaseSeconds: wholeNumber("OPENPOR_JOB_LEASE_SECONDS", 2, 3600, 60),
  publicUrl: optional(httpUrl("OPENPOR_PUBLIC_URL")),
  trustProxy: flag("OPENPOR_TRUST_PROXY"),
  appsRoot: optional(text("OPENPOR_APPS_ROOT")),
  blobDirectory: optional(text("OPENPOR_BLOB_DIR")),
  consentWindowBusinessDays: wholeNumber(
    "OPENPOR_CONSENT_WINDOW_BUSINESS_DAYS",
    0,
    60,
    claimDefaults.consentWindowBusinessDays
  ),
  dporFrom: day("OPENPOR_POLICY_DPOR_FROM", policyDefaults.dporFrom),
  dporPoeRequiredFrom: day("OPENPOR_POLICY_DPOR_POE_FROM", policyDefaults.dporPoeRequiredFrom),
  osaDeployCutoff: day("OPENPOR_POLICY_OSA_DEPLOY_CUTOFF", policyDefaults.osaDeployCutoff),
  timeZone: timeZone("OPENPOR_TIME_ZONE", calendarDefaults.timeZone),
  fiscalYearStartMonth: wholeNumber(
    "OPENPOR_FISCAL_YEAR_START_MONTH",
    1,
    12,
    calendarDefaults.fiscalYearStartMonth
  ),
  role: oneOf("OPENPOR_ROLE", PROCESS_ROLES),
  healthPort: wholeNumber("OPENPOR_HEALTH_PORT", 0, 65535, 3100),
  shutdownSeconds: wholeNumber("OPENPOR_SHUTDOWN_SECONDS", 1, 3600, 25),
  otlpEndpoint: optional(httpUrl("OTEL_EXPORTER_OTLP_ENDPOINT")),
  otelServiceName: text("OTEL_SERVICE_NAME").pipe(Config.withDefault("openpor")),
  otlpProtocol: oneOf("OTEL_EXPORTER_OTLP_PROTOCOL", ["http/json", "http/protobuf"]),
  otlpHeaders: optional(
    variable("OTEL_EXPORTER_OTLP_HEADERS", "key=value pairs separated by commas", otlpHeaders, {
      secret: true
    })
  ),
  metricExportMillis: wholeNumber("OTEL_METRIC_EXPORT_INTERVAL", 100, 3_600_000, 60_000),
  webhookDisableAfterDays: wholeNumber(
    "OPENPOR_WEBHOOK_DISABLE_AFTER_DAYS",
    1,
    90,
    webhookDefaults.disableAfterMillis / 86_400_000
  )
})

/** The server configuration as an Effect Config (read from the ConfigProvider in the context). */
export const serverConfig = (
  defaults: { readonly appsRoot?: string | undefined } = {}
): Config.Config<ServerConfig> =>
  environment.pipe(
    Config.mapEffect((env) => {
      const production = env.nodeEnv === "production" || env.openporEnv === "production"
      const testClock = env.clock === "test"
      if (testClock && production)
        return Effect.fail(refuse("OPENPOR_CLOCK=test is not allowed in production"))
      if (env.clockStart !== undefined && !testClock)
        return Effect.fail(
          refuse("OPENPOR_CLOCK_START needs OPENPOR_CLOCK=test (it sets where the test clock starts)")
        )
      if (production && env.smtpUrl === undefined)
        return Effect.fail(
          refuse("SMTP_URL is required in production (the dev mailbox is for development only)")
        )
      const sqliteFile =
        env.database.dialect === "sqlite" && Redacted.value(env.database.url) !== ":memory:"
          ? Redacted.value(env.database.url)
          : undefined
      return Effect.succeed<ServerConfig>({
        port: env.port,
        host: env.host,
        production,
        database: env.database,
        smtpUrl: env.smtpUrl,
        mailFrom: env.mailFrom,
        testClock,
        testClockStart: env.clockStart,
        seed: env.seed,
        secret: env.secret,
        workers: env.workers,
        jobLeaseMillis: env.jobLeaseSeconds * 1000,
        publicUrl: env.publicUrl ?? `http://localhost:${env.port}`,
        trustProxy: env.trustProxy,
        appsRoot: env.appsRoot ?? defaults.appsRoot,
        blobDirectory:
          env.blobDirectory ??
          (sqliteFile === undefined ? "./data/blobs" : join(dirname(sqliteFile), "blobs")),
        claims: { ...claimDefaults, consentWindowBusinessDays: env.consentWindowBusinessDays },
        policyTimeline: {
          dporFrom: env.dporFrom,
          dporPoeRequiredFrom: env.dporPoeRequiredFrom,
          osaDeployCutoff: env.osaDeployCutoff
        },
        calendar: { timeZone: env.timeZone, fiscalYearStartMonth: env.fiscalYearStartMonth },
        webhooks: { production, disableAfterMillis: env.webhookDisableAfterDays * 86_400_000 },
        telemetry:
          env.otlpEndpoint === undefined
            ? undefined
            : {
                endpoint: env.otlpEndpoint,
                serviceName: env.otelServiceName,
                protocol: env.otlpProtocol ?? "http/json",
                headers: env.otlpHeaders,
                metricIntervalMillis: env.metricExportMillis
              },
        role: env.role ?? "all",
        healthPort: env.healthPort,
        shutdownMillis: env.shutdownSeconds * 1000
      })
    })
  )

/** The environment as a ConfigProvider: unset, empty and blank variables are absent (their default applies). */
export const environmentProvider = (env: Record<string, string | undefined>) =>
  ConfigProvider.fromEnvRecord(
    Object.fromEntries(
      Object.entries(env).filter(
        (entry): entry is [string, string] => entry[1] !== undefined && entry[1].trim() !== ""
      )
    )
  )

/**
 * Reads the configuration from `env` (process.env at start; an object in tests and scripts). Throws
 * ConfigError with a message that names the variable when a value is bad.
 */
export const readConfig = (
  env: Record<string, string | undefined>,
  defaults: { readonly appsRoot?: string | undefined } = {}
): ServerConfig => {
  const exit = Effect.runSyncExit(serverConfig(defaults).parse(environmentProvider(env)))
  if (Exit.isSuccess(exit)) return exit.value
  const error = Cause.squash(exit.cause)
  throw new ConfigError(error instanceof Config.ConfigError ? error.cause.message : String(error), {
    cause: error
  })
}
